import type { ClaimKind, Figure, Subject } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import { isWord, type Words } from '../src/figures/words.js';
import { categoryWords, rowSubject } from '../src/figures/subjects.js';
import { ownLabelOf } from '../src/figures/classify.js';
import { testsLabelPart } from '../src/figures/rate-part.js';
import { kindAfterPart } from '../src/figures/test-subject.js';
import { isSuiteRate } from './test-rate.js';

/** The words that make a percentage a rate of tests when "rate" follows them ("97.1% pass rate"), by the kind they give. */
const rateWords: ReadonlyArray<[string, ClaimKind]> = [
  ['pass', 'tests.passRate'], ['passing', 'tests.passRate'], ['success', 'tests.passRate'],
  ['fail', 'tests.failRate'], ['failing', 'tests.failRate'], ['failure', 'tests.failRate'],
];
/** The statuses that make a percentage a rate by themselves ("95.3% passing", "3% failing"), by the kind they give. */
const statusWords: ReadonlyArray<[string, ClaimKind]> = [['passing', 'tests.passRate'], ['failing', 'tests.failRate']];
/** Words of "100% of all the tests passing" between the figure and its status. */
const ofTestsWords: readonly string[] = ['of', 'all', 'the', 'tests'];

/** A count of passing tests in a parenthesis right after a figure: " (75/75 passing)", " (42/50 unit tests passing)". */
const passingShareRe = /^\s*\(\s*(?<passed>\d[\d,]*)\s*\/\s*(?<total>\d[\d,]*)\s+(?:(?<kind>[a-z][a-z-]*)\s+)?(?:tests?\s+)?(?:passing|passed)\s*\)/i;

/** Whether a percentage is the share of passed among total, as written to its precision. */
function sameShare(figure: Figure, groups: Record<string, string | undefined>): boolean {
  const passed = Number((groups.passed ?? '').replace(/,/g, ''));
  const total = Number((groups.total ?? '').replace(/,/g, ''));
  if (!(total > 0) || passed > total) return false;
  return Math.abs((100 * passed) / total - figure.value) <= 0.5 * 10 ** -figure.precision + 1e-9;
}

/** No letter, digit or separator right before the figure: "v1.95%" is no rate. */
const figureLeadRe = /[\w.,]/;
/** The next word after a position, on the same line: group `word`. */
const nextWordRe = /^(?<space>[^\S\n]+)(?<word>\p{L}[\p{L}\p{N}-]*)/u;

/** Up to `n` words right after `from` in `text`, each with its end. */
function wordsAfter(text: string, from: number, n: number): Array<{ text: string; start: number; end: number }> {
  const found: Array<{ text: string; start: number; end: number }> = [];
  for (let at = from; found.length < n; ) {
    const m = nextWordRe.exec(text.slice(at));
    if (!m?.groups?.word) break;
    found.push({ text: m.groups.word.toLowerCase(), start: at + (m.groups.space ?? '').length, end: at + m[0].length });
    at += m[0].length;
  }
  return found;
}

/**
 * A percentage followed by the words of a rate of tests: "97.1% pass rate",
 * "99.8% test pass rate", "100% Unit Test Pass Rate", "2.9% failure rate"
 * (whose suite's rate the words before "rate" say), or by a status: "95.3%
 * passing", "100% of tests passing". Read word by word after the figure.
 */
function classify(figure: Figure, _words: Words, place?: FigurePlace): Classification | undefined {
  // "90%+ passing" after an arrow is a bound of a change, left unread as the phrase extractor left it.
  if (!place || figure.unit !== 'percent' || figure.context.sign !== undefined || !figure.text.endsWith('%')) return undefined;
  if (place.start > 0 && figureLeadRe.test(place.text.charAt(place.start - 1))) return undefined;
  const after = wordsAfter(place.text, place.end, 6);
  const block = place.block;
  // [kind of tests] [test|tests] rate-word "rate"
  let i = 0;
  const category = isWord(after[i]?.text ?? '', categoryWords) ? after[i++]?.text : undefined;
  if (after[i]?.text === 'test' || after[i]?.text === 'tests') i++;
  const rate = after[i];
  const rateKind = rateWords.find(([w]) => w === rate?.text)?.[1];
  if (rate && rateKind && after[i + 1]?.text === 'rate') {
    if (!isSuiteRate(place.text.slice(Math.max(0, rate.start - 40), rate.start), rate.text, block.context.headings)) return undefined;
    const end = after[i + 1]?.end ?? rate.end;
    // "100% pass rate on core tests": the kind may also follow the rate.
    return { kind: rateKind, subject: subjectOf(category ?? kindAfterPart(place.text.slice(end))?.category, figure, block.context), span: { start: place.start, end } };
  }
  // "100% (75/75 passing)", "84% (42/50 tests passing)": the share of a count of passing tests, as the count gives it, is their rate.
  const share = passingShareRe.exec(place.text.slice(place.end));
  if (share?.groups && sameShare(figure, share.groups)) {
    const kind = share.groups.kind !== undefined && isWord(share.groups.kind, categoryWords) ? share.groups.kind.toLowerCase() : undefined;
    return { kind: 'tests.passRate', subject: subjectOf(kind, figure, block.context), span: { start: place.start, end: place.end } };
  }
  // [of [all] [the] tests] passing|failing
  let j = 0;
  if (after[0]?.text === 'of') {
    j = 1;
    while (j < 4 && ofTestsWords.includes(after[j]?.text ?? '') && after[j]?.text !== 'of') j++;
    if (after[j - 1]?.text !== 'tests') return undefined;
  }
  const status = after[j];
  const statusKind = statusWords.find(([w]) => w === status?.text)?.[1];
  if (!status || !statusKind) return undefined;
  return { kind: statusKind, subject: subjectOf(undefined, figure, block.context), span: { start: place.start, end: status.end } };
}

/**
 * A kind of tests the rate's words name, else the kind its own label names ("Core Unit Tests (100% passing)",
 * "### Unit Tests (95.3% passing)"), else the row it stands in, else all.
 */
function subjectOf(category: string | undefined, figure: Figure, context: FigurePlace['block']['context']): Subject {
  if (category !== undefined) return { category };
  // A label naming tests by their noun; "Zero-regression testing: 100% pass rate" names a practice, not a kind of tests.
  const label = ownLabelOf(figure);
  return testsLabelPart(label) ?? rowSubject(context) ?? { scope: 'all' };
}

export default {
  id: 'figure-test-rate',
  description: 'Pass and failure rates read from the words after a percentage: "97.1% pass rate", "100% test success rate", "95.3% passing".',
  kinds: ['tests.passRate', 'tests.failRate'],
  classify,
  readsClaimed: true,
} satisfies FigureClassifier;
