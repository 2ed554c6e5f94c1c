import type { Extractor } from '../src/figures/extract.js';
import { fileAbove } from '../src/figures/file-above.js';
import { codeSpanRe, definitionNameRe, isFileName, itemLeadMarksSource } from '../src/figures/code-spans.js';
import { hasWord, lineLabelWords, wordsSource } from '../src/figures/words.js';

/**
 * A line number or range that opens a list item, maybe after a status mark and a
 * line word: "149: …", "106-121: …", "Line 127: …", "✅ Строки 341-351: …",
 * "Line 170: …" (from "1. **Line 170**: …"). A list of several lines
 * ("Lines 242, 261, 292:") names no one place and is not read.
 */
const itemLineRe = new RegExp(
  String.raw`^${itemLeadMarksSource}(?:(?<word>${wordsSource(lineLabelWords)})\s*)?(?<from>\d{1,6})(?:\s*[-–—]\s*(?<to>\d{1,6}))?\s*[:：]\s`,
  'iu',
);

/**
 * Code that is more than a name: an assignment, a call or an index written
 * close (`self._sets = []`, `items[0]`, `run(x)`), a statement end or an arrow;
 * not words with a remark in parentheses (`creates user (admin)`).
 */
const codeMarkRe = /[=;{}]|->|::|[\w\]]\(|\w\[/;
/**
 * An identifier written bare in the words of an item, one with an underscore
 * (`_pending_item_sets`, `applicable_mods`, `TO_MAXIMUM_PATTERN`): no prose
 * word has one. CamelCase and dotted words are left out ("GitHub", "Node.js").
 */
const bareIdentifierRe = /(?<![\w.`/-])(?<name>[A-Za-z_][A-Za-z0-9]*_[A-Za-z0-9_]*[A-Za-z0-9](?:\(\))?)(?![\w`/-])/u;

/**
 * What an item says its line holds: the first code span that is a name or
 * compact code; when the item shows code spans but none is code (a test's
 * title, "`document state transitions`"), nothing; with no code span, an
 * identifier written bare.
 */
export function shownAtLine(rest: string): string | undefined {
  let spans = 0;
  for (const m of rest.matchAll(codeSpanRe)) {
    spans++;
    const code = m.groups?.code?.trim() ?? '';
    if (isFileName(code)) continue;
    if (definitionNameRe.test(code) || codeMarkRe.test(code)) return code;
  }
  if (spans > 0) return undefined;
  return bareIdentifierRe.exec(rest)?.groups?.name;
}

export default {
  id: 'code-at-item-lines',
  description: 'Line numbers that open list items under a line naming the file ("### pobapi/build_modifier.py" over "- 149: `_pending_item_sets` …", "- Line 127: `compile_track()` …"): the lines exist in that file and hold what the item names.',
  kinds: ['file.snippet'],
  extract(blocks, ctx) {
    blocks.forEach((block, index) => {
      if (block.kind !== 'paragraph' || !block.item) return;
      const m = itemLineRe.exec(block.text);
      const from = Number(m?.groups?.from);
      const to = Number(m?.groups?.to ?? from);
      if (!m?.groups || !Number.isInteger(from) || from < 1 || to < from) return;
      // A bare number opens many lists (steps, counts); it is a line only in a list of lines ("**Uncovered lines:**").
      if (!m.groups.word && !hasWord(block.context.list ?? '', lineLabelWords)) return;
      const path = fileAbove(blocks, index);
      if (!path) return;
      const start = m[0].search(/\d/);
      const end = m[0].replace(/[\s:：]+$/, '').length;
      const rest = block.text.slice(m[0].length).split('\n')[0] ?? '';
      const shown = shownAtLine(rest);
      ctx.claim(block, start, end, { kind: 'file.snippet', subject: { path }, value: shown ?? true, unit: 'none', qualifier: 'exact', precision: 0, range: [from, to] });
    });
  },
} satisfies Extractor;
