/**
 * The cells of a table row, from one of its cells: what a row says beside a
 * figure (the name a line reference is about, w46's "| `cmd_mount` | 83-118 |").
 */
import type { TextBlock } from '../read/markdown.js';

/**
 * The cells of the table row `blocks[index]` belongs to, in column order (blocks are in document order, a row's
 * cells in column order); `[]` when that block is no table cell.
 */
export function rowOf(blocks: readonly TextBlock[], index: number): TextBlock[] {
  const cell = blocks[index];
  const columns = cell?.columns;
  if (!cell?.context.table || !columns) return [];
  const sameRow = (b: TextBlock | undefined) => b?.kind === 'cell' && b.columns === columns && b.context.table?.row === cell.context.table?.row;
  let first = index;
  while (first > 0 && sameRow(blocks[first - 1]) && blocks[first]?.context.table?.header !== columns[0]) first--;
  const row: TextBlock[] = [];
  for (let i = first; i < blocks.length && sameRow(blocks[i]) && row.length < columns.length; i++) row.push(blocks[i] as TextBlock);
  return row;
}
