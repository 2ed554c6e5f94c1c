/**
 * A final score and the score table it sums up, also without a Total row and
 * on another scale: "Final Health Score: 87/100" over a table whose Score
 * column adds to 97, or whose "18/20"-style cells add to 111 of 115 points.
 * The score may be the points scored out of the points possible (scaled to
 * its own scale) or the mean of the rows' scores; it holds when either reading
 * does. Weighted tables (a Weight column) are consistency's score check.
 */
import type { Claim } from '../../model.js';
import { add, div, intervalOf, mul, point, show, type Figure, type Interval, type Reading } from '../arithmetic.js';
import type { TableView } from '../../read/report-structure.js';
import { readCellFigure, readScore, readScorePair, totalRowLabelRe, weightHeaderRe } from '../relation-forms.js';
import type { ReportRelation } from './types.js';
import { eachClaim, figureOf, reading, showLines, viewsOf } from './shared.js';
import { maximumColumnWords, overallScoreWords, scoreColumnWords } from '../../figures/column-words.js';
import { wordsSource } from '../../figures/words.js';
import { withoutStars } from '../../read/without-stars.js';

/** Labels of a score that sums up others. */
const overallRe = new RegExp(String.raw`\b${wordsSource(overallScoreWords)}\b`, 'i');
/** Headers of a score column and of a column of maxima. */
const scoreHeaderRe = new RegExp(String.raw`\b${wordsSource(scoreColumnWords)}\b`, 'i');
const maxHeaderRe = new RegExp(String.raw`\b${wordsSource(maximumColumnWords)}\b`, 'i');

interface Row {
  score: Figure;
  max?: number;
  line: number;
}

/** The score rows of `table` (total rows aside): "18/20" cells, or a score column beside a column of maxima, or plain scores. */
function scoreRows(table: TableView): { header: string; rows: Row[] } | undefined {
  if (table.header.some((h) => weightHeaderRe.test(h))) return undefined;
  const body = table.rows.map((row, r) => ({ row, line: table.rowLines[r] ?? 0 })).filter(({ row }) => !totalRowLabelRe.test(row[0] ?? ''));
  if (body.length < 2) return undefined;
  const columns = table.header.map((h, i) => ({ h, i })).filter(({ h, i }) => i > 0 && scoreHeaderRe.test(h) && !maxHeaderRe.test(h));
  if (columns.length !== 1) return undefined;
  const { h, i } = columns[0] as { h: string; i: number };
  const maxColumn = table.header.findIndex((x, j) => j > 0 && maxHeaderRe.test(x));
  const rows: Row[] = [];
  for (const { row, line } of body) {
    const text = withoutStars(row[i] ?? '');
    const pair = readScorePair(text);
    if (pair) {
      rows.push({ ...pair, line });
      continue;
    }
    const figure = readCellFigure(text);
    if (!figure || figure.percent) return undefined;
    const max = maxColumn > 0 ? readCellFigure(row[maxColumn] ?? '')?.value : undefined;
    if (maxColumn > 0 && max === undefined) return undefined;
    rows.push({ score: figure, ...(max !== undefined ? { max } : {}), line });
  }
  const withMax = rows.filter((r) => r.max !== undefined).length;
  return withMax === 0 || withMax === rows.length ? { header: h, rows } : undefined;
}

function readings(rows: readonly Row[], scale: number, header: string, where: string): Reading[] {
  const sum = rows.reduce<Interval>((s, r) => add(s, intervalOf(r.score)), point(0));
  const nominal = rows.reduce((s, r) => s + r.score.value, 0);
  const terms = rows.map((r) => show(r.score.value, r.score.precision)).join(' + ');
  const out: Reading[] = [];
  const maxima = rows.every((r) => r.max !== undefined) ? rows.reduce((s, r) => s + (r.max ?? 0), 0) : undefined;
  if (maxima === undefined || maxima === scale) out.push(reading(terms, nominal, sum, `the ${header} column, ${where}`));
  else out.push(reading(`(${terms}) / ${show(maxima)} × ${show(scale)}`, (nominal / maxima) * scale, mul(div(sum, point(maxima)), point(scale)), `points of the ${header} column out of ${show(maxima)}, ${where}`));
  // The mean of the rows' scores, each on the final score's scale.
  const each = rows.map((r) => (r.max === undefined ? { v: r.score.value, i: intervalOf(r.score) } : { v: (r.score.value / r.max) * scale, i: mul(div(intervalOf(r.score), point(r.max)), point(scale)) }));
  const mean = each.reduce((s, e) => s + e.v, 0) / each.length;
  const meanInterval = div(each.reduce<Interval>((s, e) => add(s, e.i), point(0)), point(each.length));
  out.push(reading(`mean of ${each.length} rows`, mean, meanInterval, `the ${header} column, ${where}`));
  return out;
}

export default {
  id: 'score-from-table',
  description: 'A final score against the score table of the report: points scored out of points possible, or the mean of the rows.',
  judge({ claims, source, tree }) {
    const tables = viewsOf({ source, tree }).tables.map((t) => ({ t, rows: scoreRows(t) })).filter((x) => x.rows !== undefined);
    // Several score tables (before and after, per component) leave no single breakdown.
    if (tables.length !== 1) return [];
    const { rows } = tables[0] as { rows: { header: string; rows: Row[] } };
    return eachClaim(claims, (claim: Claim) => {
      if (claim.kind !== 'score' || claim.tense !== 'current' || claim.context.table) return;
      const form = readScore(claim.text);
      if (!form || !overallRe.test(form.label) || form.scale <= 0) return;
      const lines = rows.rows.map((r) => r.line);
      return { stated: { ...figureOf(claim), value: form.score.value, precision: form.score.precision, rounded: true }, readings: readings(rows.rows, form.scale, rows.header, showLines(lines)), lines };
    });
  },
} satisfies ReportRelation;
