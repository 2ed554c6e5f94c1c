import type { Extractor } from '../src/extract.js';
import { quantitySource, readQuantity, type Quantity } from '../src/numbers.js';
import { languageSource, setGlob } from '../src/file-sets.js';
import type { Subject } from '../src/model.js';
import { scan, groupStart } from '../src/scan.js';
import type { TextBlock } from '../src/markdown.js';

const renamed = (source: string, suffix: string) => source.replace(/\?<(\w+)>/g, `?<$1${suffix}>`);
/** "(~5,139 lines)" right after a set: its total lines. */
const linesAfterSource = String.raw`(?:\s*\(\s*|,\s*|\s+(?:with|totaling|totalling)\s+)(?<lines>${renamed(quantitySource, 'L')}\s*(?:lines?|LOC)\b)`;
/** A folder: written with a trailing slash. */
const folderSource = String.raw`(?:\`(?<dir>(?:\.{1,2})?\/?(?:[\w@.+-]+\/)+)\`|(?<![\w/.-])(?<dir_bare>(?:[\w@.+-]+\/)+))`;

/** "10 BATS test suites", "14 shell scripts in `scripts/`", "6 Python test files (1,200 lines)". */
const languageSetRe = new RegExp(
  String.raw`${quantitySource}\s+(?<lang>${languageSource})\s+(?<test>test\s+)?(?:files|suites|scripts|modules)\b(?:\s+(?:in|under)\s+${folderSource})?(?:${linesAfterSource})?`,
  'gd',
);
/** "14 files in `scripts/`". */
const filesInFolderRe = new RegExp(String.raw`${quantitySource}\s+files\s+(?:in|under)\s+(?:the\s+)?${folderSource}(?:${linesAfterSource})?`, 'gd');
/** "`scripts/` (14 files)", "scripts/: 14 files". */
const folderThenFilesRe = new RegExp(String.raw`${folderSource}\s*(?:\(|:|[-–—]\s)\s*${quantitySource}\s+files\b(?:${linesAfterSource})?`, 'gd');
/** "~5,139 lines of test code", "12,000 lines of Python code". */
const linesOfCodeRe = new RegExp(String.raw`${quantitySource}\s+lines\s+of\s+(?:(?<test>test)|(?<lang>${languageSource}))\s+code\b`, 'gd');

function folderOf(groups: Record<string, string | undefined>): string {
  return (groups.dir ?? groups.dir_bare ?? '').replace(/\/+$/, '');
}

function lineTotal(groups: Record<string, string | undefined>): Quantity | undefined {
  if (groups.numL === undefined) return undefined;
  return readQuantity({ approx: groups.approxL, atLeast: groups.atLeastL, atMost: groups.atMostL, num: groups.numL, num2: groups.num2L, plus: groups.plusL });
}

export default {
  id: 'file-set',
  description: 'Sets of files: "10 BATS test suites" (`*.bats`), "14 files in `scripts/`", and their total lines ("~5,139 lines of test code").',
  kinds: ['dir.files', 'file.lines'],
  extract(blocks, ctx) {
    const emit = (block: TextBlock, start: number, end: number, subject: Subject, q: Quantity, kind: 'dir.files' | 'file.lines') => {
      ctx.claim(block, start, end, {
        kind, subject, value: q.value, unit: kind === 'dir.files' ? 'count' : 'lines', qualifier: q.qualifier, precision: 0,
        ...(q.range ? { range: q.range } : {}),
      });
    };
    for (const re of [languageSetRe, filesInFolderRe, folderThenFilesRe]) {
      for (const m of scan(blocks, re, (b) => b.kind !== 'code')) {
        const glob = { path: setGlob(folderOf(m.groups), m.groups.lang, m.groups.test !== undefined) };
        const linesStart = groupStart(m, 'lines');
        const countEnd = m.groups.lines !== undefined ? linesStart : m.end;
        const start = groupStart(m, 'num');
        emit(m.block, start, m.block.text.slice(start, countEnd).replace(/[\s(,]+$/, '').length + start, glob, readQuantity(m.groups), 'dir.files');
        const lines = lineTotal(m.groups);
        if (lines) emit(m.block, linesStart, m.end, glob, lines, 'file.lines');
      }
    }
    for (const m of scan(blocks, linesOfCodeRe, (b) => b.kind !== 'code')) {
      const glob: Subject = m.groups.test !== undefined ? { category: 'test code' } : { path: setGlob('', m.groups.lang, false) };
      emit(m.block, groupStart(m, 'num'), m.end, glob, readQuantity(m.groups), 'file.lines');
    }
  },
} satisfies Extractor;
