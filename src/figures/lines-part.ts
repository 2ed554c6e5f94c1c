/**
 * The part a noun after a count of lines narrows it to: "~5,000 test lines"
 * counts the tests' lines, "300 comment lines" the comments', neither the
 * repository's. "12,000 source lines" and "300 code lines" still mean all
 * the code.
 */

/** A word, then "lines": group `part`. */
const partLinesRe = /^\s*(?<part>\p{L}[\p{L}-]*)\s+lines?\b/iu;
/** Words before "lines" that still mean all the lines or all the code. */
const wholeLinesWords: readonly string[] = ['code', 'source', 'total', 'physical', 'logical', 'all'];

/** The part named before "lines" at the start of `text` ("test" in "test lines"), or undefined when none or the whole. */
export function linesPart(text: string): string | undefined {
  const part = partLinesRe.exec(text)?.groups?.part;
  return part === undefined || wholeLinesWords.includes(part.toLowerCase()) ? undefined : part;
}
