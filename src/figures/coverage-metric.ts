/**
 * The metric of a coverage figure the report does not name on its line,
 * settled from what the report says elsewhere: a report that gives
 * "AdminDashboard.js: 60.82% statements" in one section and
 * "AdminDashboard.js (60.82%)" in another states the same statement
 * coverage twice; one whose "Code Coverage: 51.02% overall" is its
 * "Statement Coverage | 51.02%" calls its overall figure statement coverage,
 * and so are its goals for the whole project ("Reach >75% coverage").
 * A figure read as line coverage only by default keeps that reading unless
 * the report itself says otherwise.
 */
import type { Claim, ClaimKind, Subject } from '../model.js';
import { hasWord, type Words } from './words.js';

/** The kinds a report may name for a coverage figure other than the default (lines). */
const namedKinds: ReadonlySet<ClaimKind> = new Set<ClaimKind>(['coverage.statements', 'coverage.branches', 'coverage.functions']);

const subjectKey = (subject: Subject): string => JSON.stringify(subject).toLowerCase();
const isWhole = (subject: Subject): boolean => 'scope' in subject;

/** Whether `stated`, written with more decimals or the same, reads as `value` written with `precision` decimals. */
function sameFigure(value: number, precision: number, stated: number): boolean {
  const factor = 10 ** precision;
  return Math.abs(Math.round(stated * factor) / factor - value) < 1e-9;
}

/**
 * Whether a coverage.lines claim is line coverage only by default: neither its
 * line of the report nor its column names lines.
 */
export function byDefault(claim: Claim, lineText: string, words: Words): boolean {
  return claim.kind === 'coverage.lines' && typeof claim.value === 'number' && !hasWord(lineText, words.lines) && !hasWord(claim.context.table?.header ?? '', words.lines);
}

/**
 * Give each coverage claim read as lines by default the metric the report
 * states for the same figure elsewhere. `lineOf` gives the text of a claim's
 * line. Changes the claims in place.
 */
export function settleCoverageMetrics(claims: readonly Claim[], lineOf: (claim: Claim) => string, words: Words): void {
  const named = claims.filter((c) => namedKinds.has(c.kind) && c.tense === 'current' && typeof c.value === 'number');
  if (named.length === 0) return;
  const explicitLines = claims.filter((c) => c.kind === 'coverage.lines' && c.tense === 'current' && !byDefault(c, lineOf(c), words));
  const open = claims.filter((c) => byDefault(c, lineOf(c), words));
  /** The metric the report states for this figure: same subject, or (with decimals) the same figure anywhere. */
  const statedKind = (claim: Claim): ClaimKind | undefined => {
    const value = claim.value as number;
    const matches = (c: Claim) =>
      sameFigure(value, claim.precision, c.value as number) && (subjectKey(c.subject) === subjectKey(claim.subject) || (claim.precision > 0 && c.precision === claim.precision));
    if (explicitLines.some(matches)) return undefined;
    const kinds = new Set(named.filter(matches).map((c) => c.kind));
    return kinds.size === 1 ? [...kinds][0] : undefined;
  };
  const settled = new Map<Claim, ClaimKind>();
  for (const claim of open.filter((c) => c.tense === 'current')) {
    const kind = statedKind(claim);
    if (kind) settled.set(claim, kind);
  }
  // A table column states one metric: a column whose figures disagree with the metric stated elsewhere for any row keeps none.
  for (const claim of [...settled.keys()]) {
    const table = claim.context.table;
    if (!table) continue;
    const column = open.filter((c) => c.context.table?.header === table.header && c.context.headings === claim.context.headings);
    if (column.some((c) => !settled.has(c) && named.some((n) => subjectKey(n.subject) === subjectKey(c.subject)))) settled.delete(claim);
  }
  // The whole project's figure stated in one metric makes its goals and estimates that metric too.
  const wholeKinds = new Set([...settled].filter(([c]) => isWhole(c.subject)).map(([, kind]) => kind));
  const wholeKind = wholeKinds.size === 1 && !explicitLines.some((c) => isWhole(c.subject)) ? [...wholeKinds][0] : undefined;
  if (wholeKind) for (const claim of open) if (isWhole(claim.subject) && !settled.has(claim)) settled.set(claim, wholeKind);
  for (const [claim, kind] of settled) claim.kind = kind;
}
