/**
 * The one file the lines of a list item or table row are in, when the item or
 * row does not name it: the line above that does (w34's "### 1.
 * pobapi/build_modifier.py - 96%" over "- 149: …", w46's "### 1.
 * `pihealth_helper.py` - 23% Coverage" over a `| Function | Lines |` table).
 * Shared by the extractors that read line numbers under a file's name
 * (extractors/code-at-item-lines.ts, extractors/code-at-definition-lines.ts).
 */
import type { TextBlock } from '../read/markdown.js';
import { onlyPathIn } from './path-pieces.js';

const headingOf = (block: TextBlock) => block.context.headings[block.context.headings.length - 1];

/**
 * The file named above `blocks[index]`: its list's lead-in ("`compiler.py` lines:"), the nearest heading
 * ("### 1. pobapi/build_modifier.py - 96%", "#### compiler.py (97%)"), or one of the three paragraphs before
 * it in the same section ("All 6 failures are in `tests/Feature/X.php`", then "**Failures:**"); `undefined`
 * when none names exactly one file.
 */
export function fileAbove(blocks: readonly TextBlock[], index: number): string | undefined {
  const block = blocks[index] as TextBlock;
  const fromList = onlyPathIn(block.context.list);
  if (fromList) return fromList;
  const heading = headingOf(block);
  const fromHeading = onlyPathIn(heading);
  if (fromHeading) return fromHeading;
  for (let i = index - 1, paragraphs = 0; i >= 0 && paragraphs < 3; i--) {
    const previous = blocks[i] as TextBlock;
    if (previous.kind !== 'paragraph' && previous.kind !== 'code') break;
    if (headingOf(previous) !== heading) break;
    if (previous.item || previous.kind === 'code') continue;
    paragraphs++;
    const named = onlyPathIn(previous.text);
    if (named) return named;
  }
  return undefined;
}
