import type { ClaimKind, Figure, Subject } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import { ownLabelOf } from '../src/figures/classify.js';
import { findWord, hasWord, testFolderNames, testQualityWords, testWordNouns, wordsSource, type Words } from '../src/figures/words.js';
import { categoryWords } from '../src/figures/subjects.js';
import { errorKindLabel, headingCategory, labelPart, modifierPart, namesNoPart } from '../src/figures/test-subject.js';
import { isTestFileName } from '../src/figures/test-files.js';

/** A heading over a run's figures: "## Results", "### Test Results". */
const resultsHeadingRe = /^\W*(?:test\s+)?results\W*$/i;
/** A test noun that names other things than tests: "Total test files", "Lines of test code". */
const testCompoundRe = /\btests?\s+(?:files?|suites?|code|lines?|functions?|modules?|directories|folders|packages?|classes|plans?|scripts?)\b|\b(?:lines|files)\s+of\s+test/i;

/** Words right after a count that make it a difference from another count: "273 more passing tests", "5 fewer". */
const differenceWords: readonly string[] = ['more', 'fewer', 'less'];

/** A figure and " + " right before a count: the count is a summand of a sum on its line ("… unit tests + 21 advanced feature tests"). */
const summandBeforeRe = /\d[^\n+=]{0,60}?\s\+\s+$/;

/** A name that is a path by its folders: "pkg/api/grpc", "cmd/podcli/". A test file ("config_test.rs") is one too (isTestFileName). */
const folderPathRe = /^(?:[\w@.+~-]+\/)+[\w@.+-]*\/?$/;

/** A name of a test folder or test: "tests/unit", "src/__tests__", "test_login". */
const testPlaceRe = new RegExp(String.raw`(?:^|\/)${wordsSource(testFolderNames)}(?:\/|$)|^test_`, 'i');

/** The test kind a status or total word gives. */
function statusKind(text: string, words: Words): ClaimKind | undefined {
  if (findWord(text, words.failed)) return 'tests.failed';
  if (findWord(text, words.skipped)) return 'tests.skipped';
  if (findWord(text, words.errors)) return 'tests.errors';
  if (findWord(text, words.passed)) return 'tests.passed';
  if (findWord(text, words.totals)) return 'tests.total';
  return undefined;
}

/** The part of the tests a figure counts: a test file named before it, a category its words, label, noun or heading name, else all. */
function subjectOf(figure: Figure, text: string): Subject {
  const name = figure.context.name;
  if (name !== undefined && (testPlaceRe.test(name) || isTestFileName(name))) return { path: name };
  const category = findWord(text, categoryWords);
  if (category !== undefined) return { category: category.toLowerCase() };
  return labelPart(ownLabelOf(figure), figure.context.headings) ?? modifierPart(` ${figure.context.noun ?? ''}`) ?? headingCategory(figure.context.headings) ?? { scope: 'all' };
}

/**
 * A count of tests read from structure: a status word in its noun or label
 * ("26 passed", "**Passing (summary):** 9 tests") with tests named by its
 * label, noun, lead-in or column ("Tests: 26 passed, 26 total" in a
 * plain-text block). A count with a decimal is no count of tests.
 */
