/**
 * The tree text blocks are read from, built from micromark's events
 * (src/read/block-tree.ts), gives the text blocks remark's tree gives: on
 * each construct a text block reads, on every report the repository holds
 * (corpus, labels, realworld, the development set, every other fixture),
 * whole and section by section, and on documents assembled at random from
 * the pieces markdown is tricky with.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTextBlocks, readTextBlocksFromMdast, textExtensions, type BlockOptions, type ParseOptions } from '../src/read/markdown.js';
import { parseBlockTree } from '../src/read/block-tree.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Every markdown file under `dir`. */
function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) return name === 'node_modules' || name === '.git' ? [] : markdownFiles(file);
      return name.endsWith('.md') ? [file] : [];
    });
}

// The development set sits beside the main checkout, a worktree one level further down (as scripts/realworld.mjs finds it).
const developmentSet = ['..', path.join('..', '..')].map((up) => path.resolve(root, up, 'shared', 'realworld')).find((dir) => existsSync(dir));
const reports = [...markdownFiles(path.join(root, 'fixtures')), ...(developmentSet ? markdownFiles(developmentSet) : []), path.join(root, 'README.md')];

/** How extraction reads blocks, the default, and small sections that cut a report in many places. */
const readings: Array<ParseOptions & BlockOptions> = [{ allPlainText: true }, {}, { sectionBytes: 512, allPlainText: true }];
const extraction = readings[0] as ParseOptions & BlockOptions;

/** The blocks of both trees, as JSON (deep equality of thousands of blocks takes vitest minutes). */
function expectSameBlocks(source: string, options: ParseOptions & BlockOptions, label = ''): void {
  expect(JSON.stringify(readTextBlocks(source, options)), label).toBe(JSON.stringify(readTextBlocksFromMdast(source, options)));
}

/** Constructs a text block reads (each with what one of its blocks holds) or skips. */
const constructs: Array<{ name: string; markdown: string; text?: string }> = [
  { name: 'atx heading', markdown: '## Results: 12 tests\n', text: 'Results: 12 tests' },
  { name: 'setext heading over two lines', markdown: 'Test\nresults\n===\n\n41 passing\n', text: 'Test\nresults' },
  { name: 'paragraph with soft line break and indentation', markdown: 'one\n   two', text: 'one\ntwo' },
  { name: 'hard breaks, trailing spaces and backslash', markdown: 'a  \nb\\\nc', text: 'a\nb\nc' },
  { name: 'emphasis, strong and strikethrough', markdown: '*a* **b** ~~c~~ _d_', text: 'a b c d' },
  { name: 'underscores of a file name', markdown: 'see pkg/__init__.py and c_to_plantuml/__init__', text: 'see pkg/__init__.py and c_to_plantuml/__init__' },
  { name: 'inline code keeps its backticks', markdown: 'run `` a`b `` now', text: 'run `a`b` now' },
  { name: 'inline code over a line ending', markdown: 'x `a\nb` y', text: 'x `a\nb` y' },
  { name: 'escapes and character references', markdown: '\\*5\\* &amp; &#52;&#x32; &copy;', text: '*5* & 42 ©' },
  { name: 'link, reference link and autolink', markdown: '[a *b*](http://x "t") [c][d] [e] <http://f.g>\n\n[d]: http://y\n[e]: http://z', text: 'a b c e http://f.g' },
  { name: 'undefined reference stays text', markdown: '[no such][ref] here', text: '[no such][ref] here' },
  { name: 'image alt and image reference', markdown: 'x ![an *alt*](i.png) ![ref][r] y\n\n[r]: i.png', text: 'x an alt  y' },
  { name: 'inline html between text', markdown: 'a <b>bold</b> c<!-- n -->d', text: 'a bold cd' },
  { name: 'footnote call and definition', markdown: 'claim[^1] here\n\n[^1]: The note: 7 tests.\n', text: 'The note: 7 tests.' },
  { name: 'table with escaped pipes in code', markdown: '| Suite | Tests |\n| --- | ---: |\n| `a\\|b` | 4 |\n| **Total** | 9 |\n', text: '`a|b`' },
  { name: 'table with a missing cell', markdown: '| a | b |\n|---|---|\n| 1 |\n', text: '1' },
  { name: 'list led by a paragraph with a hard break', markdown: 'Before: x  \nAfter:\n\n- 5 tests\n- 6 tests\n', text: '5 tests' },
  { name: 'nested lists under items', markdown: '- Unit\n  - 3 passing\n    1. deep 4\n- E2E\n\n  2 failing\n', text: '3 passing' },
  { name: 'task list items', markdown: '- [x] 12 tests pass\n- [ ] 3 left\n  - nested 2\n', text: '12 tests pass' },
  { name: 'task box alone', markdown: '- [x]  \n- [ ] b\n', text: 'b' },
  { name: 'block quote and list in it', markdown: '> quoted 80%\n>\n> - 5 tests\n', text: 'quoted 80%' },
  { name: 'fenced code with language and owner line', markdown: '```Text\nPackage: api\nok 12\n```\n', text: 'ok 12' },
  { name: 'fenced code with info from references', markdown: '~~~ t&#120;t meta\n3 passed\n~~~\n', text: '3 passed' },
  { name: 'indented code', markdown: 'para\n\n    10 tests\n', text: '10 tests' },
  { name: 'code fence in a list item', markdown: '- item\n\n  ```\n  5 passed\n  ```\n', text: '5 passed' },
  { name: 'unclosed fence', markdown: '```\n1 failed\n\nstill code', text: 'still code' },
  { name: 'CRLF line endings', markdown: '# T\r\n\r\nline one\r\nline two\r\n\r\n- a\r\n- b\r\n', text: 'line one\r\nline two' },
  { name: 'tab indentation', markdown: '-\tone\n\n\t\tcode 4\n', text: 'one' },
  // Constructs no text block reads.
  { name: 'front matter', markdown: '---\ntitle: 5 tests\n---\n' },
  { name: 'definition alone', markdown: '[a]: http://x "5 tests"\n' },
  { name: 'html block', markdown: '<div>\n5 tests\n</div>\n' },
  { name: 'thematic break', markdown: '***\n' },
  { name: 'shell code', markdown: '```bash\necho 5 tests\n```\n' },
];

