import type { Figure, Subject } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import { ownLabelOf } from '../src/figures/classify.js';
import { addedTestsPlace, existingOrNew, madeByLead, namesAddedTests } from '../src/figures/added-tests.js';
import { hasWord, testContainerNouns, testCountNouns, testStatusForms, wordsSource, type Words } from '../src/figures/words.js';
import { cleanPath, pathSource } from '../src/figures/subjects.js';
import { testGroupHeading } from '../src/figures/ratio-subject.js';
import testStatus from './figure-test-status.js';
import { isRoleLabel } from '../src/figures/role-label.js';
import { partNamedByTitle } from '../src/figures/part-title.js';

/**
 * A noun that counts tests, its head a test noun ("endpoint tests", "test
 * cases"), not test files or modules ("5 new test modules").
 */
const testsNounRe = new RegExp(String.raw`^(?:[\p{L}\p{N}-]+\s+){0,3}?${wordsSource(testCountNouns)}\b(?!\s+${wordsSource([...testContainerNouns, 'run', 'runs'])})`, 'iu');
/** The kind of tests a noun names: "error handling" of "36 error handling tests". */
const kindOfTestsRe = new RegExp(String.raw`^(?<kind>[\p{L}\s-]+?)\s+${wordsSource(testCountNouns)}\b`, 'iu');
/** The file the tests went into, right after their noun: "12 new focused tests in `ultra_final_tests.rs`". Group `path`. */
const intoPathRe = new RegExp(String.raw`^\s*(?:in|into|to)\s+\**\x60?(?<path>${pathSource})\x60?`);
/** A file's path in a heading, with a folder or an extension: "Inline Tests in src/main.rs". Group `path`. */
const headingPathRe = new RegExp(String.raw`(?:^|[\s\x60(])(?<path>${pathSource})(?=$|[\s\x60):,])`);
/** A heading holding a date: one entry of a log ("### Day 1 (2025-10-04 AM)"), whose figures are history this reading cannot tell. */
export const datedHeadingRe = /\b\d{4}-\d{2}-\d{2}\b/;
/** A short title leading a list ("**Dashboard Module (+25%)**"), its remark in parentheses: it names the part its items are about. */
const titleLeadRe = /^(?<name>\p{L}[\p{L}\p{N}\s/&.-]{1,40}?)\s*(?:\([^()]*\))?$/u;

/** Words that set two things against each other: "Coverage vs Quality". */
const versusRe = /\b(?:vs\.?|versus)(?=\s|$)/i;
/** A label's colon right before a count: "Audit Service: 38", "**Audit Service:** ~38". */
const labelRightBeforeRe = /:[*_\s]*[~≈]?\s*$/;
/** Words of praise or age before a test noun that name no kind of tests: "24 comprehensive configuration parsing tests". */
const qualityWordsRe = /\b(?:new|newly|added|comprehensive|focused|high-quality|additional|more|extra|unit-level|robust|thorough|detailed|existing)\b\s*/giu;
/** Any word this classifier reads by: of adding (new, added, created, written) or of age (existing). */
const addedOrAgeRe = /\b(?:new|newly|added|adding|created|creating|written|wrote|writing|existing)\b/i;
/** A noun opened by the tests' age: "new tests" (group `fresh`), "existing tests" (group `old`). */
const ageNounRe = /^(?:(?<fresh>newly\s+added|new)|(?<old>pre-?existing|existing|original))\s+/i;
/** A label naming only the tests there before the work: "Existing Test Coverage", "Original tests"; not "Existing tests analyzed". */
const existingLabelRe = /^[^\p{L}]*(?:pre-?existing|existing|original)\s+(?:tests?|test\s+(?:coverage|suite|cases?))[^\p{L}]*$/iu;
/** A pass result after the count's noun: "20 existing tests continue passing", "23 new tests, all passing" is no result of the count itself. */
const resultAfterRe = new RegExp(String.raw`^[\p{L}\s-]*?\b(?:tests?|specs?|test\s+cases?)\s+(?:\p{L}+\s+)?${wordsSource(testStatusForms)}\b`, 'iu');
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

/**
 * What added tests are of, when the test-count reading gives no part: the
 * file named right after their noun, the test group of the heading above
 * ("Phase 2: API Endpoint Tests ✅"), or the title leading their list.
 */
