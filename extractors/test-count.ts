import type { Extractor, ExtractContext } from '../src/figures/extract.js';
import type { ClaimKind, Subject } from '../src/model.js';
import type { TextBlock } from '../src/read/markdown.js';
import { arrowSource, figureAfterArrow, countWordSource, parseNumber, quantitySource, readCountWord, readQuantity, numberSource } from '../src/figures/numbers.js';
import { categorySource, headingPart, headingPath, itemSubject, metricRowLabel, rowSubject } from '../src/figures/subjects.js';
import { scan, groupStart } from '../src/read/scan.js';
import { claimLocalized } from '../src/figures/localized-counts.js';
import { headingCategory, labelPart, modifierPart, namesNoPart, partOf } from '../src/figures/test-subject.js';
import { ownLabel } from '../src/figures/context.js';
import { alternation } from '../src/figures/language-words.js';
import { isTestFileName, testFileOnLine, testFileSource } from '../src/figures/test-files.js';
import { testsAboveSubtests } from '../src/figures/test-column.js';
import { planVerbs, presentWords, testCountNouns, wholeCountWords, wordsSource } from '../src/figures/words.js';

/** Status words and the kind each one counts. */
const statusKinds: ReadonlyArray<[RegExp, ClaimKind]> = [
  [/^(?:pass(?:ing|ed|es)?|succeed(?:ed|ing)?|green|ok)$/i, 'tests.passed'],
  [/^(?:fail(?:ing|ed|s|ures?)?|broken|red|regressions?)$/i, 'tests.failed'],
  [/^(?:skip(?:ped|s)?|pending|todo|ignored|disabled)$/i, 'tests.skipped'],
  [/^(?:errors?|errored)$/i, 'tests.errors'],
  [/^(?:total|tests?|test\s+cases?|ran|executed|run)$/i, 'tests.total'],
];

const statusSource = String.raw`pass(?:ing|ed|es)?|fail(?:ing|ed|ures?)?|skip(?:ped)?|pending|todo|errors|errored`;
const testNounSource = String.raw`(?:test(?:\s*cases?)?(?:s|\(s\))?(?!\()|specs?|assertions?)`;
/** No letter, digit, separator or sign right before a count: "+10 tests" is a change, "v1.2" a version. */
const countStart = String.raw`(?<![\w.,/+\-])`;

