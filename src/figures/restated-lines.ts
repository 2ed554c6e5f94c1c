/**
 * A line count or a file count stated again. A report that gives a folder's lines in a table
 * ("| **Test Code** (`tests/`) | **18,034** |", 203:20) and says the same
 * count later in its own words ("- **Test Code:** 18,034 lines", "✅
 * **18,034 lines** of comprehensive tests", "| **Test Lines** | **18,034** |",
 * 203:52, :61, :218) states one figure several times: the later ones name no
 * path of their own (or only a kind of code, "18,034 lines of test code"), and
 * the report has already said which folder holds those lines. So a later count
 * of lines with the same value takes the path of the earlier one. A count of
 * files does the same: "| **Total Files** | **234** |" then "4. **234 files** -
 * Well-organized" (203:50, :206, :216), "Archive: 39+ historical files" then
 * "Archive with 39+ historical files" (206:60, :77).
 *
 * Only a count large enough not to recur by chance, and only when every
 * earlier count of that value names the same subject.
 */
import type { Subject } from '../model.js';
import type { ReadFigure } from './classify.js';

/** Below it, two equal line counts may be two files of the same length. */
const leastRestated = 1000;
/** Below it, two equal file counts may be two folders of the same size. */
const leastRestatedFiles = 20;

/** A label or row that names lines: "Test Lines", "Total lines". */
const linesWordRe = /\blines?\b|\bLOC\b/i;

/** The subjects earlier counts named, by kind and value (`file.lines 18034`); `null` when two earlier counts of one value name different subjects. */
export type EarlierLines = Map<string, { subject: Subject; qualifier: string } | null>;

/** The same subject: the same path, category, name or the whole. */
const sameSubject = (a: Subject, b: Subject): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Record a figure's line-count claim with a path, for the restatements after it. */
export function noteLines(earlier: EarlierLines, figure: ReadFigure, claims: ReadonlyArray<{ kind: string; subject: Subject; tense: string; qualifier: string }>): void {
  for (const claim of claims) {
    if (claim.tense !== 'current') continue;
    // A part named by a table's row ("| **Root Markdown Files** | **17,181** |") is restated as a path is (203:104).
    const lines = claim.kind === 'file.lines' && ('path' in claim.subject || 'category' in claim.subject) && figure.value >= leastRestated;
    const files = claim.kind === 'dir.files' && figure.value >= leastRestatedFiles;
    if (!lines && !files) continue;
    const key = `${claim.kind} ${figure.value}`;
    const seen = earlier.get(key);
    if (seen === undefined) earlier.set(key, { subject: claim.subject, qualifier: claim.qualifier });
    else if (seen !== null && !(sameSubject(seen.subject, claim.subject) && seen.qualifier === claim.qualifier)) earlier.set(key, null);
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
  return earlier.get(`file.lines ${figure.value}`)?.subject;
}

/** A count of files by its noun: "234 files", "39+ historical files". */
const filesNounRe = /^(?:[\p{L}-]+\s+)?files\b/iu;

/**
 * The subject of an earlier file count a figure restates: the same value and qualifier, the figure counts files
 * by its noun or its column and is no claim yet. Undefined otherwise.
 */
export function restatedFiles(earlier: EarlierLines, figure: ReadFigure): Subject | undefined {
  // Its noun, or a Files column over a row naming a part ("| Shared Components | 153 |" after "| `islands/shared/` | 153 |", w24:145).
  const counted = figure.context.noun ?? (figure.context.table !== undefined ? figure.context.table.header : '');
  if (figure.value < leastRestatedFiles || figure.unit !== 'count' || !filesNounRe.test(counted)) return undefined;
  const seen = earlier.get(`dir.files ${figure.value}`);
  return seen != null && seen.qualifier === figure.qualifier ? seen.subject : undefined;
}
