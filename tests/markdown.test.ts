import { describe, expect, it } from 'vitest';
import { LineIndex, parseMarkdown, readTextBlocks, sourceOffset, textBlocks } from '../src/read/markdown.js';

describe('textBlocks', () => {
  const source = [
    '---', 'title: x', '---', '', '# Report', '', '## Tests', '', '**Passing:** 431 \\* tests', '',
    '| Suite | Tests |', '| --- | --- |', '| Unit | 12 |', '', '**Files Created**: 2', '', '- [x] `a.sh` done', '- [ ] b', '',
    '```bash', 'npm test', '```', '', '```', 'Tests: 4 passed', '```',
  ].join('\n');
  const blocks = textBlocks(parseMarkdown(source), source);

  it('keeps heading paths, table headers and rows, list labels and task boxes', () => {
    const cell = blocks.find((b) => b.kind === 'cell' && b.text === '12');
    expect(cell?.context).toEqual({ headings: ['Report', 'Tests'], table: { header: 'Tests', row: 'Unit' } });
    const item = blocks.find((b) => b.text.startsWith('`a.sh`'));
    expect(item?.context.list).toBe('Files Created: 2');
    expect(item?.checked).toBe(true);
  });

  it('keeps a hard line break in the paragraph leading a list, so that its last line leads the list', () => {
    const cases: Array<[string, string]> = [
      ['**Before**: Zero tests  \n**After**:\n- 6 sample tests passing', 'Before: Zero tests\nAfter:'],
      ['**Before**: Zero tests\\\n**After**:\n- 6 sample tests passing', 'Before: Zero tests\nAfter:'],
      ['**Before**: Zero tests\n**After**:\n- 6 sample tests passing', 'Before: Zero tests\nAfter:'],
      ['**Files Created**: 2\n\n- a.sh', 'Files Created: 2'],
    ];
    // A hard break ends a line of the block's own text too: each label reads its own line.
    const labels = textBlocks(parseMarkdown('**Previous Score**: 13.5/50  \n**Updated Score**: 26.5/50'), '');
    expect(labels[0]?.text).toBe('Previous Score: 13.5/50\nUpdated Score: 26.5/50');
    for (const [md, list] of cases) {
      const item = textBlocks(parseMarkdown(md), md).find((b) => b.text.includes('sample') || b.text === 'a.sh');
      expect(item?.context.list, md).toBe(list);
    }
  });

  it('carries a task box into the context of everything in its item, and a nested box overrides it', () => {
    const md = [
      '- [ ] Raise coverage', '', '  Coverage is 40%.', '', '  | Suite | Tests |', '  | --- | --- |', '  | Unit | 40 |', '',
      '  - plain sub-item', '  - [x] checked sub-item', '', '- [x] done item', '- no box', '',
    ].join('\n');
    const found = textBlocks(parseMarkdown(md), md);
    const checkedOf = (text: string) => found.find((b) => b.text.startsWith(text))?.context.checked;
    const cases: Array<[string, boolean | undefined]> = [
      ['Raise coverage', false], ['Coverage is 40%', false], ['40', false], ['plain sub-item', false],
      ['checked sub-item', true], ['done item', true], ['no box', undefined],
    ];
    for (const [text, checked] of cases) expect(checkedOf(text), text).toBe(checked);
    // A cell knows every column of its table.
    expect(found.find((b) => b.text === '40')?.columns).toEqual(['Suite', 'Tests']);
  });

  it('maps text offsets back to the source, through emphasis and escapes', () => {
    const block = blocks.find((b) => b.text.startsWith('Passing:'));
    expect(block?.text).toBe('Passing: 431 * tests');
    const at = sourceOffset(block!, block!.text.indexOf('431'));
    expect(source.slice(at, at + 3)).toBe('431');
    const star = sourceOffset(block!, block!.text.indexOf('*'));
    expect(source[star]).toBe('*');
    expect(new LineIndex(source).position(at)).toEqual({ line: 9, column: 14, offset: at });
  });

  it.each([
    // the underscores of a name in plain text are no emphasis (103:38, 002_fd:456, 024:280)
    ['c_to_plantuml/__init__.py               8      0 100.00%', 'c_to_plantuml/__init__.py               8      0 100.00%'],
    ['- config/constants.py, config/__init__.py', 'config/constants.py, config/__init__.py'],
    ['1. __init__.py holds the exports', '__init__.py holds the exports'],
    // emphasis stays emphasis, underscores or stars
    ['This is __very__ good.', 'This is very good.'],
    ['The _key_ point', 'The key point'],
    ['**Total:** 5', 'Total: 5'],
  ])('reads %j as %j', (markdown, text) => {
    const block = readTextBlocks(markdown)[0];
    expect(block?.text).toBe(text);
    const at = block!.text.indexOf('init');
    if (at >= 0) expect(markdown.slice(sourceOffset(block!, at), sourceOffset(block!, at) + 4)).toBe('init');
  });

  it('keeps the text and the positions of a paragraph that holds a URL, wherever the URL stands', () => {
    // The last two are URLs micromark leaves as text; remark-gfm's transform used to link them and drop the positions around them.
    const cases: Array<[string, string]> = [
      ['See https://example.com/a_b then 5 tests pass.', 'See https://example.com/a_b then 5 tests pass.'],
      ['See www.example.com then 5 tests pass.', 'See www.example.com then 5 tests pass.'],
      ['Mail a@b.org then 5 tests pass.', 'Mail a@b.org then 5 tests pass.'],
      ['Intro —www.dash.com then 5 tests pass.', 'Intro —www.dash.com then 5 tests pass.'],
      ['Run `npm test`www.after.com then 5 tests pass.', 'Run `npm test`www.after.com then 5 tests pass.'],
    ];
    for (const [md, text] of cases) {
      const source = `# R\n\n${md}\n`;
      const block = textBlocks(parseMarkdown(source), source).find((b) => b.kind === 'paragraph');
      expect(block?.text, md).toBe(text);
      const at = sourceOffset(block!, block!.text.indexOf('5 tests'));
      expect(source.slice(at, at + 7), md).toBe('5 tests');
    }
  });

  it('reads the same blocks without autolink literals as a parse that links them (extraction leaves them out)', () => {
    // Positive: a literal's link text is its text as written, so the blocks are the same, positions and all.
    const same = [
      'See https://example.com/a_b then 5 tests pass.',
      'See www.example.com then 5 tests pass.',
      'Mail a@b.org then 5 tests pass.',
      '| Site | Tests |\n| --- | --- |\n| www.x.org | 5 |\n| https://y.org/p?q=1 | 6 |',
      '- a@b.com: 5 tests\n- http://x.io/2/3: **7 tests**',
      '[link](https://z.org) and https://z.org/4 then 5 tests pass.',
    ];
    for (const md of same) {
      const source = `# R\n\n${md}\n`;
      expect(readTextBlocks(source), md).toEqual(textBlocks(parseMarkdown(source), source));
    }
    // Negative: inside a bare URL, markup and references are read as they would be outside one; no report of the
    // corpus, realworld or development set writes one, and the blocks differ only in the URL's own text.
    const differ: Array<[string, string]> = [
      ['See https://x.com/?a=1&amp;b=2 then 5 tests.', 'See https://x.com/?a=1&b=2 then 5 tests.'],
      ['See https://x.com/~a~b then 5 tests.', 'See https://x.com/ab then 5 tests.'],
    ];
    for (const [md, text] of differ) {
      const source = `${md}\n`;
      expect(readTextBlocks(source)[0]?.text, md).toBe(text);
      expect(textBlocks(parseMarkdown(source), source)[0]?.text, md).toBe(md);
    }
  });

  it('reads code blocks without a language line by line, and skips shell', () => {
    expect(blocks.some((b) => b.text === 'npm test')).toBe(false);
    const code = blocks.find((b) => b.kind === 'code');
    expect(code?.text).toBe('Tests: 4 passed');
    expect(source.slice(code!.sourceStart, code!.sourceStart + 5)).toBe('Tests');
  });

  it('ignores front matter', () => {
    expect(blocks.some((b) => b.text.includes('title'))).toBe(false);
  });
});

describe('a byte-order mark', () => {
  it('is counted in positions, which micromark counts after it', async () => {
    const { extractClaims } = await import('../src/commands/claims.js');
    const source = '\uFEFF# Report\n\n431 passing\n';
    const [claim] = extractClaims('bom.md', source);
    expect(claim?.position).toEqual({ line: 3, column: 1, offset: source.indexOf('431') });
  });
});
