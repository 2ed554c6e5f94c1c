/**
 * The one coverage metric a report measures in, when it names one: a report
 * whose whole-project figure counts statements ("**Starting:** 15% (1072 total
 * statements, 160 covered)", or a "Coverage %" row under "Statements Covered:
 * Before vs After") and names no other metric ran a tool that reports
 * statement coverage (coverage.py), and its other coverage figures — per-file
 * rows, goals, steps of a plan — are statement coverage too. A report that
 * names two metrics, or lines anywhere for a coverage figure, keeps each
 * figure's own reading (coverage-metric.ts).
 */
import type { Claim, ClaimKind } from '../model.js';
import { byDefault } from './coverage-metric.js';
import { hasWord, type Words } from './words.js';

/** The metric kinds other than lines, with the words that name each. */
const metricWords = (words: Words): ReadonlyArray<[ClaimKind, readonly string[]]> => [
  ['coverage.statements', words.statements],
  ['coverage.branches', words.branches],
  ['coverage.functions', words.functions],
];

/** The one metric other than lines `text` names, if it names exactly one and no lines. */
function oneMetric(text: string, words: Words): ClaimKind | undefined {
  if (hasWord(text, words.lines)) return undefined;
  const named = metricWords(words).filter(([, list]) => hasWord(text, list)).map(([kind]) => kind);
  return named.length === 1 ? named[0] : undefined;
}

/**
 * The metric stated beside a coverage figure read as lines by default: named
 * on its line ("15% (1072 total statements, 160 covered)"), or for a table
 * cell by the heading over its table ("Statements Covered: Before vs After").
 */
function statedBeside(claim: Claim, lineText: string, words: Words): ClaimKind | undefined {
  const own = oneMetric(lineText, words);
  if (own !== undefined || claim.context.table === undefined) return own;
  return oneMetric(claim.context.headings.at(-1) ?? '', words);
}

/** A count of covered lines in a parenthesis: "(6/128 lines)", "(4,609/6,204 lines)". */
const coveredLinesCountRe = /\(\s*[\d,]+\s*\/\s*[\d,]+\s+lines\s*\)/gi;

/** Whether a claim is such a count read as lines, on a line that names lines nowhere else. */
function countOfLines(claim: Claim, lineText: string, words: Words): boolean {
  const rest = lineText.replace(coveredLinesCountRe, '');
  return claim.kind === 'coverage.lines' && typeof claim.value === 'string' && rest !== lineText && !hasWord(rest, words.lines) &&
    !hasWord(claim.context.table?.header ?? '', words.lines);
}

/**
 * Give every coverage claim read as lines by default the one metric the
 * report names for its whole project, when it names no other. `lineOf` gives
 * the text of a claim's line. Changes the claims in place.
 */
export function settleReportMetric(claims: readonly Claim[], lineOf: (claim: Claim) => string, words: Words): void {
  const coverage = claims.filter((c) => c.kind.startsWith('coverage.'));
  // "5% (6/128 lines)": the covered lines counted beside a figure are the units the tool counted, which a report on
  // statement coverage calls lines too (coverable-lines.ts); they name no metric of their own.
  const open = coverage.filter((c) => byDefault(c, lineOf(c).replace(coveredLinesCountRe, ''), words) || countOfLines(c, lineOf(c), words));
  // Lines named for any coverage figure: the report measures lines too, or says nothing of one tool.
  if (coverage.some((c) => c.kind === 'coverage.lines' && !open.includes(c))) return;
  const stated = new Map<Claim, ClaimKind>();
  for (const claim of open) {
    const kind = statedBeside(claim, lineOf(claim), words);
    if (kind) stated.set(claim, kind);
  }
  const kinds = new Set<ClaimKind>([...stated.values(), ...coverage.filter((c) => c.kind !== 'coverage.lines').map((c) => c.kind)]);
  const wholeStated = [...stated.keys()].some((c) => 'scope' in c.subject);
  if (kinds.size !== 1 || !wholeStated) return;
  const kind = [...kinds][0] as ClaimKind;
  for (const claim of open) claim.kind = kind;
}
