/**
 * Section-wise parsing gives the tree, the text blocks and the claims of a
 * whole parse, on a large report assembled from the corpus and on the
 * constructs that cross blank lines or refer across the document.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, readMarkdown, readTextBlocks, textBlocks } from '../src/read/markdown.js';
import { sectionStarts } from '../src/read/sections.js';
import { extractClaimsWith } from '../src/commands/claims.js';
import { readSuppressions } from '../src/read/suppress.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.join(root, 'fixtures/corpus');
const reports = readdirSync(corpus).filter((f) => f.endsWith('.md')).sort().map((f) => readFileSync(path.join(corpus, f), 'utf8'));

const whole = { sectionBytes: Infinity };
/** Small sections, so that every report is cut in many places. */
const small = { sectionBytes: 512 };
/** A section at every line that may start one. */
const tiny = { sectionBytes: 1 };

function expectSameParse(source: string, cut = small, claims = true): void {
  const a = parseMarkdown(source, whole);
  const b = parseMarkdown(source, cut);
  expect(sectionStarts(source, cut.sectionBytes, cut.sectionBytes).length).toBeGreaterThan(2);
  expect(b.children).toEqual(a.children);
  const blocks = textBlocks(a, source);
  expect(textBlocks(b, source)).toEqual(blocks);
  // Blocks read section by section, each tree dropped after its blocks are read.
  expect(readTextBlocks(source, cut)).toEqual(blocks);
  if (claims) expect(extractClaimsWith('big.md', source, { parse: cut })).toEqual(extractClaimsWith('big.md', source, { parse: whole }));
}

/** Constructs a line scan alone would cut wrongly, each followed by ordinary sections. */
const tricky = [
  '---\ntitle: x\n\n# not a heading\n---\n\n# Report\n\n- 12 tests passing\n',
  '- item\n\n  ```\n  code\n- next item ends the fence\n\n```\n\n# inside a real fence after a mis-paired one: 5 tests\n\n```\n\nAfter: 7 tests passing.\n',
  '<!--\ncomment\n\n# 3 tests inside a comment\n\n-->\n\nVisible: 4 tests passing.\n',
  'See the [suite][s] and the note[^n] with 9 tests.\n\n',
  'Ordered list:\n\n1. first: 2 tests\n\n2. second, same list: 3 tests\n\nLoose list:\n\n- a: 5 tests\n\n- b: 6 tests\n',
  '| Suite | Tests |\n| --- | --- |\n| Unit | 40 |\n\n> quoted: 80% coverage\n\n> another quote\n\n',
  '    indented code: 10 tests\n\nparagraph after\n',
];
const definitions = '[s]: https://example.com/suite\n\n[^n]: The note says 11 tests.\n\n';

