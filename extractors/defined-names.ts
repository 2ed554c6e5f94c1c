import type { Extractor } from '../src/figures/extract.js';
import type { TextBlock } from '../src/read/markdown.js';
import { onlyPathIn } from '../src/figures/path-pieces.js';
import { isTestFilePart } from '../src/figures/part-path.js';
import { extensionOf, sourceExtensions, testClassSuffixSource } from '../src/figures/test-files.js';
import { pathSource } from '../src/figures/subjects.js';
import { codeNameRe, codeSpanRe, codeSpanSource, fileExtensionEndRe, itemLeadMarksSource } from '../src/figures/code-spans.js';
import { commandPrograms, saysAbsent, testFolderNames, wordsSource } from '../src/figures/words.js';

/**
 * A name that opens a list item, maybe after a status mark: "`test_can_post`",
 * "✅ `verify_client_token()` - …", "`stock adjustment can be posted`: …",
 * "✅ test_load_no_file - …" (a bare name only in a test's own form). What
 * follows is nothing, a separator and words, or more names ("`a()`, `b()`").
 */
const itemNameRe = new RegExp(String.raw`^${itemLeadMarksSource}(?:${codeSpanSource}|(?<bare>test_[A-Za-z0-9_]+|Test[A-Z][A-Za-z0-9_]*)(?:\(\))?(?=\s*(?:$|[-–—:(])))`, 'u');
/** An item that opens with a file and then names what is in it: "`dependencies.py` の `a()`, `b()`", "`app.py`: `run()`". */
const tick = '`';
const fileThenNamesRe = new RegExp(String.raw`^${itemLeadMarksSource}${tick}(?<path>${pathSource})${tick}\s*(?:の|:|—|–|-|in|defines)?\s*(?=${tick})`, 'u');
/** A test's title as Pest, Jest or RSpec write it: two to sixteen words of letters, digits and a few marks. */
const titleRe = /^[\p{L}\p{N}][\p{L}\p{N}'’,-]*(?: [\p{L}\p{N}'’,()-]+){1,15}$/u;
/** A command line rather than a title: it opens with a program (`npm test`) or holds a flag (`run -v`). */
const commandOpeners: ReadonlySet<string> = new Set(commandPrograms);
const isCommand = (text: string) => commandOpeners.has(text.split(' ')[0]?.toLowerCase() ?? '') || / -{1,2}[A-Za-z]/.test(text);
/** Names a test framework gives a test or a test class: `test_x`, `testX`, `TestX`, `XTest`, `XTests`, `XSpec`, `should_x`. */
const testLikeRe = /^(?:test|Test|should|it_)|(?:Test|Tests|Spec|_test|_spec)(?:\(\))?$/;
/** A heading that names a test class: "StockAdjustmentTest (13 tests)", "UserServiceTests". */
const testClassHeadingRe = new RegExp(String.raw`^[\s\p{So}\uFE0F\d.)]*(?<name>[A-Z][A-Za-z0-9]*${testClassSuffixSource})\b(?![./])`, 'u');
/** Folders that hold tests. */
const testFolderRe = new RegExp(String.raw`(?:^|\/)${wordsSource([...testFolderNames, 'testing'])}\/`, 'i');

/** A line that opens an item inside a paragraph: "6. ✅ `x`" after "**Posting Workflow:**" (an ordered list from 6 cannot interrupt a paragraph). */
const itemLineRe = /^(?:\d{1,3}[.)]|[-*+])\s+/;

/** An item's first line, where it stands in its block, and the lead-in of its list. */
interface ItemLine {
  block: TextBlock;
  at: number;
  line: string;
  list: string | undefined;
}

/**
 * The items of a report: list items' first lines, and the lines of a
 * paragraph that opens with a lead-in ("Posting Workflow:") and goes on with
 * numbered or bulleted lines, which markdown keeps as the paragraph's text.
 */
function* itemsOf(blocks: readonly TextBlock[]): Generator<ItemLine> {
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    const lines = block.text.split('\n');
    if (block.item) {
      yield { block, at: 0, line: lines[0] ?? '', list: block.context.list };
      continue;
    }
    const lead = lines[0] ?? '';
    if (lines.length < 2 || !/[:：]\s*$/.test(lead)) continue;
    let at = lead.length + 1;
    for (const line of lines.slice(1)) {
      const opener = itemLineRe.exec(line);
      if (opener) yield { block, at: at + opener[0].length, line: line.slice(opener[0].length), list: lead };
      at += line.length + 1;
    }
  }
}

