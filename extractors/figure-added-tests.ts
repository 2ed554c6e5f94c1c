import type { Figure, Subject } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import { ownLabelOf } from '../src/figures/classify.js';
import { addedTestsPlace, existingOrNew, madeByLead, namesAddedTests } from '../src/figures/added-tests.js';
import type { Words } from '../src/figures/words.js';
import testStatus from './figure-test-status.js';

/**
 * A noun that counts tests, its head a test noun ("endpoint tests", "test
 * cases"), not test files or modules ("5 new test modules").
 */
const testsNounRe = /^(?:[\p{L}\p{N}-]+\s+){0,3}?(?:tests?|test\s+cases?|specs?)\b(?!\s+(?:files?|modules?|suites?|classes|director(?:y|ies)|folders?|scripts?|runs?))/iu;
/** Subjects that only say the tests are new or existing: no part of the project. */
const ageSubjects: readonly string[] = ['new', 'existing', 'pre-existing', 'added', 'newly added'];

/** The text of the figure's line in its block. */
function lineOf(place: FigurePlace): string {
  const start = place.text.lastIndexOf('\n', place.start - 1) + 1;
  const end = place.text.indexOf('\n', place.end);
  return place.text.slice(start, end < 0 ? undefined : end);
}

/** A subject that names only the tests' age is the whole project's tests. */
function partOf(subject: Subject | undefined): Subject {
  if (subject === undefined) return { scope: 'all' };
  const [, value] = Object.entries(subject)[0] ?? [];
  return typeof value === 'string' && ageSubjects.includes(value.trim().toLowerCase()) ? { scope: 'all' } : subject;
}

/** The span of a count and its noun: "24 comprehensive configuration parsing tests". */
function nounSpan(figure: Figure, place: FigurePlace): { start: number; end: number } {
  const noun = figure.context.noun;
  if (noun === undefined) return { start: place.start, end: place.end };
  const at = place.text.indexOf(noun, place.end);
  return at >= 0 && at - place.end <= 6 ? { start: place.start, end: at + noun.length } : { start: place.start, end: place.end };
}

/**
 * Test counts whose structure says they count tests the work added
 * (`change`) or the tests there before (`tests.total`, `before`): under a
 * heading or label naming tests added ("#### Newly Added Tests (30 tests)",
 * "### Tests Created: 54+"), after the verb of making ("Created 24 tests"),
 * or set beside each other ("143 existing + 30 new").
 */
function classify(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  if (!place || figure.unit !== 'count' || figure.of !== undefined || !Number.isInteger(figure.value)) return undefined;
  const noun = figure.context.noun ?? '';
  const read = testStatus.classify(figure, words, place);
  const beside = existingOrNew(lineOf(place), place.text.slice(place.end));
  if (beside !== undefined && (read?.kind === 'tests.total' || testsNounRe.test(noun.replace(/^(?:pre-?existing|existing|newly\s+added|new|added)\s+/i, '')))) {
    const subject = partOf(read?.subject);
    const span = read?.span ?? nounSpan(figure, place);
    return beside === 'before'
      ? { kind: 'tests.total', subject, span, tense: 'before', tenseReason: 'existing tests set beside new ones' }
      : { kind: 'change', subject, span };
  }
  if (read !== undefined) {
    // Only the suite's size turns into tests added: a passed or failed count under "New Tests" stays what it is.
    if (read.kind !== 'tests.total' || read.also !== undefined || addedTestsPlace(figure.context, words) === undefined) return undefined;
    return { ...read, kind: 'change', subject: partOf(read.subject) };
  }
  // A count the test-count reading leaves for its words of change: "Newly Added Tests (30 tests)", "Tests Created: 54+", "Created 24 tests".
  const ownLabel = ownLabelOf(figure);
  const labelled = namesAddedTests(ownLabel, words) && (noun === '' || testsNounRe.test(noun));
  const made = madeByLead(place.text.slice(0, place.start)) && testsNounRe.test(noun);
  if (!labelled && !made) return undefined;
  return { kind: 'change', subject: { scope: 'all' }, span: nounSpan(figure, place) };
}

export default {
  id: 'figure-added-tests',
  description: 'Test counts the structure makes tests added or tests there before: under "Newly Added Tests" / "Tests Created:", after "Created", "143 existing + 30 new".',
  kinds: ['change', 'tests.total'],
  classify,
  readsClaimed: true,
} satisfies FigureClassifier;
