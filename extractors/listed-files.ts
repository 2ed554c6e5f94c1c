import type { Extractor } from '../src/figures/extract.js';
import type { TextBlock } from '../src/read/markdown.js';
import { isFileName } from '../src/figures/code-spans.js';
import { pathOf } from '../src/figures/path-pieces.js';
import { pathSource } from '../src/figures/subjects.js';
import { fileListNouns, hasWord, planWords, presentFileWords, saysAbsent } from '../src/figures/words.js';
import { groupStart, scan } from '../src/read/scan.js';

/**
 * An item that opens with a path, after its marks: "`tests/unit/test_config.py` -
 * Configuration management", "6. `into/compile_errors/DebugTypeCheckSpec.scala` -
 * Placeholder", "1. **govc_test.go** - Integration tests" (bold is gone from the
 * text). The path ends the item or is followed by a dash, colon or parenthesis.
 */
const pathOpensItemRe = new RegExp(
  String.raw`^(?:[^\p{L}\p{N}\s\x60]+\s*)*(?:\x60(?<p>${pathSource})\x60|(?<p_bare>${pathSource}))(?=\s*$|\s*[-–—:(]|\s+[-–—])`,
  'gdu',
);
const digitRe = /\d/;

/**
 * The label over the list of `block`: the paragraph or parent item that leads
 * the list, else the heading right above it.
 */
function labelOf(block: TextBlock): string {
  return block.context.list ?? block.context.headings.at(-1) ?? '';
}

/**
 * A label that only names files, in a few words: "**Workflow files:**", "### Test Files", "Files (3)". Marks,
 * emphasis, a colon and a count in parentheses around it are left out (group `words`).
 */
const filesNounLabelRe = /^[^\p{L}]*(?<words>(?:[\p{L}-]+\s+){0,2}files?)\s*(?:\(\s*\d+\s*\))?[^\p{L}\p{N}]*$/iu;

/**
 * A label that ends by counting the files below it: "### Models Tests (9 files)", with a word naming them
 * ("**API Tests (5 test files)**", w63) or a remark after a comma ("(4 files, created by Hive Mind)", w10;
 * "(2 files, unchanged)", w56; "(3 files, 39 tests)", w61). The count says they are there.
 */
const countedFilesEndRe = /\(\s*\d+\s+(?:[\p{L}-]+\s+)?files?\s*(?:,[^()]*)?\)[^\p{L}\p{N}]*$/iu;

/**
 * Whether `label` says the files listed under it are there: "Files Created", "Working Test Files", a label
 * that only names them ("Workflow files:"); not "Files to create", "Missing files", "Files Removed".
 */
export function saysFilesPresent(label: string): boolean {
  if (!hasWord(label, fileListNouns) || hasWord(label, planWords) || saysAbsent(label)) return false;
  return hasWord(label, presentFileWords) || filesNounLabelRe.test(label) || countedFilesEndRe.test(label);
}

export default {
  id: 'listed-files',
  description: 'Files listed under a label that says they exist or were created ("**Files Created**:" over "1. `src/a.ts` - …"): each is said to exist.',
  kinds: ['file.exists'],
  extract(blocks, ctx) {
    const listed = (b: TextBlock) => b.item === true && b.context.checked !== false && saysFilesPresent(labelOf(b));
    for (const m of scan(blocks, pathOpensItemRe, listed)) {
      const path = pathOf(m.groups, 'p');
      if (!path || (m.groups.p === undefined && !isFileName(path))) continue;
      const rest = m.block.text.slice(m.end);
      // A figure on the item ("(21 tests)", "(13 KB)", "(390 lines)") is the item's claim, and measuring it finds
      // the file or not; a remark that says the file is not there ("❌", "(planned)") takes it out of the list.
      if (digitRe.test(rest) || saysAbsent(m.block.text)) continue;
      const start = groupStart(m, m.groups.p === undefined ? 'p_bare' : 'p');
      ctx.claim(m.block, start, start + path.length, { kind: 'file.exists', subject: { path }, value: true, unit: 'none', qualifier: 'exact', precision: 0 });
    }
  },
} satisfies Extractor;
