import type { Extractor, ExtractContext } from '../src/extract.js';
import type { ClaimKind, Subject } from '../src/model.js';
import type { TextBlock } from '../src/markdown.js';
import { quantitySource, readQuantity, parseNumber, numberSource } from '../src/numbers.js';
import { categorySource, rowSubject } from '../src/subjects.js';
import { scan, groupStart } from '../src/scan.js';

/** Status words and the kind each one counts. */
const statusKinds: ReadonlyArray<[RegExp, ClaimKind]> = [
  [/^(?:pass(?:ing|ed|es)?|succeed(?:ed|ing)?|green|ok)$/i, 'tests.passed'],
  [/^(?:fail(?:ing|ed|s|ures?)?|broken|red)$/i, 'tests.failed'],
  [/^(?:skip(?:ped|s)?|pending|todo|ignored|disabled)$/i, 'tests.skipped'],
  [/^(?:errors|errored)$/i, 'tests.errors'],
  [/^(?:total|tests?|test\s+cases?|ran|executed|run)$/i, 'tests.total'],
];

const statusSource = String.raw`pass(?:ing|ed|es)?|fail(?:ing|ed|ures?)?|skip(?:ped)?|pending|todo|errors|errored`;
const testNounSource = String.raw`(?:test(?:\s*cases?)?s?|specs?|assertions?)`;

/** "431 passing", "2 tests failing", "9 Passed", "25 integration tests passing", "41 passing tests". */
const countThenStatusRe = new RegExp(
  String.raw`(?<![\w.,/])${quantitySource}\s+(?:(?<category>${categorySource})\s+)?(?:${testNounSource}\s+)?(?<status>${statusSource})\b(?!\s*rate)`,
  'gid',
);
/** "431 tests total", "444 total tests", "25 integration tests". */
const countThenTestsRe = new RegExp(
  String.raw`(?<![\w.,/])${quantitySource}\s+(?:(?<total>total)\s+)?(?:(?<category>${categorySource})\s+)?${testNounSource}\b(?<totalAfter>\s+(?:in\s+)?total)?(?!\s*(?:files?|suites?|modules?|rate|${statusSource}))`,
  'gid',
);
/** "Passing: 431", "**Failed**: 2 tests", "Total tests: 444", "Tests: 444". */
const labelThenCountRe = new RegExp(
  String.raw`(?:^|[|(,;]\s*)(?<label>(?:total\s+)?(?:(?<category>${categorySource})\s+)?(?:tests?\s+)?(?:${statusSource}|total|tests?)(?:\s+tests?)?)\s*[:=]\s*${quantitySource}(?!\s*(?:test\s*)?(?:files?|suites?|modules?|%)|\s+(?:tests?\s+)?(?:${statusSource})|\s*\/|[\d,.])`,
  'gid',
);
/** "431/444 tests passing", "1255/1257 passing", "Tests Passing: 1255/1257". */
const ratioRe = new RegExp(
  String.raw`(?<![\w.,/])(?<passed>${numberSource})\s*\/\s*(?<total>${numberSource})(?:\s+(?:(?<category>${categorySource})\s+)?${testNounSource})?(?:\s+(?<status>pass(?:ing|ed)?))?(?![\d/])`,
  'gid',
);

function kindOf(word: string): ClaimKind | undefined {
  const clean = word.trim().replace(/\s+/g, ' ').split(' ');
  for (let i = clean.length - 1; i >= 0; i--) {
    const found = statusKinds.find(([re]) => re.test(clean[i] ?? ''));
    if (found) return found[1];
  }
  return undefined;
}

function subjectFor(block: TextBlock, category: string | undefined): Subject {
  if (category) return { category: category.toLowerCase() };
  return rowSubject(block.context) ?? { scope: 'all' };
}

/** A status label that opens the block: "Passing: 74 test files, 1255 tests". */
const blockLabelRe = /^\s*(?:pass(?:ing|ed)|fail(?:ing|ed)|skipped)\s*:(?=[^:]*$)/i;

