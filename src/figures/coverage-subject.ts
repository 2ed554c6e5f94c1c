/**
 * What a coverage figure is about, read from the words around it: a path,
 * folder or glob named beside it, a table row, a component named in prose
 * ("API coverage", "Storage layer coverage"), or the whole project.
 * Shared by the coverage extractors.
 */
import type { Subject } from '../model.js';
import type { TextBlock } from '../read/markdown.js';
import { cleanPath, itemSubject, ordinalLabelRe, pathOnlyRe, pathSource, rowSubject } from './subjects.js';
import { isTestFileName } from './test-files.js';
import { isRoleLabel } from './role-label.js';
import { partPath } from './part-path.js';
import { isCategoryWord, partOf, titleCategory } from './test-subject.js';
import { withoutEmphasis } from '../read/without-stars.js';

/** A path with a wildcard: `handlers/*.py`, `src/**`, `*.test.ts`. */
export const globSource = String.raw`(?:[\w@.+*-]+\/)+[\w@.+*-]*\*[\w@.+*-]*|[\w@.+-]*\*[\w@.+-]*\.[A-Za-z]\w{0,9}`;

/** A path written in backticks (a single folder too: `service/`), or bare inside parentheses: "(store/engine.py)". */
const pathBesideRe = new RegExp(String.raw`\`(?<quoted>${globSource}|${pathSource}|[\w@.+-]+\/)\`|\(\s*(?<bare>${globSource}|${pathSource})\s*\)`, 'g');

/** A label in front of the figure: "AB Testing: coverage improved ...". */
const labelRe = /^\s*(?<label>[^:]{2,40}?)\s*:/;

/** A kind of part right before the figure: "First module at 100% coverage", "3 files with 0% coverage". */
const partAtRe = /(?<part>(?:[\p{L}\p{N}]+\s+)?(?:modules?|files?|class(?:es)?|components?|packages?|services?|crates?))\s+(?:at|with|reach(?:ed|ing)?)\s+\**[~≈<>≥≤]?\s*$/iu;

/** A label that says its line is about the whole project: "Overall Status", "Project Health". */
const overallLabelRe = /\b(?:overall|project)\b/i;
/** A coverage phrase that opens with a word for the whole project: "Code Coverage", "Overall coverage". */
const wholePhraseRe = /^\W*(?:overall|total|code|test|project|global)\s+coverage\b/i;
/** Words that say a coverage figure is about the whole project. */
const wholeProjectRe = /\b(?:overall|total|project|code\s+coverage|test\s+coverage|all\s+files|line\s+coverage|coverage)\b/i;

/**
 * Words before "coverage" that do not name a part of the project: articles,
 * verbs, and words for the whole project or a metric.
 */
const plainWords = new Set([
  'a', 'an', 'the', 'our', 'its', 'their', 'this', 'that', 'with', 'and', 'or', 'of', 'for', 'in', 'on', 'at', 'to', 'by', 'is', 'was',
  'are', 'were', 'has', 'have', 'had', 'we', 'it', 'reports', 'reported', 'report', 'shows', 'show', 'showed', 'achieved', 'achieves',
  'reached', 'reaches', 'maintained', 'maintains', 'measured', 'improved', 'increased', 'current', 'currently', 'final', 'good', 'high',
  'low', 'strong', 'solid', 'full', 'minimum', 'required', 'expected', 'actual', 'average', 'combined', 'aggregate', 'global', 'whole',
  'entire', 'overall', 'total', 'code', 'test', 'tests', 'testing', 'unit', 'project', 'repo', 'repository', 'suite', 'line', 'lines',
  'branch', 'branches', 'function', 'functions', 'statement', 'statements', 'stmt', 'now', 'also', 'still', 'only', 'and', 'but',
  // a state of the same figure: "**Target Coverage:** 85%" under "Current Status" is the whole project's goal
  'target', 'goal', 'baseline', 'starting', 'ending',
  // a score of testing is no part of the code: "**Testing Score**" (202:208)
  'score', 'scores',
]);

/** Words for what is measured that may end a component's name: "AB testing", "Parser unit test". */
const metricWords = new Set(['test', 'tests', 'testing', 'unit', 'code', 'line', 'lines', 'branch', 'statement', 'function']);

