import type { Figure, Subject } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import { isWord, testCountNouns, wordsSource, type Words } from '../src/figures/words.js';
import { isCategoryWord } from '../src/figures/test-subject.js';

/**
 * "All tests passing" and its kind of tests, then the parenthesis or colon that gives their number: "All tests
 * passing (284 tests)", "✅ All Tests Passing (845)", "All Unit Tests Passing: 150 tests". Group `kind`.
 */
const allPassingLeadRe = /(?:^|[^\p{L}])all\s+(?:(?<kind>[\p{L}][\p{L}-]*)\s+)?(?:tests?|specs?)\s+(?:are\s+|still\s+)?(?:passing|passed|pass|green)[*_\s]*(?::[*_\s]*|\(\s*)$/iu;
/** What may follow the count: its test noun (group `noun`), then the close of the parenthesis, a comma or the end of the line. */
const countEndRe = new RegExp(String.raw`^(?<noun>[^\S\n]+${wordsSource([...testCountNouns, 'example', 'examples'])})?[*_]*\s*(?:\)|,|;|$|\n|\()`, 'i');

/**
 * A count of tests that a line states all pass, right after it says so: the
 * count is the passed count (of the kind of tests it names), not only the
 * suite's size.
 */
function classify(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  if (!place || figure.unit !== 'count' || figure.of !== undefined || !Number.isInteger(figure.value) || figure.qualifier !== 'exact') return undefined;
  const lineStart = place.text.lastIndexOf('\n', place.start - 1) + 1;
  const lead = allPassingLeadRe.exec(place.text.slice(lineStart, place.start));
  const end = lead ? countEndRe.exec(place.text.slice(place.end)) : null;
  if (!lead || !end) return undefined;
  const kind = lead.groups?.kind;
  // "All critical tests passing (1,734)": a kind that is no category of tests names a part this reading cannot measure.
  if (kind !== undefined && !isCategoryWord(kind) && !isWord(kind, ['the', 'our', 'of'])) return undefined;
  const subject: Subject = kind !== undefined && isCategoryWord(kind) ? { category: kind.toLowerCase() } : { scope: 'all' };
  return { kind: 'tests.passed', subject, span: { start: place.start, end: place.end + (end.groups?.noun?.length ?? 0) } };
}

export default {
  id: 'figure-all-passing',
  description: 'A count right after "All tests passing": the passed count ("All tests passing (284 tests)", "✅ All Tests Passing (845)").',
  kinds: ['tests.passed'],
  classify,
  readsClaimed: true,
} satisfies FigureClassifier;
