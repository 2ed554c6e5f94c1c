/**
 * A column's mean stated as an average after its table: "Average
 * Confidence: 97.7%" under a table whose Confidence column holds 99%, 100%,
 * 99.3%, … The figure's label names the column; the table is the nearest
 * one before it in its section with a column of that name.
 */
import type { Claim } from '../../model.js';
import { add, div, intervalOf, mul, point, type Figure, type Interval, type Reading } from '../../arithmetic.js';
import { allTables, sectionsOf, type TableView } from '../../report-structure.js';
import { readCellFigure, totalRowLabelRe } from '../../relation-forms.js';
import { parseNumber } from '../../numbers.js';
import type { RelationJudgement, ReportRelation } from './types.js';
import { figureOf, showLines, sumOf } from './shared.js';

/** Words that make a figure a mean. */
export const meanWords = ['average', 'avg', 'mean'] as const;
const meanRe = new RegExp(String.raw`\b(?:${meanWords.join('|')})\b\.?\s*(?<label>[A-Za-z][\w -]{2,40}?)\s*[:=]`, 'i');

const figureAfterRe = /^\s*[~≈]?\s*(?<num>\d[\d,]*(?:\.\d+)?)/;

/** The column of `table` whose header is `label` (case and plural aside). */
function columnNamed(table: TableView, label: string): number {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z ]/g, '').replace(/s\b/g, '').trim();
  const wanted = norm(label);
  return table.header.findIndex((h, i) => i > 0 && norm(h) === wanted);
}

export default {
  id: 'column-mean',
  description: 'An average stated after a table against the mean of the column it names.',
  judge({ claims, source, tree }) {
    const lines = source.split('\n');
    const sections = sectionsOf(tree);
    const tables = allTables(tree);
    const out: RelationJudgement[] = [];
    claims.forEach((claim: Claim, index) => {
      const at = claim.position.line;
      if (claim.tense !== 'current' || claim.context.table || typeof claim.value !== 'number') return;
      const text = lines[at - 1] ?? '';
      const plain = text.replace(/\*/g, '');
      const m = meanRe.exec(plain);
      const label = m?.groups?.label;
      // The figure must be the one the label introduces, not another on the line.
      const after = m ? figureAfterRe.exec(plain.slice(m.index + m[0].length))?.groups?.num : undefined;
      if (!label || after === undefined || parseNumber(after).value !== claim.value) return;
      const section = sections.filter((s) => s.line <= at && at <= s.end).at(-1);
      const before = tables.filter((t) => t.line < at && t.line >= (section?.line ?? 1) && columnNamed(t, label) >= 0);
      const table = before.at(-1);
      if (!table) return;
      const column = columnNamed(table, label);
      const body = table.rows.map((row, r) => ({ row, line: table.rowLines[r] ?? 0 })).filter(({ row }) => !totalRowLabelRe.test(row[0] ?? ''));
      const figures = body.map(({ row }) => readCellFigure(row[column] ?? ''));
      if (figures.length < 2 || figures.some((f) => f === undefined)) return;
      const percent = claim.unit === 'percent';
      if (figures.some((f) => f?.percent !== percent)) return;
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
      out.push({ index, stated: figureOf(claim), readings, suffix: percent ? '%' : '', lines: rowLines });
    });
    return out;
  },
} satisfies ReportRelation;
