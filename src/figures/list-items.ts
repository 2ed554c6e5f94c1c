/**
 * The items of the list a block leads in: a parent item's nested items ("- ✅ Unit tests created: 2,404 lines across 3
 * files" over "  - `test_quality_checker.py`: 578 lines"), or the items after a lead-in paragraph ("**Root Documentation
 * (17,181 lines):**" over "- README.md: ~456 lines"). Each item names its lead-in as its list's (`context.list`).
 */
import type { TextBlock } from '../read/markdown.js';

/** The blocks after `blocks[index]`, up to the next heading, that name it as their list's lead-in. */
export function listItemsOf(blocks: readonly TextBlock[], index: number): TextBlock[] {
  const lead = blocks[index]?.text;
  const items: TextBlock[] = [];
  for (let i = index + 1; i < blocks.length; i++) {
    const block = blocks[i] as TextBlock;
    if (block.kind === 'heading') break;
    if (block.item === true && block.context.list === lead) items.push(block);
  }
  return items;
}
