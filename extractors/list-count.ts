import type { Extractor, ExtractContext } from '../src/figures/extract.js';
import type { TextBlock } from '../src/read/markdown.js';
import { numberSource, parseNumber } from '../src/figures/numbers.js';
import type { Subject } from '../src/model.js';
import { listSubject } from '../src/figures/list-subject.js';
import { pathSource } from '../src/figures/subjects.js';
import { partPath } from '../src/figures/part-path.js';
import { testCountNouns, testStatusForms, wordsSource } from '../src/figures/words.js';

/** Status marks a heading may end with after its count: "High Priority: 1 ⚠️", "Critical Issues: 0 ❌". */
const statusMarksSource = String.raw`(?:\s*[\p{Extended_Pictographic}\u{FE0F}\u{200D}])*`;
/** "**Files Created**: 2", "Tools Modified: 6" — a label and a count that end their paragraph. */
const labelCountRe = new RegExp(String.raw`^\s*(?<label>[A-Z][\w /&-]{1,50}?)\s*:\s*\**(?<count>${numberSource})\**${statusMarksSource}\s*$`, 'du');
/**
 * Nouns after a count in parentheses that measure something other than the
 * items of a list: durations, sizes, points, and tests (a test count names a
 * suite's cases, not the bullets after it).
 */
const notItemsSource = String.raw`(?:days?|hours?|hrs?|weeks?|months?|minutes?|mins?|seconds?|secs?|ms|lines?|bytes?|[kmg]b|points?|pts|percent|statements?|branch(?:es)?|stmts?|tests?|test\s+cases?|cases?|files?\s+changed)\b`;
/**
 * "Tools Analysis (27 total)", "Failing Tests (269 total):", "Endpoints (11
 * items)", "Hybrid Tools (19 tools - 70%)": a count of things, with their share.
 */
const totalInParensRe = new RegExp(
  String.raw`\(\s*(?<count>${numberSource})\s+(?:total|items|entries|(?!${notItemsSource})[A-Za-z][\w-]*)(?:\s*[-–—,]\s*[\d.]+\s*%)?\s*\)\s*:?\s*$`,
  'd',
);
/**
 * The same count with a word before its noun, in a heading: "## IMPLEMENTED SYSTEMS (19 Major Systems)" (402:52), "## FILES
 * CREATED (15 NEW FILES)" (w10:289). Groups `count`, `first`, `noun`; neither word may be one of the nouns that count no items.
 */
const describedTotalInParensRe = new RegExp(
  String.raw`\(\s*(?<count>${numberSource})\s+(?<first>[A-Za-z][\w-]*)\s+(?<noun>[A-Za-z][\w-]*)\s*\)\s*:?\s*$`,
  'd',
);
/** A noun that counts no items, whatever its case: "Test" of "(4 Test Failures)". */
const notItemsRe = new RegExp(String.raw`^${notItemsSource}`, 'i');

/** A heading's count with a word before its noun, when neither word counts something other than items; else null. */
function describedTotal(text: string): RegExpExecArray | null {
  const m = describedTotalInParensRe.exec(text);
  return m?.groups !== undefined && !notItemsRe.test(m.groups.first ?? '') && !notItemsRe.test(m.groups.noun ?? '') ? m : null;
}

/**
 * A count and its noun that end a paragraph or item with the colon that opens the list under it: "`src/api/gap_routes.py`
 * with 4 endpoints:" (104:111), "✅ 5 test phases:" (023:314), "Well-structured with 5 steps:" (w25:166).
 */
const countThenColonRe = new RegExp(
  String.raw`(?<![\d.,/-])(?<count>${numberSource})\s+(?!${notItemsSource})(?<noun>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)[*_]*:[*_]*\s*$`,
  'd',
);

/** What stands right before such a count when it names a thing's number, not a count: "Sesion 31", "v1alpha1", "Phase 2". */
const nameBeforeCountRe = /(?:\p{Lu}\p{L}*\s+|[\p{L}\p{N}])$/u;

