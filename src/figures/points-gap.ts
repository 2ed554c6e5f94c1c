/**
 * The words of a gap in points ("9 points remaining", "4-point difference"),
 * shared by the classifier that reads such a figure and the relation that
 * judges it against the report's scores.
 */

/** Nouns of a score's unit. */
export const pointNouns = ['points', 'point', 'pts'] as const;
/** Words after the points that make them a gap to a scale or another score, not a change or a score. */
export const gapWords = ['remaining', 'short', 'left', 'missing', 'difference', 'gap', 'shortfall', 'overclaim', 'overstatement'] as const;
/** Gap words that name the distance between two scores, not from the scale. */
export const betweenWords: readonly string[] = ['difference', 'gap', 'overclaim', 'overstatement'];
/**
 * Between-words that name how far a claimed score overshot the score that
 * corrects it ("Corrected Score: 91/100 (not 95/100)" … "the 4-point
 * overclaim"): the two scores are the section's current one and the one it
 * replaces, whatever before-score a change in the same section starts from.
 */
export const overclaimWords: readonly string[] = ['overclaim', 'overstatement'];

/** Right after a figure: its points noun ("9 points", "4-point") and a gap word. Group `gap`. */
export const pointsGapAfterRe = new RegExp(String.raw`^(?:\s+|-)(?:${pointNouns.join('|')})\s+(?<gap>${gapWords.join('|')})\b`, 'i');

/** Right after a figure: its points noun alone ("-4 points"), for a figure whose label is the gap word. */
export const pointsAfterRe = new RegExp(String.raw`^(?:\s+|-)(?:${pointNouns.join('|')})\b`, 'i');

/** The gap word a label is, whole: "**Overclaim**: -" before "4 points" → `overclaim`; a longer label names something else. */
export function labelGapWord(label: string | undefined): string | undefined {
  const word = label?.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').toLowerCase();
  return word !== undefined && (gapWords as readonly string[]).includes(word) ? word : undefined;
}

/** The gap word of a points-gap claim: after its points ("4-point overclaim"), else the label its line opens with ("Overclaim: -4 points"). */
export function gapWordOf(text: string, lineBefore: string): string | undefined {
  return pointsGapAfterRe.exec(text.replace(/^[-−+]?[\d.,]+/, ''))?.groups?.gap?.toLowerCase() ?? labelGapWord(lineBefore);
}

/** "N point(s)" in a list entry, maybe signed ("-2 points", "1 point:"). Groups `sign`, `n`. */
export const pointsInEntryRe = new RegExp(String.raw`(?<![\w.])(?<sign>[-−+])?(?<n>\d+(?:\.\d+)?)[\s-](?:${pointNouns.join('|')})\b`, 'gi');
