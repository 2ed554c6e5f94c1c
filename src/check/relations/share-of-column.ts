/**
 * A percentage column beside a column of counts: "| ✅ PASSED | 2069 |
 * 80.9% |" … "| ⏭️ SKIPPED | 94 | 3.7% |". Each row's percentage is its
 * count's share of the column's whole, over either common denominator: the
 * counts of the part rows added up, or the count the Total row states. The
 * column is a share of that whole only when the table says so: its Total row
 * reads 100%, or its part rows' percentages add up to 100, or every row but
 * one holds over the whole. Otherwise the percentages are of something the
 * table does not state (the whole codebase of several tables), and nothing
 * is judged.
 */
import type { Root } from 'mdast';
import type { Claim } from '../../model.js';
import type { Figure, Reading } from '../arithmetic.js';
import type { ReportRelation } from './types.js';
import { div, intervalOf, judge, point, showFigure, add, overlaps } from '../arithmetic.js';
import { tableAt, type TableView } from '../../read/report-structure.js';
import { readCellFigure, totalRowLabelRe } from '../relation-forms.js';
import { isCountHeader, isShareHeader } from '../../figures/share-column.js';
import { eachClaim, reading, showLines } from './shared.js';

const shareKinds = new Set(['ratio', 'tests.passRate', 'tests.failRate']);
/** A row that sums others: "Total", "SUBTOTAL", "Grand total". */
const sumRowRe = /^\W*(?:sub-?\s*total)\b/i;
export const isSumRow = (label: string) => totalRowLabelRe.test(label.replace(/^\W+/, '')) || sumRowRe.test(label);

export interface ShareRow {
  line: number;
  count: Figure;
  share: Figure;
}

export interface ShareTable {
  countHeader: string;
  parts: ShareRow[];
  /** The Total row, when the table has one. */
  total?: ShareRow;
}

/** The count and share of every body row, or undefined when a row lacks either or the columns are not one count and one share. */
export function readShareTable(view: TableView, shareColumn: number): ShareTable | undefined {
  const counts = view.header.map((h, i) => i).filter((i) => i > 0 && i !== shareColumn && isCountHeader(view.header[i] ?? ''));
  // The count column the shares are of is the one nearest before them; two equally near leave no single reading.
  const before = counts.filter((i) => i < shareColumn);
  const countColumn = before.at(-1) ?? (counts.length === 1 ? counts[0] : undefined);
  if (countColumn === undefined) return undefined;
  const parts: ShareRow[] = [];
  let total: ShareRow | undefined;
  for (let r = 0; r < view.rows.length; r++) {
    const row = view.rows[r] ?? [];
    const count = readCellFigure(row[countColumn] ?? '');
    const share = readCellFigure(row[shareColumn] ?? '');
    if (!count || count.percent || !share || !share.percent) return undefined;
    const entry = { line: view.rowLines[r] ?? 0, count, share };
    if (isSumRow(row[0] ?? '')) {
      // A second sum row (subtotals of groups) makes the table's whole a matter of reading.
      if (total) return undefined;
      total = entry;
    } else if (total) return undefined;
    else parts.push(entry);
  }
  if (parts.length < 2) return undefined;
  return { countHeader: view.header[countColumn] ?? '', parts, ...(total ? { total } : {}) };
}

/** The table of a current share in a share column, with the claim's cell; undefined for any other claim. */
export function shareCellOf(claim: Claim, tree: Root): TableView | undefined {
  if (!shareKinds.has(claim.kind) || claim.unit !== 'percent' || !claim.context.table || claim.tense !== 'current') return undefined;
  if (!isShareHeader(claim.context.table.header)) return undefined;
  const view = tableAt(tree, claim.position.offset);
  return view && view.row >= 0 ? view : undefined;
}

/** Every reading of one row's share: its count over the parts added up, and over the Total row's count. */
function shareReadings(row: ShareRow, table: ShareTable): Reading[] {
  const sum = table.parts.reduce((s, p) => s + p.count.value, 0);
  const sumIv = table.parts.reduce((s, p) => add(s, intervalOf(p.count)), point(0));
  const n = showFigure(row.count);
  const out: Reading[] = [];
  const column = `column "${table.countHeader}"`;
  if (sum > 0) out.push(reading(`${n} / ${showFigure({ ...row.count, value: sum, qualifier: 'exact' })}`, (row.count.value / sum) * 100, div(intervalOf(row.count), sumIv, 100), `share of ${column}, ${showLines(table.parts.map((p) => p.line))} added up`));
  const total = table.total?.count;
  if (total && total.value > 0 && total.value !== sum) out.push(reading(`${n} / ${showFigure(total)}`, (row.count.value / total.value) * 100, div(intervalOf(row.count), intervalOf(total), 100), `share of ${column}, total at line ${table.total?.line}`));
  return out;
}

/** Whether the table says its percentages are shares of the whole it states. */
export function isShareOfWhole(table: ShareTable): boolean {
  if (table.total && table.total.share.value === 100) return true;
  const shares = table.parts.reduce((s, p) => add(s, intervalOf(p.share)), point(0));
  if (overlaps(shares, point(100))) return true;
  if (table.parts.length < 3) return false;
  const failing = table.parts.filter((p) => judge(p.share, shareReadings(p, table), '%').verdict === 'contradicted');
  return failing.length <= 1;
}

export default {
  id: 'share-of-column',
  description: 'A percentage in a share column against its row\'s count over the column\'s whole (its rows added up, or its Total row).',
  judge({ claims, tree }) {
    const tables = new Map<number, ShareTable | undefined>();
    return eachClaim(claims, (claim: Claim) => {
      const view = shareCellOf(claim, tree);
      if (!view) return;
      const key = view.line * 1000 + view.column;
      if (!tables.has(key)) {
        const read = readShareTable(view, view.column);
        tables.set(key, read && isShareOfWhole(read) ? read : undefined);
      }
      const table = tables.get(key);
      const row = table?.parts.find((p) => p.line === claim.position.line);
      if (!table || !row) return;
      const readings = shareReadings(row, table);
      if (readings.length === 0) return;
      const lines = [...new Set([...table.parts.map((p) => p.line), ...(table.total ? [table.total.line] : [])])].filter((l) => l !== claim.position.line);
      return { readings, suffix: '%', lines: lines.sort((a, b) => a - b) };
    });
  },
} satisfies ReportRelation;
