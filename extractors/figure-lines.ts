import type { Figure, Subject } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import type { TextBlock } from '../src/read/markdown.js';
import { isCoverageTable } from '../src/figures/coverage-table.js';
import { linesPart } from '../src/figures/lines-part.js';
import { listItemsOf } from '../src/figures/list-items.js';
import { recordPath } from '../src/figures/record-path.js';
import { findWord, hasWord, type Words } from '../src/figures/words.js';
import {
  codeUnitWords, sizeChangeWords, isFolder, namesWhole, ownLabelText, partName, pathSubject, pathsIn, titlePart, underHeadingFolder,
} from '../src/figures/file-subject.js';

/** A table column of line counts: "Lines", "LOC", "Line count", "Lines of code", "Size (lines)". */
const linesHeaderRe = /^\s*(?:#\s*)?(?:total\s+)?(?:lines?|LOC|SLOC|line\s+count|lines\s+of\s+code|size\s*\(lines\))\s*$/i;
/** A label that is a line count's own name: "Lines", "Total Lines", "LOC", "Line count", "Size" (with the unit written). */
const linesLabelRe = /^(?:total\s+|grand\s+total\s+)?(?:lines?|LOC|SLOC|line\s+count|lines\s+of\s+code|size|length)$/i;
/**
 * A percentage that ends the text right before a line count, with at most two words and a parenthesis, comma,
 * colon or dash between: "`a.py` - 96% (3 lines)", "a.py: 91% coverage (12 lines missing)", "- 74% (10 строк)". The
 * count is what the coverage tool counted beside the percentage (the lines it missed, or covered, or could cover),
 * never the file's length.
 */
const percentBeforeRe = /\d\s?%\**(?:\s+\p{L}+){0,2}\s*[(,:–—-]?\s*\**[~≈]?$/u;
/** How far before a line count `percentBeforeRe` looks. */
const percentLookBehind = 40;

/** A row label that sums a table's rows: its part is the table's. */
const subtotalRe = /^(?:sub-?total|total|totals|sum)$/i;

/**
 * The part a line count's "of" phrase names: " of documentation", "** of thorough documentation", " of configuration and
 * infrastructure". Group `words`, up to a spaced dash, a parenthesis, a comma, emphasis or the line's end.
 */
const linesOfRe = /^\**\s+of\s+(?<words>\p{L}[\p{L}\s&-]{0,48}?)(?=\s+[-–—]\s|\s*[(,.;:!*–—]|\s*$)/mu;
/** Words of praise before a part's name: "thorough documentation" is the documentation. */
const praiseWords: readonly string[] = ['thorough', 'comprehensive', 'extensive', 'detailed', 'complete', 'high-quality', 'well-written', 'excellent'];

/**
 * The part a count's "lines of …" names ("29,230 lines of documentation", "2,314+ lines of operational
 * documentation"), without words of praise; undefined when it names code or tests, which the code-lines and
 * file-set readers measure ("lines of production Python code", "lines of comprehensive tests").
 */
function linesOfPart(place: FigurePlace, words: Words): Subject | undefined {
  const named = linesOfRe.exec(place.text.slice(place.end))?.groups?.words?.trim();
  if (named === undefined || hasWord(named, ['code', 'source', ...codeUnitWords]) || hasWord(named, words.testNouns) || /\btesting\b/i.test(named)) return undefined;
  const kept = named.split(/\s+/).filter((w, i) => i > 0 || !praiseWords.includes(w.toLowerCase()));
  return kept.length > 0 && kept.length <= 4 ? { category: kept.join(' ').toLowerCase() } : undefined;
}

/** A list's lead-in before the figure's own label: "Root Documentation (17,181 lines)" of "Root Documentation (17,181 lines): README.md". */
function leadInOf(figure: Figure): string {
  return (figure.context.label ?? '').split(': ').slice(0, -1).join(': ');
}

/** A lead-in that announces line counts: "Root Documentation (17,181 lines)", "Lines of Code Delivered". */
const linesLeadInRe = /\blines?\b|\bLOC\b/i;
/** A lead-in of more words is a sentence about the counts ("All file counts and line counts are VERIFIED and ACCURATE"), no title of a list of parts. */
const mostTitleWords = 5;

/** Whether the figure stands in a list a title of line counts leads in: "**Root Documentation (17,181 lines):**", "**Lines of Code Delivered**:". */
function underLinesTitle(figure: Figure): boolean {
  const lead = leadInOf(figure);
  return linesLeadInRe.test(lead) && partName(lead).split(' ').length <= mostTitleWords;
}

/** A count of lines in an item's text: "578 lines", "~456 lines". */
const itemLinesRe = /\d[\d,]*\+?\s+lines?\b/i;
/** Fewest items naming a file with its lines that make a list of files' line counts. */
const fewestFileItems = 2;

/** Whether two of a list's items at least give a file's line count: "`test_quality_checker.py`: 578 lines". */
function leadsFileLines(items: readonly TextBlock[]): boolean {
  return items.filter((item) => itemLinesRe.test(item.text) && pathsIn(item.text).length === 1).length >= fewestFileItems;
}

/** Whether the figure's own label leads a list of files' line counts ("Unit tests created: 2,404 lines" over the files). */
function leadsFiles(figure: Figure, place?: FigurePlace): boolean {
  return ownLabelText(figure) !== '' && place?.blocks !== undefined && place.index !== undefined && leadsFileLines(listItemsOf(place.blocks, place.index));
}

/** Whether the figure is a count of lines: written in lines, or a bare count in a Lines column or under a lines label. */
function isLineCount(figure: Figure): boolean {
  const c = figure.context;
  if (figure.unit === 'lines') return true;
  if (figure.unit !== 'count') return false;
  if (c.table && linesHeaderRe.test(c.table.header)) return true;
  // "**84,095 total lines**": the noun after the figure ends in a line unit.
  if (c.noun !== undefined && /^(?:total\s+)?(?:lines?|LOC|SLOC)$/i.test(c.noun)) return true;
  // "**Total Lines** | **84,095**" in a Metric | Value table, "LOC: 300" under a file's lead-in; "Size" alone may be bytes.
  const label = partName(c.table ? c.table.row : ownLabelText(figure));
  return linesLabelRe.test(label) && !/^(?:size|length)$/i.test(label);
}

/** Paths the figure's nearest naming text holds: its table row, else its own label, else the path just before it. */
function namedPaths(figure: Figure, place?: FigurePlace): string[] {
  const c = figure.context;
  if (c.table) {
    const inRow = pathsIn(c.table.row);
    if (inRow.length > 0) return inRow;
    return c.name !== undefined ? [c.name] : [];
  }
  const inLabel = pathsIn(ownLabelText(figure));
  if (inLabel.length > 0) return inLabel;
  if (c.name !== undefined) return [c.name];
  // A folder of one segment is no path by itself ("`tests/`"): written in backticks in the clause before, it names one.
  const inClause = pathsIn(c.before ?? '').filter((p) => p.endsWith('/'));
  if (inClause.length > 0) return inClause.slice(-1);
  // A lead-in naming one file: "- `docs/RUNBOOK.md`" then "  - LOC: ~120".
  const lead = leadInOf(figure);
  const fromLead = pathsIn(lead);
  if (fromLead.length === 1) return fromLead;
  // A lines label in an item nested under one naming a file: "- `docs/RUNBOOK.md`" then "  - LOC: ~120".
  const fromParent = linesLabelRe.test(partName(ownLabelText(figure))) ? pathsIn(c.parent ?? '') : [];
  if (fromParent.length === 1) return fromParent;
  // A lines label in a record whose file line names one file: "**File**: `a/B.kt`" then "**Lines**: 967".
  const fromRecord = place !== undefined && linesLabelRe.test(partName(ownLabelText(figure))) ? recordPath(place.text) : undefined;
  return fromRecord !== undefined ? [fromRecord] : [];
}


/**
 * The subject of a line count: a named file or folder (a folder relative to
 * the heading's folder joined to it), the whole project under a total label,
 * a part a table row or a title before the figure names, or undefined.
 */
function subjectOf(figure: Figure, words: Words, place?: FigurePlace): Subject | undefined {
  const c = figure.context;
  // A folder is named as one with a trailing slash; "created/modified" is two words.
  const paths = namedPaths(figure, place).filter((p) => !isFolder(p) || p.endsWith('/'));
  if (paths.length === 1) return pathSubject(underHeadingFolder(paths[0] as string, c.headings));
  const own = ownLabelText(figure);
  // "**29,230 lines** of documentation": the part the count's own words name, when no label or row names one.
  const ofPart = place !== undefined && own === '' && !c.table && c.noun !== undefined && /^lines?$/i.test(c.noun) ? linesOfPart(place, words) : undefined;
  if (ofPart !== undefined) return ofPart;
  if (c.table) {
    const row = c.table.row;
    if (subtotalRe.test(partName(row))) {
      // A SUBTOTAL row sums its table: the part the table's title names; a TOTAL row under no part, the whole.
      const title = c.table.caption ?? c.headings.at(-1) ?? '';
      return /^sub/i.test(partName(row)) ? titlePart(title) : { scope: 'all' };
    }
    if (namesWhole(row, ['lines', 'line', 'loc', 'sloc', 'files'])) return { scope: 'all' };
    // Several paths in a row name a group, not one file; a row of a Lines column names its part.
    return linesHeaderRe.test(c.table.header) ? titlePart(row) : undefined;
  }
  // "Total lines: 3,873" in an item nested under another sums the parent's files, not the project's.
  if (own !== '' && namesWhole(own, ['lines', 'line', 'loc', 'sloc'])) {
    // "Total Documentation:" then "- Total: 4,184+ lines": the total of the lead-in's part.
    const lead = leadInOf(figure);
    if (lead !== '' && !namesWhole(lead, ['lines', 'line', 'loc', 'sloc'])) return titlePart(lead.replace(/^total\s+/i, ''));
    return c.parent === undefined ? { scope: 'all' } : undefined;
  }
  if (c.noun !== undefined && namesWhole(c.noun, ['lines', 'line', 'loc', 'sloc'])) return { scope: 'all' };
  // "Python Code (49,714 lines - 59.1%)", "Test Utilities (`conftest.py`, `factories.py`): ~534 lines": a title names the part.
  if (own !== '' && (paths.length > 1 || c.block === 'heading')) return titlePart(own);
  // "### Documentation - 29,230 lines": a heading's words before its figure name the part.
  if (own === '' && c.block === 'heading' && c.before !== undefined && /\s[-–—:]$/.test(c.before)) return titlePart(c.before.replace(/\s*[-–—:]$/, ''));
  // "**Root Documentation (17,181 lines):**" then "- Architecture docs: ~3,000 lines" (203:115), "**Lines of Code Delivered**:"
  // then "- Integration tests: 455 lines" (w59:16): in a list of line counts, an item's label of words names a group of files.
  if (own !== '' && c.block === 'item' && paths.length === 0 && underLinesTitle(figure)) return titlePart(own);
  // "- Unit tests created: 2,404 lines across 3 files" over "  - `test_quality_checker.py`: 578 lines", … (202:40), "**Root
  // Documentation (17,181 lines):**" over "- README.md: ~456 lines", … (203:104): a count leading a list of files' line counts
  // counts those files together, the part its label names.
  if (paths.length === 0 && leadsFiles(figure, place)) return titlePart(own);
  return undefined;
}

/**
 * A line count of a file, a folder, a part or the whole, read from structure:
 * a path before the figure in its item or row ("`installer/install.py` -
 * Full-featured installer (330 lines)"), a Lines column with a row naming a
 * file or component, a folder under a heading naming its parent, a total
 * label. Not lines covered by tests, a change ("+120 lines", "Lines Added"),
 * a function's length or lines per file.
 */
function classify(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  if (!Number.isInteger(figure.value) || figure.of !== undefined || !isLineCount(figure)) return undefined;
  const c = figure.context;
  // "| `user.rb` | 9 / 9 | 9 | 100.0% |": beside a column of covered lines, a Lines column counts coverable lines.
  const columns = place?.block.columns;
  if (c.table && columns && isCoverageTable(columns, c.table.header)) return undefined;
  // "Lines of Code: ~5,000 test lines": the noun narrows the count to a part no subject here names.
  if (c.noun !== undefined && linesPart(c.noun) !== undefined) return undefined;
  // "`a.py` - 96% (3 lines)": the lines a coverage figure counted, in a list of coverage by file (w34), not its length.
  if (place !== undefined && !c.table && percentBeforeRe.test(place.text.slice(Math.max(0, place.numStart - percentLookBehind), place.numStart))) return undefined;
  const around = `${c.noun ?? ''} | ${c.label ?? ''} | ${c.table?.header ?? ''} | ${c.table?.row ?? ''}`;
  // "120 lines covered", "Coverage: 120 lines": lines of a coverage report, not the file's length.
  if (hasWord(around, words.coverage)) return undefined;
  if (findWord(around, codeUnitWords) !== undefined || /\blines?\s*\/\s*\w/i.test(around)) return undefined;
  // A change of lines ("+120 lines", "120 lines added", "Lines Added:"); a file created or added under a lead-in still has its length.
  // Files created under a lead-in, or listed with their lines under it ("Unit tests created: 2,404 lines" over the files), keep their length.
  const ownWords = namedPaths(figure, place).length === 1 || leadsFiles(figure, place) ? [c.noun] : [c.noun, ownLabelText(figure), c.table?.header, c.table?.row, c.label];
  if (/^[+±−]/.test(figure.text.trim()) || findWord(ownWords.filter((x) => x !== undefined).join(' | '), sizeChangeWords) !== undefined) return undefined;
  // "`parse()` … (120 lines)", "the longest function (120 lines)": a function's length, not its file's.
  if (/\w\(\)/.test(`${c.label ?? ''} ${c.before ?? ''}`) || findWord(c.before ?? '', codeUnitWords) !== undefined) return undefined;
  if (c.name !== undefined && /^https?:|^www\./i.test(c.name)) return undefined;
  const subject = subjectOf(figure, words, place);
  if (!subject) return undefined;
  return { kind: 'file.lines', subject };
}

export default {
  id: 'figure-lines',
  description: 'Line counts of a file, folder, part or the whole read from structure: "`installer/install.py` - Full-featured installer (330 lines)", a Lines column, "API Endpoints (`api/v1/`): ~4,500 lines" under a folder\'s heading, "GRAND TOTAL: 84,095 lines".',
  kinds: ['file.lines'],
  classify,
} satisfies FigureClassifier;