function addedSubject(figure: Figure, place: FigurePlace, words: Words): Subject {
  const span = nounSpan(figure, place);
  const path = intoPathRe.exec(place.text.slice(span.end))?.groups?.path;
  if (path !== undefined) return { path: cleanPath(path) };
  // A file the section is about: "### 1. Inline Tests in src/main.rs", "### src/main.rs Tests".
  const headed = headingPathRe.exec(figure.context.headings.at(-1) ?? '')?.groups?.path;
  if (headed !== undefined) return { path: cleanPath(headed) };
  // The kind of tests the noun names ("36 error handling tests") unless the heading's group holds it ("endpoint" of "API Endpoint Tests").
  const kind = kindOfTestsRe.exec(figure.context.noun ?? '')?.groups?.kind?.replace(qualityWordsRe, '').trim();
  const group = testGroupHeading(figure.context.headings.at(-1), words);
  if (kind && (group === undefined || !group.toLowerCase().includes(kind.toLowerCase()))) return { category: kind };
  // The item's own label right before the count names the part its tests were added to: "1. Audit Service: 38 tests"
  // under "Tests Created: 54+"; one before a verb ("TESTER Agent: Created 186 tests") names who made them.
  const label = ownLabelOf(figure).replace(/[*_`]/g, '').trim();
  const right = labelRightBeforeRe.test(place.text.slice(0, place.start));
  const named = !right || isRoleLabel(label) || hasWord(label, words.testNouns) ? undefined : partNamedByTitle(label);
  if (named !== undefined) return { name: named };
  if (group !== undefined) return { category: group };
  const title = titleLeadRe.exec((figure.context.parent ?? '').trim())?.groups?.name?.trim();
  // A title setting two things against each other ("Coverage vs Quality Balance", 406:164) is a lesson, no part.
  return title !== undefined && title.split(/\s+/).length <= 4 && !versusRe.test(title) ? { name: title } : { scope: 'all' };
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
  // A dated log entry's counts are history this reading cannot tell, unless their own label names tests added ("- Tests
  // added: 64" under "### Day 1 (2025-10-04 AM)"): a change, whose place in the log pair-chain.ts settles.
  if (datedHeadingRe.test(figure.context.headings.at(-1) ?? '') && !namesAddedTests(ownLabelOf(figure), words)) return undefined;
  // Every reading below needs a word of adding or of age on the line, in the label or in the two nearest headings: test for one first, cheaply.
  const near = [lineOf(place), figure.context.label ?? '', ...figure.context.headings.slice(-2)].join(' | ');
  if (!addedOrAgeRe.test(near)) return undefined;
  const noun = figure.context.noun ?? '';
  const read = testStatus.classify(figure, words, place);
  const beside = existingOrNew(lineOf(place), place.text.slice(place.end));
  if (beside !== undefined && (read?.kind === 'tests.total' || testsNounRe.test(noun.replace(/^(?:pre-?existing|existing|newly\s+added|new|added)\s+/i, '')))) {
    const own = partOf(read?.subject);
    const subject = 'scope' in own ? addedSubject(figure, place, words) : own;
    const span = read?.span ?? nounSpan(figure, place);
    return beside === 'before'
      ? { kind: 'tests.total', subject, span, tense: 'before', tenseReason: 'existing tests set beside new ones' }
      : { kind: 'change', subject, span };
  }
  // A count whose noun says its tests' age, alone: "(165+ new tests)" were added by the work, "20 existing tests" stood
  // before it. A pass result of them ("4/4 new tests passing") stays a result (figure-test-status).
  const aged = ageNounRe.exec(place.text.slice(place.end).replace(/^[+*_\s]+/, ''));
  const age = aged?.groups;
  const bare = read === undefined || (read.kind === 'tests.total' && read.also === undefined);
  if (aged !== null && age !== undefined && bare && testsNounRe.test(aged.input.slice(aged[0].length)) && !resultAfterRe.test(aged.input)) {
    const subject = read === undefined ? addedSubject(figure, place, words) : partOf(read.subject);
    const span = read?.span ?? nounSpan(figure, place);
    return age.old !== undefined
      ? { kind: 'tests.total', subject: 'scope' in subject ? addedSubject(figure, place, words) : subject, span, tense: 'before', tenseReason: 'tests there before the work' }
      : { kind: 'change', subject: 'scope' in subject ? addedSubject(figure, place, words) : subject, span };
  }
  // A count under a heading or label that names only the tests there before ("#### Existing Test Coverage (143 tests)")
  // is the suite's size before the work, as "143 existing tests" is.
  if (read?.kind === 'tests.total' && read.also === undefined && existingLabelRe.test(ownLabelOf(figure))) {
    return { ...read, subject: addedSubject(figure, place, words), tense: 'before', tenseReason: 'tests there before the work, by their label' };
  }
  if (read !== undefined) {
    // Only the suite's size turns into tests added: a passed or failed count under "New Tests" stays what it is.
    if (read.kind !== 'tests.total' || read.also !== undefined || addedTestsPlace(figure.context, words) === undefined) return undefined;
    const part = partOf(read.subject);
    return { ...read, kind: 'change', subject: 'scope' in part ? addedSubject(figure, place, words) : part };
  }
  // A count the test-count reading leaves for its words of change: "Newly Added Tests (30 tests)", "Tests Created: 54+", "Created 24 tests".
  const ownLabel = ownLabelOf(figure);
  const labelled = namesAddedTests(ownLabel, words) && (noun === '' || testsNounRe.test(noun));
  const made = madeByLead(place.text.slice(0, place.start)) && testsNounRe.test(noun);
  if (!labelled && !made) return undefined;
  return { kind: 'change', subject: addedSubject(figure, place, words), span: nounSpan(figure, place) };
}

export default {
  id: 'figure-added-tests',
  description: 'Test counts the structure makes tests added or tests there before: under "Newly Added Tests" / "Tests Created:", after "Created", "143 existing + 30 new".',
  kinds: ['change', 'tests.total'],
  classify,
  readsClaimed: true,
} satisfies FigureClassifier;
