/**
 * The total row of a column of changes against the changes above it:
 * "| Category | Previous | Updated | Change |" with rows "+2.5", "±0",
 * "+1.5" … and "| **TOTAL** | 13.5 | 26.5 | **+13.0** |". The row's own
 * Previous and Updated cells give one reading of its change (the consistency
 * verifier judges that); the changes of the rows added up are another, and a
 * total row must agree with both. Only counts and points are added: a column
 * of percentages ("+5%") may be relative changes or points of a weighted
 * whole, which do not add up. Every body row must state its change (a dash
 * or "±0" for none); otherwise nothing is judged.
 */
import { showFigure, type Figure } from '../arithmetic.js';
import type { ReportRelation } from './types.js';
import { tableAt } from '../../read/report-structure.js';
import { changeHeaderRe } from '../relation-forms.js';
import { isSumRow } from './share-of-column.js';
import { eachClaim, exactCount, figureOf, showLines, sumOf } from './shared.js';

/** A change cell of counts or points: "**+2.5**", "-1", "±0", "+3 points", "-". Groups `sign`, `n`. */
const changeCellRe = /^[\s*]*(?:(?<sign>[+−-]|±)?\s*(?<n>\d+(?:\.\d+)?)[\s*]*(?:points?|pts)?|[-–—])[\s*]*$/i;

/** The signed change a cell states, as a figure; undefined when the cell holds anything else. */
export function changeOf(cell: string): Figure | undefined {
  const m = changeCellRe.exec(cell);
  if (!m) return undefined;
  const n = m.groups?.n;
  if (n === undefined) return exactCount(0);
  const minus = m.groups?.sign === '-' || m.groups?.sign === '−';
  const precision = n.split('.')[1]?.length ?? 0;
  return { value: minus ? -Number(n) : Number(n), qualifier: 'exact', precision, rounded: precision > 0 };
}

export default {
  id: 'change-column-total',
  description: 'The total row of a column of changes ("+13.0" under "Change") against the changes of the rows above it added up.',
  judge({ claims, tree }) {
    return eachClaim(claims, (claim) => {
      if (claim.kind !== 'change' || claim.tense !== 'current' || !claim.context.table || claim.unit === 'percent') return;
      if (!changeHeaderRe.test(claim.context.table.header) || !isSumRow(claim.context.table.row)) return;
      const view = tableAt(tree, claim.position.offset);
      if (!view || view.row < 1) return;
      const parts: Figure[] = [];
      const lines: number[] = [];
      for (let r = 0; r < view.row; r++) {
        const row = view.rows[r] ?? [];
        if (isSumRow(row[0] ?? '')) return;
        const change = changeOf(row[view.column] ?? '');
        if (!change) return;
        parts.push(change);
        lines.push(view.rowLines[r] ?? 0);
      }
      if (parts.length < 2) return;
      // The total's sign is in its cell: "**-2.0**" is a fall.
      const own = changeOf(view.rows[view.row]?.[view.column] ?? '');
      if (!own) return;
      const signed = { ...figureOf(claim), value: own.value };
      const header = view.header[view.column] ?? '';
      const sum = sumOf(parts, `column "${header}", ${showLines(lines)}`);
      // A fall is shown subtracted: "0 − 1.0 + 1.5".
      const expression = parts.map((p, i) => `${i === 0 ? (p.value < 0 ? '−' : '') : p.value < 0 ? ' − ' : ' + '}${showFigure({ ...p, value: Math.abs(p.value) })}`).join('');
      return { stated: signed, readings: [{ ...sum, expression }], lines };
    });
  },
} satisfies ReportRelation;
