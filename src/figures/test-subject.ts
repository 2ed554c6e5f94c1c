/**
 * The part of the tests a test figure counts, read from the structures that
 * name one: a label that names a kind of tests ("**Unit Tests**: 3042/3207
 * passed", "Frontend Total Tests: 58"), the words between a count and its
 * test noun ("58 session tests", "182/191 non-session tests"), a table row,
 * and a heading that names a kind of tests ("### End-to-End Tests" over
 * "- **Count:** 100 tests"). A figure none of these names counts the whole
 * project's tests.
 */
import type { Subject } from '../model.js';
import { categoryWords, ordinalLabelRe } from './subjects.js';
import { kindNouns, partPrepositions, testAgeWords, testStatusForms, wholeWords, wordsSource } from './words.js';
import { withoutEmphasis } from '../read/without-stars.js';

/** Test nouns: what a label or heading ends in when it names a kind of tests. */
const testNounSource = String.raw`tests?|specs?|test\s+cases?|test\s+suites?|testing`;
/** Error words: a status when they end the words, a kind of tests before another word. */
const errorWords = new Set(['error', 'errors']);
/** Words that say how many or in what state, never which tests: status, totals, glue and praise. */
const genericWords = new Set([
  ...testStatusForms.filter((form) => !errorWords.has(form)), ...wholeWords,
  'pending', 'ignored', 'todo',
  'disabled', 'errored', 'broken', 'green', 'red', 'ok', 'total', 'totals', 'overall', 'all', 'sum', 'count', 'number',
  'the', 'our', 'of', 'and', 'a', 'an', 'new', 'current', 'final', 'latest', 'status', 'result', 'results', 'summary', 'run', 'ran', 'executed', 'execution',
  'comprehensive', 'individual', 'real', 'actual', 'automated', 'basic', 'existing', 'additional', 'more', 'remaining', 'active', 'other',
  'sample', 'example',
  'key', 'main', 'project', 'suite', 'suites', 'report', 'overview', 'metrics', 'type', 'types',
  'by', 'per', 'for', 'in', 'on', 'with', 'only', 'test', 'tests', 'testing', 'coverage', 'time', 'duration', 'rate', 'verified', 'still', 'now',
  'unique', 'distinct', 'separate', 'different', 'various', 'good', 'excellent', 'solid', 'robust', 'critical', 'important',
  // "new" in the other languages of the word table: "37 nuevos tests" are new tests, no kind of them
  'nuevos', 'nuevas', 'novos', 'novas', 'nouveaux', 'nouvelles', 'neue',
]);
/**
 * A label that names tests: its words, then a test noun, maybe "Total" between ("Frontend Total Tests"), maybe the
 * status its figure counts after ("Core Tests Passing: 1255/1257"). Group `words`.
 */
const testsLabelRe = new RegExp(String.raw`^(?<words>.*?)\s+(?:total\s+)?(?:${testNounSource})(?:\s+${wordsSource(testStatusForms)})?$`, 'i');
/** Marks around a label: bullets, emphasis, emoji, a colon. */
const marksRe = /^[^\p{L}\p{N}]+|[^\p{L}\p{N})]+$/gu;
/** A parenthesis or inline code in a name: a command or a note, no part of the name ("Node custom script tests (`node --import tsx`)"). */
const asideRe = /\s*(?:\([^()]*\)|`[^`]*`)/g;
/** The words between a count (maybe "N/M") and its test noun: "58 session tests", "182/191 non-session tests". Group `words`. */
const modifierRe = new RegExp(String.raw`^\+?\s*(?:(?:\/|of)\s*[\d,]+\+?\s*)?\s(?<words>[\p{L}][\p{L}-]*(?:\s[\p{L}][\p{L}-]*)?)\s(?:${testNounSource})\b(?!\s+(?:files?|suites?|code|functions?|lines?|modules?|coverage|rate)\b)`, 'iu');
/** Written forms of one category: "End-to-End" and "E2E" are one part. */
const categoryForms: ReadonlyMap<string, string> = new Map([['end-to-end', 'e2e'], ['end to end', 'e2e']]);
const categoryWordRe = new RegExp(String.raw`(?:^|[^\p{L}])(?:${categoryWords.join('|')}|end\s+to\s+end)(?:$|[^\p{L}])`, 'iu');

/** The part some words name, without the words that name no part; undefined when nothing is left. */
export function partOf(words: string): string | undefined {
  const all = words.replace(asideRe, ' ').replace(marksRe, '').split(/\s+/).filter((w) => w !== '');
  const bare = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, '');
  // "Errors" alone is a status; before another word it names a kind ("error handling tests").
  const kept = all.filter((w, i) => !genericWords.has(bare(w)) && !(errorWords.has(bare(w)) && i === all.length - 1));
  if (kept.length === 0 || kept.length > 4 || kept.some((w) => !/\p{L}/u.test(w))) return undefined;
  // Categories are compared without case, and claims write them in lower case.
  const part = kept.join(' ').replace(/[*_`]/g, '').toLowerCase();
  return categoryForms.get(part) ?? part;
}

