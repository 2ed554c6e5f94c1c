import type { ClaimKind, Figure } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import type { TextBlock } from '../src/read/markdown.js';
import { hasWord, isWord, testCountNouns, wordsSource, type Words } from '../src/figures/words.js';
import { categoryWords, metricRowLabel } from '../src/figures/subjects.js';
import { countsNonTests } from '../src/figures/counted-nouns.js';
import { breakdownParts, countsOtherUnits, planned, subjectFor } from './test-count.js';
import { wordsByLanguage } from '../src/figures/language-words.js';
import { cjkLanguages } from '../src/figures/number-forms.js';
import { ageGroup } from '../src/figures/test-subject.js';

/**
 * Words that may stand between a count's test noun and its status: "2 tests are failing", "892 tests still passing",
 * "75 core tests remain passing", "20 existing tests continue passing".
 */
const linkWords: readonly string[] = ['is', 'are', 'was', 'were', 'now', 'all', 'still', 'remain', 'remains', 'continue', 'continues', 'stay', 'stays'];
/**
 * Link words that say a status held on ("75 core tests remain passing"): the count is of the tests in that status, as
 * right before it ("75 core tests passing"), not also the suite's size, as "8 unit tests now pass" is.
 */
const heldWords: readonly string[] = ['still', 'remain', 'remains', 'continue', 'continues', 'stay', 'stays'];
/**
 * The status words a count of tests may end in ("431 passing", "1 fails"), by
 * the kind they give. Colour words and "ok" label a count ("Green: 12"), they
 * do not follow one ("12 green" is anything green).
 */
const statusAfterCount: ReadonlyArray<[string, ClaimKind]> = [
  ['pass', 'tests.passed'], ['passes', 'tests.passed'], ['passing', 'tests.passed'], ['passed', 'tests.passed'],
  ['fail', 'tests.failed'], ['fails', 'tests.failed'], ['failing', 'tests.failed'], ['failed', 'tests.failed'], ['failure', 'tests.failed'], ['failures', 'tests.failed'],
  ['skip', 'tests.skipped'], ['skips', 'tests.skipped'], ['skipped', 'tests.skipped'], ['pending', 'tests.skipped'], ['todo', 'tests.skipped'],
  ['errors', 'tests.errors'], ['errored', 'tests.errors'],
];
/** The status words of the spaced languages of the word table other than English ("pasando", "fallidos", "réussis"). */
const otherStatusWords: ReadonlySet<string> = new Set(Object.entries(wordsByLanguage)
  .filter(([language]) => language !== 'en' && !cjkLanguages.has(language))
  .flatMap(([, w]) => [...w.passed, ...w.failed, ...w.skipped].filter((word) => !word.includes(' ')))
  .filter((word) => !statusAfterCount.some(([status]) => status === word)));
/** Statuses that count other things as often as tests ("422 errors", "5 failures", "3 pending"): tests must be named around them. */
const bareStatuses: readonly string[] = ['errors', 'errored', 'failure', 'failures', 'fails', 'todo', 'pending'];
/** Verb forms of a status that need their subject named around them: "of which 10 pass, 1 fails". */
const verbStatuses: readonly string[] = ['fails', 'skips', 'passes'];

/**
 * Words between a count and its status or test noun that say how, never which
 * tests: "4 minor failures", "15 intentionally skipped", "877 comprehensive
 * tests", "6 sample tests passing". A kind ("unit") or a change ("new", "added") is no such word.
 */
export const mannerWords: readonly string[] = [
  'minor', 'major', 'known', 'expected', 'unexpected', 'intentionally', 'intentional', 'deliberately', 'comprehensive', 'remaining',
  'pre-existing', 'preexisting', 'existing', 'genuine', 'legitimate', 'individual', 'distinct', 'unique', 'sample', 'example',
];
/** At most this many manner words stand before the status or noun. */
const mannerLimit = 2;
/**
 * Manner words that praise a suite: "with 284 comprehensive tests", "✅ **21 comprehensive tests** covering:". A
 * count so praised is the size of the suite (or of the part its line names), as a table or a label would say.
 */
const praiseWords: readonly string[] = ['comprehensive'];

