/**
 * Spans a figure classifier states for its claim (`Classification.span`):
 * the figure with the words that make it a claim, so the claim's text reads
 * as written ("526 passing tests", not "526") and `--fix`, `diff`, `history`
 * and the report's arithmetic find it as they find an extractor's.
 */
import type { FigurePlace } from './classify.js';

/** Space and the marks the context resolver steps over between a figure and its noun (context.ts `nounRe`). */
const gapRe = /^[ \t)\]*_]*/;
/** Space between the words of a noun. */
const spaceRe = /^[ \t]*/;

/**
 * The figure and the `words` written right after it (the context's noun, or
 * its first words): `[start, end)` in the block's text, or the figure alone
 * when the text after it does not read so.
 */
export function spanThrough(place: FigurePlace, words: string): { start: number; end: number } {
  const alone = { start: place.start, end: place.end };
  if (words === '') return alone;
  const after = place.text.slice(place.end);
  const list = words.split(' ');
  // The noun opens with the figure's own unit word ("357 lines"): it is in the figure's text already.
  if (place.text.slice(place.start, place.end).toLowerCase().endsWith(list[0]?.toLowerCase() ?? '')) list.shift();
  if (list.length === 0) return alone;
  let at = 0;
  for (const [i, word] of list.entries()) {
    const rest = after.slice(at);
    const space = (i === 0 ? gapRe : spaceRe).exec(rest)?.[0].length ?? 0;
    const written = rest.slice(space).toLowerCase();
    // "test(s)": the resolver reads a plural mark as the plural.
    const marked = word.endsWith('s') ? `${word.slice(0, -1)}(s)`.toLowerCase() : undefined;
    const length = written.startsWith(word.toLowerCase()) ? word.length : marked !== undefined && written.startsWith(marked) ? marked.length : -1;
    if (length < 0) return alone;
    at += space + length;
  }
  return { start: place.start, end: place.end + at };
}
