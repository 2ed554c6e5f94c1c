/**
 * Whether a figure is written as an estimate: "500 (estimated)", "~40 est.",
 * "(Estimated +15% coverage)", "(estimated 20 tests)". The word says how the
 * figure was found, so the figure is `approx` (fixtures/labels/README.md,
 * Session 11: "Estimated" says how a figure was found, not when it holds).
 */

/** Words right after a figure that make it an estimate: "500 (estimated)", "~40 est.". */
const estimateAfterRe = /^\s*%?\s*[\w ]{0,12}?\(?\s*(?:estimated|est\.|approx(?:imately|\.)?|roughly)\s*\)?/i;
/**
 * The word right before a figure, its sign or a label's colon between them: "(Estimated +15% coverage)", "(estimated 20
 * tests)", "Estimated: 1 week". Not across other words ("Estimated Time: 10 hours" is read by its label).
 */
const estimateBeforeRe = /\b(?:estimated|est\.)[*_]*:?[*_]*\s*[+]?\s*$/i;

/** Whether the figure at `[start, end)` of `text` is written as an estimate, by the word just after or just before it. */
export function writtenAsEstimate(text: string, start: number, end: number): boolean {
  return estimateAfterRe.test(text.slice(end, end + 30)) || estimateBeforeRe.test(text.slice(Math.max(0, start - 16), start));
}