/** Where the names of an item are said to be: a file, or a test class named in a heading. */
type Container = { path: string } | { name: string };

const isCodeFile = (path: string) => sourceExtensions.includes(extensionOf(path) ?? '');
const isTestFile = (path: string) => isTestFilePart(path) || testFolderRe.test(path);

/** The nearest heading (innermost first) that names one code file, or a test class. */
function containerInHeadings(headings: readonly string[]): Container | undefined {
  for (let i = headings.length - 1; i >= 0; i--) {
    const path = onlyPathIn(headings[i]);
    if (path) return isCodeFile(path) ? { path } : undefined;
    const name = testClassHeadingRe.exec(headings[i] ?? '')?.groups?.name;
    if (name) return { name };
  }
  return undefined;
}

/** A name a code span or bare word gives, with the kind of name it is; `undefined` for files, commands and sentences. */
function nameIn(code: string): { name: string; title: boolean } | undefined {
  const text = code.trim();
  if (codeNameRe.test(text)) return fileExtensionEndRe.test(text) ? undefined : { name: text, title: false };
  if (titleRe.test(text) && !isCommand(text)) return { name: text, title: true };
  return undefined;
}

/**
 * Whether a container can hold this name: a test file any name or title, a
 * test class a name or title; a file of source code a name that is not a
 * test's (the tests of `engine.py` are in another file).
 */
function holds(container: Container, name: string, title: boolean): boolean {
  if ('name' in container) return true;
  if (isTestFile(container.path)) return true;
  return !title && !testLikeRe.test(name);
}

export default {
  id: 'defined-names',
  description: 'Names a report says a file defines: list items that open with a test or function name in backticks under a heading or lead-in naming the file or test class ("### StockAdjustmentTest (13 tests)" over "1. ✅ `test_can_post_stock_adjustment`"; "`dependencies.py` の `verify_client_token()`, …").',
  kinds: ['file.defines'],
  extract(blocks: readonly TextBlock[], ctx) {
    for (const item of itemsOf(blocks)) {
      const { block, at, line, list } = item;
      const lead = fileThenNamesRe.exec(line);
      const m = lead ? undefined : itemNameRe.exec(line);
      if (!lead && !m) continue;
      const heading = block.context.headings[block.context.headings.length - 1] ?? '';
      if (saysAbsent(`${list ?? ''} ${heading}`) || saysAbsent(line, true)) continue;
      const claim = (start: number, end: number, subject: { path: string } | { name: string }, name: string) =>
        ctx.claim(block, at + start, at + end, { kind: 'file.defines', subject, value: name, unit: 'none', qualifier: 'exact', precision: 0 });
      // "`dependencies.py` の `a()`, `b()`": the file, then every name after it.
      if (lead?.groups?.path) {
        const path = lead.groups.path;
        if (!isCodeFile(path) || saysAbsent(line)) continue;
        for (const m of line.slice(lead[0].length).matchAll(codeSpanRe)) {
          const found = nameIn(m.groups?.code ?? '');
          if (!found || found.title || !holds({ path }, found.name, false)) continue;
          const start = lead[0].length + (m.index ?? 0);
          claim(start, start + m[0].length, { path }, found.name);
        }
        continue;
      }
      if (!m?.groups) continue;
      const found = m.groups.bare ? { name: m.groups.bare, title: false } : nameIn(m.groups.code ?? '');
      if (!found) continue;
      const listed = onlyPathIn(list);
      const container: Container | undefined = listed ? (isCodeFile(listed) ? { path: listed } : undefined) : containerInHeadings(block.context.headings);
      if (!container || !holds(container, found.name, found.title)) continue;
      // An item of a list of tests describes what a test checks ("Missing listen field"); of a file of
      // source code, it may say the name is not there ("`refresh()` - not implemented").
      if ('path' in container && !isTestFile(container.path) && saysAbsent(line)) continue;
      const written = m.groups.code !== undefined ? `${tick}${m.groups.code}${tick}` : (m.groups.bare ?? '');
      const start = m[0].lastIndexOf(written);
      claim(start, start + written.length, 'path' in container ? { path: container.path } : { name: container.name }, found.name);
    }
  },
} satisfies Extractor;
