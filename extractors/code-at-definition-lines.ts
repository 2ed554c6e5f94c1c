import type { Extractor } from '../src/figures/extract.js';
import type { TextBlock } from '../src/read/markdown.js';
import { definitionNameRe, isFileName, itemLeadMarksSource } from '../src/figures/code-spans.js';
import { fileAbove } from '../src/figures/file-above.js';
import { onlyPathIn } from '../src/figures/path-pieces.js';
import { rowOf } from '../src/figures/table-row.js';
import { hasWord, lineLabelWords, wordsSource } from '../src/figures/words.js';

/** A cell that is only a range of lines: "83-118", "L83-L118", "1,085–1,195" is no range (a count's thousands). */
const rangeCellRe = /^\s*L?(?<from>\d{1,6})\s*[-–—]\s*L?(?<to>\d{1,6})\s*$/;

/**
 * A name, or a group of names by their common start, as a table cell shows it
 * in backticks: `cmd_mount`, `run_command()`, `cmd_tailscale_*` (every
 * definition whose name begins `cmd_tailscale_`).
 */
const nameCellRe = /^\s*`(?<name>[A-Za-z_$][\w$]*(?:(?:\.|::|#)[A-Za-z_$][\w$]*)*(?:\(\)|\*)?)`\s*$/;

/** The code span a list item opens with: "- `_parse_status_output()` (lines 514-601)". */
const itemOpeningSpanRe = new RegExp(String.raw`^${itemLeadMarksSource}\x60(?<code>[^\x60\n]{2,120})\x60`, 'u');

/** The lines in parentheses an item gives for what it names: "(lines 514-601)", "(line 40)", "(L40-L72)". */
const itemLinesRe = new RegExp(String.raw`\((?:(?:${wordsSource(lineLabelWords)})\s+|L)(?<from>\d{1,6})(?:\s*[-–—]\s*L?(?<to>\d{1,6}))?\)`, 'iu');

/** A path that ends in a file's extension: `app.py`, `src/x.ts`. */
const fileExtensionRe = /\.[A-Za-z0-9]{1,8}$/;

/** The index of the first cell of the table `blocks[index]` is a cell of: where the lines above the table begin. */
function firstCellOf(blocks: readonly TextBlock[], index: number): number {
  const columns = blocks[index]?.columns;
  let first = index;
  while (first > 0 && blocks[first - 1]?.kind === 'cell' && blocks[first - 1]?.columns === columns) first--;
  return first;
}

/** The one name another cell of the row gives: `cmd_mount`, `cmd_smb_share_*`; none when no cell or several do. */
function nameInRow(blocks: readonly TextBlock[], index: number): string | undefined {
  const names = rowOf(blocks, index)
    .filter((cell) => cell !== blocks[index])
    .map((cell) => nameCellRe.exec(cell.text)?.groups?.name)
    .filter((name): name is string => name !== undefined && !isFileName(name));
  return names.length === 1 ? names[0] : undefined;
}

/** A range of lines in a table's lines column, with the name its row gives and the file named above the table. */
function readRow(blocks: readonly TextBlock[], index: number, ctx: Parameters<Extractor['extract']>[1]): void {
  const block = blocks[index] as TextBlock;
  const header = block.context.table?.header ?? '';
  if (!hasWord(header, lineLabelWords)) return;
  const m = rangeCellRe.exec(block.text);
  const from = Number(m?.groups?.from);
  const to = Number(m?.groups?.to);
  if (!m || !Number.isInteger(from) || from < 1 || to < from) return;
  const name = nameInRow(blocks, index);
  if (!name) return;
  const path = fileAbove(blocks, firstCellOf(blocks, index));
  if (!path) return;
  const start = block.text.search(/\d|L\d/);
  const end = block.text.trimEnd().length;
  ctx.claim(block, start, end, { kind: 'file.snippet', subject: { path }, value: name, unit: 'none', qualifier: 'exact', precision: 0, range: [from, to] });
}

/** An item that opens with a definition's name and gives its lines in parentheses, the file named above the list. */
function readItem(blocks: readonly TextBlock[], index: number, ctx: Parameters<Extractor['extract']>[1]): void {
  const block = blocks[index] as TextBlock;
  const opening = itemOpeningSpanRe.exec(block.text)?.groups?.code?.trim();
  if (!opening || !definitionNameRe.test(opening) || isFileName(opening)) return;
  const first = block.text.split('\n')[0] ?? '';
  const m = itemLinesRe.exec(first);
  const from = Number(m?.groups?.from);
  const to = Number(m?.groups?.to ?? from);
  if (!m || !Number.isInteger(from) || from < 1 || to < from) return;
  // An item that names a file of its own is about that file (extractors/code-at-lines.ts reads it); words with a
  // slash ("for sync/scrub/status") name none.
  const own = onlyPathIn(first.replace(itemOpeningSpanRe, ''));
  if (own !== undefined && fileExtensionRe.test(own)) return;
  const path = fileAbove(blocks, index);
  if (!path) return;
  const start = m.index + 1;
  ctx.claim(block, start, m.index + m[0].length - 1, { kind: 'file.snippet', subject: { path }, value: opening, unit: 'none', qualifier: 'exact', precision: 0, range: [from, to] });
}

export default {
  id: 'code-at-definition-lines',
  description: 'Lines of a definition named beside them, the file named above: a table row "| `cmd_mount` | 83-118 |" in a Lines column or an item "`_parse_status_output()` (lines 514-601)" under "### 1. `pihealth_helper.py`".',
  kinds: ['file.snippet'],
  extract(blocks, ctx) {
    blocks.forEach((block, index) => {
      if (block.kind === 'cell') readRow(blocks, index, ctx);
      else if (block.kind === 'paragraph' && block.item) readItem(blocks, index, ctx);
    });
  },
} satisfies Extractor;
