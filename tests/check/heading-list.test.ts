/** The table a heading's count counts (src/check/heading-list.ts): the one table of its section, or the one its lists come after (w86:234). */
import { describe, expect, it } from 'vitest';
import { headingTable } from '../../src/check/heading-list.js';
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