/** The total after a status count and a slash: "431 passing / 444 total", "9 passed / 12 tests total". */
const slashTotalRe = new RegExp(
  String.raw`(?<=\b(?:${statusSource})\s*)\/\s*${quantitySource}\s+(?:${testNounSource}\s+)?total\b`,
  'gid',
);
/** "no failing tests", "two tests failing", "one skipped test". */
const wordThenStatusRe = new RegExp(
  String.raw`\b(?<word>${countWordSource})\s+(?:(?<category>${categorySource})\s+)?(?:(?<noun1>${testNounSource})\s+(?<status1>pass(?:ing|ed)|fail(?:ing|ed)|skipped)|(?<status2>passing|failing|failed|skipped)\s+(?<noun2>${testNounSource}))\b`,
  'gi',
);
/** "4 real Vitest assertion regressions", "3 test failures": failures counted by a failure noun. */
const countThenFailuresRe = new RegExp(
  String.raw`${countStart}${quantitySource}[^\S\n]+(?:[A-Za-z][\w-]*\s+){0,2}?(?:test|assertion|spec)\s+(?:failures|regressions)\b`,
  'gid',
);
/** "zero test failures", "No compilation errors, warnings, or test failures": a negation that reaches the failures through a list. */
const noFailuresRe = /\b(?:no|zero)\s+(?:[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?\s*,\s*){0,4}(?:(?:or|nor|and)\s+)?(?:test|assertion|spec)\s+failures\b/gi;
/** A line that is a status and its count, nothing more: "Failures: 2", "- Passed: `0`", "Passing: ~1,407". */
const ownedStatusLineRe = new RegExp(String.raw`^[^\p{L}\p{N}\n\x60]*(?<label>${statusSource}|failures)\**\s*[:=]\**\s*\x60?${quantitySource}\x60?(?:\s*\([^()\n]*\))?\s*$`, 'gimud');
/**
 * A labelled total of tests right before its parts: "**Total Tests:** 249 (191 active + 58 session tests)".
 * Other labelled counts are read by the figure classifier (extractors/figure-tests.ts).
 */
const labelledTotalRe = new RegExp(String.raw`(?:^|[|;]\s*)[^\p{L}\n]*(?:total\s+)?tests?\**\s*[:=]\**\s*${quantitySource}(?=\s*\()`, 'gimud');
/** "(580 unit + 32 e2e tests)", "(191 active + 58 session tests)": the parts of a total. */
const breakdownRe = new RegExp(
  String.raw`^\s*\((?<parts>\s*(?:${numberSource})\s+[A-Za-z][\w-]*(?:\s*\+\s*(?:${numberSource})\s+[A-Za-z][\w-]*)+)(?:\s+${testNounSource})?\s*\)`,
);
const categoryRe = new RegExp(`^(?:${categorySource})$`, 'i');
const breakdownPartRe = new RegExp(String.raw`(?<num>${numberSource})\s+(?<name>[A-Za-z][\w-]*)`, 'g');
/** "+10 tests now passing (14 → 24)": the before and after figures of a count. */
const statusThenChangeRe = new RegExp(
  String.raw`(?<status>${statusSource})\**\s*\(\s*(?<from>${numberSource})\s*${arrowSource}\s*(?<to>${numberSource})\s*\)`,
  'gid',
);

/** A test file's name: "job-order.test.ts", "test_auth.py", "test_arena.c". */
const testFileRe = new RegExp(String.raw`(?:^|[\s\x60(])${testFileSource}\b`);
/** A line that opens with a test file and a separator: "  - config_test.rs: 58 tests", "**`a.test.ts`** - 12 tests". Group `file`. */
const testFileLeadRe = new RegExp(String.raw`^[^\p{L}\p{N}\x60_]*\x60?(?<file>${testFileSource})\x60?\**\s*(?::|\s[-–—]\s|\()`, 'u');
/**
 * An item's title and the dash right before a count: "2. **✅ All Unit Tests Passing** - 305/305 tests successful"
 * (its text without the marks: "✅ All Unit Tests Passing - "), the form of "3. **test-robustness** - 2 tests basicos"
 * (304) and "1. **tests/Feature/StockAdjustmentTest.php** - 13 tests" (w32) with a title for a name. Group `title`.
 */
const dashTitleRe = /^(?<title>[^\n:]{2,60}?)\s[-–—]\s+$/u;
/** Headers of a column of test counts: the plural test nouns ("Tests", "Test Cases", "Specs"), "Test Count", "Total Tests". */
const testsHeaderSource = alternation([...testCountNouns.filter((noun) => noun.endsWith('s')), 'test count', 'total tests']).replace(/ /g, '\\s+');
/** Table headers that name a test status column. */
const statusHeaderRe = new RegExp(String.raw`^\W*(?:(?:tests?\s+)?(?<status>pass(?:ing|ed)?|fail(?:ing|ed|ures?)?|skip(?:ped)?|errors?)(?:\s+tests?)?|(?<tests>${testsHeaderSource}))\W*$`, 'i');
const cellCountRe = new RegExp(String.raw`^\s*[*\`]*\s*${quantitySource}\s*[*\`]*\s*$`, 'gd');
/** A metric row's count, maybe with its share after it, which stays out of the claim: "| ✅ Passed | 1366 (89.6%) |". */
const metricCellRe = new RegExp(String.raw`^\s*[*\`]*\s*${quantitySource}\s*[*\`]*(?=(?:\s*\(\s*[\d.]+\s*%\s*\))?\s*$)`, 'gd');
/** A metric row that names only a total: "| Total | 1533 |". */
const totalMetricRe = /^\W*total\W*$/i;

/**
 * A label naming units other than tests, maybe followed by counts of them:
 * "Test Suites: 1 failed, 4 passed" (Jest), "Test Files  74 passed (74)"
 * (Vitest), "**Test Packages:** 14/14 passing". The counts after it are not
 * tests. Plural only: "Test Suite: 431 passing" counts the suite's tests.
 */
const otherUnitLabelRe = new RegExp(
  String.raw`\b(?:(?:test|spec)\s+)?(?:files|suites|packages|modules|crates|targets|binaries|workflows|jobs|projects|workspaces|checks|health\s+checks|probes|endpoints|routes|services|containers|pods|nodes|hosts|servers|instances|deployments|builds|pipelines|stages|steps|migrations|rules|alerts|monitors|scans|images|tasks|hooks|requests|dependencies|vulnerabilities)(?:\**\s*[:=]\**\s*|\s{2,})(?:all\s+)?(?:[~≈]?\d[\d,]*\+?\s+[a-z]+\s*,\s*)*$`,
  'i',
);
/**
 * A category the clause already gave the tests it counts: "12/13 property
 * tests passing, 1 skipped", "45 unit tests (41 passing, 4 failing)"; not a
 * category word inside a part's name ("Web API Tests (34 tests)").
 */
const continuedCategoryRe = new RegExp(
  String.raw`(?<=(?:^|[\d+]\s*|\b(?:all|the|and|of)\s+))(?<category>${categorySource})\s+${testNounSource}(?:\s+(?:${statusSource}))?(?:\s*[,(]\s*(?:and\s+)?[~≈]?\d[\d,]*\+?\s+(?:${statusSource}))*\s*[,(]\s*(?:and\s+)?$`,
  'i',
);

/** The word right after a status: "5 failed login attempts" counts attempts. */
const wordAfterRe = /^\s+(?<word>[A-Za-z][\w-]*)/;
/** Words that may follow a count's status and leave it a count of tests: test nouns, categories, prepositions and adverbs. */
const testNounOrLinkRe = new RegExp(
  String.raw`^(?:${testNounSource}|test|${categorySource}|in|on|of|out|across|with|without|and|or|but|so|now|overall|total|after|before|since|at|for|from|to|under|while|when|due|because|as|by|per|again|still|today|remaining|[a-z]+ly)$`,
  'i',
);

/**
 * Whether the count at `start` counts other units than tests: by the label
 * in front of it ("Endpoints: 40 passing"), or by the noun right after its
 * status (`statusEnd`): "3 failed deployments", "2 failing health probes".
 */
export function countsOtherUnits(block: TextBlock, start: number, statusEnd?: number): boolean {
  if (otherUnitLabelRe.test(block.text.slice(Math.max(0, start - 80), start))) return true;
  const word = statusEnd === undefined ? undefined : wordAfterRe.exec(block.text.slice(statusEnd))?.groups?.word;
  return word !== undefined && !testNounOrLinkRe.test(word);
}

/** The kind a label's words give: a status word anywhere ("Passed Tests") before a total or test noun ("Total Tests"). */
function kindOf(word: string): ClaimKind | undefined {
  const clean = word.trim().replace(/\s+/g, ' ').split(' ');
  let total: ClaimKind | undefined;
  for (let i = clean.length - 1; i >= 0; i--) {
    const found = statusKinds.find(([re]) => re.test(clean[i] ?? ''));
    if (found && found[1] !== 'tests.total') return found[1];
    total ??= found?.[1];
  }
  return total;
}

/**
 * A part named by the item or row holding the count wins over a category: "`pkg/auth` - 3 unit tests failing".
 * Then the kind of tests the count's label or its own words name ("**Unit Tests**: 3042/3207", "58 session
 * tests"), the row, a heading that counts a part, a heading that names a kind of tests; else all.
 */
export function subjectFor(block: TextBlock, category: string | undefined, start: number, numStart = start): Subject {
  const subject = partFor(block, category, start, numStart);
  // A part named by a test file ("### 1. **test_dashboard_integration.py** (16 tests)") is that file, as a path names it.
  return 'name' in subject && isTestFileName(subject.name) ? { path: subject.name } : subject;
}

function partFor(block: TextBlock, category: string | undefined, start: number, numStart: number): Subject {
  if (block.codeOwner !== undefined) return { name: block.codeOwner };
  const part = itemSubject(block, start);
  if (part && !('name' in part)) return part;
  // A test file the item's line ties to its name or its count is its part, nearer than the name, a category or a
  // heading's part: "**Models** (`test/models/lens.test.ts`) - 11 tests" under "Unit Tests (26 tests)",
  // "CRUD Operations (25 tests) - [crud.spec.ts](…)".
  const tied = block.item === true ? tiedTestFile(block.text, numStart) : undefined;
  if (tied !== undefined) return { path: tied };
  if (part) return part;
  // A test file opening the count's line is the part it counts, even without a folder ("config_test.rs: 58 tests").
  const file = testFileLeadRe.exec(block.text.slice(block.text.lastIndexOf('\n', numStart - 1) + 1, numStart))?.groups?.file;
  if (file !== undefined) return { path: file };
  // A row that is a path is the part its cells count, whatever kind of tests a cell names: "| **pkg/systems** | … | 200+ system tests |".
  const pathRow = block.context.table !== undefined ? rowSubject(block.context) : undefined;
  if (category && pathRow !== undefined && 'path' in pathRow) return pathRow;
  if (category) return { category: categoryName(category) };
  const lead = block.text.slice(block.text.lastIndexOf('\n', numStart - 1) + 1, numStart);
  // An item's bold title before a dash labels what follows it, as a colon does: "2. **✅ All Unit Tests Passing** - 305/305 tests successful".
  const named = labelPart(ownLabel(lead) ?? (block.item === true ? dashTitleRe.exec(lead)?.groups?.title : undefined)) ??
    modifierPart(block.text.slice(numStart).replace(/^[~≈]?[\d,]+/, ''));
  if (named) return named;
  const continued = continuedCategoryRe.exec(block.text.slice(Math.max(0, start - 120), start))?.groups?.category;
  if (continued) return { category: categoryName(continued) };
  // A test file named before the count on its line ("pipeline-path-based.test.ts - All 21 tests passing") is its part, not the heading's kind.
  const byHeading = () => (testFileRe.test(lead) ? undefined : headingCategory(block.context.headings));
  const row = rowSubject(block.context);
  // A row that names only tests or a status ("Testing", "Passing Tests") is the whole suite's row, as "Total" is.
  const wholeRow = row !== undefined && 'name' in row && namesNoPart(row.name);
  return (wholeRow ? undefined : row) ?? headingPart(block) ?? headingPath(block.context.headings) ?? byHeading() ?? { scope: 'all' };
}

/**
 * A lead before a test file: a few words of a name, maybe an ordinal, bold or a mark ("1. **Models** ("), or a
 * label's colon ("Tests: `tests/Feature/RouteTest.php` (27 tests)", w86:96; "Yeni: `manager_init_test.go` (24 test)", w64:143).
 */
const nameLeadBeforeFileRe = /^[^\p{L}\p{N}]*(?:\d+[.)]\s+)?[^\p{L}\p{N}]*(?:[\p{L}\p{N}][\p{L}\p{N}&/'-]*\s*){1,6}(?:[*_]*:[*_]*\s*)?[(\x60\s]*$/u;
/** What may stand between a count and a test file after it: its noun, a closing parenthesis, a dash ("(25 tests) - "). */
const countThenFileRe = new RegExp(String.raw`^[^\p{L}\p{N}]*${wordsSource(testCountNouns)}?[)\s]*[-–—:]\s*[[(\x60]*$`, 'u');
/** What may follow a test file after a count for the file to stand alone: closing marks, a link's target ("](../e2e/crud.spec.ts)"). */
const fileClosesLineRe = /^[\x60*_\]]*(?:\([^)]*\))?[^\p{L}\p{N}]*$/u;
/** Words right before a count that make it the whole suite's: "All 58 tests", "total 40". */
const wholeBeforeCountRe = new RegExp(String.raw`\b${wordsSource(wholeCountWords)}\s*[~≈]?$`, 'i');