function classify(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  if (figure.unit !== 'count' || !Number.isInteger(figure.value)) return undefined;
  const c = figure.context;
  const label = ownLabelOf(figure);
  const nounWords = (c.noun ?? '').split(' ').filter((w) => w !== '');
  // "need 273 more passing tests": a difference still to make up, no count of tests.
  if (differenceWords.includes(nounWords[0]?.toLowerCase() ?? '')) return undefined;
  const head = nounWords.slice(-2).join(' ');
  // The noun after the figure names what it counts: tests ("9 tests"), a bare status ("26 passed"), or something else ("2 test files").
  const nounIsTests = nounWords.length > 0 && (hasWord(head, words.testNouns) && words.testNouns.some((n) => head.toLowerCase().endsWith(n)));
  const nounIsStatus = nounWords.length === 1 && statusKind(nounWords[0] ?? '', words) !== undefined;
  if (nounWords.length > 0 && !nounIsTests && !nounIsStatus) return undefined;
  // A label that is only a status word ("✅ Passed: 39") counts tests when the heading above names them ("Test Results").
  const bareStatus = nounWords.length === 0 && statusKind(label, words) !== undefined && label.trim().split(/\s+/).length === 1;
  // "## Playwright E2E Status" / "### Result" / "- Passed: `0`": a heading near it names tests or a kind of tests.
  const headingNamesTests = bareStatus && (c.headings.slice(-2).some((h) => hasWord(h, words.testNouns) || findWord(h, categoryWords) !== undefined || resultsHeadingRe.test(h)));
  const testsNamed = nounIsTests || headingNamesTests || [c.label ?? '', c.table?.header ?? '', c.table?.caption ?? ''].some((t) => hasWord(t, words.testNouns) && !testCompoundRe.test(t));
  if (!testsNamed) return undefined;
  // The figure's own words first, then its label, its column: the nearest names the status.
  // A bare total ("(37 total)") under a label that names a status counts that status.
  const nounTotal = nounWords.length === 1 && statusKind(head, words) === 'tests.total';
  // A kind of tests the noun names is no status: "36 error handling tests" counts tests of error handling.
  const kindWords = nounIsTests ? modifierPart(` ${c.noun ?? ''}`)?.category : undefined;
  const noun = kindWords !== undefined ? (c.noun ?? '').toLowerCase().replace(kindWords, '') : c.noun ?? '';
  // A summand of a sum of tests by kind ("**✅ Tests Pass**: 164/164 unit tests + 21 advanced feature tests + 11 integration
  // tests + 26 unused functionality tests = **222 total tests passing**", 002:9; "(191 active + 58 session tests)", 013:17)
  // counts the tests of its kind; a status the line's label gives is said of the sum.
  if (kindWords !== undefined && place !== undefined && summandBeforeRe.test(place.text.slice(0, place.start))) return { kind: 'tests.total', subject: { category: kindWords } };
  // "Error handling tests: 12": a label naming tests of errors gives no status.
  const errorKind = errorKindLabel(label);
  const statusLabel = errorKind !== undefined ? '' : label;
  const naming = nounTotal ? [statusLabel, noun, c.table?.header ?? ''] : [noun, statusLabel, c.table?.header ?? ''];
  for (const text of naming) {
    const kind = statusKind(text, words);
    if (!kind) continue;
    // An entry under a status lead-in that names its own tests ("Failed Tests:" then "1 Configuration validation
    // test") counts one named group of that status, not the project's.
    const named = text !== noun && nounIsTests ? groupName(nounWords, words) : undefined;
    return { kind, subject: named !== undefined ? { name: named } : subjectOf(figure, naming.join(' ')) };
  }
  // Tests the noun praises but names no part of ("11 comprehensive tests"), in a row or item a path opens, count that path's tests.
  if (nounIsTests && kindWords === undefined && namesNoPart(c.noun ?? '') && c.name !== undefined && (folderPathRe.test(c.name) || isTestFileName(c.name))) {
    return { kind: 'tests.total', subject: { path: c.name } };
  }
  if (errorKind !== undefined && noun === '') return { kind: 'tests.total', subject: { category: errorKind } };
  // "**Existing tests analyzed:** 892 mock-based tests": a label naming tests over a count of one kind counts that kind.
  if (kindWords !== undefined && nounWords.length <= 3 && hasWord(label, words.testNouns) && !testCompoundRe.test(label) && c.table === undefined) {
    return { kind: 'tests.total', subject: { category: kindWords } };
  }
  // A label that names only tests ("Tests: 845", "Total Tests: 249") counts them all, one that names a kind of tests
  // ("Security tests: 100") that kind; in a plain-text block "Unit tests: 17" may count files ("Total test files: 27" above).
  if (noun === '' || nounIsTests && kindWords === undefined && nounWords.length === 1) {
    const kindLabel = c.block !== 'code-text' && noun === '' && labelPart(label, c.headings) !== undefined;
    if (hasWord(label, words.testNouns) && !testCompoundRe.test(label) && (namesNoPart(label) || kindLabel)) return { kind: 'tests.total', subject: subjectOf(figure, label) };
    // "### vectro_cli Tests (11)", "- Fork Support tests (13)": the count alone in a parenthesis after a part's tests counts that part.
    const closed = place !== undefined && closingParenRe.test(place.text.slice(place.end));
    const part = noun === '' && closed && c.block !== 'code-text' ? partBeforeParen(c.before ?? '', words) : undefined;
    if (part !== undefined) return { kind: 'tests.total', subject: { name: part } };
    // "- Serializer Tests: 31" in a list of parts (w69:101–104): the label is a part's tests, as "Serializer tests (31)" is.
    const colonLabel = labelColonRe.test(c.before ?? '');
    const labelled = noun === '' && colonLabel && c.block === 'item' && c.table === undefined ? partOfLabel(label, words) : undefined;
    if (labelled !== undefined) return { kind: 'tests.total', subject: { name: labelled } };
  }
  return undefined;
}

