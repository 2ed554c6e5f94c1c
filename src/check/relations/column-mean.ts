/**
 * A column's mean stated as an average after its table: "Average
 * Confidence: 97.7%" under a table whose Confidence column holds 99%, 100%,
 * 99.3%, … The figure's label names the column; the table is the nearest
 * one before it in its section with a column of that name.
 */
import type { Claim } from '../../model.js';
import { add, div, intervalOf, judge, mul, point, type Figure, type Interval, type Reading } from '../arithmetic.js';
import type { TableView } from '../../read/report-structure.js';
import { changeHeaderRe, readCellFigure, totalRowLabelRe } from '../relation-forms.js';
import { parseNumber } from '../../figures/numbers.js';
import type { ReportRelation } from './types.js';
import { eachClaim, figureOf, showLines, sumOf, tablesAbove, viewsOf } from './shared.js';
import { withoutStars } from '../../read/without-stars.js';

/** Words that make a figure a mean. */
export const meanWords = ['average', 'avg', 'mean'] as const;
const meanRe = new RegExp(String.raw`\b(?:${meanWords.join('|')})\b\.?\s*(?<label>[A-Za-z][\w -]{2,40}?)\s*[:=]`, 'i');

/** The figure right after a label, past status marks: ": 🟢 89%". */
const figureAfterRe = /^[^\p{L}\p{N}]*(?<num>\d[\d,]*(?:\.\d+)?)/u;
/** Labels of a figure that sums up a table without naming a column: "Overall Platform Readiness: 89%". */
export const overallWords = ['overall', 'aggregate', 'combined'] as const;
export const overallRe = new RegExp(String.raw`\b(?:${overallWords.join('|')})\b[^:=\n]{0,40}[:=]`, 'i');

/** The column of `table` whose header is `label` (case and plural aside). */
function columnNamed(table: TableView, label: string): number {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z ]/g, '').replace(/s\b/g, '').trim();
  const wanted = norm(label);
  return table.header.findIndex((h, i) => i > 0 && norm(h) === wanted);
}

/** Readings of a column's mean over the body rows of `table`: plain, and weighted by each column of sizes. */
export function meanReadings(table: TableView, column: number, percent: boolean): { readings: Reading[]; rowLines: number[] } | undefined {
  const body = table.rows.map((row, r) => ({ row, line: table.rowLines[r] ?? 0 })).filter(({ row }) => !totalRowLabelRe.test(row[0] ?? ''));
  const figures = body.map(({ row }) => readCellFigure(row[column] ?? ''));
  if (figures.length < 2 || figures.some((f) => f === undefined || f.percent !== percent)) return undefined;
  const rowLines = body.map((b) => b.line);
  const values = figures as Figure[];
  const sum = sumOf(values);
  const n = values.length;
  const name = table.header[column] ?? '';
  const readings: Reading[] = [{ expression: `(${sum.expression}) / ${n}`, nominal: sum.nominal / n, interval: div(sum.interval, point(n)), label: `mean of the ${name} column, ${showLines(rowLines)}` }];
  // An average over a table of sizes is often weighted by them (coverage by lines): each column of counts is a possible weight.
  table.header.forEach((weightName, w) => {
    if (w === 0 || w === column) return;
    const weights = body.map(({ row }) => readCellFigure(row[w] ?? ''));
    if (weights.some((x) => x === undefined || x.percent || x.value < 0)) return;
    const ws = (weights as Figure[]).map((x) => x.value);
    const total = ws.reduce((s, x) => s + x, 0);
    if (total <= 0) return;
    const weighted = values.reduce((s, f, i) => s + f.value * (ws[i] ?? 0), 0) / total;
    const interval = div(values.reduce<Interval>((s, f, i) => add(s, mul(intervalOf(f), point(ws[i] ?? 0))), point(0)), point(total));
    readings.push({ expression: `Σ ${name} × ${weightName} / Σ ${weightName}`, nominal: weighted, interval, label: `mean weighted by the ${weightName} column` });
  });
  return { readings, rowLines };
}

/** Whether `claim` is the figure right after the label `m` matched on its line. */
export function introduces(m: RegExpExecArray | null, plain: string, claim: Claim): m is RegExpExecArray {
  const after = m ? figureAfterRe.exec(plain.slice(m.index + m[0].length))?.groups?.num : undefined;
  return after !== undefined && parseNumber(after).value === claim.value;
}

export default {
  id: 'column-mean',
  description: 'An average stated after a table against the mean of the column it names; an overall figure against the mean of a column, when one holds.',
  judge({ claims, source, tree }) {
    const views = viewsOf({ source, tree });
    const { lines } = views;
    return eachClaim(claims, (claim: Claim) => {
      const at = claim.position.line;
      if (claim.tense !== 'current' || claim.context.table || typeof claim.value !== 'number') return;
      const plain = withoutStars(lines[at - 1] ?? '');
      const above = tablesAbove(views, at);
      const percent = claim.unit === 'percent';
      const stated = figureOf(claim);
      const mean = meanRe.exec(plain);
      const label = mean?.groups?.label;
      if (introduces(mean, plain, claim) && label) {
        const table = above.filter((t) => columnNamed(t, label) >= 0).at(-1);
        const found = table ? meanReadings(table, columnNamed(table, label), percent) : undefined;
        return found ? { stated, readings: found.readings, suffix: percent ? '%' : '', lines: found.rowLines } : undefined;
      }
      // "Overall" names no column and may weigh the rows unseen: the nearest table's columns are tried, and only a match is said.
      if (!introduces(overallRe.exec(plain), plain, claim)) return;
      const table = above.at(-1);
      if (!table) return;
      const found = table.header.map((h, c) => (c > 0 && !changeHeaderRe.test(h) ? meanReadings(table, c, percent) : undefined)).filter((f) => f !== undefined);
      const readings = found.flatMap((f) => f.readings);
      if (readings.length === 0 || judge(stated, readings, percent ? '%' : '').verdict === 'contradicted') return;
      return { stated, readings, suffix: percent ? '%' : '', lines: found[0]?.rowLines ?? [] };
    });
  },
} satisfies ReportRelation;
