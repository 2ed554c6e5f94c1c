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
 * earlier count of that value names the same subject. A count of any size
 * whose label names the part an earlier count of files named, by the
 * folder's last name or the part's own words, is that part's: "`ls
 * docs/runbooks/*.md` returns 10 files" then "**Runbooks**: 3,873 lines (10
 * complete)" (202:126, :307), "Root directory: 4 essential files" then
 * "**Root Files:** 4 essential" (206:59, :182); a label of counting words
 * alone ("Total lines: 3,873") names the part its parent item names (202:127).
 */
import type { Subject } from '../model.js';
import { ownLabelOf, type ReadFigure } from './classify.js';
import { partName } from './file-subject.js';
import { partCountWords } from './words.js';

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

/** The words a label names a part with: its own words but those that say it counts files or lines ("Root Files" → root). */
const labelWords = (label: string): string[] =>
  partName(label).toLowerCase().split(/[\s/]+/).filter((w) => w !== '' && !partCountWords.includes(w));

/** The words a part an earlier file count named is named by: a folder's last name ("runbooks" of `docs/runbooks/`), a category's words. */
function partWords(subject: Subject): string[] {
  if ('path' in subject) {
    const last = subject.path.replace(/\/\*\*.*$/, '').replace(/\/+$/, '').split('/').pop() ?? '';
    return /^\p{L}[\p{L}\p{N}_-]*$/u.test(last) ? [last.toLowerCase()] : [];
  }
  return 'category' in subject ? labelWords(subject.category) : [];
}

/** The folder a path subject names, without its glob: `src/app/**` → `src/app/`; undefined for a file or another subject. */
const folderOf = (subject: Subject): string | undefined =>
  'path' in subject && /\/(?:\*\*)?$/.test(subject.path) ? subject.path.replace(/\*\*$/, '') : undefined;

/** Whether two subjects are folders, one inside the other. */
function nestedFolders(a: Subject, b: Subject): boolean {
  const [x, y] = [folderOf(a), folderOf(b)];
  return x !== undefined && y !== undefined && (x.startsWith(y) || y.startsWith(x));
}

/** Record a figure's line-count claim with a path, for the restatements after it. */
export function noteLines(earlier: EarlierLines, figure: ReadFigure, claims: ReadonlyArray<{ kind: string; subject: Subject; tense: string; qualifier: string }>): void {
  for (const claim of claims) {
    if (claim.tense !== 'current') continue;
    // A part named by a table's row ("| **Root Markdown Files** | **17,181** |") is restated as a path is (203:104).
    const lines = claim.kind === 'file.lines' && ('path' in claim.subject || 'category' in claim.subject) && figure.value >= leastRestated;
    // Every count of files: a small one is restated only under a label naming its part (labelledPart).
    const files = claim.kind === 'dir.files';
    if (files) {
      for (const word of partWords(claim.subject)) {
        const seen = earlier.get(`part ${word}`);
        if (seen === undefined) earlier.set(`part ${word}`, { subject: claim.subject, qualifier: '' });
        else if (seen !== null && !sameSubject(seen.subject, claim.subject)) earlier.set(`part ${word}`, null);
      }
    }
    if (!lines && !files) continue;
    const key = `${claim.kind} ${figure.value}`;
    const seen = earlier.get(key);
    if (seen === undefined) earlier.set(key, { subject: claim.subject, qualifier: claim.qualifier });
    // The same count of a folder and of one inside it ("`src/`" then "`src/app/`", 203:19, :83) is one body of code: the first names it.
    else if (seen !== null && !((sameSubject(seen.subject, claim.subject) || nestedFolders(seen.subject, claim.subject)) && seen.qualifier === claim.qualifier)) earlier.set(key, null);
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
  if (figure.qualifier !== 'exact' || !countsLines(figure)) return undefined;
  if (subject !== undefined && !('category' in subject)) return undefined;
  const same = figure.value >= leastRestated ? earlier.get(`file.lines ${figure.value}`)?.subject : undefined;
  if (same !== undefined) return same;
  // "**Runbooks**: 3,873 lines" after "`ls docs/runbooks/*.md` returns 10 files": the lines of the folder the label names,
  // counted by the figure's own words (a lead-in's "line counts" over the list counts no figure of it).
  if (figure.unit !== 'lines' && !linesWordRe.test(ownLabelOf(figure))) return undefined;
  const part = labelledPart(earlier, figure);
  return part !== undefined && 'path' in part ? part : undefined;
}

/**
 * The part an earlier count of files named that a figure's label names (its parent item's, when its own label holds only
 * counting words: "Total lines: 3,873" under "Runbooks complete: …"); undefined when none, or when its words name two.
 */
function labelledPart(earlier: EarlierLines, figure: ReadFigure): Subject | undefined {
  const own = labelWords(ownLabelOf(figure));
  const parent = figure.context.parent;
  // Every word of its own label names the part ("Test Classes: 14" after 14 test files counts classes); a parent item's
  // lead names it among other words ("Runbooks complete: 10/10 runbooks").
  const words = own.length > 0 ? own : parent !== undefined && parent.includes(': ') ? labelWords(parent.slice(0, parent.indexOf(': '))) : [];
  const parts = words.map((w) => earlier.get(`part ${w}`));
  const first = parts.find((p) => p !== undefined);
  if (first == null || parts.some((p) => p === null || (p !== undefined && !sameSubject(p.subject, first.subject)))) return undefined;
  return own.length === 0 || parts.every((p) => p !== undefined) ? first.subject : undefined;
}

/** A count of files by its noun: "234 files", "39+ historical files". */
const filesNounRe = /^(?:[\p{L}-]+\s+)?files\b/iu;

/**
 * The subject of an earlier file count a figure restates: the same value and qualifier, and the figure counts files
 * by its noun or its column and is no claim yet, or its label names that count's part (`asTotal`: the figure is
 * claimed as a total, which only the label may make a count of files too). Undefined otherwise.
 */
export function restatedFiles(earlier: EarlierLines, figure: ReadFigure, asTotal = false): Subject | undefined {
  if (figure.unit !== 'count' || figure.of !== undefined || figure.range !== undefined) return undefined;
  const seen = earlier.get(`dir.files ${figure.value}`);
  if (seen == null || seen.qualifier !== figure.qualifier) return undefined;
  // Its noun, or a Files column over a row naming a part ("| Shared Components | 153 |" after "| `islands/shared/` | 153 |", w24:145).
  const counted = figure.context.noun ?? (figure.context.table !== undefined ? figure.context.table.header : '');
  if (!asTotal && figure.value >= leastRestatedFiles && filesNounRe.test(counted)) return seen.subject;
  // Under a label naming the part the earlier count counted ("**Runbooks**: 10 complete (9 new + 1 existing)", also a total).
  const part = labelledPart(earlier, figure);
  return part !== undefined && sameSubject(part, seen.subject) ? part : undefined;
}
