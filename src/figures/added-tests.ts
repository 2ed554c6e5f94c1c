/**
 * Counts of tests the work added, told by the structure around them rather
 * than by the words of one sentence: a heading or label naming tests added
 * ("#### Newly Added Tests (30 tests)" and the sections under it, "### Tests
 * Created: 54+" and its items, "**New Tests**: 23"), a count opened by the
 * verb of making ("Created **24** tests"), and a count of tests the report
 * sets beside new ones ("143 existing + 30 new"): the new ones are a change,
 * the existing ones the suite's size before.
 */
import type { FigureContext } from '../model.js';
import { addedWords, englishWords, findWord, makingVerbs, testContainerNouns, wordsSource, type Words } from './words.js';

/** Words of a heading or label that make its "new tests" a plan, not work done: "Recommended New Tests to Add". */
const plannedWords: readonly string[] = [
  'recommended', 'recommendation', 'recommendations', 'proposed', 'planned', 'plan', 'todo', 'to add', 'to write', 'to create',
  'needed', 'missing', 'next steps', 'should', 'suggested', 'future',
];
/**
 * The verb of making right before a count, opening its clause ("Created 137 endpoint tests", "- ✅ Added **24** tests"), or
 * after its doer or the word that joins it to the clause before ("we added **143 high-quality tests**", "while adding 143
 * tests" in 406, "successfully created **110 comprehensive tests**" in w55).
 */
const madeLeadRe = /(?:^|[.;:(]\s|^\W+|\b(?:we|I|while|by|successfully)\s+)(?:created|added|wrote|written|creating|adding|writing)\s+\**$/i;
/** Words after a count that name the tests as the ones already there: "143 existing tests", "(143 existing + 30 new)". */
const existingAfterRe = /^[\s*]*(?:pre-?)?existing\b/i;
/** Words after a count that name the tests as the added ones: "30+ newly added tests", "+ 30 new)". */
const newAfterRe = /^[\s*]*(?:newly\s+added|new|added)\b/i;
/** A count of new things on the same line as the figure: what makes "existing" the before-side. */
const newCountRe = /\d[\d,]*\+?\**\s+(?:newly\s+added|new|added)\b/i;
const existingCountRe = /\d[\d,]*\+?\**\s+(?:pre-?)?existing\b/i;

/**
 * Nouns after "test" that name what holds tests, not tests: "Test Files Created" counts files, its items the tests in each;
 * "Test Coverage Created" names coverage.
 */
const containerAfterTestRe = new RegExp(String.raw`\btests?\s+${wordsSource([...testContainerNouns, 'infrastructure', 'framework', 'coverage'])}\b`, 'i');

/** The test nouns that name tests (not "testing", which names the activity). */
function testNouns(words: Words): readonly string[] {
  return words.testNouns.filter((w) => w !== 'testing');
}

/** Whether a heading or label names tests added by the work, and not a plan to add them. */
export function namesAddedTests(text: string, words: Words = englishWords): boolean {
  if (findWord(text, testNouns(words)) === undefined || findWord(text, addedWords) === undefined || containerAfterTestRe.test(text)) return false;
  return findWord(text, plannedWords) === undefined && findWord(text, words.target) === undefined && findWord(text, words.before) === undefined;
}

/**
 * The heading or label that makes a test count a count of tests added: the
 * figure's own label, then its two nearest headings (its section and the
 * section around it: "Newly Added Tests" over "Client Resolution Tests (5
 * tests)"). Undefined when none does.
 */
export function addedTestsPlace(context: FigureContext, words: Words = englishWords): string | undefined {
  const labels = (context.label ?? '').split(': ').filter((l) => l !== '');
  const near = [...labels.reverse(), ...context.headings.slice(-2).reverse()];
  // The report's first heading is its title ("# New Test Suite Report"): about the whole report, not one section's tests.
  const title = context.headings[0];
  return near.find((text) => text !== title && namesAddedTests(text, words));
}

/**
 * The verb of making, then what the tests went into, then "with" right before the count: "by creating 5 new test modules
 * with 103 test cases" (408:5), "Files Created: 4 test suites with 48 test cases" (w49:140). The count is of tests made.
 */
const madeWithLeadRe = new RegExp(
  String.raw`\b${wordsSource(makingVerbs)}[*_]*:?[*_]*\s+\d[\d,]*\+?\s+(?:new\s+)?(?:test\s+)?${wordsSource(testContainerNouns)}\s+with\s+\**$`,
  'i',
);

/** Whether the count ending at `before`'s end is opened by the verb of making ("Created 24 tests", "creating 5 test modules with 103"). */
export function madeByLead(before: string): boolean {
  const line = before.slice(before.lastIndexOf('\n') + 1);
  return madeLeadRe.test(line) || madeWithLeadRe.test(line);
}

/**
 * What a count beside its own "existing" or "new" is, when its line sets
 * existing tests beside new ones: `before` for the existing, `added` for the
 * new; undefined otherwise ("all 892 existing tests pass" stands alone).
 */
export function existingOrNew(line: string, after: string): 'before' | 'added' | undefined {
  if (!newCountRe.test(line) || !existingCountRe.test(line)) return undefined;
  if (existingAfterRe.test(after)) return 'before';
  if (newAfterRe.test(after)) return 'added';
  return undefined;
}