/** The parenthesis closing right after the count: "(13)", not "(501 → 538)" or "(7 → 40%)". */
const closingParenRe = /^\s*\)/;

/** Words of a part, then its test noun, then the parenthesis the count opens: "Fork Support tests (". Group `part`, `noun`. */
const partTestsParenRe = /^(?:[^\p{L}\p{N}]*)(?<part>[\p{L}\p{N}_][\p{L}\p{N}_ .&/-]{0,58}?)\s+(?<noun>[\p{L}]+)\s*\(\s*$/u;

/** The part whose tests the count in the parenthesis after "<part> tests (" counts; undefined for a kind, a status or the whole ("Unit Tests (45)", "Passing Tests (649)"). */
function partBeforeParen(before: string, words: Words): string | undefined {
  const m = partTestsParenRe.exec(before.slice(before.lastIndexOf(':') + 1));
  const part = m?.groups?.part?.trim();
  const noun = m?.groups?.noun ?? '';
  if (part === undefined || !words.testNouns.includes(noun.toLowerCase())) return undefined;
  if (namesNoPart(part) || labelPart(`${part} tests`) !== undefined || statusKind(part, words) !== undefined || findWord(part, categoryWords) !== undefined) return undefined;
  return part;
}

/** The text before a figure ending in a label's colon, maybe closing its emphasis: "- **Parser Specs**: ", "- Encoder Tests: ". */
const labelColonRe = /[:：]\s*[*_]*\s*$|[*_]+\s*[:：]\s*$/;
/** A label that is a part's name and its test noun alone: "Serializer Tests", "Fork Support tests". Groups `part`, `noun`. */
const partTestsLabelRe = /^(?<part>[\p{L}\p{N}_][\p{L}\p{N}_ .&/-]{0,58}?)\s+(?<noun>\p{L}+)$/u;

/** The part whose tests a list item's label "<part> Tests" counts; undefined for a kind, a status or the whole ("Unit Tests", "Passing Tests"). */
function partOfLabel(label: string, words: Words): string | undefined {
  const m = partTestsLabelRe.exec(label.replace(/[*_`]/g, '').trim());
  const part = m?.groups?.part?.trim();
  // "Tests" or "Specs", not "Testing": "**Memory Leak Testing**: 1000-iteration stress tests" names an activity.
  if (part === undefined || !testWordNouns.includes((m?.groups?.noun ?? '').toLowerCase())) return undefined;
  if (part.split(/\s+/).some((word) => testQualityWords.includes(word.toLowerCase()))) return undefined;
  if (namesNoPart(part) || labelPart(`${part} tests`) !== undefined || statusKind(part, words) !== undefined || findWord(part, categoryWords) !== undefined) return undefined;
  return part;
}

/** The words of a noun before its test noun that name a group of tests ("Configuration validation" of "… test"), if any. */
function groupName(nounWords: readonly string[], words: Words): string | undefined {
  const before = nounWords.slice(0, -1).filter((w) => statusKind(w, words) === undefined && findWord(w, categoryWords) === undefined);
  return before.length > 0 ? before.join(' ') : undefined;
}

export default {
  id: 'figure-tests',
  description: 'Counts of tests read from structure: "Tests: 26 passed, 26 total" in a plain-text block, "**Passing (summary):** 9 tests", a status column of a tests table.',
  kinds: ['tests.passed', 'tests.failed', 'tests.skipped', 'tests.errors', 'tests.total'],
  classify,
} satisfies FigureClassifier;