/** Where the clause holding the coverage phrase starts: after a sentence, comma, colon, bracket, bullet or line break. */
const clauseBreakRe = /(?:[.;:,(|]\s|\n|^\s*[-*+]\s|\(|^)(?![\s\S]*(?:[.;:,(|]\s|\(|\n))/;
/** Words that may open a clause before the component's name. */
const openers = new Set(['the', 'our', 'its', 'their', 'a', 'an', 'this', 'and']);
/**
 * Verbs that open a task or a goal ("Raise branch coverage to 90%", "Improve
 * API coverage"): an instruction, never a component's name.
 */
const taskVerbs = new Set([
  'raise', 'increase', 'improve', 'boost', 'bring', 'push', 'get', 'lift', 'grow', 'expand', 'extend', 'add', 'reach', 'achieve',
  'maintain', 'keep', 'hit', 'restore', 'double', 'measure', 'track', 'monitor', 'enforce', 'check', 'verify',
]);
/** A word of a component's name. */
const nameWordRe = /^[\p{L}][\p{L}\p{N}'’_/-]*$/u;

/**
 * The component named by the words between the start of the clause and
 * `start`, e.g. "API", "storage layer"; undefined when those words are not a
 * name of one to three words ("We achieved", "The report says").
 */
export function areaBefore(text: string, start: number): string | undefined {
  const before = text.slice(0, start);
  const clause = before.slice(clauseBreakRe.exec(before)?.index ?? 0).replace(/^[\s.;:,(|*+-]+/, '');
  // Status marks and emoji carry no name: "⚠️ API Endpoint Coverage".
  const words = withoutEmphasis(clause).trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  while (words.length > 0 && openers.has(words[0]!.toLowerCase())) words.shift();
  while (words.length > 0 && taskVerbs.has(words[0]!.toLowerCase())) {
    words.shift();
    while (words.length > 0 && openers.has(words[0]!.toLowerCase())) words.shift();
  }
  // "AB testing coverage": the metric word "testing" ends a component's name.
  const named = words.slice();
  while (named.length > 1 && metricWords.has(named[named.length - 1]!.toLowerCase())) named.pop();
  if (named.length < words.length && named.every((w) => nameWordRe.test(w) && !plainWords.has(w.toLowerCase()))) return words.join(' ');
  if (words.length === 0 || words.length > 3) return undefined;
  if (words.some((w) => !nameWordRe.test(w) || plainWords.has(w.toLowerCase()))) return undefined;
  return words.join(' ');
}

/**
 * The subject of a coverage figure found in `block`, whose coverage phrase
 * starts at `start`: the one path or glob beside it, else the table row, else
 * a component named in front of it (when `readArea`: the phrase starts with
 * "coverage", not with the figure), else the part its list item names, else
 * the whole project.
 */
export function coverageSubject(block: TextBlock, start: number, readArea = true): Subject {
  const subject = writtenSubject(block, start, readArea);
  // A row of a table of test suites ("Test Suite | Tests | Coverage") gives the coverage of the source the suite tests;
  // a row of a table of files ("File | Coverage") may be a test file the coverage tool measured itself.
  const suites = block.kind === 'cell' && testSuiteHeaderRe.test(block.columns?.[0] ?? '');
  return suites && 'path' in subject ? { path: testedSource(subject.path) } : subject;
}

/** A first column that lists test suites or test files. */
const testSuiteHeaderRe = /\btest\s*(?:suites?|files?|specs?)\b|^\W*(?:suites?|specs?)\W*$/i;

/**
 * A label that is a folder's path, as written in code: lower-case segments
 * ("pkg/api/grpc", "cmd/podcli/"). "Payment/Billing", "CI/CD" and "I/O" are words.
 */
const folderLabelRe = /^[a-z0-9_.@-]+(?:\/[a-z0-9_.@-]+)+\/?$/;

/** The subject as the report writes it (a test file stays a test file). */
function writtenSubject(block: TextBlock, start: number, readArea: boolean): Subject {
  if (block.codeOwner !== undefined) return { name: block.codeOwner };
  const paths = [...new Set([...block.text.matchAll(pathBesideRe)].map((m) => cleanPath(m.groups?.quoted ?? m.groups?.bare ?? '')))];
  if (paths.length === 1 && paths[0]) return { path: paths[0] };
  const row = rowSubject(block.context);
  // A row named by a word for testing itself ("| **Testing** | 90/100 | 75% coverage |") names no part.
  if (row && 'name' in row && !namesComponent(row.name)) return { scope: 'all' };
  if (row) {
    // "Storage (store/engine.py)" in a row names its path.
    const inRow = 'name' in row ? [...row.name.matchAll(pathBesideRe)] : [];
    const rowPath = inRow.length === 1 ? inRow[0]?.groups?.quoted ?? inRow[0]?.groups?.bare : undefined;
    return rowPath ? { path: cleanPath(rowPath) } : row;
  }
  // "Increase web/app.py coverage": a file's path right before the coverage phrase names it.
  const pathRight = readArea ? pathRightBefore(block.text, start) : undefined;
  if (pathRight !== undefined) return { path: pathRight };
  const area = readArea ? areaBefore(block.text, start) : undefined;
  if (area) return { name: area };
  // "First module at 100% coverage": the figure is that part's, named by its kind alone, never the whole project's.
  const partAt = partAtRe.exec(block.text.slice(0, start))?.groups?.part;
  if (partAt) return { name: partAt };
  // "📊 **Code Coverage:** 79% overall" in a paragraph of status lines: the phrase names the whole project, not a label of the lines before it.
  if (block.item !== true && block.context.list === undefined && wholePhraseRe.test(block.text.slice(start))) return { scope: 'all' };
  // A paragraph may hold several "**Label**: value" lines; only the figure's own line labels it.
  const lineStart = block.text.lastIndexOf('\n', start - 1) + 1;
  const dashed = dashedName(block.text.slice(lineStart, start));
  if (dashed) return { name: dashed };
  const label = labelRe.exec(block.text.slice(lineStart));
  if (label?.groups?.label && lineStart + label.index + label[0].length <= start) {
    const written = withoutEmphasis(label.groups.label).trim();
    // "**pkg/fscache**: 11 tests (79.1% coverage)": a label that is a path names that path.
    const labelPath = pathOnlyRe.exec(written)?.groups?.path;
    if (labelPath !== undefined && folderLabelRe.test(labelPath)) return { path: cleanPath(labelPath) };
    // A label that gives the line its role ("Target: 85%", "**Status:** 50% progress toward 85% coverage target")
    // names no part.
    if (!isRoleLabel(written) && (!wholeProjectRe.test(written) || namesComponent(written))) return { name: written };
    // "**Overall Status**: ✅ Ready (~97% coverage)": the label says the line is about the whole project.
    if (overallLabelRe.test(written)) return { scope: 'all' };
  }
  const owner = parenthesisOwner(block.text, start);
  // "7. **usePublicRpc.ts** (0% coverage)": a file's name owns the parenthesis.
  const ownerPath = owner !== undefined ? partPath(owner) : undefined;
  if (ownerPath !== undefined) return { path: ownerPath };
  if (owner) return { name: owner };

  // "API Endpoints v2 - fixes" > "Coverage: 69% → 74%": the item above names the part.
  const item = itemSubject(block, start);
  // A role the title gives its line ("### Immediate (To Meet 75% Coverage)") names no part.
  // A parent naming testing or its score ("**Testing Score**: Claimed 19/20" over "- Reason: … actual 90% coverage", 202:208) names no part either.
  if (item && !('name' in item && (isRoleLabel(item.name) || !namesComponent(item.name)))) return item;
  // "### Phase 2: API Endpoint Tests" > "- Coverage: 0% → 45%": an item labelled with the measure alone is the section's group's.
  const bareLabel = label !== null && bareCoverageLabelRe.test(label.groups?.label ?? '');
  // "# Test Status Report - Invoice Count Tests": a report about one group of tests gives its coverage to that group.
  return (block.item === true && bareLabel ? sectionGroup(block) : undefined) ?? titleCategory(block.context.headings) ?? { scope: 'all' };
}

/** A heading that is a group's name and a test noun, maybe with marks after: "Phase 2: API Endpoint Tests ✅" (ordinal label cut). Group `words`. */
const groupHeadingRe = /^[^\p{L}\p{N}]*(?<words>\p{L}[\p{L}\p{N}\s&/-]*?)\s+(?:tests|testing|specs)[^\p{L}\p{N}]*$/iu;

/** An item's label that is the measure alone: "- Coverage: 0% → 45%", "- **Coverage:** 76%". */
const bareCoverageLabelRe = /^[^\p{L}]*coverage[^\p{L}]*$/iu;

/**
 * The group of tests the figure's own heading names, for the coverage of an item labelled `Coverage:` alone,
 * when the heading names more than a way of testing:
 * "### Phase 2: API Endpoint Tests" over "- Coverage: 0% → 45%" gives the coverage of the API endpoints,
 * as the section's test counts are theirs; "### Unit Tests" names only how the tests run, and the
 * figure stays the whole project's. The report's title names the report, never a group.
 */
function sectionGroup(block: TextBlock): Subject | undefined {
  const own = block.context.headings.at(-1);
  if (own === undefined || block.context.headings.length < 2 || block.context.table !== undefined) return undefined;
  const words = groupHeadingRe.exec(withoutEmphasis(own.replace(ordinalLabelRe, '')))?.groups?.words;
  const group = words === undefined ? undefined : partOf(words);
  if (group === undefined || group.split(/[\s-]+/).every((word) => isCategoryWord(word))) return undefined;
  return { category: group };
}

/** The last word before a coverage phrase: "web/app.py" of "Increase web/app.py coverage". Group `word`. */
const lastWordRe = /(?:^|\s)[*`]*(?<word>[^\s*`]+)[*`]*\s+$/;

/** The path of a source file or folder written right before `start` (0-based), or undefined. */
function pathRightBefore(text: string, start: number): string | undefined {
  const word = lastWordRe.exec(text.slice(Math.max(0, start - 120), start))?.groups?.word;
  return word !== undefined && word.includes('/') ? partPath(word) : undefined;
}

/**
 * A name set before the figure with a dash, alone on its line: "### ✅ Controllers - 83.64% Coverage",
 * "- `get_total_invoice_count() -> u32` - **100% coverage**". Group `name`.
 */
const dashedNameRe = /^[^\p{L}\p{N}`]*(?:\d+[.)]\s+)?(?<name>(?:`[^`\n]*`|[^:|`])+?)\s+[-–—]\s+[*_]*\s*[~≈]?$/u;
/** A function written with its signature in code: "`get_invoice_count_by_status(status: InvoiceStatus) -> u32`" names `get_invoice_count_by_status`. */
const signatureRe = /^`?(?<name>[A-Za-z_][\w.:]*)\s*\(/;

/** The part a line's lead names before a dash, or undefined: a component's name of one to four words, or a function in code. */
function dashedName(lead: string): string | undefined {
  const written = dashedNameRe.exec(lead)?.groups?.name?.replace(/\*\*/g, '').trim();
  if (written === undefined) return undefined;
  const fn = signatureRe.exec(written)?.groups?.name;
  if (fn !== undefined) return fn;
  const words = written.replace(/`/g, '').split(/\s+/);
  return words.length <= 4 && !isRoleLabel(written) && namesComponent(written) ? written.replace(/`/g, '') : undefined;
}

/** Words of a label or phrase that are neither plain words nor list numbering: "AB testing coverage" → "AB". */
function namesComponent(phrase: string): boolean {
  return phrase
    .replace(/[^\p{L}\p{N}'’_/\s-]/gu, ' ')
    .split(/\s+/)
    .some((w) => nameWordRe.test(w) && !plainWords.has(w.toLowerCase()) && !passingWords.has(w.toLowerCase()) && !coverageWords.has(w.toLowerCase()));
}

/** The measure itself names no part: "| Test Coverage >95% |" is a requirement's row, not a component's. */
const coverageWords = new Set(['coverage', 'covered']);

/** Words that say how tests fare, not what they cover: "Tests pass (87% coverage)" is about the project. */
const passingWords = new Set(['pass', 'passing', 'passed', 'green', 'succeed', 'succeeds', 'all', 'everything', 'status', 'results', 'result', 'summary']);

/**
 * The phrase a parenthesis holding the figure belongs to: "Health Endpoints
 * (14% coverage)" and "AB testing fully operational (89% coverage)" give a
 * component's figure, not the project's; undefined when that phrase names
 * nothing but the project ("Tests pass (87% coverage)").
 */
function parenthesisOwner(text: string, start: number): string | undefined {
  const before = text.slice(0, start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0) return undefined;
  const cut = Math.max(before.lastIndexOf('. ', open), before.lastIndexOf('; ', open), before.lastIndexOf('|', open), before.lastIndexOf('\n', open));
  const phrase = before.slice(cut + 1, open).replace(/^\s*(?:\d+[.)]\s*)?/, '').replace(/[*_`]/g, '').trim();
  // "### Immediate (To Meet 75% Coverage)": a label of the line's role names no part.
  return phrase !== '' && namesComponent(phrase) && !isRoleLabel(phrase) ? phrase : undefined;
}

/** A figure written with its sign: "+5%", "−3.2%". */
const signedRe = /^\s*[+±−]|^\s*-\s*\d/;

/** Whether a figure is written with a sign: a change of coverage ("needs +5%", "Estimated +15% coverage"), never its level. */
export function isSignedFigure(text: string): boolean {
  return signedRe.test(text);
}

/** The marks a test file's name adds to its source's: `test_` before, `.test`/`_spec` (and plurals) or `Test`/`Tests` after. */
const testMarkRe = /^(?<dir>(?:.*\/)?)(?:test_(?<prefixed>[^/]+)|(?<name>[^/]+?)(?:[._-](?:test|spec)s?|Tests?)(?<ext>\.\w+))$/;

/**
 * The source file a coverage figure written beside a test file measures:
 * a coverage tool measures `LoginPage.js`, which `LoginPage.test.js` tests,
 * never the test file itself. Any other path stays as it is.
 */
export function testedSource(path: string): string {
  const m = isTestFileName(path) ? testMarkRe.exec(path) : null;
  if (!m?.groups) return path;
  const { dir = '', prefixed, name, ext } = m.groups;
  return prefixed !== undefined ? `${dir}${prefixed}` : `${dir}${name ?? ''}${ext ?? ''}`;
}
