/**
 * The words of a table's headers that make a percentage column each row's
 * share of a column of counts ("| Count | Percentage |"), shared by the
 * classifier that reads such cells and the relation that judges them.
 */
import { hasWord } from './words.js';

/**
 * Headers of a column whose percentages are each row's share of a whole:
 * "Percentage", "Share", "% of Total". A rate ("Pass Rate"), a coverage or a
 * score column is not one: those percentages are of something inside the row.
 */
export const shareHeaderWords = ['percentage', 'percent', 'share', 'proportion', '% of total', 'of total', 'pct'] as const;
/** A header that is the sign alone: "%". */
const percentSignHeaderRe = /^\W*%\W*$/;
/**
 * Headers of a column of counts a share can be of: "Count", "Module Count",
 * "Tests", "Lines". A coverage column ("Lines Covered") counts what is
 * covered of each row's own whole, so a percentage beside it is the row's coverage.
 */
export const countHeaderWords = ['count', 'counts', 'number', '#', 'total', 'tests', 'files', 'modules', 'lines', 'items', 'findings', 'issues', 'tools', 'components', 'packages', 'resources', 'endpoints'] as const;
const notShareWords = ['covered', 'coverage', 'uncovered', 'missed', 'statements', 'branches', 'functions', 'score', 'rate', 'target', 'before', 'after', 'change'] as const;

/** Columns whose presence makes a row's percentage a part of the row's own whole. */
export const ownWholeWords = ['covered', 'coverage', 'uncovered', 'score', 'rate'] as const;

/** Whether a column header says its percentages are shares of a whole. */
export function isShareHeader(header: string): boolean {
  return percentSignHeaderRe.test(header) || hasWord(header, shareHeaderWords);
}

/** Whether a column header names counts a share can be of. */
export function isCountHeader(header: string): boolean {
  return hasWord(header, countHeaderWords) && !hasWord(header, notShareWords);
}

