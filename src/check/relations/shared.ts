/**
 * What the relations share: the claim-by-claim walk, a claim read as a
 * figure, a reading, a sum of parts judged against its total, the readings of
 * a test rate from its counts, and how lines are shown.
 */
import type { Claim } from '../../model.js';
import { add, div, intervalOf, judge, mul, point, show, showFigure, sub, type Figure, type Interval, type Reading } from '../arithmetic.js';
import type { Root } from 'mdast';
import type { RelationInput, RelationJudgement } from './types.js';
import { allTables, sectionAt, sectionsOf, type SectionView, type TableView } from '../../read/report-structure.js';

/** The structure of a report the relations read: its lines (index 0 is line 1), its sections and its tables. */
export interface ReportViews {
  readonly lines: readonly string[];
  readonly sections: readonly SectionView[];
  readonly tables: readonly TableView[];
}

const viewsByTree = new WeakMap<Root, ReportViews>();

/**
 * The lines, sections and tables of the report of `input`, each read once
 * per report (when first asked for) and shared by every relation.
 */
export function viewsOf(input: Pick<RelationInput, 'source' | 'tree'>): ReportViews {
  const known = viewsByTree.get(input.tree);
  if (known) return known;
  let lines: string[] | undefined;
  let sections: SectionView[] | undefined;
  let tables: TableView[] | undefined;
  const views: ReportViews = {
    get lines() { return (lines ??= input.source.split('\n')); },
    get sections() { return (sections ??= sectionsOf(input.tree)); },
    get tables() { return (tables ??= allTables(input.tree)); },
  };
  viewsByTree.set(input.tree, views);
  return views;
}

/** What a relation says of one claim: `index` and `stated` default to the claim's own. */
export type ClaimJudgement = Omit<RelationJudgement, 'index' | 'stated'> & Partial<Pick<RelationJudgement, 'index' | 'stated'>>;

/**
 * The judgements of a relation read claim by claim, in the claims' order:
 * `judgeClaim` answers each claim (and its index in `claims`) with nothing,
 * one judgement or several; a judgement that names no index or stated figure
 * is of that claim and its own figure.
 */
export function eachClaim(claims: readonly Claim[], judgeClaim: (claim: Claim, index: number) => ClaimJudgement | readonly ClaimJudgement[] | undefined): RelationJudgement[] {
  const out: RelationJudgement[] = [];
  claims.forEach((claim, index) => {
    const said = judgeClaim(claim, index);
    if (!said) return;
    for (const j of Array.isArray(said) ? (said as readonly ClaimJudgement[]) : [said as ClaimJudgement]) {
      out.push({ ...j, index: j.index ?? index, stated: j.stated ?? figureOf(claim) });
    }
  });
  return out;
}

/** The tables above `line` inside the section that holds it, nearest last: what a line after a table may sum up. */
export function tablesAbove(views: ReportViews, line: number): TableView[] {
  const section = sectionAt(views.sections, line);
  return views.tables.filter((t) => t.line < line && t.line >= (section?.line ?? 1));
}

/**
 * Points added up, on the scale a total states: "11 + 14 + 2" when the rows'
 * maxima are that scale (or unknown), "(11 + 14 + 2) / 55 × 100" when they
 * add to another; `where` names the column and its lines.
 */
export function pointsReading(points: readonly Figure[], maxima: number | undefined, scale: number | undefined, where: string): Reading {
  const terms = points.map((p) => showFigure(p)).join(' + ');
  const nominal = points.reduce((s, p) => s + p.value, 0);
  const sum = points.reduce<Interval>((s, p) => add(s, intervalOf(p)), point(0));
  if (maxima === undefined || scale === undefined) return reading(terms, nominal, sum, where);
  const label = `points out of ${show(maxima)}, ${where}`;
  if (maxima === scale) return reading(terms, nominal, sum, label);
  return reading(`(${terms}) / ${show(maxima)} × ${show(scale)}`, (nominal / maxima) * scale, mul(div(sum, point(maxima)), point(scale)), label);
}

/** An exact count as a figure: `{ value: n, exact, no decimals }`. */
export const exactCount = (n: number): Figure => ({ value: n, qualifier: 'exact', precision: 0, rounded: false });

/** Distinct lines, ascending. */
export const ascending = (lines: readonly number[]): number[] => [...new Set(lines)].sort((a, b) => a - b);

/**
 * A total against the sum of its parts, or undefined when the parts may
 * leave some of it unnamed. The total is judged when the parts add up to it;
 * otherwise only when `complete` (the parts are its whole breakdown), or,
 * with `excess` (the default), when they add up to more than it can be.
 */
export function partsOfTotal(index: number, stated: Figure, sum: Reading, lines: number[], when: { complete: boolean; excess?: boolean }): RelationJudgement | undefined {
  const holds = judge(stated, [sum]).verdict === 'consistent';
  const over = (when.excess ?? true) && sum.interval.lo > intervalOf(stated).hi;
  return holds || over || when.complete ? { index, stated, readings: [sum], lines } : undefined;
}

/** The figure a claim states. */
export function figureOf(claim: Claim): Figure {
  const value = typeof claim.value === 'number' ? claim.value : Number(claim.value);
  return {
    value, qualifier: claim.qualifier, precision: claim.precision, ...(claim.range ? { range: claim.range } : {}),
    rounded: claim.unit === 'percent' || claim.unit === 'score' || claim.precision > 0,
  };
}

export const reading = (expression: string, nominal: number, interval: Interval, label?: string): Reading => ({ expression, nominal, interval, ...(label ? { label } : {}) });

