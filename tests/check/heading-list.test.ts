/** The table a heading's count counts (src/check/heading-list.ts): the one table of its section, or the one its lists come after (w86:234). */
import { describe, expect, it } from 'vitest';
import { headingLists, headingTable } from '../../src/check/heading-list.js';
import { parseMarkdown } from '../../src/read/markdown.js';

const jobs = (n: number) => ['| Job | Complexity |', '|---|---|', ...Array.from({ length: n }, (_, i) => `| \`Job${i}\` | Low |`)];
const why = ['', '**Why Untested:**', '- one reason', '- another reason', '- a third', '- a fourth'];

/** A report's lines, the 1-based line of the heading, and the rows it counts (undefined: no table is its). */
const cases: Array<[what: string, lines: string[], line: number, want: number | undefined]> = [
  ['a table alone under the heading ("Comandos con Cobertura Completa (16)")', ['### Commands (3)', '', ...jobs(3)], 1, 3],
  ['a table right under the heading, its lists after it (w86:234)', ['#### MusicBrainz Jobs (3 jobs)', '', ...jobs(3), ...why], 1, 3],
  ['a lead paragraph, the table, then lists (w86:256)', ['#### Incremental Jobs (6 jobs)', 'Jobs run daily.', '', ...jobs(6), ...why], 1, 6],
  ['a Total row is no row of its own', ['### Commands (2)', '', ...jobs(2), '| **Total** | 2 |'], 1, 2],
  // the lists, not a table, hold the count
  ['a list before the table', ['### Files (4)', '', '- a', '- b', '- c', '- d', '', ...jobs(2)], 1, undefined],
  ['two tables before the first list', ['### Jobs (5 jobs)', '', ...jobs(2), '', 'More:', '', ...jobs(3), ...why], 1, undefined],
  ['a list and no table', ['### Files (2)', '', '- a', '- b'], 1, undefined],
  ['a line that is no heading', ['Jobs (3 jobs)', '', ...jobs(3)], 1, undefined],
  ['the table under a sub-heading is the sub-section\'s', ['### Jobs (3 jobs)', '', '#### Wikidata', '', ...jobs(3)], 1, undefined],
];

describe('headingTable', () => {
  it('has positive and negative cases', () => expect(cases.some((c) => c[3] !== undefined) && cases.some((c) => c[3] === undefined)).toBe(true));
  it.each(cases)('%s', (_what, lines, line, want) => {
    expect(headingTable(parseMarkdown(lines.join('\n')), line)?.rowLines.length).toBe(want);
  });
});

/**
 * The lists a heading's count counts when some list of its section has a lead-in of its own (headingLists): a list a
 * paragraph introduces belongs to that paragraph, not to the heading (w92:36); lists each under their own label are the
 * heading's together (w95:590), and their labels' counts add up to it.
 */
type Want = { counted: number; others: number[]; decisive: boolean } | undefined;
const own = ['- `api/settings.yml`', '- `web/settings.yml`'];
const keys = ['- timeout', '- retries', '- log_level'];
const listsCases: Array<[what: string, lines: string[], line: number, want: Want]> = [
  ['a list of its own, then one a colon line leads', ['### Config Files Changed (2 files)', ...own, '', 'New keys added:', ...keys], 1, { counted: 2, others: [5], decisive: true }],
  ['a list of its own, then one a bold label leads', ['### Config Files Changed (2 files)', ...own, '', '**Keys**', '', ...keys], 1, { counted: 2, others: [5], decisive: true }],
  ['a bold label and a plain paragraph: only the label leads', ['## Modules (2)', 'We touched these.', '', ...own, '', '**Also:**', '- c'], 1, { counted: 2, others: [3], decisive: true }],
  ['labels with counts over lists', ['### Endpoints (4 total)', '', '**Users (2):**', '- list users', '- add a user', '', '**Orders (2):**', '- list orders', '- cancel an order'], 1, { counted: 4, others: [4], decisive: true }],
  ['numbering that runs on under the next label stays in its paragraph', ['### Screens (5 files)', '', '**Auth (2):**', '1. `login.dart`', '2. `signup.dart`', '', '**Shop (3):**', '3. `cart.dart`', '4. `checkout.dart`', '5. `orders.dart`'], 1, { counted: 5, others: [5], decisive: true }],
  ['labels that give no count of their own are not decisive', ['### Files (4)', '', 'Backend:', '- a.go', '- b.go', '', 'Frontend:', '- c.ts', '- d.ts'], 1, { counted: 4, others: [], decisive: false }],
  ['one label with a count and one without', ['### Files (4)', '', '**Backend (2):**', '- a.go', '- b.go', '', 'Frontend:', '- c.ts'], 1, { counted: 3, others: [], decisive: false }],
  // the caller reads the section's lists as one
  ['lists with no lead-in', ['### Files (3)', '', ...own, '', 'Some prose.', '', '- c'], 1, undefined],
  ['one list, led by a colon line: the heading\'s own lead-in', ['### Reports (2 files)', '', 'The following were written:', '- a.md', '- b.md'], 1, undefined],
  ['a paragraph of a label and lines that are not all items', ['### Screens (3)', '', '**Auth (2):**', '1. `login.dart`', '', '**Shop (1):**', '2. `cart.dart`', 'and more to come'], 1, undefined],
  ['a list under a sub-heading', ['### Files (3)', '', '- a', '', 'Then:', '- b', '', '#### More', '', '- c'], 1, undefined],
  ['a line that is no heading', ['Files (2):', '- a', '', 'Also:', '- b'], 1, undefined],
];

describe('headingLists', () => {
  it('has positive and negative cases', () => expect(listsCases.some((c) => c[3] !== undefined) && listsCases.some((c) => c[3] === undefined)).toBe(true));
  it.each(listsCases)('%s', (_what, lines, line, want) => {
    const got = headingLists(parseMarkdown(lines.join('\n')), line);
    expect(got && { counted: got.counted.items.length, others: got.others.map((o) => o.count), decisive: got.decisive }).toEqual(want);
  });
});
