/**
 * The total row's cell of a before-column against the column's rows: under
 * "| Category | Before | Actual After |", rows "11/15", "14/20" … "2/5" add
 * to 93 of 115 points, so the TOTAL row's "73/100" must read as 93 / 115 ×
 * 100 = 80.9; a column of plain figures ("2.5", "1.0", …
 * "**TOTAL** | 13.5") must add to its total. A before-value is no claim
 * against the repository, but the report's arithmetic on its own column is
 * still arithmetic, judged as the current column's total row is; so is a
 * column of what was claimed elsewhere ("Claimed After"), which the
 * report sets out beside what it found.
 *
 * Only a before-column's total row (a row labelled "Total", "Overall", …)
 * takes part, and only when every body row above it holds the same form as
 * the total: all "a/b" pairs, or all plain figures that are no percentages
 * (a total percentage may be a weighted mean; rows of other metrics above a
 * "Total Tests" row are no parts of it).
 */
import type { Claim } from '../../model.js';
import type { Figure } from '../arithmetic.js';
import { tableAt, type TableView } from '../../read/report-structure.js';
import { readCellFigure, readScorePair, totalRowLabelRe } from '../relation-forms.js';
import { beforeHeaderRe, claimedHeaderRe } from '../../figures/tense.js';
import type { RelationJudgement, ReportRelation } from './types.js';
import { cellLabel, figureOf, pointsReading, showLines } from './shared.js';
import { withoutStars } from '../../read/without-stars.js';

/** Rows that are sums of others, neither parts nor the total. */
const subtotalRe = /\bsub-?total\b/i;

interface Cell {
  figure: Figure;
  max?: number;
}

/** A cell as a score pair ("**11/15**") or a plain figure that is no percentage. */
function readCell(text: string): Cell | undefined {
  const plain = withoutStars(text).trim();
  const pair = readScorePair(plain);
  if (pair) return { figure: pair.score, max: pair.max };
  const figure = readCellFigure(plain);
  return figure && !figure.percent ? { figure } : undefined;
}

/** The body rows above the total row of `view`, with their lines, each read in column `c`; undefined when one is not of the total's form. */
function partsAbove(view: TableView, c: number, paired: boolean): Array<Cell & { line: number }> | undefined {
  const parts: Array<Cell & { line: number }> = [];
  for (let r = 0; r < view.row; r++) {
    const label = cellLabel(view, r);
    if (totalRowLabelRe.test(label) || subtotalRe.test(label)) continue;
    const cell = readCell(view.rows[r]?.[c] ?? '');
    if (!cell || (cell.max !== undefined) !== paired) return undefined;
    parts.push({ ...cell, line: view.rowLines[r] ?? 0 });
  }
  return parts.length >= 2 ? parts : undefined;
}

export default {
  id: 'before-column-total',
  description: 'The total row\u2019s cell of a before-column ("TOTAL | 73/100" under "11/15", "14/20" …): the column\u2019s rows added up, rescaled to the total\u2019s scale.',
  judge({ claims, tree }) {
    const out: RelationJudgement[] = [];
    const seen = new Set<number>();
    claims.forEach((claim: Claim, index) => {
      if ((claim.tense !== 'before' && claim.tense !== 'historical') || !claim.context.table || (claim.kind !== 'total' && claim.kind !== 'score')) return;
      if (seen.has(claim.position.offset)) return;
      const view = tableAt(tree, claim.position.offset);
      if (!view || view.row < 0 || view.column <= 0) return;
      const label = cellLabel(view, view.row);
      const header = withoutStars(view.header[view.column] ?? '').trim();
      if (!totalRowLabelRe.test(label) || !(beforeHeaderRe.test(header) || claimedHeaderRe.test(header))) return;
      const total = readCell(view.rows[view.row]?.[view.column] ?? '');
      if (!total) return;
      const parts = partsAbove(view, view.column, total.max !== undefined);
      if (!parts) return;
      seen.add(claim.position.offset);
      const lines = parts.map((p) => p.line);
      const maxima = total.max === undefined ? undefined : parts.reduce((s, p) => s + (p.max ?? 0), 0);
      const stated: Figure = { ...figureOf(claim), value: total.figure.value, precision: total.figure.precision, ...(maxima !== total.max ? { rounded: true } : {}) };
      out.push({ index, stated, readings: [pointsReading(parts.map((p) => p.figure), maxima, total.max, `column "${header}", ${showLines(lines)}`)], lines });
    });
    return out;
  },
} satisfies ReportRelation;