/** Whether the text before a ratio says it counts tests. */
const testLeadRe = /\btests?\b[^.;|]{0,30}$/i;

function extract(blocks: readonly TextBlock[], ctx: ExtractContext): void {
  for (const m of scan(blocks, countThenStatusRe)) {
    const kind = kindOf(m.groups.status ?? '');
    if (!kind) continue;
    // "3 passing tests" after a test noun, or a status directly: all counts of tests.
    const q = readQuantity(m.groups);
    ctx.claim(m.block, m.start, m.end, { kind, subject: subjectFor(m.block, m.groups.category), value: q.value, unit: 'count', qualifier: q.qualifier, precision: 0, ...(q.range ? { range: q.range } : {}) });
  }
  for (const m of scan(blocks, countThenTestsRe)) {
    const q = readQuantity(m.groups);
    const explicitTotal = Boolean(m.groups.total || m.groups.totalAfter);
    const category = m.groups.category;
    // A bare "12 tests" only counts as a total when nothing else in the clause says what they are.
    const lead = m.block.text.slice(Math.max(0, m.start - 40), m.start);
    const labelled = /(?:pass(?:ing|ed)|fail(?:ing|ed)|skipped)\**\s*:?\s*\**\s*$/i.exec(lead) ?? blockLabelRe.exec(m.block.text.slice(0, m.start));
    let kind: ClaimKind = 'tests.total';
    if (labelled) kind = kindOf(labelled[0].replace(/[*:]/g, '')) ?? 'tests.total';
    else if (!explicitTotal && !category && !/\b(?:total|ran|run|executed|suite|of)\b[^.;]{0,20}$/i.test(lead) && m.block.context.table === undefined) {
      // "added 12 tests", "12 new tests": not a statement about the suite.
      continue;
    }
    ctx.claim(m.block, m.start, m.end, { kind, subject: subjectFor(m.block, category), value: q.value, unit: 'count', qualifier: q.qualifier, precision: 0, ...(q.range ? { range: q.range } : {}) });
  }
  for (const m of scan(blocks, labelThenCountRe)) {
    const kind = kindOf(m.groups.label ?? '');
    if (!kind) continue;
    const q = readQuantity(m.groups);
    const start = groupStart(m, 'label');
    ctx.claim(m.block, start, m.end, { kind, subject: subjectFor(m.block, m.groups.category), value: q.value, unit: 'count', qualifier: q.qualifier, precision: 0, ...(q.range ? { range: q.range } : {}) }, [groupStart(m, 'num'), m.end]);
  }
  for (const m of scan(blocks, ratioRe)) {
    const lead = m.block.text.slice(Math.max(0, m.start - 60), m.start);
    const aboutTests = m.groups.status !== undefined || /test/i.test(m.match[0]) || (testLeadRe.test(lead) && /pass/i.test(lead));
    if (!aboutTests) continue;
    const passed = parseNumber(m.groups.passed ?? '0');
    const total = parseNumber(m.groups.total ?? '0');
    if (passed.value > total.value) continue;
    const subject = subjectFor(m.block, m.groups.category);
    const passedEnd = m.start + (m.groups.passed ?? '').length;
    ctx.claim(m.block, m.start, m.end, { kind: 'tests.passed', subject, value: passed.value, unit: 'count', qualifier: 'exact', precision: 0 }, [m.start, passedEnd]);
    const totalStart = groupStart(m, 'total');
    ctx.claim(m.block, totalStart, m.end, { kind: 'tests.total', subject, value: total.value, unit: 'count', qualifier: 'exact', precision: 0 }, [m.start, m.end]);
  }
}

export default {
  id: 'test-count',
  description: 'Test counts: "431 passing", "Failing: 2 tests", "444 tests total", "431/444 tests passing".',
  kinds: ['tests.passed', 'tests.failed', 'tests.skipped', 'tests.errors', 'tests.total'],
  extract,
} satisfies Extractor;