/** A code span of the text before such a count: the file whose things it counts ("`src/api/gap_routes.py` with 4 endpoints:"). */
const tickedRe = /`(?<path>[^`]+)`/;

/** What "… N things:" counts: the things of the file named before it, else the things its noun names ("5 test phases"). */
function colonSubject(title: string, noun: string): Subject {
  const path = partPath(tickedRe.exec(title)?.groups?.path ?? '');
  return path !== undefined ? { path } : { category: noun };
}

/** A heading that ranks a count of things: "### Top 10 Critical Findings", "### **Top 3 Modules:**". Groups `count`, `label`. */
const rankedCountRe = /^[^\p{L}\p{N}]*top\s+(?<count>\d{1,3})\s+(?<label>\p{L}[\p{L}\s-]{1,40}?)[^\p{L}\p{N}]*$/diu;

/** The word after the count in parentheses: "(7 tools - 26%)" → "tools". */
const countNounRe = /\(\s*[\d.,]+\s+(?<noun>\p{L}[\p{L}\p{N}-]*)/u;

/** The noun of a count of files: "(15 files)". */
const filesNounRe = /^files?$/i;
/** A file or folder path in an item: "README.md", "docs/api/". */
const pathInItemRe = new RegExp(pathSource);

/**
 * Whether some list item of the heading's section names a file: before the next heading, or for a count with a word before
 * its noun ("(15 NEW FILES)", w10:289), anywhere under the heading, its sub-sections too (`deep`).
 */
function itemsNameFiles(blocks: readonly TextBlock[], index: number, heading: string, deep = false): boolean {
  for (let at = index + 1; at < blocks.length; at++) {
    const b = blocks[at] as TextBlock;
    if (b.kind === 'heading' && !(deep && b.context.headings.includes(heading))) break;
    if ((deep ? b.context.headings.includes(heading) : b.context.headings.at(-1) === heading) && b.item === true && pathInItemRe.test(b.text)) return true;
  }
  return false;
}

/** A count of tests closing a lead-in, maybe with an aside: "**Tests Implemented** (12 tests, all passing):", "(8 tests)". */
const testsInParensRe = new RegExp(String.raw`\(\s*(?<count>${numberSource})\s+${wordsSource(testCountNouns)}(?:\s*,[^()]*)?\s*\)\s*:?\s*$`, 'd');
/** A list item that names one test function: "`test_mixer_creation_valid` - …", "✅ TestOAuth2Handler_Success", "`testLinter()`". */
const testFunctionItemRe = /^[^\p{L}\p{N}`*]*[`*]*(?:test_\w+|test[A-Z]\w*|Test[A-Z0-9]\w*)(?:\(\))?[`*]*(?=\s|$|[-–—:,(])/u;
/** An item that counts tests itself: a class or a group of tests, not one test ("TestDashboard (9 tests)"). */
const itemCountsTestsRe = new RegExp(String.raw`\d[\d,]*\s+(?:sub-?)?${wordsSource(testCountNouns)}\b`, 'i');

/**
 * Whether the paragraph at `index` (its text `label`) leads a list whose items each name one test function:
 * its count of tests is then the count of its items (w59:105, "(12 tests, all passing):" over 13 `test_…`
 * names; w01:52). A list under a count of tests otherwise names areas of them, and is not counted.
 */
function leadsTestNames(blocks: readonly TextBlock[], index: number, label: string): boolean {
  const items = blocks.slice(index + 1).filter((b) => b.item === true && b.context.list === label);
  return items.length >= 2 && items.every((b) => testFunctionItemRe.test(b.text) && !itemCountsTestsRe.test(b.text));
}

/** A list item that names one test: a test function, or a name in code ("`should hash directories recursively`"). */
const namesTestItemRe = /^[^\p{L}\p{N}`*]*(?:[`*]*(?:test_\w+|test[A-Z]\w*|Test[A-Z0-9]\w*)|`[^`]+`)/u;

/**
 * Whether the paragraph at `index` (its text `label`) leads a list that names no test: "**Repo Controller Tests (30
 * failures)**" over "- All authenticated endpoints failing with 401", "- Root cause: …" (503:209) describes the
 * failures, it does not list them; "**idempotency.test.ts (4 failures)**:" over four test names in code (f01:64) does.
 */
function describesStatus(blocks: readonly TextBlock[], index: number, label: string): boolean {
  const items = blocks.slice(index + 1).filter((b) => b.item === true && b.context.list === label);
  return items.length > 0 && !items.some((b) => namesTestItemRe.test(b.text));
}

/**
 * A count that announces the list after it. The claim is the count; the
 * consistency verifier counts the list's items.
 */
function extract(blocks: readonly TextBlock[], ctx: ExtractContext): void {
  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph' && block.kind !== 'heading') return;
    const ranked = block.kind === 'heading' ? rankedCountRe.exec(block.text) : null;
    const found = block.kind === 'paragraph' ? countThenColonRe.exec(block.text) : null;
    const colon = found && !nameBeforeCountRe.test(block.text.slice(0, found.index).replace(/[*_`]+$/, '')) ? found : null;
    const tests = block.kind === 'paragraph' ? testsInParensRe.exec(block.text) : null;
    const ofTestNames = tests !== null && leadsTestNames(blocks, index, block.text.trim()) ? tests : null;
    const described = block.kind === 'heading' ? describedTotal(block.text) : null;
    const m = labelCountRe.exec(block.text) ?? totalInParensRe.exec(block.text) ?? described ?? ranked ?? colon ?? ofTestNames;
    const countRange = m?.indices?.groups?.count;
    if (!m?.groups?.count || !countRange) return;
    // A list must follow: right after a paragraph (its items name it, without the code marks of its text); a heading needs text in its section, and the verifier looks for the lists there.
    // Read in place: a copy of the blocks after each count is quadratic in a large report.
    const label = block.text.trim();
    const introduces =
      block.kind === 'paragraph'
        ? blocks[index + 1]?.context.list === label || (m === colon && blocks[index + 1]?.context.list === label.replace(/`/g, ''))
        : blocks.some((b, at) => at > index && b.kind === 'paragraph' && b.context.headings.includes(label));
    if (!introduces) return;
    // "### docs/ Directory (15 files)" over "- API guides and references": a count of files over items naming no file
    // describes kinds of files, it does not count the items (206:72, w53:124).
    const countNoun = m === described ? m.groups.noun : countNounRe.exec(m[0])?.groups?.noun;
    if (block.kind === 'heading' && filesNounRe.test(countNoun ?? '') && !itemsNameFiles(blocks, index, label, m === described)) return;
    // A count of tests by their status over a list that names no test counts tests, not the items (503:209).
    if (block.kind === 'paragraph' && testStatusForms.includes((countNounRe.exec(m[0])?.groups?.noun ?? '').toLowerCase()) && describesStatus(blocks, index, label)) return;
    const count = parseNumber(m.groups.count);
    // What is counted: the label, or the title before the parentheses with the noun inside them.
    const title = m.groups.label ?? block.text.slice(0, m.index);
    const noun = m === colon || m === described ? m.groups.noun : m.groups.label === undefined ? countNounRe.exec(m[0])?.groups?.noun : undefined;
    // A ranked heading names its list as written, its count with it: the "Top 3 Modules" are not all the modules.
    const subject = m === ranked ? { name: label.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') } : m === colon ? colonSubject(title, noun ?? '') : listSubject(title, noun, block.context.headings.at(-1));
    ctx.claim(block, m.index, block.text.trimEnd().length, { kind: 'listCount', subject, value: count.value, unit: 'count', qualifier: 'exact', precision: 0 }, [countRange[0], countRange[1]]);
  });
}

export default {
  id: 'list-count',
  description: 'A count announcing the list after it: "**Files Created**: 2", "Tools Analysis (27 total)", "### Top 3 Modules".',
  kinds: ['listCount'],
  extract,
} satisfies Extractor;
