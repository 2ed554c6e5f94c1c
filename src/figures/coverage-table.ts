/**
 * Whether a table is a coverage report's table: SimpleCov's `File | Lines
 * Covered | Total Lines | Coverage`, coverage.py's `Name | Stmts | Miss |
 * Cover`. Its columns of line counts count the lines a coverage tool can
 * cover (relevant, executable lines), not the file's length as `wc -l` gives
 * it, and its TOTAL row sums those, not the files' lengths.
 */
import { hasWord } from './words.js';

/** Headers that name what a coverage tool counts: lines covered, relevant, missed, uncovered. */
const coverageCountWords: readonly string[] = ['covered', 'relevant', 'missed', 'miss', 'uncovered'];

/**
 * Whether `columns` (every header of the table) or `own` (the header of the
 * figure's column) name lines a coverage tool counts: "Lines Covered",
 * "Relevant Lines", "Miss". A coverage percentage alone beside a Lines
 * column says nothing of it: `File | Lines | Coverage` tables give files'
 * lengths as often as their coverable lines.
 */
export function isCoverageTable(columns: readonly string[], own: string): boolean {
  return [own, ...columns].some((h) => namesCoverableCount(h));
}

/** Whether a column header names lines a coverage tool counts: "Lines Covered", "Relevant Lines", "Miss". */
export function namesCoverableCount(header: string): boolean {
  return hasWord(header, coverageCountWords);
}
