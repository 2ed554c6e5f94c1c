/**
 * A score stated in prose whose label names a column of the report's score
 * table: "**Updated Score**: 26.5/50 (53%)" and "**Previous Score**: 13.5/50"
 * over a table "| Category | Previous | Updated | Change |" whose Updated
 * column adds to 29. The label less its score word ("Updated") must be the
 * header of exactly one column in the report, whose body rows (a total row
 * aside) each hold one plain figure or a "2.5/5" pair; the score is their sum,
 * scaled to the score's own scale when the pairs give maxima that add to
 * another one. A before-value ("Previous Score") is the report's own
 * arithmetic too, so it takes part as well; a target or projection does not.
 */
import type { Claim } from '../../model.js';
import type { Figure } from '../arithmetic.js';
import type { TableView } from '../../read/report-structure.js';
import { readCellFigure, readScore, readScorePair, totalRowLabelRe } from '../relation-forms.js';
import type { RelationJudgement, ReportRelation } from './types.js';
import { figureOf, pointsReading, showLines, viewsOf } from './shared.js';
import { withoutStars } from '../../read/without-stars.js';

/** The score word that ends a score's label: "Updated Score" names the column "Updated". */
const scoreWordRe = /\s+(?:score|rating|grade)$/i;
/** A header or label as compared: marks, emphasis and case aside. */
const norm = (text: string) => text.replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

interface Cell {
  score: Figure;
  max?: number;
  line: number;
}

/** The figures of column `c` of `table`'s body rows (total rows aside), or undefined when a row holds none. */
function columnCells(table: TableView, c: number): Cell[] | undefined {
  const cells: Cell[] = [];
  table.rows.forEach((row, r) => {
    if (totalRowLabelRe.test(row[0] ?? '')) return;
    const text = withoutStars(row[c] ?? '');
    const pair = readScorePair(text);
    const line = table.rowLines[r] ?? 0;
    if (pair) {
      cells.push({ ...pair, line });
      return;
    }
    const figure = readCellFigure(text);
    if (figure && !figure.percent) cells.push({ score: figure, line });
  });
  const body = table.rows.filter((row) => !totalRowLabelRe.test(row[0] ?? '')).length;
  return cells.length === body && body >= 2 ? cells : undefined;
}

export default {
  id: 'score-from-named-column',
  description: 'A prose score whose label names a column of the score table ("Updated Score: 26.5/50" over an Updated column): the column\u2019s sum.',
  judge({ claims, source, tree }) {
    const { tables } = viewsOf({ source, tree });
    const out: RelationJudgement[] = [];
    claims.forEach((claim: Claim, index) => {
      if (claim.kind !== 'score' || claim.context.table || (claim.tense !== 'current' && claim.tense !== 'before')) return;
      const form = readScore(claim.text);
      if (!form || form.scale <= 0) return;
      const name = norm(form.label.replace(scoreWordRe, ''));
      if (!name || name === norm(form.label)) return;
      const columns = tables.flatMap((t) => t.header.map((h, c) => ({ t, c, h })).filter(({ h, c }) => c > 0 && norm(h) === name));
      if (columns.length !== 1) return;
      const { t, c, h } = columns[0] as { t: TableView; c: number; h: string };
      const cells = columnCells(t, c);
      if (!cells) return;
      const lines = cells.map((x) => x.line);
      const maxima = cells.every((x) => x.max !== undefined) ? cells.reduce((s, x) => s + (x.max ?? 0), 0) : undefined;
      const scored = pointsReading(cells.map((x) => x.score), maxima, form.scale, `column "${withoutStars(h).trim()}", ${showLines(lines)}`);
      out.push({ index, stated: { ...figureOf(claim), value: form.score.value, precision: form.score.precision, rounded: true }, readings: [scored], lines });
    });
    return out;
  },
} satisfies ReportRelation;
