/**
 * The part a step of work names before its coverage pair: "Expand scheduler
 * tests (7 → 40%)" under "### Remaining Work", "Dashboard coverage increased
 * 5× (5% → 30%)" (408); "Add boundary tests to utils.py (92% → 95%)" names its
 * file, which figure-coverage-pair.ts reads first (204). The words left after
 * the step's verb, the test nouns and the coverage words name the part.
 */
import { measureWords } from './part-title.js';
import { findWord, hasWord, stepVerbs, type Words } from './words.js';

/** Words of a label that say what is measured or of the whole, never which part: "coverage", "overall", "tests". */
const notPartWords: ReadonlySet<string> = new Set([
  ...measureWords, 'covered', 'overall', 'total', 'project', 'system', 'all', 'module', 'modules', 'suite', 'suites', 'from', 'to',
  'by', 'in', 'for', 'on', 'a', 'an', 'with', 'the', 'more', 'additional', 'extra', 'new', 'missing',
]);

/** A word of a name: letters, maybe a hyphen or an apostrophe. */
const wordRe = /\p{L}[\p{L}'’-]*/gu;

/** Whether a word is the past form of a step's verb: "increased", "expanded", "grew". */
function pastForm(word: string): boolean {
  return word === 'grew' || stepVerbs.some((v) => word === `${v}d` || word === `${v}ed`);
}

/**
 * The part named by the label of a coverage pair, when the label is a step of
 * work on tests or coverage (it opens with a verb of `stepVerbs`, or closes with its
 * past form, and names tests or coverage) and one to three words are left for the part;
 * otherwise undefined.
 */
export function pairPart(label: string, words: Words): string | undefined {
  const all = label.match(wordRe) ?? [];
  if (all.length === 0 || all.length > 6) return undefined;
  const lower = all.map((w) => w.toLowerCase());
  // The verb opens the step ("Expand …") or, in its past form, closes it ("… increased"): "coverage boost" is no step.
  const last = lower.length - 1;
  const verbAt = stepVerbs.includes(lower[0] ?? '') ? 0 : pastForm(lower[last] ?? '') ? last : -1;
  if (verbAt < 0) return undefined;
  if (!hasWord(label, words.coverage) && findWord(label, words.testNouns) === undefined) return undefined;
  const kept = all.filter((w, i) => i !== verbAt && !notPartWords.has(w.toLowerCase()) && findWord(w, words.testNouns) === undefined &&
    !hasWord(w, words.coverage) && !stepVerbs.includes(w.toLowerCase()) && !pastForm(w.toLowerCase()));
  return kept.length >= 1 && kept.length <= 3 ? kept.join(' ') : undefined;
}
