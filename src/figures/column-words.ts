/**
 * Words of the headers and row labels of a report's own tables, as the
 * relations of src/check/relations read them: which column holds the value
 * before, after, the goal, the change, the maximum; which label sums up. Every
 * list is lower case; a phrase matches on whole words (`hasWord`, or a
 * regular expression built by `wordsSource`).
 */

/** Headers of a column of before-values: "Before", "Baseline", "Previous". */
export const beforeColumnWords: readonly string[] = ['before', 'baseline', 'previous', 'prior', 'initial', 'original'];

/** Headers of a column of values after a change: "After", "Current", "Actual After". */
export const afterColumnWords: readonly string[] = ['after', 'now', 'current', 'updated', 'final', 'actual'];

/** Headers of a column of goals: "Target", "Goal", "Threshold", "Required". */
export const goalColumnWords: readonly string[] = ['target', 'goal', 'threshold', 'required'];

/** Headers of a column of what is still to do: "New Tests Needed" (w86:591), "Tests Needed" (w38:281), "Tests to Add". */
export const stillNeededColumnWords: readonly string[] = ['needed', 'to add', 'to write'];

/** Headers of a column of changes or gaps: "Change", "Δ"-less "Delta", "Gap". */
export const gapColumnWords: readonly string[] = ['gap', 'change', 'delta'];

/** Headers of a score column: "Score", "Points", "Rating". */
export const scoreColumnWords: readonly string[] = ['score', 'point', 'points', 'rating'];

/** Headers of a column of maxima: "Max", "Possible", "Out of". */
export const maximumColumnWords: readonly string[] = ['max', 'maximum', 'possible', 'out of', 'available'];

/** Labels of a score that sums up the others: "Overall", "Final Health Score". */
export const overallScoreWords: readonly string[] = ['overall', 'total', 'final', 'health', 'composite', 'aggregate'];