/**
 * The test file an item's line ties to the count at `at`: the one test file of the line, written right
 * after the item's short name ("**Models** (`x.test.ts`) - 11 tests") or right after the count and a dash
 * ("CRUD Operations (25 tests) - [crud.spec.ts](…)"). Undefined for a count of the whole suite ("All 58
 * tests pass, see config_test.rs") and for a file in another clause.
 */
function tiedTestFile(text: string, at: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const line = lineOf(text, at);
  const file = testFileOnLine(line);
  if (file === undefined) return undefined;
  const count = at - lineStart;
  if (wholeBeforeCountRe.test(line.slice(0, count))) return undefined;
  const where = line.indexOf(file);
  if (where < count) return nameLeadBeforeFileRe.test(line.slice(0, where)) ? file : undefined;
  const countEnd = count + (/^[~≈]?[\d,]+\+?/.exec(line.slice(count))?.[0].length ?? 0);
  // After the count the file must close the line: "- daily-view.spec.ts and more" counts more than the file.
  return countThenFileRe.test(line.slice(countEnd, where)) && fileClosesLineRe.test(line.slice(where + file.length)) ? file : undefined;
}

/** The line of `text` holding offset `at`. */
function lineOf(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, end < 0 ? undefined : end);
}

/** A category as claims write it: lower case, one form for "end-to-end". */
function categoryName(category: string): string {
  return partOf(category.toLowerCase()) ?? category.toLowerCase();
}