/** No letter, digit, separator or sign right before a count: "+10 tests" is a change, "v1.2" a version, "9/12" a ratio. */
const countLeadRe = /[\w.,/+-]/;
/** Whether such a character stands right before `start`: the one character tested, not the whole text before it. */
const countLeadBefore = (text: string, start: number): boolean => start > 0 && countLeadRe.test(text.charAt(start - 1));
/** The next word after a figure or a word, on the same line first: group `word` (a plural mark kept: "test(s)"). */
const nextWordRe = /(?<space>[^\S\n]+|\s+(?=\S))(?<word>\p{L}[\p{L}\p{N}-]*(?:\(s\))?)/uy;
const digitRe = /\d/;
/** Words near a count that say tests are meant, not HTTP errors or login failures. */
/** The statuses after a ratio that make its left side the passed count: "431/444 passing". */
const passWords: readonly string[] = ['pass', 'passing', 'passed'];
const testContextWords: readonly string[] = ['test', 'tests', 'passing', 'passed', 'failing', 'failed'];

/** Nouns after a test noun that make it a compound ("test files", "test suites"): not a count of tests. */
const compoundNouns: readonly string[] = [
  'file', 'files', 'suite', 'suites', 'module', 'modules', 'rate', 'issue', 'issues', 'problem', 'problems', 'fixes', 'updates', 'changes',
  'script', 'scripts', 'plan', 'plans', 'pattern', 'patterns', 'helper', 'helpers', 'fixture', 'fixtures', 'infrastructure', 'coverage',
  'package', 'packages', 'run', 'runs', 'command', 'commands', 'result', 'results', 'report', 'reports', 'log', 'logs', 'directories',
  'folders', 'categories', 'types', 'framework', 'frameworks', 'environment', 'environments', 'scenario', 'scenarios', 'step', 'steps',
  'phase', 'phases', 'sheet', 'sheets',
];
/** Words before a count of tests that make it a change to the suite, not its size: "added 12 tests". */
const changeWords: readonly string[] = ['add', 'adds', 'added', 'adding', 'new', 'wrote', 'written', 'created', 'removed', 'deleted', 'more', 'fewer', 'extra'];
/** A status right before a count of tests labels it: "Passing: 12 tests", "failed 3 tests". Group `status`. */
const statusLeadRe = /(?<status>pass(?:ing|ed)|fail(?:ing|ed|ures?)|skipped|errors)\**\s*:?\s*\**\s*$/i;
/** A status label that opens the block: "Passing: 74 test files, 1255 tests". Group `status`. */
const blockLabelRe = /^\s*(?<status>pass(?:ing|ed)|fail(?:ing|ed)|skipped)\s*:(?=[^:]*$)/i;
/** The end of a label right before a count: "**Before**: ", "Tests:". */
const labelEndRe = /:\**\s*\**\s*$/;
/** Nothing but marks to the end of the line: "Zero tests  ", "Zero tests**". */
const lineEndRe = /^[^\p{L}\p{N}\n]*(?:\n|$)/u;
/** Words before a bare "N tests" that make it a statement about the suite. */
const suiteLeadRe = /(?:\(\s*|[-–—:]\s*|\b(?:total|ran|run|executed|suite|of|has|have|contains?)\b[^.;]{0,20})$/i;
/** A heading's parenthesis that lists figures of what it names: "### tests/unit/test_readiness.py (717 lines, 72 tests)". */
const headingParenListRe = /\([^()]*,\s*$/;
/** The parenthesis closing right after the tests: the count is the last fact the parenthesis lists. */
const parenCloseRe = /^\s*\)/;

/**
 * Whether the count is one of the facts a parenthesis lists about what stands before it: in a heading anywhere in the
 * list ("### tests/unit/test_readiness.py (717 lines, 72 tests)"); in a paragraph, the heading of a `**Label:**` line,
 * as the list's last fact, which closes it ("**Previous checkpoint:** 7fe7c67 (Sprint 3a — GapDetectionEngine, 627
 * tests)", 104:6). A list item's parenthesis ("- Comprehensive unit tests (2,404 lines, 100 tests)", 202:231) is left
 * to the readers of items: its tests are often the ones an earlier line counted.
 */
function parenListed(block: TextBlock, lead: string, after: string): boolean {
  return headingParenListRe.test(lead) && (block.kind === 'heading' || (block.kind === 'paragraph' && block.item !== true && parenCloseRe.test(after)));
}
/** A count and up to four words ending a text, right before a parenthesis: group `num`. */
const trailingCountRe = /(?<![\w.,/+-])(?<num>[~≈]?\d[\d,]*\+?)(?:[^\S\n]+\p{L}[\p{L}()-]*){1,4}\s*$/u;

/** A test noun right after a count: "10 tests", "28 specs". */
const testNounNextRe = new RegExp(String.raw`^[^\S\n]+(?:${wordsSource(mannerWords)}[^\S\n]+){0,${mannerLimit}}${wordsSource(testCountNouns)}\b`, 'i');
/** The text before a ratio that says it counts tests. */
const testLeadRe = /\btests?\b[^.;|]{0,30}$/i;
/** A status word closest before a ratio, in its clause: "Failing Tests (2/24)". Group `status`. */
const ratioStatusLeadRe = /\b(?<status>passing|passed|failing|failed|errors?|skipped)\b(?:\s+tests?)?\**\s*:?\s*\(?\s*$/i;

/** The words read after a figure: `[start, end)` of each in the block's text. */
interface Word {
  text: string;
  end: number;
}

/** Most words `wordsAfter` is asked for. */
const mostWordsAfter = 7;
/** The words read last: both readings of a figure ask for the words after it. */
let lastRead: { text: string; from: number; words: Word[] } | undefined;

/** Up to `n` words after `from` in `text`, the first on the figure's own line. */
function wordsAfter(text: string, from: number, n: number): Word[] {
  if (lastRead === undefined || lastRead.from !== from || lastRead.text !== text) lastRead = { text, from, words: readWordsAfter(text, from) };
  return n >= lastRead.words.length ? lastRead.words : lastRead.words.slice(0, n);
}

function readWordsAfter(text: string, from: number): Word[] {
  const found: Word[] = [];
  for (let at = from; found.length < mostWordsAfter; ) {
    nextWordRe.lastIndex = at;
    const m = nextWordRe.exec(text);
    if (!m?.groups?.word) break;
    if (found.length === 0 && (m.groups.space ?? '').includes('\n')) break;
    at += m[0].length;
    found.push({ text: m.groups.word, end: at });
  }
  return found;
}

/** The word as the lists hold it: lower case, a plural mark read as the plural ("test(s)" → "tests"). */
const plain = (word: string) => word.toLowerCase().replace(/\(s\)$/, 's');

/**
 * A count followed by its status, maybe through what it counts: "431
 * passing", "2 FAILING", "25 integration tests passing", "222 total tests
 * passing", "892 tests still passing", "129 unit test(s) failing". Read word
 * by word: [total] [kind of tests] [test noun] [link word…] status.
 */
function readStatusAfter(figure: Figure, place: FigurePlace, words: Words): { kind: ClaimKind; total: boolean; category?: string; noun: boolean; links: number; status: string; end: number } | undefined {
  const after = wordsAfter(place.text, place.end, 6);
  let i = 0;
  const next = () => plain(after[i]?.text ?? '');
  // "total" only before what it totals: "222 total tests passing", "650+ total unit tests passing".
  const totalAt = next() === 'total' ? i : -1;
  if (totalAt >= 0) i++;
  for (let n = 0; n < mannerLimit && isWord(next(), mannerWords); n++) i++;
  let category: string | undefined;
  if (isWord(next(), categoryWords)) category = after[i++]?.text;
  let noun = false;
  if (isWord(next(), words.testNouns) && next() !== 'testing') {
    noun = true;
    i++;
    // "test cases"
    if (next() === 'cases' || next() === 'case') i++;
  }
  if (totalAt >= 0 && !noun) return undefined;
  let links = 0;
  while (links < 2 && isWord(next(), linkWords)) {
    links++;
    i++;
  }
  const statusWord = after[i];
  const status = next();
  const kind = statusAfterCount.find(([word]) => word === status)?.[1];
  // "95 passing rate" names a rate, not a count.
  if (!statusWord || !kind || plain(wordsAfter(place.text, statusWord.end, 1)[0]?.text ?? '') === 'rate') return undefined;
  // A decimal count is a section number or a version ("1.2 tests").
  if (figure.precision > 0 || !Number.isInteger(figure.value) || (figure.range && !Number.isInteger(figure.range[1]))) return undefined;
  return { kind, total: totalAt >= 0, ...(category !== undefined ? { category } : {}), noun, links, status, end: statusWord.end };
}

/**
 * A count followed by the tests it counts, and no status: "444 tests total",
 * "444 total tests", "25 integration tests", "100 test", "25-30 test cases".
 * Read word by word: [total] [kind of tests] test noun [[in] total], not
 * followed by a compound ("12 test files") or a status (read above).
 */
function readTestsAfter(text: string, end: number, words: Words): { category?: string; explicitTotal: boolean; praised?: true; end: number } | undefined {
  const after = wordsAfter(text, end, 7);
  let i = 0;
  const next = () => plain(after[i]?.text ?? '');
  const totalBefore = next() === 'total';
  if (totalBefore) i++;
  let praised = false;
  for (let n = 0; n < mannerLimit && isWord(next(), mannerWords); n++) {
    praised ||= isWord(next(), praiseWords);
    i++;
  }
  let category: string | undefined;
  if (isWord(next(), categoryWords)) category = after[i++]?.text;
  if (!(isWord(next(), words.testNouns) && next() !== 'testing')) return undefined;
  const noun = next();
  i++;
  // "test cases", "test case"
  if ((noun === 'test' || noun === 'tests') && (next() === 'cases' || next() === 'case')) i++;
  let stop = after[i - 1]?.end ?? end;
  // "431 tests total", "431 tests in total"
  let totalAfter = false;
  if (next() === 'total') totalAfter = true;
  else if (next() === 'in' && plain(after[i + 1]?.text ?? '') === 'total') {
    i++;
    totalAfter = true;
  }
  if (totalAfter) stop = after[i++]?.end ?? stop;
  // "12 test files", "3 test assertion issues": a compound names other things; "12 tests passing" is read as a status.
  const following = [next(), plain(after[i + 1]?.text ?? '')];
  const through = ['assertion', 'assertions', 'spec', 'specs', 'case', 'cases'].includes(following[0] ?? '') ? following[1] : following[0];
  if (!totalAfter && (compoundNouns.includes(through ?? '') || compoundNouns.includes(following[0] ?? ''))) return undefined;
  // A status through words that say it held on is one too: "75 core tests remain passing".
  let status = i;
  while (status < i + 2 && isWord(plain(after[status]?.text ?? ''), heldWords)) status++;
  const statusWord = plain(after[status]?.text ?? '');
  if (!totalAfter && statusAfterCount.some(([w]) => w === statusWord) && nextWordOnLine(text, stop)) return undefined;
  // "538 tests pasando": a status in another language of the word table, read with its language (latin-counts.ts).
  if (!totalAfter && otherStatusWords.has(statusWord) && nextWordOnLine(text, stop)) return undefined;
  return { ...(category !== undefined ? { category } : {}), explicitTotal: totalBefore || totalAfter, ...(praised ? { praised: true as const } : {}), end: stop };
}

/** Whether a word follows `at` in `text` right after spaces on the same line (not past punctuation). */
function nextWordOnLine(text: string, at: number): boolean {
  return /^[^\S\n]*\p{L}/u.test(text.slice(at));
}

/** The test count a figure's parenthesis follows, when the parenthesis is that count's parts: "66+ tests (58 frontend + 8 backend)". */
function breakdownPart(place: FigurePlace, words: Words): { subject: Classification['subject']; start: number; end: number } | undefined {
  const paren = place.text.lastIndexOf('(', place.start);
  if (paren < 0 || place.text.slice(paren, place.start).includes(')')) return undefined;
  const total = trailingCountRe.exec(place.text.slice(0, paren));
  if (!total?.groups?.num) return undefined;
  const numEnd = total.index + total[0].indexOf(total.groups.num) + total.groups.num.length;
  const read = readTestsAfter(place.text, numEnd, words);
  if (!read || place.text.slice(read.end, paren).trim() !== '') return undefined;
  return breakdownParts(place.text, read.end).find((part) => part.start === place.numStart);
}

/**
 * A ratio of tests: "431/444 tests passing", "1255/1257 passing", "182/191
 * non-session tests", "7 of 9 tests pass", "Failing Tests (2/24)". The left
 * side counts what the status after it or the label before it names (passed
 * by default), the right side is the total.
 */
function classifyRatio(figure: Figure, words: Words, place: FigurePlace): Classification | undefined {
  const total = figure.of;
  if (total === undefined || !digitRe.test(figure.text) || figure.precision > 0 || figure.value > total) return undefined;
  if (countLeadBefore(place.text, place.start) || /^[\d/]/.test(place.text.slice(place.end))) return undefined;
  // [a word or a kind of tests] test noun, then [all] pass…
  const after = wordsAfter(place.text, place.end, 4);
  let i = 0;
  const next = () => plain(after[i]?.text ?? '');
  let end = place.end;
  let category: string | undefined;
  let named = false;
  const isNoun = (w: string) => isWord(w, words.testNouns) && w !== 'testing';
  const nounAt = isNoun(next()) ? 0 : isNoun(plain(after[1]?.text ?? '')) ? 1 : -1;
  if (nounAt >= 0) {
    if (nounAt === 1 && isWord(next(), categoryWords)) category = after[0]?.text;
    const following = plain(after[nounAt + 1]?.text ?? '');
    if (!compoundNouns.includes(following)) {
      named = true;
      i = nounAt + 1;
      end = after[nounAt]?.end ?? end;
    }
  }
  const statusAt = next() === 'all' ? i + 1 : i;
  const status = passWords.includes(plain(after[statusAt]?.text ?? '')) && after[statusAt] ? (end = after[statusAt].end, true) : false;
  const block = place.block;
  // In a "Metric | Value" table the row's label leads the cell: "| Passing Tests | 66/66 (100%) |".
  const lead = `${metricRowLabel(block.context) ?? ''} ${place.text.slice(Math.max(0, place.start - 60), place.start)}`.trim();
  const aboutTests = status || named || (testLeadRe.test(lead) && /pass|fail|error|skip/i.test(lead));
  if (!aboutTests || countsOtherUnits(block, place.start)) return undefined;
  const subject = resultSubject(subjectFor(block, category, place.start), place);
  // "Failing Tests (2/24)": the left side counts what the label names.
  const leadStatus = status ? undefined : ratioStatusLeadRe.exec(lead)?.groups?.status?.toLowerCase();
  const partKind = statusAfterCount.find(([w]) => w === leadStatus)?.[1] ?? (leadStatus === 'error' ? 'tests.errors' : 'tests.passed');
  const denominator = place.text.slice(place.start, place.end).search(/\d[\d,]*\s*$/);
  const totalStart = denominator < 0 ? place.start : place.start + denominator;
  return { kind: partKind, subject, span: { start: place.start, end }, also: [{ kind: 'tests.total', subject, value: total, span: { start: totalStart, end } }] };
}

function classify(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  // "150+ assertions", "12 assertions failing": what tests check, not tests (counted-nouns.ts).
  if (place && countsNonTests(place.text, place.end, categoryWords)) return undefined;
  if (place && figure.unit === 'ratio' && figure.of !== undefined) return classifyRatio(figure, words, place);
  const status = classifyStatus(figure, words, place);
  const total = classifyTotal(figure, words, place);
  // "8 unit tests now pass": the passed count and the count of tests.
  if (status && total && status.kind !== total.kind && !(status.also ?? []).some((c) => c.kind === total.kind)) return { ...status, also: [...(status.also ?? []), total] };
  return status ?? total;
}

/** "431 tests total", "25 integration tests", "(12 tests)": a count of tests where its place says it is the suite's size. */
function classifyTotal(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  if (!place || figure.unit !== 'count' || figure.of !== undefined) return undefined;
  const inWords = !digitRe.test(figure.text);
  // A count in words is read only as the whole value of a label (below), not in prose ("one test file", "One test hangs").
  if (inWords && (place.block.context.table !== undefined || !labelEndRe.test(place.text.slice(0, place.start)))) return undefined;
  const block = place.block;
  if (planned(block)) return undefined;
  const part = breakdownPart(place, words);
  if (part) return { kind: 'tests.total', subject: part.subject, span: { start: part.start, end: part.end } };
  if (countLeadBefore(place.text, place.start)) return undefined;
  const read = readTestsAfter(place.text, place.end, words);
  if (!read || figure.precision > 0 || !Number.isInteger(figure.value) || (figure.range && !Number.isInteger(figure.range[1]))) return undefined;
  // "**Before**: Zero tests": the label's whole value, nothing said of the tests after it.
  if (inWords && !lineEndRe.test(place.text.slice(read.end))) return undefined;
  // "Requests: 10 tests" in a tree of parts: a label of other things names the part when tests follow the count itself.
  if (countsOtherUnits(block, place.start) && !testNounNextRe.test(place.text.slice(place.end))) return undefined;
  const lead = place.text.slice(Math.max(0, place.start - 40), place.start);
  const labelled = statusLeadRe.exec(lead) ?? blockLabelRe.exec(place.text.slice(0, place.start));
  let kind: ClaimKind = 'tests.total';
  if (labelled) kind = statusAfterCount.find(([w]) => w === (labelled.groups?.status ?? '').toLowerCase())?.[1] ?? 'tests.total';
  else if (wordsOf(lead.slice(-25)).some((w) => changeWords.includes(w))) return undefined;
  // A bare "12 tests" is the suite's size only when its place says so: a table, a parenthesis, a label.
  else if (!read.explicitTotal && read.category === undefined && !praisedSuite(read, place.text) && !suiteLeadRe.test(lead) && !parenListed(block, lead, place.text.slice(read.end)) && block.context.table === undefined && !wholeItem(place, read.end)) return undefined;
  return { kind, subject: subjectFor(block, read.category, place.start), span: { start: place.start, end: read.end } };
}

/** Whether a count its words praise states the suite's size: not when the words after it say the tests were added ("12 comprehensive tests were added"). */
function praisedSuite(read: { praised?: true; end: number }, text: string): boolean {
  return read.praised === true && !wordsOf(text.slice(read.end, read.end + 25)).some((w) => changeWords.includes(w));
}

/** Whether the count and its tests are a list item's whole text ("- 877 comprehensive tests"): the item states the count alone. */
function wholeItem(place: FigurePlace, end: number): boolean {
  return place.block.item === true && place.text.slice(0, place.start).trim() === '' && place.text.slice(end).trim() === '';
}

/** The words of a text, lower case. */
const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}_]+/u).filter((w) => w !== '');

