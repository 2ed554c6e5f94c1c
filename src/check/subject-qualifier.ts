/**
 * The words in parentheses right after a test category and its noun
 * ("Integration Tests (Neo4j)", "the 9 E2E tests (currently deselected)",
 * "E2E Tests (M2.7)"): they narrow the category to a part of it, so two counts
 * of one category with different qualifiers count two subjects. A parenthesis
 * that states a figure or a status ("(12 files)", "(100%)", "(all passing)")
 * narrows nothing: it says something about the same count. The words after a
 * colon narrow it the same way when they name something before the figure
 * ("### Unit Tests: Core (26 tests)" and "### Unit Tests: macOS (22 tests)");
 * a figure or a status after the colon is the count itself ("Unit Tests: 26").
 */
import { englishWords, escapeRegExp } from '../figures/words.js';
import { alternation } from '../figures/language-words.js';

/** Longest first, so "test cases" wins over "test". */
const nounSource = alternation(englishWords.testNouns);
/** Marks that may sit between the words: emphasis, code, hyphens. */
const markSource = String.raw`[\s*_\x60-]*`;
/** A parenthesis that opens on a figure: "(12 files)", "(~80%)", "(< 5 s)". */
const figureRe = /^[~≈<>≥≤+]?\s*\d/;
const statusWords = new Set([...englishWords.passed, ...englishWords.failed, ...englishWords.skipped, ...englishWords.errors, ...englishWords.totals, 'tests', 'test']);
const wordRe = /[\p{L}\p{N}]+/gu;
/** Words after a colon up to a parenthesis or the line's end, opening on a letter: "Unit Tests: Core (26 tests)". */
const colonPartSource = String.raw`:${markSource}(\p{L}[^():\d]*?)${markSource}(?:\(|$)`;

/** The words that narrow: not a figure, not only status words. */
function narrowing(inside: string | undefined): string | undefined {
  if (!inside || figureRe.test(inside)) return undefined;
  const words = inside.match(wordRe) ?? [];
  return words.length > 0 && words.every((w) => statusWords.has(w)) ? undefined : inside;
}

/**
 * The qualifier of `category` on `line`, lower case, or undefined when the
 * category's noun is followed by no parenthesis or by one that only states a
 * figure or a status.
 */
export function qualifierOf(line: string, category: string): string | undefined {
  const lead = String.raw`\b${escapeRegExp(category)}\b${markSource}(?:${nounSource})?${markSource}`;
  const inParentheses = new RegExp(String.raw`${lead}\(([^()]*)\)`, 'i').exec(line)?.[1];
  const afterColon = new RegExp(lead + colonPartSource, 'iu').exec(line)?.[1];
  return narrowing(inParentheses?.trim().toLowerCase()) ?? narrowing(afterColon?.trim().toLowerCase());
}