describe('section-wise parsing', () => {
  it('gives the whole parse of every corpus report', () => {
    for (const report of reports) {
      if (sectionStarts(report, small.sectionBytes).length > 2) expectSameParse(report, small);
    }
  });

  it('gives the whole parse of a large report assembled from the corpus', () => {
    expectSameParse(reports.join('\n\n'));
  });

  it('gives a large report to its reader one section at a time, in order', () => {
    const source = reports.join('\n\n');
    const spans: Array<[number, number]> = [];
    readMarkdown(
      source,
      {
        section(children) {
          spans.push([children[0]?.position?.start.offset ?? -1, children[children.length - 1]?.position?.end.offset ?? -1]);
        },
        restart() {
          throw new Error('no definitions, so no second pass');
        },
      },
      small,
    );
    expect(spans.length).toBeGreaterThan(reports.length);
    spans.forEach(([start, end], index) => {
      expect(start).toBeGreaterThanOrEqual(index === 0 ? 0 : (spans[index - 1] as [number, number])[1]);
      expect(end).toBeGreaterThan(start);
    });
    // No section holds more than a small part of the report.
    expect(Math.max(...spans.map(([start, end]) => end - start))).toBeLessThan(source.length / 10);
  });

  it('gives the whole parse across fences, comments, front matter, lists and definitions', () => {
    const filler = reports[0] as string;
    const source = [tricky[0], filler, ...tricky.slice(1), filler, definitions, filler].join('\n\n');
    expectSameParse(source, tiny);
    const claims = extractClaimsWith('big.md', source, { parse: tiny });
    // The reference and the footnote call resolve to definitions in another section.
    expect(claims.some((c) => c.text.includes('9 tests'))).toBe(true);
    const blocks = textBlocks(parseMarkdown(source, tiny), source);
    expect(blocks.some((b) => b.text.startsWith('See the suite and the note with 9 tests.'))).toBe(true);
  });

  it('reads suppression directives of a large report in every section, with their lines', () => {
    const filler = reports.join('\n\n');
    const parts = [
      filler,
      '<!-- claimcheck-ignore-next-line stale -->\n\nFirst: 3 tests passing.',
      filler,
      '```\n<!-- claimcheck-ignore-next-line -->\n```\n\nIn code, no directive: 4 tests.',
      '<!-- claimcheck-ignore-start -->\n\n' + (reports[0] as string) + '\n\n<!-- claimcheck-ignore-end -->',
      filler,
      '[d]: #\n\nLast: 5 tests.',
    ];
    const source = parts.join('\n\n');
    const lineOf = (text: string) => source.slice(0, source.indexOf(text)).split('\n').length;
    const suppressed = readSuppressions(source);
    expect(suppressed(lineOf('First: 3 tests'))).toBe(`suppressed by \`claimcheck-ignore-next-line\` on line ${lineOf('First: 3 tests') - 2}: stale`);
    expect(suppressed(lineOf('In code, no directive'))).toBeUndefined();
    const start = lineOf('<!-- claimcheck-ignore-start');
    const end = lineOf('<!-- claimcheck-ignore-end');
    expect(end - start).toBeGreaterThan(20);
    for (const line of [start, start + 10, end]) expect(suppressed(line)).toBe(`suppressed by \`claimcheck-ignore-start\` on line ${start}`);
    expect(suppressed(end + 2)).toBeUndefined();
    expect(suppressed(lineOf('Last: 5 tests'))).toBeUndefined();
  });

  it('keeps a fence left open to the end of the report', () => {
    const filler = reports[3] as string;
    expectSameParse(`${filler}\n\n[d]: #\n\nOpen fence:\n\n\`\`\`\n# 3 tests\n\nmore\n\n${filler}`, tiny);
  });

  it('gives the whole parse of long lists cut between their items', { timeout: 120_000 }, () => {
    const items = (n: number, item: (i: number) => string) => Array.from({ length: n }, (_, i) => item(i)).join('\n');
    const lists = [
      // A label paragraph, then a tight list of nested items: the label must reach every item.
      `Test suites (${600} suites):\n${items(600, (i) => `- suite ${i}: ${i + 3} tests passing\n  - ${i % 7} failing`)}\n`,
      // Ordered items, a lazy line, a task box, a fence inside an item, and a change of bullet, which starts a new list.
      `Steps:\n${items(300, (i) => `${i + 1}. step with ${i} checks\nlazy line ${i}\n- [x] done: ${i} tests\n  \`\`\`\n  ${i} tests in code\n* other bullet, ${i}% coverage`)}\n`,
      // A loose list and a list whose items hold paragraphs after blank lines.
      `${items(300, (i) => `- item ${i}: ${i} tests\n\n  more of item ${i}, ${i} files`)}\n`,
      // A paragraph line that a \`2.\` cannot interrupt, and a thematic break between items.
      `${items(300, (i) => `- a ${i}\n2. not an item: ${i} tests\n- - -\nText ${i} with 4 tests.\n1. one`)}\n`,
    ];
    for (const list of lists) {
      expect(sectionStarts(list, 512, 512).length).toBeGreaterThan(4);
      expectSameParse(list);
      expectSameParse(list, tiny);
      // With definitions, every section is parsed a second time: the cut lists must join the same way.
      expectSameParse(`${list}\n\n${definitions}`);
    }
  });

  it('cuts a long list only between its top-level items', () => {
    const source = 'Label:\n- a\n  - b\n- c\n---\n- - -\n-\n+ d\n2. e\n';
    const starts = sectionStarts(source, 1, 1);
    expect(starts.map((s) => source.slice(s, source.indexOf('\n', s)))).toEqual(['Label:', '- a', '- c', '+ d', '2. e']);
  });

  it('cuts only at lines after a blank line, outside fences and not at list items', () => {
    const source = '# A\n\ntext\n\n- item\n\n```\n\n# in code\n```\n\nB\n';
    const starts = sectionStarts(source, 0);
    expect(starts.map((s) => source.slice(s, source.indexOf('\n', s)))).toEqual(['# A', 'text', 'B']);
  });
});
