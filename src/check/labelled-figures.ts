/**
 * A list whose every item is a figure under a label of plain words, the
 * figures in more than one unit: "### Total Project Tests: 525" over "-
 * Previous: 476 tests", "- Pass Rate: 100%", "- Duration: 12.218s". The
 * items are figures about the count (what it was, how it ran), not the
 * things it counts: a test is no "Pass Rate". Entries counted share one
 * kind of figure ("- Security fixes: 3 hours", "- Monitoring: 8 hours"),
 * and an item whose label is a name (`EventsViewModelTest`, a path) is an
 * entry with a count of its own.
 */

/** "Label: figure": a label of plain words, a colon, then a number (maybe approximate or signed) and its unit. */
const labelledFigureRe = /^[^\p{L}\p{N}]*(?<label>\p{L}[\p{L} '&/-]{0,40}?)\s*:\s*(?:~|≈|about\s+)?[+−-]?\d[\d,.]*\s*(?<unit>%|\p{L}+)?/u;
/** A name rather than a word: an identifier with an inner capital or an underscore ("MapViewModelTest", "user_spec"). */
const identifierRe = /\p{Ll}\p{Lu}|_/u;
/** Units of time, one unit whatever the scale. */
const timeUnitRe = /^(?:ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?)$/i;

/** The unit an item's figure is written in: "%", "time", its noun singular ("test"), or "" for a bare number. */
function unitOf(written: string | undefined): string {
  if (written === undefined) return '';
  if (written === '%') return '%';
  if (timeUnitRe.test(written)) return 'time';
  return written.toLowerCase().replace(/s$/, '');
}

/** Whether every entry of a list is a labelled figure, in two units or more: it describes a count, it enumerates nothing. */
export function givesFiguresOnly(entries: readonly string[]): boolean {
  if (entries.length < 2) return false;
  const units = new Set<string>();
  for (const entry of entries) {
    const m = labelledFigureRe.exec(entry);
    const label = m?.groups?.label;
    if (label === undefined || identifierRe.test(label)) return false;
    units.add(unitOf(m?.groups?.unit));
  }
  return units.size > 1;
}
