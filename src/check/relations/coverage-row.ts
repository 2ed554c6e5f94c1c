/**
 * A coverage row's percentage against the row's own counts: SimpleCov's
 * `File | Lines Covered | Total Lines | Coverage` ("12 / 15 | 15 |
 * **80.0%**"), coverage.py's `Name | Stmts | Miss | Cover` ("82 | 7 | 91%":
 * (Stmts − Miss) / Stmts). Every row is checked, its TOTAL row included, at
 * the precision the percentage is written; a tool that truncates (Istanbul,
 * SimpleCov) and one that rounds (coverage.py) both read as written. The
 * counts are found by their column headers: covered, relevant (total,
 * statements) and missed lines; a cell "N / M" is covered over relevant
 * itself. A table that counts branches beside the lines gives a percentage
 * over both, which the line columns alone do not compute: nothing is judged
 * there.
 */
import type { Root } from 'mdast';
import type { Claim } from '../../model.js';
import type { Figure, Reading } from '../arithmetic.js';
import type { RelationJudgement, ReportRelation } from './types.js';
import { div, intervalOf, sub, add } from '../arithmetic.js';
import { tableAt, type TableView } from '../../read/report-structure.js';
import { cellScoreRe, changeHeaderRe, readCellFigure } from '../relation-forms.js';
import { eachClaim, exactCount, reading } from './shared.js';
import { gapColumnWords, goalColumnWords } from '../../figures/column-words.js';

/** Words of a header over a percentage a row's counts make. */
export const coveragePercentWords = ['coverage', 'cover', 'covered', 'percent', 'percentage', 'pct', '%'] as const;
/** Words of a header over the lines a row covered. */
export const coveredWords = ['covered', 'hit', 'hits'] as const;
/** Words of a header over the lines a row could cover. */
export const relevantWords = ['total', 'relevant', 'statements', 'stmts', 'coverable', 'instrumented', 'lines', 'executable'] as const;
/** Words of a header over the lines a row missed. */
export const missedWords = ['miss', 'missed', 'missing', 'uncovered'] as const;
/** Words of a header that count branches or functions beside the lines: the percentage is then over them too. */
export const otherMeasureWords = ['branch', 'branches', 'brpart', 'partial', 'functions', 'funcs'] as const;
/** Words of a header that is no measurement of the row: a goal, a change, a before-value. */
const notMeasuredWords = [...goalColumnWords, 'before', 'baseline', 'previous', 'was', ...gapColumnWords];

const wordsOf = (header: string): string[] => header.toLowerCase().replace(/%/g, ' % ').split(/[^\p{L}\p{N}%]+/u).filter(Boolean);
const hasWord = (header: string, words: readonly string[]) => wordsOf(header).some((w) => words.includes(w));
const integer = (f: Figure | undefined): f is Figure => f !== undefined && f.qualifier === 'exact' && f.precision === 0 && Number.isInteger(f.value) && f.value >= 0;

/** The plain count of a cell ("15", "**302**"), or undefined. */
export function countIn(text: string): Figure | undefined {
  const f = readCellFigure(text);
  return f && !f.percent && integer(f) ? f : undefined;
}

/** "12 / 15" in a cell, with nothing but marks around it ("**31 / 31** ✅", not "confirmed (10/12; …)"): covered over relevant. */
export function ratioIn(text: string): { covered: Figure; relevant: Figure } | undefined {
  const groups = cellScoreRe.exec(text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))?.groups;
  if (!groups?.score || !groups.scale) return undefined;
  const n = (s: string): Figure => exactCount(Number(s.replace(/,/g, '')));
  const covered = n(groups.score);
  const relevant = n(groups.scale);
  return Number.isInteger(covered.value) && Number.isInteger(relevant.value) && covered.value <= relevant.value ? { covered, relevant } : undefined;
}

/** The counts a coverage percentage is made of, as the report states them, and what each is called. */
export interface CoverageCounts {
  covered?: Figure;
  relevant?: Figure;
  missed?: Figure;
}

/** Every reading of a coverage percentage from its counts: covered / relevant, (relevant − missed) / relevant, covered / (covered + missed). */
export function readingsFromCounts(counts: CoverageCounts, names: Record<keyof CoverageCounts, string>, where: string): Reading[] {
  const { covered, relevant, missed } = counts;
  const out: Reading[] = [];
  if (covered && relevant && relevant.value > 0 && covered.value <= relevant.value) {
    out.push(reading(`${covered.value} / ${relevant.value}`, (covered.value / relevant.value) * 100, div(intervalOf(covered), intervalOf(relevant), 100), `${where} ${names.covered} over ${names.relevant}`));
  }
  if (relevant && missed && relevant.value > 0 && missed.value <= relevant.value) {
    out.push(reading(`(${relevant.value} − ${missed.value}) / ${relevant.value}`, ((relevant.value - missed.value) / relevant.value) * 100, div(sub(intervalOf(relevant), intervalOf(missed)), intervalOf(relevant), 100), `${where} ${names.relevant} less ${names.missed}`));
  }
  if (covered && missed && covered.value + missed.value > 0) {
    out.push(reading(`${covered.value} / (${covered.value} + ${missed.value})`, (covered.value / (covered.value + missed.value)) * 100, div(intervalOf(covered), add(intervalOf(covered), intervalOf(missed)), 100), `${where} ${names.covered} and ${names.missed}`));
  }
  return out;
}

