/**
 * A list whose every item is a figure under a label of plain words:
 * "### Total Project Tests: 525" over "- Previous: 476 tests", "- Pass Rate:
 * 100%", "- Duration: 12.218s". The items are figures about the count (what
 * it was, what was added, how it ran), not the things it counts: a test is
 * no "Pass Rate". An item whose label is a name (`EventsViewModelTest`, a
 * path, code) is an entry, with a count of its own.
 */

/** "Label: figure": a label of plain words, a colon, then a number (maybe signed, approximate, or a time). */
const labelledFigureRe = /^[^\p{L}\p{N}]*(?<label>\p{L}[\p{L} '&/-]{0,40}?)\s*:\s*(?:~|≈|about\s+)?[+−-]?\d/u;
/** A name rather than a word: an identifier with an inner capital or an underscore ("MapViewModelTest", "user_spec"). */
const identifierRe = /\p{Ll}\p{Lu}|_/u;

/** Whether every entry of a list is a labelled figure (two entries at least): it describes a count, it enumerates nothing. */
export function givesFiguresOnly(entries: readonly string[]): boolean {
  if (entries.length < 2) return false;
  return entries.every((entry) => {
    const label = labelledFigureRe.exec(entry)?.groups?.label;
    return label !== undefined && !identifierRe.test(label);
  });
}