type Quantity = ReturnType<typeof readQuantity>;

/** The parts of a total in the parenthesis right after `end` of `text` ("(580 unit + 32 e2e tests)"): each part's span, value and subject. */
export function breakdownParts(text: string, end: number): Array<{ start: number; end: number; value: number; subject: Subject }> {
  const breakdown = breakdownRe.exec(text.slice(end));
  if (!breakdown?.groups?.parts) return [];
  const partsStart = end + breakdown[0].indexOf(breakdown.groups.parts);
  return [...breakdown.groups.parts.matchAll(breakdownPartRe)].map((part) => {
    const name = (part.groups?.name ?? '').toLowerCase();
    const at = partsStart + (part.index ?? 0);
    return { start: at, end: at + part[0].length, value: parseNumber(part.groups?.num ?? '0').value, subject: categoryRe.test(name) ? { category: name } : { name } };
  });
}

/** An item, or the item it is under, that asks for tests to be written: "Add 20 tests", "**Expand existing tests**". */
const planLeadRe = new RegExp(String.raw`^[^\p{L}\p{N}]*(?:\d+[.)]\s+)?[^\p{L}\p{N}]*${wordsSource(planVerbs)}\b`, 'iu');
/** An item labelled with the present state: "Current: 6 tests", "**Now**: 12 tests". */
const stateNowLabelRe = new RegExp(String.raw`^[^\p{L}\p{N}]*${wordsSource(presentWords)}[*_\s]*:`, 'iu');

