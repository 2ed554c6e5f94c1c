import type { Extractor } from '../src/figures/extract.js';
import { quantitySource, readQuantity, type Quantity } from '../src/figures/numbers.js';
import { changeWordSource, languageSource, setGlob } from '../src/measure/file-sets.js';
import type { Subject } from '../src/model.js';
import { scan, groupStart } from '../src/read/scan.js';
import type { TextBlock } from '../src/read/markdown.js';
import { pathNear } from '../src/figures/path-pieces.js';
import { tableCountsTests } from '../src/figures/test-column.js';
import { titleCategory } from '../src/figures/test-subject.js';

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
/** A glob written in backticks: `src/**\/*.rs`, `scripts/*.sh`. */
const globSource = String.raw`\`(?<glob>[\w@.+/-]*[*?{][^\s\`]*)\``;
/** "`src/**\/*.rs` (154 files)", "`scripts/*.sh`: 14 files", "12 files match `src/**\/*.ts`". */
const globFilesRe = new RegExp(
  String.raw`${globSource}\s*(?:\(|:|[-–—]\s)\s*${quantitySource}\s+files\b|${renamed(quantitySource, 'G')}\s+files\s+(?:match(?:ing)?|in|under)\s+${renamed(globSource, 'G')}`,
  'gd',
);
const changeWordRe = new RegExp(String.raw`\b(?:${changeWordSource})\b`, 'i');
/** A change verb right after a set, maybe after its auxiliary: "All 4 bash scripts created", "3 Python files were added". */
const changedAfterRe = new RegExp(String.raw`^\)?\s*(?:(?:were|was|have\s+been|has\s+been|got|are|is)\s+)?(?:${changeWordSource})\b`, 'i');
/** The text of the clause a figure at `start` stands in, up to it. */
const clauseBefore = (text: string, start: number) => text.slice(0, start).split(clauseBreakRe).pop() ?? '';

/** A label naming a component before a count: "Total Backend Source Files:", "Frontend files:". */
const componentLabelRe = /(?:^|\s)(?<name>[A-Z][A-Za-z-]+)\s+(?:(?:source|code|test)\s+)?files\s*:\s*$/i;
/** Label words that say what kind of files, not whose. */
const genericLabelWords = new Set(['total', 'all', 'source', 'test', 'code', 'project', 'repository', 'new', 'changed', 'modified', 'other', 'config', 'configuration']);

