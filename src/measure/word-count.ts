/**
 * A document's length in words, as word counters read it. They disagree on
 * markup and code: `wc -w` counts every run of non-space (a table's `|`, a
 * list's `-`, `{`), an editor's counter only runs holding a letter or digit.
 * Both readings are given, and a claim is only proved wrong when it lies
 * beyond both by more than counters differ on the rest (hyphens, contractions,
 * code identifiers): `wordCountSlack` of the reading.
 */

/** The share by which word counters differ beyond markup: a claim within it of a reading proves nothing. */
export const wordCountSlack = 0.1;

/** A run of non-space characters. */
const tokenRe = /\S+/g;
/** A run holding a letter or a digit: a word to an editor's counter. */
const wordRe = /[\p{L}\p{N}]/u;

/** The two readings of `text`'s length in words: `words` (runs with a letter or digit, the lower) and `tokens` (`wc -w`). */
export function countWords(text: string): { words: number; tokens: number } {
  const tokens = text.match(tokenRe) ?? [];
  return { words: tokens.filter((token) => wordRe.test(token)).length, tokens: tokens.length };
}

/**
 * Whether a claimed length in words, `[low, high]` (a floor's `high` is
 * Infinity), comes within `wordCountSlack` of the readings: at or above
 * `words` less the slack and at or below `tokens` plus it.
 */
export function nearWordCount(low: number, high: number, read: { words: number; tokens: number }): boolean {
  return high >= read.words * (1 - wordCountSlack) && low <= read.tokens * (1 + wordCountSlack);
}
