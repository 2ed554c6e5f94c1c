/**
 * The keyword prefilter of extractors (src/figures/keywords.ts): an extractor
 * that declares keywords must need them. Each one is run over every block of
 * every corpus report, unfiltered, and every claim it reads must stand in a
 * block holding one of its keywords; a rule added later that reads a block
 * without them fails here instead of being skipped silently.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifiers, extractors } from '../../extractors/index.js';
import { readReport, type ExtractContext, type Extractor } from '../../src/commands/claims.js';
import { blocksWithKeywords, holdsKeyword, keywordText } from '../../src/figures/keywords.js';
import { onlyAsPlainText, readTextBlocks, type TextBlock } from '../../src/read/markdown.js';
import { repairMojibake } from '../../src/read/mojibake.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const reportsIn = (folder: string) =>
  readdirSync(path.join(root, folder))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ name: `${folder}/${f}`, text: readFileSync(path.join(root, folder, f), 'utf8') }));
const corpus = [...reportsIn('fixtures/corpus'), ...reportsIn('fixtures/reports')];
/** Each corpus report's blocks, read once for all extractors. */
let corpusBlocks: TextBlock[][] | undefined;
const blocksOfCorpus = () => (corpusBlocks ??= corpus.map((report) => blocksOf(report.text)));
const keyed = extractors.filter((e): e is Extractor & { keywords: readonly string[] } => e.keywords !== undefined);

/** The blocks extractors are given, as readReport reads them (console output left out). */
function blocksOf(text: string): TextBlock[] {
  return readTextBlocks(repairMojibake(text.replace(/^\uFEFF/, '')).text, { allPlainText: true }).filter((b) => b.kind !== 'code' || !onlyAsPlainText(b.lang ?? ''));
}

/** The blocks `extractor` reads a claim in when given every block. */
function claimedBlocks(extractor: Extractor, blocks: readonly TextBlock[]): TextBlock[] {
  const found: TextBlock[] = [];
  const context: ExtractContext = { claim: (block) => void found.push(block) };
  extractor.extract(blocks, context);
  return found;
}

/** The examples an extractor's description quotes: "6 commits ahead of origin". */
const examplesOf = (extractor: Extractor) => [...extractor.description.matchAll(/"([^"]+)"/g)].map((m) => m[1] as string);

describe('extractor keywords', () => {
  it('are declared by the extractors that read each block on its own', () => {
    expect(keyed.map((e) => e.id)).toEqual([
      'branch-name', 'change', 'code-lines', 'commit-count', 'coverage-count', 'file-exists', 'file-mode', 'file-set', 'file-size',
      'item-count', 'manifest-count', 'percent-of', 'ratio', 'test-duration', 'test-status', 'working-tree',
    ]);
  });

  it.each(keyed.map((e) => [e.id, e] as const))('%s: lower case, none empty, none twice', (_, extractor) => {
    expect(extractor.keywords.length).toBeGreaterThan(0);
    for (const keyword of extractor.keywords) {
      expect(keyword, keyword).toBe(keyword.toLowerCase());
      expect(keyword.trim(), keyword).not.toBe('');
    }
    expect(new Set(extractor.keywords).size).toBe(extractor.keywords.length);
  });

  it.each(keyed.map((e) => [e.id, e] as const))('%s: every claim it reads over the corpus stands in a block holding a keyword', (_, extractor) => {
    let claims = 0;
    blocksOfCorpus().forEach((blocks, at) => {
      for (const block of claimedBlocks(extractor, blocks)) {
        claims++;
        expect(holdsKeyword(keywordText(block), extractor.keywords), `${corpus[at]?.name}: ${block.text}`).toBe(true);
      }
    });
    // The corpus holds claims of every keyed extractor but these three; their description's examples are checked below.
    if (!['file-mode', 'manifest-count', 'test-status'].includes(extractor.id)) expect(claims).toBeGreaterThan(0);
  });

  it.each(keyed.map((e) => [e.id, e] as const))('%s: each example of its description is read in a block holding a keyword', (_, extractor) => {
    let claims = 0;
    for (const example of examplesOf(extractor)) {
      for (const block of claimedBlocks(extractor, blocksOf(`${example}\n`))) {
        claims++;
        expect(holdsKeyword(keywordText(block), extractor.keywords), example).toBe(true);
      }
    }
    expect(claims).toBeGreaterThan(0);
  });

  it('give the same claims as no prefilter, over the corpus', () => {
    const unfiltered = extractors.map(({ keywords: _keywords, ...extractor }) => extractor);
    for (const report of corpus) {
      const withKeywords = readReport(report.name, report.text, { everyTense: true });
      const without = readReport(report.name, report.text, { everyTense: true, only: unfiltered, classifiers });
      // Compared whole but reported short: the reading of a report is long.
      expect(JSON.stringify(withKeywords) === JSON.stringify(without), report.name).toBe(true);
    }
  });
});

describe('blocksWithKeywords', () => {
  const cell = (text: string, header: string, row: string): TextBlock => ({
    kind: 'cell', text, context: { headings: [], table: { header, row } }, columns: [header], sourceStart: 0, segments: [],
  });
  const paragraph = (text: string): TextBlock => ({ kind: 'paragraph', text, context: { headings: [] }, sourceStart: 0, segments: [] });
  it.each([
    ['a keyword in the text', ['commit'], paragraph('6 Commits ahead of origin'), true],
    ['no keyword', ['commit'], paragraph('6 files changed'), false],
    ['a keyword in a cell\'s row label', ['branch'], cell('`main`', 'Value', 'Branch'), true],
    ['a keyword in a cell\'s column header', ['change'], cell('+12', 'Change', 'Tests'), true],
    ['a keyword only in a heading', ['commit'], { ...paragraph('6 ahead'), context: { headings: ['Commits'] } }, false],
    ['a mark as keyword', ['%'], paragraph('11/12 healthy (92%)'), true],
    ['no keywords declared', undefined, paragraph('anything'), true],
    ['an empty list', [], paragraph('anything'), false],
  ] as const)('%s', (_, keywords, block, kept) => {
    const blocks = [block];
    expect(blocksWithKeywords(blocks, blocks.map(keywordText), keywords)).toEqual(kept ? blocks : []);
  });
});