/** A backticked glob right before a figure. */
const globBeforeRe = /`[^`\s]*[*?{][^`\s]*`\s*$/;
/** "~5,139 lines of test code". */
const linesOfCodeRe = new RegExp(String.raw`${quantitySource}\s+lines\s+of\s+(?<test>test)\s+code\b`, 'gd');
/** A label that names the lines of the test code and nothing else: "Lines of Test Code", "Total lines of test code", "Test Code Lines". */
const testCodeLinesLabelSource = String.raw`(?:total\s+)?(?:lines\s+of\s+test\s+code|test\s+code\s+lines)`;
/** "Total lines of test code: 12459" (103:31), "**Lines of test code**: ~2,000+": the label, its colon, the count. */
const testCodeLinesLabelRe = new RegExp(String.raw`(?<![\w-])${testCodeLinesLabelSource}\s*:\s*${quantitySource}(?![\d.,%])`, 'gdi');
/** The first cell of a row that counts the lines of the test code: "| Lines of Test Code | ~8,000 |" (401:169). */
const testCodeLinesRowRe = new RegExp(String.raw`^[^\p{L}]*${testCodeLinesLabelSource}[^\p{L}\p{N}]*$`, 'iu');
/** A cell that holds one count, maybe with its noun: "~8,000", "2,244 lines"; no sign, which makes it a change. */
const countCellRe = new RegExp(String.raw`^\s*(?![+±−-])${quantitySource}(?:\s*lines?)?\s*$`, 'd');
/** "(193 TypeScript files)", "(193 files)" after the folder they are in: "`/app/backend` - **Primary backend** (193 TypeScript files)". */
const filesInParensRe = new RegExp(String.raw`\(\s*${quantitySource}\s+(?:(?<lang>${languageSource})\s+)?files\s*\)`, 'gd');

function folderOf(groups: Record<string, string | undefined>): string {
  return (groups.dir ?? groups.dir_bare ?? '').replace(/\/+$/, '');
}

/** A folder standing alone, not the start of a longer path (`src/` of `src/app.ts`). */
const folderAnywhereRe = new RegExp(String.raw`${folderSource}(?![\w@.+*?{-])`, 'g');
/** Clause boundaries a folder's reach does not cross. */
const clauseBreakRe = /[.;!?](?:\s|$)|\|/;

/** A folder (`backend/`) or a path without extension written before a set in the same clause, or `undefined`. */
function folderBefore(block: TextBlock, start: number, end: number): string | undefined {
  const before = block.text.slice(0, start);
  let folder: string | undefined;
  for (const m of before.matchAll(folderAnywhereRe)) {
    if (!clauseBreakRe.test(before.slice((m.index ?? 0) + m[0].length))) folder = folderOf(m.groups ?? {});
  }
  if (folder) return folder;
  const near = pathNear(block, start, end);
  if (near === undefined || /\.[A-Za-z]\w{0,9}$/.test(near)) return undefined;
  return near.replace(/\/+$/, '');
}

/** Whether `block` is a table cell whose row counts tests in another column ("| spec/jobs (3 files) | 7 |" under "Test sweep"). */
function countsTestsOfRow(block: TextBlock): boolean {
  const table = block.context.table;
  if (block.kind !== 'cell' || table === undefined || block.columns === undefined) return false;
  // The heading the table stands under is its caption.
  return tableCountsTests(block.columns, block.columns.indexOf(table.header), block.context.headings.at(-1));
}

function lineTotal(groups: Record<string, string | undefined>): Quantity | undefined {
  if (groups.numL === undefined) return undefined;
  return readQuantity({ approx: groups.approxL, atLeast: groups.atLeastL, atMost: groups.atMostL, num: groups.numL, num2: groups.num2L, plus: groups.plusL });
}

export default {
  id: 'file-set',
  description: 'Sets of files: "10 BATS test suites" (`*.bats`), "14 files in `scripts/`", and their total lines ("~5,139 lines of test code").',
  kinds: ['dir.files', 'file.lines'],
  keywords: ['files', 'suites', 'scripts', 'modules', 'lines'],
  extract(blocks, ctx) {
    const emit = (block: TextBlock, start: number, end: number, subject: Subject, q: Quantity, kind: 'dir.files' | 'file.lines') => {
      ctx.claim(block, start, end, {
        kind, subject, value: q.value, unit: kind === 'dir.files' ? 'count' : 'lines', qualifier: q.qualifier, precision: 0,
        ...(q.range ? { range: q.range } : {}),
      });
    };
    // A glob as written comes first: its count is the glob's, not its folder's.
    for (const m of scan(blocks, globFilesRe)) {
      const glob = m.groups.glob ?? m.groups.globG;
      // A glob that climbs out of the repository names nothing in it.
      if (!glob || glob.split('/').includes('..') || glob.startsWith('/')) continue;
      const second = m.groups.numG !== undefined;
      const q = second
        ? readQuantity({ approx: m.groups.approxG, atLeast: m.groups.atLeastG, atMost: m.groups.atMostG, num: m.groups.numG, num2: m.groups.num2G, plus: m.groups.plusG })
        : readQuantity(m.groups);
      const start = groupStart(m, second ? 'numG' : 'num');
      emit(m.block, start, m.end, { path: glob.replace(/^\.\//, '') }, q, 'dir.files');
    }
    for (const re of [languageSetRe, filesInFolderRe, folderThenFilesRe, filesInParensRe]) {
      for (const m of scan(blocks, re)) {
        // The folder as written with the set, else one named before it in the same clause ("`backend/` holds 193 TypeScript files").
        const folder = folderOf(m.groups) || folderBefore(m.block, m.start, m.end);
        // "(193 files)" says nothing without a folder before it, and a glob before it that was refused says nothing either.
        if (re === filesInParensRe && (folder === undefined || globBeforeRe.test(m.block.text.slice(0, m.start)))) continue;
        // A count in a clause that changes it ("Refactored `src/api/` (8 files)") counts a change, not the folder.
        // A folder written with the count in such a clause too ("Removed `k8s/helm/` (7 files)").
        if (changeWordRe.test(clauseBefore(m.block.text, m.start))) continue;
        // So is one a change verb follows: "Phase 3: All 4 bash scripts created" counts the scripts made, not the repository's (w91:217).
        if (changedAfterRe.test(m.block.text.slice(m.end))) continue;
        // "Total Backend Source Files: 193 TypeScript files": the folders named after the component, wherever they are.
        const component = folder === undefined && m.groups.lang ? componentLabelRe.exec(clauseBefore(m.block.text, m.start))?.groups?.name : undefined;
        const named = component && !genericLabelWords.has(component.toLowerCase()) ? `**/${component.toLowerCase()}` : undefined;
        const glob = { path: setGlob(folder ?? named ?? '', m.groups.lang, m.groups.test !== undefined) };
        const linesStart = groupStart(m, 'lines');
        const countEnd = m.groups.lines !== undefined ? linesStart : m.end;
        const start = groupStart(m, 'num');
        const q = readQuantity(m.groups);
        // "| spec/jobs (3 files) | 7 |" under "### Test sweep": the files the row's tests come from, which may be a
        // selection of the folder's (a feature's three job specs among sixteen). The folder must hold at least that many.
        const count = (re === filesInParensRe || re === folderThenFilesRe) && countsTestsOfRow(m.block) && q.qualifier === 'exact' ? { ...q, qualifier: 'atLeast' as const } : q;
        emit(m.block, start, m.block.text.slice(start, countEnd).replace(/[\s(,]+$/, '').length + start, glob, count, 'dir.files');
        const lines = lineTotal(m.groups);
        if (lines) emit(m.block, linesStart, m.end, glob, lines, 'file.lines');
      }
    }
    for (const m of scan(blocks, linesOfCodeRe)) {
      emit(m.block, groupStart(m, 'num'), m.end, { category: 'test code' }, readQuantity(m.groups), 'file.lines');
    }
    // The same count under a label that names it: all the lines of the test files, as the count in words is. Not in a report
    // whose title names a group of tests ("Phase 4: ViewModel Unit Tests - COMPLETE!", w18:230): its total is that group's.
    const ofTitleGroup = (block: TextBlock) => titleCategory(block.context.headings) !== undefined;
    for (const m of scan(blocks, testCodeLinesLabelRe, (block) => !ofTitleGroup(block))) {
      emit(m.block, groupStart(m, 'num'), m.end, { category: 'test code' }, readQuantity(m.groups), 'file.lines');
    }
    for (const block of blocks) {
      if (block.kind !== 'cell' || !testCodeLinesRowRe.test(block.context.table?.row ?? '') || ofTitleGroup(block)) continue;
      const m = countCellRe.exec(block.text);
      if (m?.groups === undefined) continue;
      emit(block, m.indices?.groups?.num?.[0] ?? 0, block.text.trimEnd().length, { category: 'test code' }, readQuantity(m.groups), 'file.lines');
    }
  },
} satisfies Extractor;