/** Whether the counts of a block are tests planned, not tests that exist: a plan's item or the items under it. */
export function planned(block: TextBlock): boolean {
  if (block.context.table !== undefined) return false;
  // "- Current: 6 tests" under "Expand Test Coverage": the state the plan starts from, said as now.
  return block.item === true && planLeadRe.test(block.text) || block.context.list !== undefined && planLeadRe.test(block.context.list) && !stateNowLabelRe.test(block.text);
}

function extract(blocks: readonly TextBlock[], ctx: ExtractContext): void {
  /** Record a count, and the figure after an arrow that follows it ("Passing: 40 → 52"). */
  const emit = (block: TextBlock, start: number, end: number, kind: ClaimKind, subject: Subject, q: Quantity, tenseAt?: [number, number]): void => {
    if (planned(block)) return;
    ctx.claim(block, start, end, { kind, subject, value: q.value, unit: 'count', qualifier: q.qualifier, precision: 0, ...(q.range ? { range: q.range } : {}) }, tenseAt);
    const after = figureAfterArrow(block.text, end, false);
    if (after) ctx.claim(block, after.start, after.end, { kind, subject, value: after.value, unit: 'count', qualifier: 'exact', precision: 0, tense: 'current' });
    if (kind === 'tests.total') emitBreakdown(block, end);
  };
  /** The parts of a total in the parenthesis right after it: "(580 unit + 32 e2e tests)". */
  const emitBreakdown = (block: TextBlock, end: number): void => {
    for (const part of breakdownParts(block.text, end)) {
      ctx.claim(block, part.start, part.end, { kind: 'tests.total', subject: part.subject, value: part.value, unit: 'count', qualifier: 'exact', precision: 0 });
    }
  };

  for (const m of scan(blocks, slashTotalRe)) {
    const q = readQuantity(m.groups);
    emit(m.block, groupStart(m, 'num'), m.end, 'tests.total', subjectFor(m.block, undefined, m.start), q);
  }
  for (const m of scan(blocks, wordThenStatusRe)) {
    const kind = kindOf(m.groups.status1 ?? m.groups.status2 ?? '');
    const value = readCountWord(m.groups.word ?? '');
    if (!kind || value === undefined || countsOtherUnits(m.block, m.start)) continue;
    emit(m.block, m.start, m.end, kind, subjectFor(m.block, m.groups.category, m.start), { value, qualifier: 'exact', precision: 0 });
  }
  for (const m of scan(blocks, noFailuresRe)) {
    emit(m.block, m.start, m.end, 'tests.failed', subjectFor(m.block, undefined, m.start), { value: 0, qualifier: 'exact', precision: 0 });
  }
  for (const m of scan(blocks, countThenFailuresRe)) {
    if (countsOtherUnits(m.block, m.start)) continue;
    emit(m.block, m.start, m.end, 'tests.failed', subjectFor(m.block, undefined, m.start), readQuantity(m.groups));
  }
  // A status line counts tests in prose; in a runner's block only under its "Package:" (else its heading or lead-in says what it counts).
  for (const m of scan(blocks, ownedStatusLineRe, (b) => b.kind !== 'code' || b.codeOwner !== undefined)) {
    const kind = kindOf(m.groups.label ?? '');
    const numStart = groupStart(m, 'num');
    if (kind) emit(m.block, groupStart(m, 'label'), numStart + (m.groups.num ?? '').length, kind, subjectFor(m.block, undefined, m.start, numStart), readQuantity(m.groups), [numStart, m.end]);
  }
  for (const m of scan(blocks, labelledTotalRe)) {
    if (!breakdownRe.test(m.block.text.slice(m.end))) continue;
    const numStart = groupStart(m, 'num');
    emit(m.block, numStart, m.end, 'tests.total', subjectFor(m.block, undefined, m.start, numStart), readQuantity(m.groups));
  }
  for (const m of scan(blocks, statusThenChangeRe)) {
    const kind = kindOf(m.groups.status ?? '');
    if (!kind) continue;
    const fromStart = groupStart(m, 'from');
    const toStart = groupStart(m, 'to');
    const subject = subjectFor(m.block, undefined, m.start);
    const from = parseNumber(m.groups.from ?? '0');
    const to = parseNumber(m.groups.to ?? '0');
    ctx.claim(m.block, fromStart, fromStart + (m.groups.from ?? '').length, { kind, subject, value: from.value, unit: 'count', qualifier: 'exact', precision: 0, tense: 'before', tenseReason: 'left side of a change' });
    ctx.claim(m.block, toStart, toStart + (m.groups.to ?? '').length, { kind, subject, value: to.value, unit: 'count', qualifier: 'exact', precision: 0, tense: 'current' });
  }
  // "| Tests | Subtests |": a tests column beside a subtests column numbers the report's own groups (figure-subtests reads the subtests).
  for (const m of scan(blocks, cellCountRe, (b) => b.kind === 'cell' && statusHeaderRe.test(b.context.table?.header ?? '') && !testsAboveSubtests(b.columns ?? [], b.context.table?.header ?? ''))) {
    const header = statusHeaderRe.exec(m.block.context.table?.header ?? '');
    const kind = header?.groups?.tests ? 'tests.total' : kindOf(header?.groups?.status ?? '');
    if (!kind) continue;
    emit(m.block, m.start, m.end, kind, subjectFor(m.block, undefined, m.start), readQuantity(m.groups));
  }
  // "| Passed | 10 |" under "| Metric | Value |": the row's first cell names the count, as a column header would.
  // Under a heading that names a kind of tests ("### Unit Tests" over "| Metric | Count |") the rows count that kind.
  for (const m of scan(blocks, metricCellRe, (b) => b.kind === 'cell' && statusHeaderRe.test(metricRowLabel(b.context) ?? ''))) {
    const label = statusHeaderRe.exec(metricRowLabel(m.block.context) ?? '');
    const kind = label?.groups?.tests ? 'tests.total' : kindOf(label?.groups?.status ?? '');
    if (!kind) continue;
    emit(m.block, m.start, m.end, kind, headingPart(m.block) ?? headingCategory(m.block.context.headings) ?? { scope: 'all' }, readQuantity(m.groups));
  }
  // "| Total | 1533 |" among those rows totals the tests of the kind the heading names; under any other heading it may total anything.
  for (const m of scan(blocks, cellCountRe, (b) => b.kind === 'cell' && totalMetricRe.test(metricRowLabel(b.context) ?? '') && headingCategory(b.context.headings) !== undefined)) {
    emit(m.block, m.start, m.end, 'tests.total', headingCategory(m.block.context.headings) ?? { scope: 'all' }, readQuantity(m.groups));
  }
  // "| Frontend Tests | 58 |" under "| Metric | Value |": a row naming a kind of tests counts that kind.
  for (const m of scan(blocks, cellCountRe, (b) => b.kind === 'cell' && !statusHeaderRe.test(metricRowLabel(b.context) ?? '') && labelPart(metricRowLabel(b.context), b.context.headings) !== undefined)) {
    emit(m.block, m.start, m.end, 'tests.total', labelPart(metricRowLabel(m.block.context), m.block.context.headings) ?? { scope: 'all' }, readQuantity(m.groups));
  }
  // Blocks in Chinese, Japanese, Korean and the other languages of the word table: their own number forms and words
  // (src/figures/localized-counts.ts, latin-counts.ts), tests added among them ("37 nuevos tests"), as figure-added-tests
  // reads them in English. Read here, where every block is given: the document's language is read from them all.
  claimLocalized(blocks, ctx, ['tests.passed', 'tests.failed', 'tests.skipped', 'tests.errors', 'tests.total', 'change']);
}

export default {
  id: 'test-count',
  description: 'Test counts: "431 passing", "Failing: 2 tests", "444 tests total", "431/444 tests passing", status columns of tables, tests added in another language ("37 nuevos tests").',
  kinds: ['tests.passed', 'tests.failed', 'tests.skipped', 'tests.errors', 'tests.total', 'change'],
  extract,
} satisfies Extractor;