describe('text blocks from micromark events', () => {
  it.each(constructs)('gives remark’s blocks: $name', ({ markdown, text }) => {
    for (const options of readings) expectSameBlocks(markdown, options);
    // The events are read by the builder itself, not by remark after it gave up.
    expect(() => parseBlockTree(markdown, textExtensions)).not.toThrow();
    const texts = readTextBlocks(markdown, { allPlainText: true }).map((block) => block.text);
    if (text === undefined) expect(texts).toEqual([]);
    else expect(texts).toContain(text);
  });

  // Extraction's reading on every report; the other readings on the corpus (each reading of a report takes two parses).
  it(`gives remark’s blocks on every report of the repository (${reports.length})`, () => {
    expect(reports.length).toBeGreaterThan(150);
    for (const file of reports) {
      const source = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      expect(() => parseBlockTree(source, textExtensions), file).not.toThrow();
      for (const options of file.includes(`${path.sep}corpus${path.sep}`) ? readings : [extraction]) expectSameBlocks(source, options, `${file} ${JSON.stringify(options)}`);
    }
  }, 900_000);

  it('gives remark’s blocks on documents assembled from tricky pieces', () => {
    const pieces = [
      '# ', '## ', 'Title', '\n', '\n\n', '- ', '* ', '1. ', '2) ', '  ', '    ', '\t', '- [ ] ', '- [x] ', '> ', '```', '```text\n', '~~~',
      '`', '*', '**', '_', '__', '~~', '\\', '\\|', '|', '| a | b |\n|---|---|\n', '&amp;', '&#123;', '&bogus;', '<b>', '<!-- c -->', '<div>\n',
      '[a]', '[a]: http://x\n', '(http://x)', '![alt](i.png)', '[^1]', '[^1]: note\n', '<http://a.b>', 'www.x.com', 'foo', '42 tests', '---\n',
      '===\n', '+++\n', 'a  \nb', 'x\\\ny', 'Package: api\n', 'pkg/__init__.py', 'é😀', '\r\n',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 50 }), (parts) => {
        const source = parts.join('');
        expect(() => parseBlockTree(source, textExtensions)).not.toThrow();
        for (const options of [{ allPlainText: true }, { sectionBytes: 40, allPlainText: true }]) expectSameBlocks(source, options);
      }),
      { numRuns: 400, seed: 16 },
    );
  });
});
