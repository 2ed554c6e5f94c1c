/**
 * A line count stated again. A report that gives a folder's lines in a table
 * ("| **Test Code** (`tests/`) | **18,034** |", 203:20) and says the same
 * count later in its own words ("- **Test Code:** 18,034 lines", "✅
 * **18,034 lines** of comprehensive tests", "| **Test Lines** | **18,034** |",
 * 203:52, :61, :218) states one figure several times: the later ones name no
 * path of their own (or only a kind of code, "18,034 lines of test code"), and
 * the report has already said which folder holds those lines. So a later count
 * of lines with the same value takes the path of the earlier one.
 *
 * Only a count large enough not to recur by chance, and only when every
 * earlier line count of that value names the same path.
 */
import type { Subject } from '../model.js';
import type { ReadFigure } from './classify.js';

/** Below it, two equal line counts may be two files of the same length. */
const leastRestated = 1000;

/** A label or row that names lines: "Test Lines", "Total lines". */
const linesWordRe = /\blines?\b|\bLOC\b/i;

/** The paths earlier line counts named, by value; `null` when two earlier counts of one value name different paths. */
export type EarlierLines = Map<number, Subject | null>;

/** Record a figure's line-count claim with a path, for the restatements after it. */
export function noteLines(earlier: EarlierLines, figure: ReadFigure, claims: ReadonlyArray<{ kind: string; subject: Subject; tense: string }>): void {
  for (const claim of claims) {
    if (claim.kind !== 'file.lines' || claim.tense !== 'current' || !('path' in claim.subject) || figure.value < leastRestated) continue;
    const seen = earlier.get(figure.value);
    if (seen === undefined) earlier.set(figure.value, claim.subject);
    else if (seen !== null && !('path' in seen && seen.path === claim.subject.path)) earlier.set(figure.value, null);
  }
}

/** Whether a figure counts lines by its noun, its label or its row ("18,034 lines", "| **Test Lines** | **18,034** |"). */
function countsLines(figure: ReadFigure): boolean {
  if (figure.unit === 'lines') return true;
  const c = figure.context;
  return figure.unit === 'count' && (linesWordRe.test(c.noun ?? '') || linesWordRe.test(c.table?.row ?? '') || linesWordRe.test(c.label ?? ''));
}

/**
 * The path a figure restates the line count of: an earlier count of the same value named it, and the figure names
 * no path of its own (`subject`: its line-count claim's subject, when it has one). Undefined otherwise.
 */
export function restatedPath(earlier: EarlierLines, figure: ReadFigure, subject: Subject | undefined): Subject | undefined {
  if (figure.value < leastRestated || figure.qualifier !== 'exact' || !countsLines(figure)) return undefined;
  if (subject !== undefined && !('category' in subject)) return undefined;
  return earlier.get(figure.value) ?? undefined;
}
