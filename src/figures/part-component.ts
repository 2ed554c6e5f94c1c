/**
 * A component whose tests a count gives, named where the count is written:
 * the lead of its own item or line (`- ✅ **AdminViewModel**: 18/18 tests
 * passing`, `- ✅ Controller: 15/15 tests`, `│   ├── User: 22 tests` in a
 * tree), the title whose parenthesis holds it (`### 1. AdminViewModel ✅
 * (18/18 PASSING)`), or a name in code right before that parenthesis (`Use
 * \`AdminViewModel\` (18 tests backing it)`). The name is the nearest one the
 * report gives, nearer than a heading that counts a larger part (`### Model
 * Specs (76 tests)` over `- **User model**: 22 tests`).
 *
 * Only a name of one to three words, each a word of letters and digits, is
 * read; a label that gives the line a role ("Impact", "Result"), names a kind
 * of tests ("Unit Tests") or nothing but tests, a status or a total ("Test
 * Count", "Total") names no component. The tests verifier measures the name
 * on the one test file or folder that answers to it (src/measure/test-parts.ts)
 * and leaves it unverifiable otherwise.
 */
import type { Claim } from '../model.js';
import type { TextBlock } from '../read/markdown.js';
import { isRoleLabel } from './role-label.js';
import { headingCategory, isCategoryWord, namesNoPart } from './test-subject.js';
import { measureWords } from './part-title.js';
import { isTestFileName, testClassSuffixSource } from './test-files.js';
import { englishWords, testWordNouns, wordsSource } from './words.js';