/** Readings that compute other values: when the counts agree, one computation says it (covered over total, not also total less missed). */
export function distinct(readings: readonly Reading[]): Reading[] {
  return readings.filter((r, i) => Number.isFinite(r.nominal) && readings.findIndex((o) => Math.abs(o.nominal - r.nominal) < 1e-9) === i);
}

/** Every reading of the percentage of `row` at `column` from the counts beside it. */
export function coverageReadings(view: TableView, row: number, column: number): Reading[] {
  const { header } = view;
  const cells = view.rows[row] ?? [];
  const percentHeader = header[column] ?? '';
  if (!hasWord(percentHeader, coveragePercentWords) || hasWord(percentHeader, notMeasuredWords) || changeHeaderRe.test(percentHeader)) return [];
  if (header.some((h) => hasWord(h, otherMeasureWords))) return [];
  const others = header.map((h, i) => ({ h, i })).filter(({ h, i }) => i > 0 && i !== column && !hasWord(h, notMeasuredWords) && !changeHeaderRe.test(h));
  const out: Reading[] = [];
  const quote = (i: number) => `"${header[i] ?? ''}"`;
  // A fraction counts covered lines only under a header that says so ("Lines Covered", "Lines"), never an "Expect" or a "Score".
  for (const { i } of others.filter(({ h }) => hasWord(h, coveredWords) || hasWord(h, relevantWords))) {
    const ratio = ratioIn(cells[i] ?? '');
    if (!ratio || ratio.relevant.value === 0) continue;
    out.push(reading(`${ratio.covered.value} / ${ratio.relevant.value}`, (ratio.covered.value / ratio.relevant.value) * 100, div(intervalOf(ratio.covered), intervalOf(ratio.relevant), 100), `column ${quote(i)} of the row`));
  }
  const find = (words: readonly string[], not: readonly string[] = []) => {
    const found = others.filter(({ h }) => hasWord(h, words) && !hasWord(h, not));
    return found.length === 1 ? found[0]?.i : undefined;
  };
  const missedAt = find(missedWords);
  // "Lines Covered" holds covered lines; "Total Lines" and "Stmts" the lines that count; "Uncovered" is missed, never covered.
  const coveredAt = find(coveredWords, [...missedWords, 'total']);
  const relevantAt = find(relevantWords, [...coveredWords, ...missedWords]);
  const covered = coveredAt === undefined ? undefined : countIn(cells[coveredAt] ?? '');
  const relevant = relevantAt === undefined ? undefined : countIn(cells[relevantAt] ?? '');
  const missed = missedAt === undefined ? undefined : countIn(cells[missedAt] ?? '');
  const names = { covered: `"${header[coveredAt ?? 0] ?? ''}"`, relevant: `"${header[relevantAt ?? 0] ?? ''}"`, missed: `"${header[missedAt ?? 0] ?? ''}"` };
  out.push(...readingsFromCounts({ covered, relevant, missed }, names, 'columns'));
  return distinct(out);
}

/**
 * The judgements of every current percentage cell, once per cell (a TOTAL
 * row's cell may be read by two claims), whose percentage is the cell's one
 * figure ("**58.33%** ⚠️", not "75% coverage, 561+ tests"), with the readings
 * `readingsOf` gives from its table and the lines those come from.
 */
export function judgePercentCells(claims: readonly Claim[], tree: Root, readingsOf: (view: TableView) => { readings: Reading[]; lines: number[] }): RelationJudgement[] {
  const judged = new Set<number>();
  return eachClaim(claims, (claim: Claim) => {
    if (judged.has(claim.position.offset)) return undefined;
    if (claim.unit !== 'percent' || claim.tense !== 'current' || !claim.context.table || typeof claim.value !== 'number') return;
    const view = tableAt(tree, claim.position.offset);
    if (!view || view.row < 0 || view.column < 1 || view.rowLines[view.row] !== claim.position.line) return;
    const cell = readCellFigure(view.rows[view.row]?.[view.column] ?? '');
    if (!cell?.percent || cell.value !== claim.value) return;
    const { readings, lines } = readingsOf(view);
    if (readings.length === 0) return;
    judged.add(claim.position.offset);
    return { readings, suffix: '%', lines };
  });
}

export default {
  id: 'coverage-row',
  description: "A coverage table row's percentage against its own counts: covered over relevant lines, or statements less missed over statements.",
  judge({ claims, tree }) {
    return judgePercentCells(claims, tree, (view) => ({ readings: coverageReadings(view, view.row, view.column), lines: [view.rowLines[view.row] ?? 0] }));
  },
} satisfies ReportRelation;
