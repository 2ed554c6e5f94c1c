/**
 * Counted nouns that stand beside test words but are not tests: a test holds
 * any number of assertions, so "150+ assertions" or "12 assertions failing"
 * says nothing a runner's test count can confirm or refute. A count of them
 * is left a figure, never read as a count of tests.
 */

/** Nouns of what a test checks, not of tests: "150+ assertions", "25 assertions debiles", "40 expectations". */
export const nonTestNouns: readonly string[] = ['assertion', 'assertions', 'assert', 'asserts', 'expectation', 'expectations'];

/** The first word after a figure on its line, past a closing mark: group `word`. */
const wordAfterRe = /[^\S\n]*[)\]*_]*[^\S\n]*(?<word>\p{L}[\p{L}\p{N}-]*)/uy;

/** The match of `wordAfterRe` at `at` of `text`: read in place, not from a copy of the rest of the text. */
function wordAt(text: string, at: number): RegExpExecArray | null {
  wordAfterRe.lastIndex = at;
  return wordAfterRe.exec(text);
}

/** Words of tests that, before a unit of code, make it the tests' code: "~5,000 test lines" counts lines, not tests. */
const testAdjectives: readonly string[] = ['test', 'tests', 'spec', 'specs'];
const codeUnitNouns: readonly string[] = ['lines', 'line', 'loc', 'sloc'];

/** Whether the figure ending at `end` of `text` counts a non-test noun ("150+ assertions"), maybe after a kind ("25 unit assertions"), or the tests' lines ("5,000 test lines"). */
export function countsNonTests(text: string, end: number, kinds: readonly string[] = []): boolean {
  const first = wordAt(text, end);
  const word = first?.groups?.word?.toLowerCase();
  if (word === undefined || first === null) return false;
  if (nonTestNouns.includes(word)) return true;
  const second = wordAt(text, end + first[0].length)?.groups?.word?.toLowerCase();
  if (second === undefined) return false;
  if (testAdjectives.includes(word) && codeUnitNouns.includes(second)) return true;
  return kinds.includes(word) && nonTestNouns.includes(second);
}
