import type { Extractor, ExtractContext } from '../src/figures/extract.js';
import type { TextBlock } from '../src/read/markdown.js';
import { quantitySource, readQuantity } from '../src/figures/numbers.js';
import { cleanPath, pathSource } from '../src/figures/subjects.js';
import { scan, groupStart } from '../src/read/scan.js';
import { onlyPathIn } from '../src/figures/path-pieces.js';
import { recordPath } from '../src/figures/record-path.js';

const linesSource = String.raw`${quantitySource}\s*(?:lines?|LOC|loc)\b`;

/**
 * "`scripts/backup.sh` (90 lines)", "backup.sh: 90 lines", "SECURITY.md - 212 lines",
 * "`.env.production` template (366 lines)".
 */
const pathThenLinesRe = new RegExp(
  String.raw`(?<path>\`${pathSource}\`|(?<![\w/.-])${pathSource})\**(?:\s+[a-z][\w-]*){0,2}\s*(?:\(|:|-|–|—|,)\s*\**${linesSource}`,
  'gid',
);

const fileExtensionRe = /\.[A-Za-z][\w]{0,9}$/;

/**
 * "**Size:** 2,015 lines", "Lines: 2,015", "LOC: 300" at the start of a line:
 * a line count under a label, the file named above it. "Size" and "Length"
 * need the word "lines", since they may be bytes.
 */
const labelledLinesRe = new RegExp(
  String.raw`(?:^|\n)\s*(?<label>size|length|lines|line\s+count|LOC)\s*:\s*\**${quantitySource}(?<unit>\s*(?:lines?|LOC)\b)?(?![\w%.,])`,
  'gid',
);
/** A label count in a coverage context is lines covered or to cover, not a file's length. */
const coverageWordsRe = /\b(?:coverage|covered|uncovered)\b/i;
/** A paragraph that is only a path, maybe bold or with a colon: a line naming the file the next lines describe. */
const pathLineRe = new RegExp(String.raw`^\s*(?:\`${pathSource}\`|${pathSource})\s*:?\s*$`);

/**
 * The file a labelled figure in `blocks[index]` is about, named above it: on
 * an earlier line of its own paragraph, in a path-only paragraph just before
 * (past other label lines), in the lead of its list, or in its heading.
 */
function fileNamedAbove(blocks: readonly TextBlock[], index: number, before: string): string | undefined {
  const block = blocks[index];
  if (!block) return undefined;
  const ownLines = before.split('\n').slice(0, -1).filter((line) => pathLineRe.test(line));
  if (ownLines.length > 0) return onlyPathIn(ownLines[ownLines.length - 1]);
  // A record's file line, above or below its lines label: "**Lines**: 455 lines" then "**Location**: tests/auth/x_test.go" (w60:121).
  const inRecord = recordPath(block.text);
  if (inRecord !== undefined) return inRecord;
  const heading = block.context.headings[block.context.headings.length - 1];
  for (let i = index - 1; i >= Math.max(0, index - 8); i--) {
    const previous = blocks[i];
    if (!previous || previous.kind !== 'paragraph' || previous.context.headings[previous.context.headings.length - 1] !== heading) break;
    if (pathLineRe.test(previous.text)) return onlyPathIn(previous.text);
    // Other "Label: value" lines of the same description may stand between.
    if (!/^[^\n:]{1,40}:/.test(previous.text)) break;
  }
  return onlyPathIn(block.context.list) ?? onlyPathIn(heading);
}

/**
 * "`scripts/backup.sh` (90 lines)" with the path in the claim's text, so that
 * `fix` rewrites and `diff` and `history` place it from the path; a line count
 * under a label whose file is named on a line above it. The rest (a Lines
 * column, folders, parts, totals) is the figure classifier `figure-lines`'s.
 */
function extract(blocks: readonly TextBlock[], ctx: ExtractContext): void {
  for (const m of scan(blocks, pathThenLinesRe, (b) => b.kind !== 'code')) {
    const path = cleanPath(m.groups.path ?? '');
    // Skip URLs and version-like tokens ("v1.2"), which the path piece also matches.
    if (!path || /^(?:https?:|www\.)/i.test(path) || /^v?\d+(?:\.\d+)+$/.test(path)) continue;
    // A bare "created/modified" is two words; a bare path names a file by its extension.
    if (!m.groups.path?.startsWith('`') && !fileExtensionRe.test(path)) continue;
    const q = readQuantity(m.groups);
    ctx.claim(
      m.block, m.start, m.end,
      { kind: 'file.lines', subject: { path }, value: q.value, unit: 'lines', qualifier: q.qualifier, precision: 0, ...(q.range ? { range: q.range } : {}) },
      [groupStart(m, 'num'), m.end],
    );
  }
  extractLabelled(blocks, ctx);
}

function extractLabelled(blocks: readonly TextBlock[], ctx: ExtractContext): void {
  blocks.forEach((block, index) => {
    // Every label ends with a colon: a block without one is not read (most blocks).
    if ((block.kind !== 'paragraph' && block.kind !== 'cell') || !block.text.includes(':')) return;
    labelledLinesRe.lastIndex = 0;
    for (let m = labelledLinesRe.exec(block.text); m !== null; m = labelledLinesRe.exec(block.text)) {
      const groups = m.groups ?? {};
      if (/^(?:size|length)$/i.test(groups.label ?? '') && !groups.unit) continue;
      const heading = block.context.headings[block.context.headings.length - 1] ?? '';
      if (coverageWordsRe.test(`${block.text} ${heading} ${block.context.list ?? ''}`)) continue;
      const path = fileNamedAbove(blocks, index, block.text.slice(0, m.index + 1));
      if (!path || !fileExtensionRe.test(path)) continue;
      const numStart = m.indices?.groups?.num?.[0] ?? m.index;
      const start = m.index + m[0].search(/\S/);
      const end = m.index + m[0].length;
      const q = readQuantity(groups);
      ctx.claim(
        block, start, end,
        { kind: 'file.lines', subject: { path }, value: q.value, unit: 'lines', qualifier: q.qualifier, precision: 0, ...(q.range ? { range: q.range } : {}) },
        [numStart, end],
      );
    }
  });
}

export default {
  id: 'file-lines',
  description: 'Line counts of a named file with the path in the claim: "`scripts/backup.sh` (90 lines)", "backup.sh: 90 lines", "**Size:** 2,015 lines" below the file\'s heading.',
  kinds: ['file.lines'],
  extract,
} satisfies Extractor;
