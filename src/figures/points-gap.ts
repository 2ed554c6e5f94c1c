/**
 * The words of a gap in points ("9 points remaining", "4-point difference"),
 * shared by the classifier that reads such a figure and the relation that
 * judges it against the report's scores.
 */

/** Nouns of a score's unit. */
export const pointNouns = ['points', 'point', 'pts'] as const;
/** Words after the points that make them a gap to a scale or another score, not a change or a score. */
export const gapWords = ['remaining', 'short', 'left', 'missing', 'difference', 'gap', 'shortfall'] as const;
/** Gap words that name the distance between two scores, not from the scale. */
export const betweenWords: readonly string[] = ['difference', 'gap'];

/** Right after a figure: its points noun ("9 points", "4-point") and a gap word. Group `gap`. */
export const pointsGapAfterRe = new RegExp(String.raw`^(?:\s+|-)(?:${pointNouns.join('|')})\s+(?<gap>${gapWords.join('|')})\b`, 'i');

/** "N point(s)" in a list entry, maybe signed ("-2 points", "1 point:"). Groups `sign`, `n`. */
export const pointsInEntryRe = new RegExp(String.raw`(?<![\w.])(?<sign>[-−+])?(?<n>\d+(?:\.\d+)?)[\s-](?:${pointNouns.join('|')})\b`, 'gi');
