/** The items of the list a block leads in (src/figures/list-items.ts). */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/read/markdown.js';
import { listItemsOf } from '../../src/figures/list-items.js';

/** Each case: the markdown, the text of the lead block, and the texts of its items. */
const cases: Array<[what: string, markdown: string, lead: string, items: string[]]> = [
  ['a parent item\'s nested items (202:40)', '- Unit tests created: 3 files\n  - `a.py`: 5 lines\n  - `b.py`: 6 lines\n- Other\n', 'Unit tests created: 3 files', ['`a.py`: 5 lines', '`b.py`: 6 lines']],
  ['the items after a lead-in paragraph (203:104)', '**Root Documentation (17 lines):**\n\n- README.md: ~4 lines\n- Other guides: ~13 lines\n', 'Root Documentation (17 lines):', ['README.md: ~4 lines', 'Other guides: ~13 lines']],
  ['an item with no nested list leads none', '- Unit tests created: 3 files\n- `a.py`: 5 lines\n', 'Unit tests created: 3 files', []],
  ['a heading ends the search', '**Docs:**\n\n## Other\n\n- README.md: 4 lines\n', 'Docs:', []],
];

describe('listItemsOf', () => {
  it.each(cases)('%s', (_what, markdown, lead, items) => {
    const blocks = readTextBlocks(markdown);
    const index = blocks.findIndex((b) => b.text.endsWith(lead));
    expect(index).toBeGreaterThanOrEqual(0);
    expect(listItemsOf(blocks, index).map((b) => b.text)).toEqual(items);
  });
});
