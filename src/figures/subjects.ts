/**
 * Reading a claim's subject from the words around it: a test category
 * ("integration tests"), a path ("`scripts/backup.sh`"), or the whole project.
 */
import type { ClaimContext, Subject } from '../model.js';
import { isMetricRow, isTaskLead } from './role-label.js';
import { commandPrograms, glueWords, testCountNouns, testStatusForms, wholeLeadWords, wordsSource } from './words.js';
import { extensionOf, sourceExtensions } from './test-files.js';

/** Category words that name a group of tests. */
export const categoryWords = [
  'unit', 'integration', 'e2e', 'end-to-end', 'security', 'performance', 'api', 'smoke', 'regression',
  'functional', 'acceptance', 'contract', 'load', 'component', 'ui', 'frontend', 'backend', 'bats',
  'property', 'fuzz', 'snapshot', 'benchmark', 'browser', 'system', 'core', 'stress', 'edge case',
  // Flutter's testWidgets and Android's androidTest source set are kinds of tests, not parts (w43:235, w61:118)
  'widget', 'instrumented',
] as const;

export const categorySource = categoryWords.map((w) => w.replace('-', '\\-')).join('|');

/** A path-looking token: has a slash or a file extension; optional `:12` or `:12-40` line reference. */
export const pathSource = String.raw`(?:(?:~|\.{1,2})?\/?(?:[\w@.+-]+\/)*[\w@+-][\w@.+-]*\.[A-Za-z][\w]{0,9}|(?:~|\.{1,2})?\/?(?:[\w@.+-]+\/)+[\w@.+-]+\/?)`;

/**
 * Row labels meaning "all of it" in a table. "All" only alone or with a
 * generic noun: "All property-based tests passing" names a part.
 */
const totalRowRe = /^(?:\*\*)?(?:(?:total|totals|overall|summary|sum|grand total|project)\b|all(?:\s+(?:files|tests|modules|packages|suites|crates|components|targets))?(?:\s+(?:pass(?:ing|ed)?|green|ok))?\W*$)/i;

/** A row label or label that is a path alone, maybe in backticks. */
export const pathOnlyRe = new RegExp(String.raw`^\`?(?<path>${pathSource})\`?$`);

/** A row that sums the rows of its own table: "| **SUBTOTAL** | **49,714** |" (203), a group's sum under the table's title. */
export const subtotalRowRe = /^[^\p{L}]*sub-?total[^\p{L}]*$/iu;

/** Capital words joined by slashes: "CI/CD", "SSL/TLS", "I/O" (202, 005, 024) are names, no paths. */
const acronymsRe = /^[A-Z]{1,5}(?:\/[A-Z]{1,5})+$/;

/** The list number opening a row label: "1. ", "10) ". */
export const rowListNumberRe = /^\d{1,3}[.)]\s+(?=\p{L})/u;

/** The subject a table row gives a cell, or `undefined` when it gives none. */
export function rowSubject(context: ClaimContext): Subject | undefined {
  const row = context.table?.row.trim();
  if (!row) return undefined;
  if (totalRowRe.test(row)) return { scope: 'all' };
  // "| Maintain test pass rate | ✅ | 100% (75/75 passing) |": a task's row names a piece of work, not a part.
  if (isTaskLead(row)) return undefined;
  // "| Covered Statements | 160 | 258 | +98 |": a row naming a measure of coverage names no part; the table's heading or caption may.
  if (isMetricRow(row) && !/\btests?\b/i.test(context.table?.header ?? '')) return undefined;
  const path = pathOnlyRe.exec(row);
  if (path?.groups?.path && !acronymsRe.test(cleanPath(path.groups.path))) return { path: cleanPath(path.groups.path) };
  // "| **1. Identity & Access Control** |": the row's list number is no part of the name, nor the command line in
  // parentheses after it ("| Node custom script tests (`node --import tsx`) |"); a word there may name the part
  // ("| E2E Tests (Chromium) |").
  return { name: row.replace(rowListNumberRe, '').replace(commandAsideRe, '') };
}