/** "test case(s)", the noun that names tests one by one. */
const testCasesRe = /\btest[\s_-]+cases?\b/gi;

/** Whether some words name nothing but tests, a status or a total ("Testing", "**Passing Tests**"). */
export function namesNoPart(words: string): boolean {
  // "Test cases" are tests: the noun names no part, as "Tests" does.
  const all = words.replace(testCasesRe, 'tests').replace(asideRe, ' ').replace(/[*_`]/g, '').replace(marksRe, '').split(/\s+/).filter((w) => w !== '');
  return all.length > 0 && all.every((w) => genericWords.has(w.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, '')));
}

/** A heading over a list or table of kinds of tests: "Test Categories", "Test Types", "Tests by Category". */
const categoriesHeadingRe = new RegExp(String.raw`\btests?\s+(?:by\s+)?${wordsSource(kindNouns)}\b`, 'i');

/**
 * The kind of tests a label names ("Unit Tests", "Frontend Total Tests"), or undefined. Under a heading of kinds of
 * tests (`headings`, nearest last: "### Test Categories"), any part before the test noun is a kind ("Thread safety
 * tests: 17", "| Leet Speak Tests | 3 |").
 */
export function labelPart(label: string | undefined, headings: readonly string[] = []): { category: string } | undefined {
  const clean = withoutEmphasis((label ?? '').replace(asideRe, ' ')).replace(marksRe, '').trim();
  const words = testsLabelRe.exec(clean)?.groups?.words;
  const part = words !== undefined ? partOf(words) : undefined;
  // A label names a kind of tests by a category word: "Refine failing tests:" is a task, not a part.
  if (part === undefined) return undefined;
  return categoryWordRe.test(` ${part} `) || categoriesHeadingRe.test(headings.at(-1) ?? '') ? { category: part } : undefined;
}

/**
 * The kind of tests a label names by an error word before another word
 * ("Error handling tests", "Error condition tests"), or undefined: such a
 * label counts tests of errors, not tests that errored ("Test errors").
 */
export function errorKindLabel(label: string | undefined): string | undefined {
  const clean = withoutEmphasis((label ?? '').replace(asideRe, ' ')).replace(marksRe, '').trim();
  const words = testsLabelRe.exec(clean)?.groups?.words;
  if (words === undefined) return undefined;
  const all = words.split(/\s+/).map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, ''));
  const at = all.findIndex((w) => errorWords.has(w));
  return at >= 0 && at < all.length - 1 ? partOf(words) : undefined;
}

/** The kind of tests the words right after a count name ("58 session tests"), or undefined. */
export function modifierPart(after: string): { category: string } | undefined {
  const words = modifierRe.exec(after)?.groups?.words;
  const part = words !== undefined ? partOf(words) : undefined;
  return part !== undefined ? { category: part } : undefined;
}

/** A kind of tests named after a rate's words: " on core tests", " for unit tests". Group `kind`. */
const kindAfterRe = new RegExp(String.raw`^\s+${wordsSource(partPrepositions)}\s+(?:the\s+)?(?<kind>${categoryWords.join('|')})\s+(?:${testNounSource})\b`, 'iu');

/** The kind of tests the words right after a rate name ("100% pass rate on core tests"), or undefined. */
export function kindAfterPart(after: string): { category: string } | undefined {
  const kind = kindAfterRe.exec(after)?.groups?.kind;
  return kind === undefined ? undefined : { category: kind.toLowerCase() };
}

/** The answers of `headingCategory`, by heading path: blocks under the same headings share one path (markdown.ts). */
const categoryOfHeadings = new WeakMap<readonly string[], { subject: Subject | undefined }>();

/**
 * The kind of tests the nearest headings name ("Unit Tests", "Playwright
 * E2E Status"): only a heading with a category word, and never the report's
 * title, which names the whole report.
 */
export function headingCategory(headings: readonly string[]): Subject | undefined {
  let known = categoryOfHeadings.get(headings);
  if (known === undefined) {
    known = { subject: readHeadingCategory(headings) };
    categoryOfHeadings.set(headings, known);
  }
  // A copy: a claim's subject is its own.
  return known.subject && { ...known.subject };
}

function readHeadingCategory(headings: readonly string[]): Subject | undefined {
  for (const heading of headings.slice(1).slice(-2).reverse()) {
    if (!categoryWordRe.test(heading)) continue;
    // "Phase 2: API Endpoint Tests": the ordinal label in front is no part of the name, nor a remark in parentheses.
    const named = heading.replace(ordinalLabelRe, '').replace(asideRe, ' ').trim();
    // "3. VerifiedNN/Testing/Integration.lean" names a file, not a kind of tests; a share after the label
    // ("Core Tests Passing: 1255/1257") is a figure, no path.
    if (/[/\\]|\.\w{1,6}$/.test(named.replace(shareRe, ''))) continue;
    const part = partOf(named.replace(/\s*[-–—:]\s.*$/, ''));
    if (part !== undefined && categoryWordRe.test(` ${part} `)) return { category: part };
    // A heading that is only a group's name and "Tests" ("### 🔍 DATAVALIDATIONS Tests (Core Validation Engine)") names that group.
    const group = groupNamedAlone(named);
    if (group !== undefined) return { category: group };
  }
  return titleCategory(headings);
}

/** The group of tests the report's title (`headings[0]`) names, as a category (`titleGroup`); else undefined. */
export function titleCategory(headings: readonly string[]): { category: string } | undefined {
  const group = headings[0] === undefined ? undefined : titleGroup(headings[0]);
  return group === undefined ? undefined : { category: group };
}

/** Words that say how complete or how new, before a group's name: "Complete Unit" names the unit tests. */
const leadingGenericRe = /^(?:(?:complete|comprehensive|full|final|new|current|the|all)\s+)+/i;

/** A dash between a title's two halves: "Test Status Report - Invoice Count Tests". */
const titleDashRe = /\s+[-–—]\s+/;

/**
 * The group of tests a report's title names beside words of a report or a status, one on each side of a dash:
 * "Test Status Report - Invoice Count Tests" (205), "🎉 Phase 4: ViewModel Unit Tests - COMPLETE! 🎉" (w18). The
 * report is about those tests, and its figures that name no part of their own are theirs. A title that names only
 * the project or the report ("WANDA Telescope - Test Status Report", "Test Coverage Report - SpawnerRangeMod") names
 * no group: its figures are the whole project's.
 */
export function titleGroup(title: string): string | undefined {
  const halves = title.split(titleDashRe);
  if (halves.length !== 2) return undefined;
  const clean = (half: string) => withoutEmphasis(half).replace(marksRe, '').replace(ordinalLabelRe, '').replace(marksRe, '').trim();
  const [first, second] = halves.map(clean) as [string, string];
  // The group as the title writes it: "Invoice Count" keeps its "Count", which names no part in a label ("Test Count").
  const named = (half: string) => {
    const words = testsLabelRe.exec(half)?.groups?.words;
    return words === undefined || partOf(words) === undefined ? undefined : words.replace(leadingGenericRe, '').toLowerCase();
  };
  const reportWords = (half: string) => namesNoPart(half.replace(/\breports?\b/gi, 'summary'));
  if (named(second) !== undefined && reportWords(first)) return named(second);
  if (named(first) !== undefined && reportWords(second)) return named(first);
  return undefined;
}

/** A heading that is one name and a plural test noun, nothing more: "DATAVALIDATIONS Tests", "Robustness Tests". Group `name`. */
const groupAloneRe = /^[^\p{L}\p{N}]*(?<name>\p{L}[\p{L}\p{N}_-]*)\s+(?:tests|specs)[^\p{L}\p{N}]*$/iu;

/** The group a heading names alone before its test noun, without generic words ("New Tests", "Passing Tests"); else undefined. */
function groupNamedAlone(heading: string): string | undefined {
  const name = groupAloneRe.exec(withoutEmphasis(heading))?.groups?.name;
  return name === undefined ? undefined : partOf(name);
}

/** A share written as two counts, "1255/1257": a figure, not a path's slash. */
const shareRe = /\d[\d,]*\s*\/\s*\d[\d,]*/g;

/** Whether `word` is one of the category words ("unit", "e2e"). */
export function isCategoryWord(word: string): boolean {
  return (categoryWords as readonly string[]).includes(word.toLowerCase());
}

/** An age word right before a count, alone ("All original 892") or as a label ("New Tests: 4/4"). Group `age`. */
const ageLeadRe = new RegExp(String.raw`(?:^|[^\p{L}-])(?<age>${wordsSource(testAgeWords)})[*_]*\s+(?:(?:tests?|specs?)[*_]*\s*:[*_]*\s*)?$`, 'iu');

/**
 * The tests a pass result is of when an age word stands right before its count: "All original 892 tests still
 * passing" (102), "New Tests: 4/4 passing" (408). The result is that subset's, not the suite's, which also holds
 * the tests of the other age: `{ category: "original" }`, as written. Undefined without such a word.
 */
export function ageGroup(text: string, start: number): { category: string } | undefined {
  const age = ageLeadRe.exec(text.slice(text.lastIndexOf('\n', start - 1) + 1, start))?.groups?.age;
  return age === undefined ? undefined : { category: age.toLowerCase() };
}
