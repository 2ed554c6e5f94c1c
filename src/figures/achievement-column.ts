/**
 * The headers of a table that states, per row, a target, the value reached
 * and the value as a percentage of the target ("| Target | Achievement |":
 * 49.06% of a 50% target is **98%**), shared by the classifier that reads
 * such cells as `percentOf` and the relation that judges them.
 */
import { hasWord } from './words.js';

/** Headers of a column of percentages of the target: "Achievement", "% of Target", "Attainment". */
export const achievementHeaderWords = ['achievement', 'attainment', '% of target', 'of target', 'vs target', 'of goal', 'vs goal'] as const;
/** Headers of a column of percentages that are of the target only when the table states a target and a value reached. */
export const percentHeaderWords = ['percentage', 'percent', '%', 'status'] as const;
/** Headers of a column of targets. */
export const targetHeaderWords = ['target', 'goal', 'objective'] as const;
/** Headers of the column of values reached. */
export const reachedHeaderWords = ['achieved', 'actual', 'after', 'current', 'final', 'result', 'reached', 'delivered', 'now'] as const;

/** The column of targets, when exactly one header names a target and no achievement. */
export function targetColumn(headers: readonly string[]): number | undefined {
  const found = headers.map((h, i) => i).filter((i) => i > 0 && hasWord(headers[i] ?? '', targetHeaderWords) && !hasWord(headers[i] ?? '', achievementHeaderWords));
  return found.length === 1 ? found[0] : undefined;
}

/** The column of values reached: the one named so, when exactly one is. */
export function reachedColumn(headers: readonly string[], not: number): number | undefined {
  const found = headers.map((h, i) => i).filter((i) => i > 0 && i !== not && hasWord(headers[i] ?? '', reachedHeaderWords) && !hasWord(headers[i] ?? '', targetHeaderWords));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Whether the column headed `header` holds each row's value as a percentage
 * of its target: an achievement header beside a target column, or a plain
 * percentage or status header beside a target column and a column of values
 * reached.
 */
export function isAchievementColumn(headers: readonly string[], column: number): boolean {
  const header = headers[column] ?? '';
  const target = targetColumn(headers);
  if (target === undefined || target === column) return false;
  if (hasWord(header, achievementHeaderWords)) return true;
  return hasWord(header, percentHeaderWords) && reachedColumn(headers, column) !== undefined;
}