/** A plain count of things, as a reading. */
export const counted = (expression: string, n: number, label?: string): Reading => reading(expression, n, point(n), label);

/** The sum of figures, as one reading: `5 + 33 + 3`. */
export function sumOf(figures: readonly Figure[], label?: string): Reading {
  return reading(
    figures.map((f) => showFigure(f)).join(' + '),
    figures.reduce((s, f) => s + f.value, 0),
    figures.reduce((s, f) => add(s, intervalOf(f)), point(0)),
    label,
  );
}

/** "line 12", "lines 9–12", "lines 57, 72, 87". */
export function showLines(lines: readonly number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  if (sorted.length === 1) return `line ${sorted[0]}`;
  const consecutive = sorted.every((l, i) => i === 0 || l === (sorted[i - 1] as number) + 1);
  return consecutive ? `lines ${sorted[0]}–${sorted[sorted.length - 1]}` : `lines ${sorted.join(', ')}`;
}

/** The kinds of test counts a rate is made of, and the part of `TestCounts` each states. */
export const testCountParts = { 'tests.passed': 'passed', 'tests.failed': 'failed', 'tests.skipped': 'skipped', 'tests.errors': 'errors', 'tests.total': 'total' } as const;
export type TestCountKind = keyof typeof testCountParts;
/** The kinds of test rates, and the count each is the share of. */
export const testRateParts = { 'tests.passRate': 'passed', 'tests.failRate': 'failed' } as const;

/** A claim of the current state whose task box, if any, is ticked. */
export const isCurrentClaim = (claim: Claim): boolean => claim.tense === 'current' && claim.context.checked !== false;
/** Keys of a claim's section (its heading path) and of its subject: claims with equal keys share it. */
export const sectionKey = (claim: Claim): string => JSON.stringify(claim.context.headings);
export const subjectKey = (claim: Claim): string => JSON.stringify(claim.subject);

/** The stated test counts a rate may be computed from. */
export interface TestCounts {
  passed?: Figure;
  failed?: Figure;
  skipped?: Figure;
  errors?: Figure;
  total?: Figure;
}

/**
 * Every reading of a pass (or fail) rate from counts: over all tests, over
 * the tests that ran (passed + failed, or total − skipped).
 */
export function rateReadings(counts: TestCounts, of: 'passed' | 'failed'): Reading[] {
  const { total, skipped, errors } = counts;
  const other = of === 'passed' ? counts.failed : counts.passed;
  const n = (f: Figure) => showFigure(f);
  const out: Reading[] = [];
  // A part not stated is the total less the other: "Failures: 0" of "51+ tests" passes 100%.
  const stated = counts[of];
  const part = stated ?? (total && other && !skipped && !errors ? { ...other, value: total.value - other.value, qualifier: 'exact' as const } : undefined);
  if (!part) return [];
  const partIv = stated ? intervalOf(part) : sub(intervalOf(total as Figure), intervalOf(other as Figure));
  const partText = stated ? n(part) : `(${n(total as Figure)} − ${n(other as Figure)})`;
  const partValue = stated ? part.value : (total as Figure).value - (other as Figure).value;
  const over = (denominator: Figure[], text: string, label: string, less?: Figure) => {
    const value = denominator.reduce((s, f) => s + f.value, 0) - (less?.value ?? 0);
    const iv = denominator.reduce((s, f) => add(s, intervalOf(f)), point(0));
    out.push(reading(`${partText} / ${text}`, (partValue / value) * 100, div(partIv, less ? sub(iv, intervalOf(less)) : iv, 100), label));
  };
  if (total) over([total], n(total), 'over all tests');
  if (other) {
    const [p, f] = of === 'passed' ? [part, other] : [other, part];
    over([p, f], `(${n(p)} + ${n(f)})`, 'over tests run');
    const run = [p, f, ...(errors ? [errors] : [])];
    if (errors) over(run, `(${run.map(n).join(' + ')})`, 'over tests run, errors included');
    if (skipped && !total) over([...run, skipped], `(${[...run, skipped].map(n).join(' + ')})`, 'over all tests');
  }
  if (total && skipped) over([total], `(${n(total)} − ${n(skipped)})`, 'over tests run', skipped);
  // A failure rate may count errors as failures, as pytest's summary does: (failed + errors) / all tests.
  if (of === 'failed' && stated && errors && total) {
    const both = add(intervalOf(stated), intervalOf(errors));
    out.push(reading(`(${n(stated)} + ${n(errors)}) / ${n(total)}`, ((stated.value + errors.value) / total.value) * 100, div(both, intervalOf(total), 100), 'errors counted as failures, over all tests'));
  }
  return out.filter((r) => Number.isFinite(r.nominal));
}

/** The claims on `line` that `accept` takes, with their indexes, when there is one and all state one value. */
export function agreeingOnLine(claims: readonly Claim[], line: number, accept: (claim: Claim) => boolean): Array<{ index: number; claim: Claim }> | undefined {
  const here = claims.map((claim, index) => ({ claim, index })).filter(({ claim }) => claim.position.line === line && accept(claim));
  return here.length === 0 || new Set(here.map(({ claim }) => claim.value)).size > 1 ? undefined : here;
}

/** The label of row `r` of a table, its first cell without emphasis: "**TOTAL**" → "TOTAL". */
export const cellLabel = (view: { rows: readonly (readonly string[])[] }, r: number): string => (view.rows[r]?.[0] ?? '').replace(/[*_`]/g, '').trim();