/** A parenthesis closing a row's name that holds a command line: a program, then its arguments. */
const commandAsideRe = new RegExp(String.raw`\s*\(\s*${wordsSource(commandPrograms)}\s[^()]*\)\W*$`, 'i');

/** The header of the value column of a "Metric | Value" table, whose rows' first cells name the figures. */
const valueHeaderRe = /^\W*(?:values?|counts?|results?|current|actual|measured|number|figures?)\W*$/i;

/**
 * What a cell of a "Metric | Value" table measures: the text of its row's
 * first cell ("Passed", "Pass rate"); undefined for a cell of any other column
 * or table, where the column header says what the cell is.
 */
export function metricRowLabel(context: ClaimContext): string | undefined {
  const table = context.table;
  return table !== undefined && valueHeaderRe.test(table.header) ? table.row.replace(/[*_`]/g, '').trim() : undefined;
}

/** Remove the decoration around a written path: backticks, quotes, trailing punctuation. */
export function cleanPath(written: string): string {
  return written.replace(/^[`'"(<]+|[`'")>,.;:]+$/g, '');
}

/** A backtick, kept out of the raw sources below: an escaped one is invalid in a unicode regex. */
const tick = '`';
/** Status marks and emoji that may open a list item: "✅", "❌", "⚠️", "[x]". */
const itemMarksSource = String.raw`(?:[^\p{L}\p{N}\s${tick}(]+\s*|\[[ xX]\]\s*)*`;
/** A separator between an item's lead and what it says about it: " - ", ":", "—". */
const leadSeparatorSource = String.raw`\s*(?::|\s[-–—]\s|—)`;
/** A path in backticks, or a bare one with a folder in it ("README.md" alone may be prose about the project). */
const leadPathSource = String.raw`${tick}(?<quoted>[^${tick}\s]*[\w*]\/[^${tick}\s]*|${pathSource})${tick}|(?<bare>(?:[\w@.+-]+\/)+[\w@.+*-]*)`;
/** A list item or row that opens with a path: "✅ `pkg/auth` - All tests passing", "`tests/a.py` (12 tests)". */
const pathLeadRe = new RegExp(String.raw`^${itemMarksSource}(?:${leadPathSource})(?:${leadSeparatorSource}|\s*(?=\())`, 'u');
/** A heading that is a path and at most a note in parentheses: "internal/tui/dialogs (62.7%)", "`src/lib.rs` (Pipeline)". */
const pathHeadingRe = new RegExp(String.raw`^${itemMarksSource}(?:${leadPathSource})\s*(?:\([^()]*\))?[^\p{L}\p{N}]*$`, 'u');
/**
 * A list item that opens with one compound name, a command's or a module's (`kebab-case`, `snake_case`), then a
 * dash: "3. **test-robustness** - 2 tests basicos", "- **vm-service** - 16 tests". Group `name`.
 */
const compoundLeadRe = new RegExp(String.raw`^${itemMarksSource}${tick}?(?<name>\p{L}[\p{L}\p{N}]*(?:[-_][\p{L}\p{N}]+)+)[*_${tick}]*\s+[-–—]\s`, 'u');
/** A list item that opens with a name and a parenthesis: "API Assertion Updates (~100 tests): ...". */
const parenLeadRe = new RegExp(String.raw`^${itemMarksSource}(?<name>[\p{L}\p{N}][\p{L}\p{N}\s/&.'’_-]{1,60}?)\s*\((?<inner>[^()]*)\)`, 'u');
/** A parent item that opens with a name and says something about it: "✅ API Endpoints v2 - Test assertion fixes". */
const nameLeadRe = new RegExp(String.raw`^${itemMarksSource}(?<name>[\p{L}\p{N}][\p{L}\p{N}\s/&.'’_-]{1,60}?)${leadSeparatorSource}(?<rest>\s*\S[\s\S]*)$`, 'u');
/**
 * A parent item that is a title and nothing more: "Fix AB Testing Failures ✅
 * DONE (1 hour)". Status marks, status words and a parenthesis may follow the
 * name; a trailing colon makes it a label that introduces a list instead.
 */
const titleLeadRe = new RegExp(String.raw`^${itemMarksSource}(?<name>[\p{L}\p{N}][\p{L}\p{N}\s/&.'’_-]{1,60}?)\s*(?:(?:[^\p{L}\p{N}\s(:.,;]+|\b(?:done|complete[ds]?|fixed|resolved|finished)\b|\([^()]*\))\s*)*$`, 'iu');
/**
 * A paragraph or heading that is a title with a parenthesis: "Priority 1: API
 * Assertion Updates (~100 tests, 4-6 hours)", "1. Camera Tests (133 tests) ✅".
 * A sentence ends with a stop and is prose, not a title.
 */
const titleBlockRe = /^[^()]{2,80}\([^()]*\)(?:\s*(?:[^\p{L}\p{N}\s(.,;]+|\b(?:all\s+)?(?:pass(?:ing|ed)|done|complete[ds]?|fixed|resolved|finished)\b))*\s*:?\s*$/iu;
/** An ordinal label in front of a title's name: "Priority 1:", "Phase 2 -", "Issue 3.". */
export const ordinalLabelRe = /^\W*(?:(?:priority|phase|step|issue|task|item|stage|part|tier|fix)\s*#?\d+[a-z]?\s*(?::|\.|\)|\s[-–—]\s)|\d+(?:\.\d+)*[.)]\s)\s*/i;

/** What follows a label that counts something ("Files Created: 6"): a count, not a part's description. */
const bareFigureRe = /^\s*[~≈]?\d[\d,.]*\+?\s*$/;
/** Words of a lead that names the whole project, the tests, or a section of the report, not a part. */
const wholeLeadWordsSource = wordsSource(wholeLeadWords);
const wholeLeadRe = new RegExp(String.raw`^(?:(?:${wholeLeadWordsSource}|${categorySource})\b[\s/&-]*)+$`, 'i');
/** Words of a title that name no part: the whole project, a status, a category, glue. */
const genericTitleWordRe = new RegExp(String.raw`^(?:${wholeLeadWordsSource}|${categorySource}|${wordsSource([...testStatusForms, 'rate', ...glueWords])}|\d+[.)]?)$`, 'i');
/** A lead that is a sentence, not a title: four words or more ending in a full stop ("Test coverage is comprehensive and complete."). */
const sentenceLeadRe = /^(?:\S+\s+){3,}\S*\p{L}\.$/u;
/** A lead that names a category of tests: "Unit Tests", "E2E". */
const categoryLeadRe = new RegExp(String.raw`^(?<category>${categorySource})(?:\s+test(?:s|ing)?)?$`, 'i');

/** A status word in a lead makes it the label of a count ("Minor Test Failures (10 tests)", "Pass Rate: ..."), not a part. */
const statusLeadRe = new RegExp(String.raw`\b${wordsSource([...testStatusForms, 'rate'])}\b`, 'i');
/** A lead that is itself a count of tests: "45 unit tests", "431 specs". */
const countingLeadRe = new RegExp(String.raw`(?<![\w./-])\d[\d,]*\+?\s+(?:[\w-]+\s+)?${wordsSource(testCountNouns)}\b`, 'i');
/** Where a name ends inside a longer lead: "README.md - Added badges" names "README.md". */
const nameEndRe = new RegExp(leadSeparatorSource);

/** The part a lead names, a category of tests, or undefined when it names the whole project. */
function leadName(name: string): Subject | undefined {
  const cut = nameEndRe.exec(name);
  const clean = (cut ? name.slice(0, cut.index) : name).trim().replace(/\s+/g, ' ');
  // "45 unit tests (41 passing, 4 failing)": a lead that counts tests is no part's name.
  if (clean === '' || statusLeadRe.test(clean) || countingLeadRe.test(clean) || isTaskLead(clean)) return undefined;
  const category = categoryLeadRe.exec(clean)?.groups?.category;
  if (category) return { category: category.toLowerCase() };
  return wholeLeadRe.test(clean) ? undefined : { name: clean };
}

/** The path or name that opens `text`, when the figure at `start` comes after it. */
function openingPart(text: string, start: number, ownItem: boolean): Subject | undefined {
  const path = pathLeadRe.exec(text);
  if (path && start >= path[0].length) return { path: cleanPath(path.groups?.quoted ?? path.groups?.bare ?? '') };
  if (!ownItem) return undefined;
  const compound = compoundLeadRe.exec(text);
  if (compound?.groups?.name && start >= compound[0].length) return { name: compound.groups.name };
  const paren = parenLeadRe.exec(text);
  if (paren?.groups?.name) {
    const innerStart = paren[0].length - 1 - (paren.groups.inner ?? '').length;
    if (start >= innerStart && start < paren[0].length) return leadName(paren.groups.name);
  }
  return undefined;
}

/** The part a parent item names for the items under it: "✅ API Endpoints v2 - Test assertion fixes". */
function parentPart(parent: string): Subject | undefined {
  const path = pathLeadRe.exec(parent);
  if (path) return { path: cleanPath(path.groups?.quoted ?? path.groups?.bare ?? '') };
  const named = nameLeadRe.exec(parent);
  if (named?.groups?.name) return bareFigureRe.test(named.groups.rest ?? '') ? undefined : leadName(named.groups.name);
  return titleName(parent);
}

/** The part a parent item that is only a title names, unless its words name nothing but the whole project or a status. */
function titleName(parent: string): Subject | undefined {
  const name = titleLeadRe.exec(parent)?.groups?.name?.trim().replace(/\s+/g, ' ');
  if (!name || isTaskLead(name) || sentenceLeadRe.test(name)) return undefined;
  const category = categoryLeadRe.exec(name)?.groups?.category;
  if (category) return { category: category.toLowerCase() };
  const words = name.split(/[\s/&-]+/).filter((w) => w !== '');
  return words.every((w) => genericTitleWordRe.test(w)) ? undefined : { name };
}

/** What `itemSubject` reads of a block. */
export interface ItemBlock {
  text: string;
  context: ClaimContext;
  item?: true;
  kind?: string;
}

/** A paragraph or heading shaped like a title with a parenthesis, read as an item: its name is the part the parenthesis counts. */
function titleBlock(block: ItemBlock): { text: string; shift: number } | undefined {
  if ((block.kind !== 'paragraph' && block.kind !== 'heading') || block.item === true || !titleBlockRe.test(block.text)) return undefined;
  const shift = ordinalLabelRe.exec(block.text)?.[0].length ?? 0;
  return { text: block.text.slice(shift), shift };
}

/** A parenthesis that counts tests: "(34 tests)", "(10/10 passing)". */
const countingParenRe = new RegExp(String.raw`^[^()]*\(\s*[~≈]?\d[\d,]*\+?\s*(?:\/\s*\d[\d,]*|\s+(?:[\w-]+\s+)?(?:${wordsSource(testCountNouns)}|pass(?:ing|ed)|fail(?:ing|ed)))\b`, 'i');

/**
 * The part a heading names when it counts that part's tests: "3. Web API
 * Tests (34 tests) - 27 PASSING" gives "Web API Tests" to the figures in it
 * and under it. The innermost such heading wins; one naming the whole
 * project or a status ("Passing Tests (27/34)") gives nothing and the search
 * goes on outward. A heading without such a count names no part, so a
 * report's title never swallows its figures.
 */
export function headingPart(block: { kind?: string; text: string; context: ClaimContext }): Subject | undefined {
  const headings = [...block.context.headings].reverse();
  if (block.kind === 'heading') headings.unshift(block.text);
  for (const heading of headings) {
    if (!countingParenRe.test(heading)) continue;
    const shift = ordinalLabelRe.exec(heading)?.[0].length ?? 0;
    const name = parenLeadRe.exec(heading.slice(shift))?.groups?.name;
    const part = name ? leadName(name) : undefined;
    if (part) return part;
  }
  return undefined;
}

/**
 * The part of the project a list item (or a row) gives a figure at `start`
 * of its text: a path or a name that opens the item ("`pkg/auth` - 2 test
 * failures", "API Assertion Updates (~100 tests)"), or a
 * part that opens the item it is nested under ("AI Content Enhancer - ..." >
 * "Coverage: 71%"). Undefined when the item names no part, or names the
 * whole project ("Total: 431 passing").
 */
export function itemSubject(block: ItemBlock, start: number): Subject | undefined {
  const own = block.item === true;
  if (own || block.context.table !== undefined) {
    const part = openingPart(block.text, start, own);
    if (part) return part;
  }
  const title = titleBlock(block);
  if (title !== undefined) {
    const part = openingPart(title.text, start - title.shift, true);
    if (part) return part;
  }
  // A table's rows name their own subjects, nearer than the item the table sits in.
  if (block.context.table !== undefined || block.context.list === undefined) return undefined;
  return parentPart(block.context.list);
}

/**
 * The folder or source file the innermost heading names, when the heading is
 * that path and at most a note: "#### 3. internal/tui/dialogs (62.7%)" gives
 * `internal/tui/dialogs` to a count of tests under it that names no part of
 * its own ("**Tests:** 59 tests covering:"), "### vectro_cli/src/lib.rs
 * (Compression Pipeline)" gives the file ("**Key Tests** (5 tests
 * total):"). A heading that says more than the path, a farther heading, or a
 * file that holds no code (`docs/TESTING.md`) gives nothing.
 */
export function headingPath(headings: readonly string[]): Subject | undefined {
  const heading = headings.at(-1);
  if (heading === undefined) return undefined;
  const shift = ordinalLabelRe.exec(heading)?.[0].length ?? 0;
  const m = pathHeadingRe.exec(heading.slice(shift));
  const path = m ? cleanPath(m.groups?.quoted ?? m.groups?.bare ?? '').replace(/\/+$/, '') : '';
  if (path === '' || /[*?{]/.test(path)) return undefined;
  const extension = extensionOf(path);
  return extension === undefined || sourceExtensions.includes(extension) ? { path } : undefined;
}

/** A heading that names a part, then gives its path alone in parentheses: "SeoService (app/Services/SeoService.php)". Group `path`. */
const pathAsideHeadingRe = new RegExp(String.raw`^[^()]*\p{L}[^()]*\(\s*\x60?(?<path>${pathSource})\x60?\s*\)[^\p{L}\p{N}]*$`, 'u');

/**
 * The file or folder the innermost heading gives in parentheses after a part's
 * name: "#### SeoService (`app/Services/SeoService.php`)" (w86:131) gives the
 * file to a statistic under it that names no part of its own ("**Lines of
 * Code:** 299"); "### Integration Tests (`__tests__/integration/`)" (w24:72)
 * gives the folder. A glob, a farther heading, or a parenthesis holding more
 * than the path gives nothing.
 */
export function headingPathAside(headings: readonly string[]): Subject | undefined {
  const heading = headings.at(-1);
  const written = heading === undefined ? undefined : pathAsideHeadingRe.exec(heading)?.groups?.path;
  const path = written === undefined ? '' : cleanPath(written).replace(/\/+$/, '');
  return path === '' || /[*?{]/.test(path) ? undefined : { path };
}
