import type { ClaimKind, Figure } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import { isWord, type Words } from '../src/figures/words.js';
import { categoryWords } from '../src/figures/subjects.js';
import { countsOtherUnits, planned, subjectFor } from './test-count.js';

/** Assertions are counted as tests are: "12 assertions failing". */
const assertionNouns: readonly string[] = ['assertion', 'assertions'];
/** Words that may stand between a count's test noun and its status: "2 tests are failing", "892 tests still passing". */
const linkWords: readonly string[] = ['is', 'are', 'was', 'were', 'now', 'all', 'still'];
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
/** Statuses that count other things as often as tests ("422 errors", "5 failures", "3 pending"): tests must be named around them. */
const bareStatuses: readonly string[] = ['errors', 'errored', 'failure', 'failures', 'fails', 'todo', 'pending'];
/** Verb forms of a status that need their subject named around them: "of which 10 pass, 1 fails". */
const verbStatuses: readonly string[] = ['fails', 'skips', 'passes'];

/** No letter, digit, separator or sign right before a count: "+10 tests" is a change, "v1.2" a version, "9/12" a ratio. */
const countLeadRe = /[\w.,/+-]$/;
/** The next word after a figure or a word, on the same line first: group `word` (a plural mark kept: "test(s)"). */
const nextWordRe = /^(?<space>[^\S\n]+|\s+(?=\S))(?<word>\p{L}[\p{L}\p{N}-]*(?:\(s\))?)/u;
const digitRe = /\d/;
/** A status that names a rate, not a count: "95 passing rate". */
const rateAfterRe = /^\s*rate\b/i;
/** Words near a count that say tests are meant, not HTTP errors or login failures. */
const testContextRe = /\btests?\b|\bpass(?:ing|ed)\b|\bfail(?:ing|ed)\b/i;

/** The words read after a figure: `[start, end)` of each in the block's text. */
interface Word {
  text: string;
  end: number;
}

/** Up to `n` words after `from` in `text`, the first on the figure's own line. */
function wordsAfter(text: string, from: number, n: number): Word[] {
  const found: Word[] = [];
  for (let at = from; found.length < n; ) {
    const m = nextWordRe.exec(text.slice(at));
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
  let category: string | undefined;
  if (isWord(next(), categoryWords)) category = after[i++]?.text;
  let noun = false;
  if (isWord(next(), words.testNouns) && next() !== 'testing' || isWord(next(), assertionNouns)) {
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
  if (!statusWord || !kind || rateAfterRe.test(place.text.slice(statusWord.end))) return undefined;
  // A decimal count is a section number or a version ("1.2 tests").
  if (!Number.isInteger(figure.value) || (figure.range && !Number.isInteger(figure.range[1]))) return undefined;
  return { kind, total: totalAt >= 0, ...(category !== undefined ? { category } : {}), noun, links, status, end: statusWord.end };
}

function classify(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  // Digits only: a count in words ("zero failures") is read by test-count's word forms.
  if (!place || figure.unit !== 'count' || figure.of !== undefined || !digitRe.test(figure.text)) return undefined;
  if (countLeadRe.test(place.text.slice(0, place.start))) return undefined;
  const read = readStatusAfter(figure, place, words);
  if (!read) return undefined;
  const block = place.block;
  const matched = place.text.slice(place.start, read.end);
  // "returns 422 errors", "lockout after 5 failures", "of which 10 pass, 1 fails": tests must be named around them.
  const bare = bareStatuses.includes(read.status) && !read.noun;
  const elided = !read.noun && (read.links > 0 || verbStatuses.includes(read.status));
  if (bare || elided) {
    const around = place.text.slice(Math.max(0, place.start - 60), read.end + 30).replace(matched, '');
    if (!testContextRe.test(around)) return undefined;
  }
  if (countsOtherUnits(block, place.start, read.end) || planned(block)) return undefined;
  const subject = subjectFor(block, read.category, place.start);
  const span = { start: place.start, end: read.end };
  const claim: Classification = { kind: read.kind, subject, span };
  return read.total ? { ...claim, also: [{ kind: 'tests.total', subject, span }] } : claim;
}

export default {
  id: 'figure-test-status',
  description: 'Counts of tests followed by their status: "431 passing", "25 integration tests passing", "222 total tests passing", "2 FAILING".',
  kinds: ['tests.passed', 'tests.failed', 'tests.skipped', 'tests.errors', 'tests.total'],
  classify,
  readsClaimed: true,
} satisfies FigureClassifier;
