/**
 * Whether a table is a coverage report's table: SimpleCov's `File | Lines
 * Covered | Total Lines | Coverage`, coverage.py's `Name | Stmts | Miss |
 * Cover`, a `File | Lines | Coverage` list of untested files. Its columns of
 * line counts count the lines a coverage tool can cover (relevant,
 * executable lines), not the file's length as `wc -l` gives it, and its
 * TOTAL row sums those, not the files' lengths.
 */
import { hasWord, type Words } from './words.js';

/** Headers that name what a coverage tool counts: lines covered, relevant, missed, uncovered. */
const coverageCountWords: readonly string[] = ['relevant', 'missed', 'miss', 'uncovered'];

/**
 * Whether `columns` (every header of the table) hold a column of coverage
 * beside `own` (the header of the figure's column): a coverage percentage
 * ("Coverage", "Cover", "% Lines") or a count of covered, relevant or missed
 * lines. `own` itself may say so too ("Relevant Lines").
 */
export function isCoverageTable(columns: readonly string[], own: string, words: Words): boolean {
  const says = (h: string) => hasWord(h, words.coverage) || hasWord(h, coverageCountWords);
  return says(own) || columns.some((h) => h !== own && says(h));
}
