/**
 * A section heading's coverage against the TOTAL row of the table under it:
 * "### ✅ Controllers - 83.64% Coverage" over a table of files whose "TOTAL
 * CONTROLLERS" row says 41 / 51 lines, 80.39%. The heading sums up the table,
 * so it must read as the total row's percentage or as the row's own counts
 * (covered over relevant, relevant less missed). The table must be the one
 * table between the heading and its first sub-heading, with one total row
 * and one coverage column that names no other measure (branches, functions);
 * the heading's figure must be a current line or statement coverage.
 */
import type { Claim } from '../../model.js';
import type { Reading } from '../arithmetic.js';
import { intervalOf } from '../arithmetic.js';
import type { TableView } from '../../read/report-structure.js';
import { readCellFigure, totalRowLabelRe } from '../relation-forms.js';
import type { ReportRelation } from './types.js';
import { coveragePercentWords, coverageReadings, otherMeasureWords } from './coverage-row.js';
import { hasWord } from '../../figures/words.js';
import { cellLabel as label, eachClaim, reading, viewsOf } from './shared.js';
import { gapColumnWords, goalColumnWords } from '../../figures/column-words.js';

/** A heading line: "### ✅ Controllers - 83.64% Coverage". */
const headingLineRe = /^\s{0,3}#{1,6}\s/;
/** Kinds a heading's plain "Coverage" stands for: the lines or statements a coverage table's column counts. */
const lineKinds: ReadonlySet<string> = new Set(['coverage.lines', 'coverage.statements']);
/** Words of a column header that is no current measurement: a goal, a change, a before-value. */
const notMeasuredWords = [...goalColumnWords, 'before', 'baseline', 'previous', ...gapColumnWords];

/** The one total row and the one coverage column of `table`, when it has them. */
function totalCell(table: TableView): { row: number; column: number } | undefined {
  if (table.header.some((h) => hasWord(h, otherMeasureWords))) return undefined;
  const rows = table.rows.map((_, r) => r).filter((r) => totalRowLabelRe.test(label(table, r)));
  const columns = table.header.map((h, c) => ({ h, c })).filter(({ h, c }) => c > 0 && hasWord(h, coveragePercentWords) && !hasWord(h, notMeasuredWords));
  // "Lines Covered | Coverage": only a column whose total cell is a percentage is the coverage.
  const percent = columns.filter(({ c }) => rows.length === 1 && readCellFigure(table.rows[rows[0] as number]?.[c] ?? '')?.percent);
  if (rows.length !== 1 || percent.length !== 1) return undefined;
  return { row: rows[0] as number, column: (percent[0] as { c: number }).c };
}

export default {
  id: 'heading-total-row',
  description: "A section heading's coverage against the TOTAL row of the one table under it: its percentage or its counts.",
  judge({ claims, source, tree }) {
    const { lines, sections, tables } = viewsOf({ source, tree });
    return eachClaim(claims, (claim: Claim) => {
      const at = claim.position.line;
      if (!lineKinds.has(claim.kind) || claim.unit !== 'percent' || claim.tense !== 'current' || typeof claim.value !== 'number') return;
      if (!headingLineRe.test(lines[at - 1] ?? '')) return;
      const section = sections.find((s) => s.line === at);
      if (!section) return;
      // The heading sums up what lies under it before any sub-heading: a sub-section's table is a part.
      const firstSub = sections.find((s) => s.line > at && s.line <= section.end)?.line ?? section.end + 1;
      const under = tables.filter((t) => t.line > at && t.line < firstSub);
      if (under.length !== 1) return;
      const table = under[0] as TableView;
      const cell = totalCell(table);
      if (!cell) return;
      const text = table.rows[cell.row]?.[cell.column] ?? '';
      const total = readCellFigure(text);
      if (!total) return;
      const rowLine = table.rowLines[cell.row] ?? table.line;
      const name = `row "${label(table, cell.row)}"`;
      const readings: Reading[] = coverageReadings({ ...table, row: cell.row, column: cell.column }, cell.row, cell.column).map((r) => ({ ...r, label: `${name}, line ${rowLine}` }));
      readings.push(reading(`${name} (line ${rowLine})`, total.value, intervalOf(total)));
      return { readings, suffix: '%', lines: [rowLine] };
    });
  },
} satisfies ReportRelation;
