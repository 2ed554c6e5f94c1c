/**
 * A label that names the part its block is about: `- **Location**:
 * tests/dependency_test.rs` over `- **Coverage**: 13 tests covering …`, or
 * `**File**: src/app.py` as the first line of a paragraph of `**Label**:
 * value` lines. The figures after it, in the same list (sibling items under
 * the same heading) or the same paragraph, count that part, not the project.
 *
 * The label's value must be a part's path (part-path.ts): `**Location:**
 * file:///…/htmlcov/index.html` over `**Coverage:** 76% overall` says where a
 * report was written, not what the coverage is of.
 */
import type { TextBlock } from '../read/markdown.js';
import { partPath } from './part-path.js';

/** Labels whose value names the one part a block is about (singular: `Files:` lists several). */
export const partLabels: readonly string[] = ['location', 'file', 'path', 'module', 'component', 'package', 'test file', 'source file', 'test location'];

/** A `Label: value` line: group `label` (letters and spaces), group `value` (its first word). */
const labelLineRe = /^[\s>*+-]*(?<label>\p{L}[\p{L} ]{0,20}?)\**\s*:\**\s+(?<value>\S+)/u;

/** The part a `Label: value` line names, when its label is one of `partLabels`. */
export function partOfLabelLine(line: string): string | undefined {
  const m = labelLineRe.exec(line);
  const label = m?.groups?.label?.trim().toLowerCase();
  if (label === undefined || !partLabels.includes(label)) return undefined;
  return partPath((m?.groups?.value ?? '').replace(/[,;]$/, ''));
}

/** A capitalised part label inside a paragraph whose lines a hard break joined ("File: `src/a.py` Tests: 12 tests"): group `value`. */
const joinedLabelRe = new RegExp(
  String.raw`(?<=^|\s)(?:${partLabels.map((l) => l.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase())).join('|')})\s*:\s+(?<value>\S+)`, 'gu');

/** The last part a label line among `lines` names, or a label a hard break joined into them; undefined when none. */
function lastPartOf(lines: readonly string[]): string | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    const part = partOfLabelLine(line) ?? [...line.matchAll(joinedLabelRe)].map((m) => partPath((m.groups?.value ?? '').replace(/[,;]$/, ''))).filter((p) => p !== undefined).at(-1);
    if (part !== undefined) return part;
  }
  return undefined;
}

/** Whether two blocks are items of one list: items under the same headings with the same lead-in or parent item. */
function siblings(a: TextBlock, b: TextBlock): boolean {
  return a.item === true && b.item === true && a.kind === b.kind && a.context.list === b.context.list &&
    a.context.headings.length === b.context.headings.length && a.context.headings.every((h, i) => h === b.context.headings[i]);
}

/**
 * The part a label names for the figure at `start` of `blocks[index]`: from a
 * label line earlier in the same paragraph, else (for a list item) from an
 * earlier sibling item of the same list; undefined when none does.
 */
export function partOfBlock(blocks: readonly TextBlock[], index: number, start: number): string | undefined {
  const block = blocks[index];
  if (!block || (block.kind !== 'paragraph')) return undefined;
  // The figure's own line up to it may hold a label a hard break joined to it.
  const own = lastPartOf(block.text.slice(0, start).split('\n'));
  if (own !== undefined || block.item !== true) return own;
  for (let i = index - 1; i >= 0; i--) {
    const above = blocks[i];
    if (!above || !siblings(above, block)) break;
    const part = lastPartOf(above.text.split('\n'));
    if (part !== undefined) return part;
  }
  return undefined;
}