/** A name: one to three words of letters and digits (`vectro_cli`, `User model`, `JobManager`). */
const nameSource = String.raw`[A-Za-z][A-Za-z0-9_]*(?: [A-Za-z][A-Za-z0-9_]*){0,2}`;
/** Marks that may open an item's line: bullets, status emoji, the branches of a tree, a list number. */
const openingMarksSource = String.raw`[^\p{L}\p{N}\x60]*(?:\d{1,3}[.)]\s+[^\p{L}\p{N}\x60]*)?`;
/** Status marks that may stand between a label's colon and its count: "FeedPostTests: ✅ 21 tests passed", "Widgets: ⚠️ 13 …". */
const statusMarksSource = String.raw`(?:(?:\p{Extended_Pictographic}|[✓✔✗✘])\uFE0F?\s*)*`;
/** The text before a count that is a name and a colon, maybe a status mark after it: "✅ AdminViewModel: ", "│   ├── User: ", "FeedPostTests: ✅ ". Group `name`. */
const leadColonRe = new RegExp(String.raw`^${openingMarksSource}\x60?(?<name>${nameSource})\x60?\s*:\s*${statusMarksSource}$`, 'u');
/** The text before a count that opens a title's parenthesis: "1. AdminViewModel ✅ (". Group `name`. */
const titleParenRe = new RegExp(String.raw`^${openingMarksSource}\x60?(?<name>${nameSource})\x60?(?:\s+[^\p{L}\p{N}\s(]+)*\s*\(\s*$`, 'u');
/** A name in code right before the parenthesis that holds the count: "Use `AdminViewModel` (". Group `name`. */
const codeParenRe = /\x60(?<name>[A-Za-z][A-Za-z0-9_]*)\x60\s*\(\s*$/;

/** A count, up to four words (its test noun and status), then a parenthesis holding one file's name alone: "20 tests (test_math_game.py)". Group `file`. */
const testFileAfterRe = /^[~≈]?\d[\d,]*\+?(?:[^\S\n]+[\p{L}-]+){1,4}[^\S\n]*\(\s*\x60?(?<file>[\w./-]+\.\w+)\x60?\s*\)/u;
/** Errors are a status of tests ("**Errors:** 5 tests"), and before a test noun a kind of them ("Error Tests (5/34)"). */
const errorWordRe = /^errors?$/;
/** A test noun ending a name: "Request Specs" are the specs of requests. */
const trailingTestNounRe = new RegExp(String.raw`\s+${wordsSource(testWordNouns)}$`, 'i');

/**
 * Whether `name` may name a component: no word of it gives a role ("Impact", "Success Rate"), names a measure
 * ("Pass Rate", "Test Count"), a kind of tests ("Unit Tests") or a status or total ("Passed", "Total").
 */
function namesComponent(name: string): boolean {
  const words = name.replace(trailingTestNounRe, '').toLowerCase().split(' ');
  return !words.some((word) => isRoleLabel(word) || measureWords.includes(word) || namesNoPart(word) || isCategoryWord(word) || errorWordRe.test(word));
}

/**
 * The component named for a count of tests whose line, up to the count, is
 * `before`; undefined when the line names none.
 */
export function componentBefore(before: string): string | undefined {
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const name = (leadColonRe.exec(line) ?? titleParenRe.exec(line) ?? codeParenRe.exec(line))?.groups?.name;
  return name !== undefined && namesComponent(name) ? name : undefined;
}


/** A test class's name: an identifier with a test affix ("LoginTest", "UserSpec", "TestParser", "ApiTests"). */
const testClassRe = new RegExp(String.raw`^(?:Test[A-Z]\w*|[A-Za-z]\w*${testClassSuffixSource})$`);
/**
 * The text before a count that is a test class's name, maybe after a runner's status word and qualified by its
 * namespace, then the parenthesis that holds the count: "PASS  Tests\Browser\Auth\LoginTest (", "✓ com.acme.UserSpec (".
 * Groups `status` and `qualified`.
 */
const codeNameParenRe = /^[^\p{L}\p{N}\x60]*(?:(?<status>[A-Za-z]+)\s+)?\x60?(?<qualified>[A-Za-z_]\w*(?:(?:\\|\.)[A-Za-z_]\w*)*)\x60?\s*\(\s*$/u;
/** A runner's words for a test's state that may open its line: "PASS", "FAIL", "SKIP", "OK". */
const runnerStatusWords = [...englishWords.passed, ...englishWords.failed, ...englishWords.skipped];

/**
 * The test class a runner's line names before the parenthesis that holds its count ("PASS  Tests\Browser\Auth\LoginTest
 * (3 tests)" names `LoginTest`), or undefined: only a name with a test affix, whose namespace's words (the
 * `Browser` of `Tests\Browser\…`) name no kind of tests.
 */
export function testClassBefore(before: string): string | undefined {
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const groups = codeNameParenRe.exec(line)?.groups;
  if (!groups?.qualified) return undefined;
  if (groups.status !== undefined && !runnerStatusWords.includes(groups.status.toLowerCase())) return undefined;
  // A dotted name may be a file ("parser.py"): only a last segment with a test affix is a class.
  const name = groups.qualified.split(/\\|\./).pop() as string;
  return testClassRe.test(name) ? name : undefined;
}

/**
 * Whether a claim's kind of tests is only the one its headings give ("### Unit Tests" over "- Schema
 * Structure: 8 tests ✅"), its own line naming no such kind: a component the line names is nearer.
 */
function kindFromHeading(claim: Claim, line: string): boolean {
  if (!('category' in claim.subject)) return false;
  const byHeading = headingCategory(claim.context.headings);
  if (byHeading === undefined || !('category' in byHeading) || byHeading.category !== claim.subject.category) return false;
  return !line.toLowerCase().includes(claim.subject.category.toLowerCase());
}

/**
 * Give the test claims read from the figure at `start` of `text` the
 * component its line names, when their classifiers read the whole project or
 * a name from further out (a heading, a parent item), or only the kind of
 * tests a heading gives; a path or a kind of tests their line reads stays theirs.
 */
export function settleComponent(claims: readonly Claim[], block: Pick<TextBlock, 'text' | 'checked'>, start: number, speaksOfWhole: (line: string) => boolean): void {
  // An open task ("- [ ] Meta: 600 tests") names work to do, not a component.
  if (block.checked === false) return;
  const text = block.text;
  // A duration is the run's ("**Fast tests**: <10s for full suite"), not a component's.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // A test class the line names before its count is nearer than any kind of tests a heading or its namespace gives
  // ("## Browser Tests" over "PASS  Tests\Browser\Auth\LoginTest (3 tests)"): the count is that class's.
  const testClass = testClassBefore(text.slice(lineStart, start));
  if (testClass !== undefined) {
    for (const claim of claims) {
      if (claim.kind.startsWith('tests.') && claim.kind !== 'tests.duration' && !('path' in claim.subject)) claim.subject = { name: testClass };
    }
    return;
  }
  const lineEnd = text.indexOf('\n', start);
  const ownLine = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const open = claims.filter((claim) => claim.kind.startsWith('tests.') && claim.kind !== 'tests.duration' && ('scope' in claim.subject || 'name' in claim.subject || kindFromHeading(claim, ownLine)));
  if (open.length === 0) return;
  // The test file in the parenthesis after the count names its tests more nearly than any name before it (after a dash: test-count's tiedTestFile).
  const after = text.slice(start, lineEnd < 0 ? text.length : lineEnd);
  const file = testFileAfterRe.exec(after)?.groups?.file;
  if (file !== undefined && isTestFileName(file.slice(file.lastIndexOf('/') + 1))) {
    for (const claim of open) claim.subject = { path: file };
    return;
  }
  if (speaksOfWhole(ownLine)) return;
  const name = componentBefore(text.slice(lineStart, start));
  if (name === undefined) return;
  for (const claim of open) claim.subject = { name };
}