function classifyStatus(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  // Digits only: a count in words ("zero failures") is read by test-count's word forms.
  if (!place || figure.unit !== 'count' || figure.of !== undefined || !digitRe.test(figure.text)) return undefined;
  if (countLeadBefore(place.text, place.start)) return undefined;
  const read = readStatusAfter(figure, place, words);
  if (!read) return undefined;
  const block = place.block;
  const matched = place.text.slice(place.start, read.end);
  // "returns 422 errors", "lockout after 5 failures", "of which 10 pass, 1 fails": tests must be named around them.
  const bare = bareStatuses.includes(read.status) && !read.noun;
  const elided = !read.noun && (read.links > 0 || verbStatuses.includes(read.status));
  if (bare || elided) {
    const around = place.text.slice(Math.max(0, place.start - 60), read.end + 30).replace(matched, '');
    // In a table the row names what the cell counts: "| **Unit Tests** | … | 10 minor failures |".
    const row = block.context.table?.row ?? '';
    if (!hasWord(around, testContextWords) && !hasWord(row, testContextWords)) return undefined;
  }
  if (countsOtherUnits(block, place.start, read.end) || planned(block)) return undefined;
  const subject = resultSubject(subjectFor(block, read.category, place.start), place);
  const span = { start: place.start, end: read.end };
  const claim: Classification = { kind: read.kind, subject, span };
  return read.total ? { ...claim, also: [{ kind: 'tests.total', subject, span }] } : claim;
}

/** A pass result's subject: the tests an age word before its count names ("All original 892 tests still passing"), else `subject`. */
function resultSubject(subject: Classification['subject'], place: FigurePlace): Classification['subject'] {
  return 'scope' in subject ? ageGroup(place.text, place.start) ?? subject : subject;
}

export default {
  id: 'figure-test-status',
  description: 'Counts of tests by the words after them: a status ("431 passing", "25 integration tests passing", "2 FAILING"), or tests where the place says it is the suite\'s size ("444 tests total", "25 integration tests", "(12 tests)").',
  kinds: ['tests.passed', 'tests.failed', 'tests.skipped', 'tests.errors', 'tests.total'],
  classify,
  readsClaimed: true,
} satisfies FigureClassifier;
