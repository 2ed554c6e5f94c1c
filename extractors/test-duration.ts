import type { Extractor, ExtractContext } from '../src/figures/extract.js';
import type { TextBlock } from '../src/read/markdown.js';
import { numberSource, parseNumber } from '../src/figures/numbers.js';
import { scan, groupStart } from '../src/read/scan.js';
import type { Subject } from '../src/model.js';
import { ownLabel } from '../src/figures/context.js';
import { headingCategory, labelPart } from '../src/figures/test-subject.js';
import { runTimeLabels, wholeWords, wordsSource } from '../src/figures/words.js';

/** A time as runners print it, or a bound on it ("< 2 seconds", "under 15 seconds"): `41.98s`, `350 ms`, `2m 15s`, `3 minutes`. */
const timeSource = String.raw`(?:(?<min>\d+)\s*m\s*(?<sec>\d+(?:\.\d+)?)\s*s\b|(?:(?<approx>~|about\s+|approximately\s+)|(?<bound>[<≤]\s*|under\s+|less\s+than\s+|below\s+))?(?<num>${numberSource})\s*(?<unit>ms|milliseconds?|s|secs?|seconds?|m|mins?|minutes?)\b)`;

/** "Duration: 41.98s", "Test duration 2m 15s", "Run time: 350 ms". */
const labelThenTimeRe = new RegExp(
  String.raw`\b(?:test\s+)?(?<label>${wordsSource(runTimeLabels)})\**\s*(?:[:=|]|of|was|is)?\s*\**\s*${timeSource}`,
  'gid',
);
/** "6 passed, 2 skipped in 0.03s", "431 tests in 41.98s", "31 passed, 3 skipped (3.19s)". */
const countsThenTimeRe = new RegExp(
  String.raw`\b(?:pass(?:ed|ing)|fail(?:ed|ures?)|skipped|errors?|tests?)\b[^.;|\n()]{0,40}?(?:\bin\s+|\(\s*(?=[^()]*\)))${timeSource}`,
  'gid',
);
/**
 * A time the words after it give to the whole suite: "6.68s for full test suite", "(< 1 second for test suite)", "(< 1 second
 * for all tests)", "(< 30s for 545 tests)".
 */
const timeForSuiteRe = new RegExp(
  String.raw`${timeSource}(?=\s+for\s+(?:(?:the\s+)?(?:${wordsSource(wholeWords)}\s+)?(?:test\s+)?suite\b|(?:all\s+(?:the\s+)?|\d[\d,]*\s+)tests\b))`,
  'gid',
);
/** A label that names the whole suite before its time: "**Full Suite:** 29.18 seconds", "Full suite: 14.73s". */
const suiteThenTimeRe = new RegExp(String.raw`\b${wordsSource(wholeWords)}\s+(?:test\s+)?suite\**\s*[:=]\**\s*${timeSource}`, 'gid');
/**
 * A bound the report asks the whole run to keep: "Keep suite under 10 seconds" (406), "Keep tests fast (<30s total)"
 * (w66, read there by its "Execution Time" label), "Maintain the test suite below 2 minutes".
 */
const keptSuiteBoundRe = new RegExp(
  String.raw`\b(?:keep|maintain)\s+(?:the\s+)?(?:${wordsSource(wholeWords)}\s+)?(?:test\s+)?(?:suite|tests|test\s+run)\s+(?:fast\s+)?\(?\s*(?=[<≤]|under\b|less\s+than\b|below\b)${timeSource}`,
  'gid',
);
/** A table cell holding only a time, in a "Duration" row or column of a test table. */
const cellTimeRe = new RegExp(String.raw`^\s*${timeSource}\s*$`, 'gid');
const durationLabelRe = /\b(?:duration|run\s*time|execution\s+time)\b/i;
/** Words that say the block is about tests, when only a "Duration:" label is there. */
const testWordsRe = /\b(?:tests?|specs?|suites?|pytest|vitest|jest|mocha|bats)\b/i;

/** A verb before a bound that asks for it to hold: "Keep test execution time under 15 seconds", "Maintain suite < 30s". */
const keepLeadRe = /\b(?:keep|maintain)\b/i;

/** Words after a time that make it one test's: "(~100ms each)", "2s per test". */
const perTestRe = /^\s*(?:each|per\s+(?:test|spec|case))\b/i;

/** The kind of tests a time is of: its label ("Unit Tests: 12s") or the heading above ("### Unit Tests"), else the whole run. */
function durationSubject(block: TextBlock, numStart: number): Subject {
  const line = block.text.slice(block.text.lastIndexOf('\n', numStart - 1) + 1, numStart);
  return labelPart(ownLabel(line)) ?? headingCategory(block.context.headings) ?? { scope: 'all' };
}

function aboutTests(block: TextBlock): boolean {
  return testWordsRe.test(block.text) || block.context.headings.some((h) => testWordsRe.test(h)) || testWordsRe.test(block.context.table?.row ?? '');
}

/** Words that give a time to the whole run, whatever the heading above names: "Full suite: 14.73s", "< 1 second for all tests". */
const wholeRunRe = new RegExp(String.raw`^\s*for\s+(?:the\s+)?${wordsSource([...wholeWords, 'all'])}\b`, 'i');

function emit(ctx: ExtractContext, block: TextBlock, start: number, end: number, groups: Record<string, string | undefined>, numStart: number, whole = false): void {
  // "~100ms each": one test's time, not the run's.
  if (perTestRe.test(block.text.slice(end))) return;
  const subject: Subject = whole || wholeRunRe.test(block.text.slice(end)) ? { scope: 'all' } : durationSubject(block, numStart);
  if (groups.min !== undefined && groups.sec !== undefined) {
    const sec = parseNumber(groups.sec);
    ctx.claim(block, start, end, { kind: 'tests.duration', subject, value: Number(groups.min) * 60 + sec.value, unit: 'seconds', qualifier: 'exact', precision: sec.precision }, [numStart, end]);
    return;
  }
  const n = parseNumber(groups.num ?? '0');
  const unit = (groups.unit ?? 's').toLowerCase();
  const approx = groups.approx !== undefined;
  // "< 2 seconds": the run took at most that long; "Keep it under 15 seconds" asks that it will.
  const bound = groups.bound !== undefined;
  const line = block.text.slice(block.text.lastIndexOf('\n', numStart - 1) + 1, numStart);
  const kept = bound && keepLeadRe.test(line) ? { tense: 'target' as const, tenseReason: 'a bound the report asks to keep' } : {};
  if (unit.startsWith('ms') || unit.startsWith('milli')) {
    ctx.claim(block, start, end, { kind: 'tests.duration', subject, value: n.value / 1000, unit: 'seconds', qualifier: approx ? 'approx' : bound ? 'atMost' : 'exact', precision: n.precision + 3, ...kept }, [numStart, end]);
  } else if (unit.startsWith('m') && bound) {
    ctx.claim(block, start, end, { kind: 'tests.duration', subject, value: n.value * 60, unit: 'seconds', qualifier: 'atMost', precision: 0, ...kept }, [numStart, end]);
  } else if (unit.startsWith('m')) {
    // "3 minutes" holds from 2.5 to 3.5 minutes: a range in seconds, as precision cannot say it.
    const half = 0.5 * 10 ** -n.precision;
    const range: [number, number] = [(n.value - half) * 60, (n.value + half) * 60];
    ctx.claim(block, start, end, { kind: 'tests.duration', subject, value: n.value * 60, unit: 'seconds', qualifier: approx ? 'approx' : 'range', precision: 0, ...(approx ? {} : { range }) }, [numStart, end]);
  } else {
    ctx.claim(block, start, end, { kind: 'tests.duration', subject, value: n.value, unit: 'seconds', qualifier: approx ? 'approx' : bound ? 'atMost' : 'exact', precision: n.precision, ...kept }, [numStart, end]);
  }
}

function extract(blocks: readonly TextBlock[], ctx: ExtractContext): void {
  for (const m of scan(blocks, labelThenTimeRe, aboutTests)) emit(ctx, m.block, m.start, m.end, m.groups, groupStart(m, m.groups.min !== undefined ? 'min' : 'num'));
  const durationCell = (b: TextBlock) => b.kind === 'cell' && durationLabelRe.test(`${b.context.table?.row ?? ''} ${b.context.table?.header ?? ''}`) && aboutTests(b);
  for (const m of scan(blocks, cellTimeRe, durationCell)) emit(ctx, m.block, m.start, m.end, m.groups, m.start);
  for (const m of scan(blocks, timeForSuiteRe)) emit(ctx, m.block, m.start, m.end, m.groups, m.start);
  for (const m of scan(blocks, keptSuiteBoundRe)) {
    const numStart = groupStart(m, m.groups.min !== undefined ? 'min' : 'num');
    emit(ctx, m.block, numStart, m.end, m.groups, numStart, true);
  }
  for (const m of scan(blocks, suiteThenTimeRe)) {
    const numStart = groupStart(m, m.groups.min !== undefined ? 'min' : 'num');
    emit(ctx, m.block, numStart, m.end, m.groups, numStart, true);
  }
  for (const m of scan(blocks, countsThenTimeRe)) {
    const numStart = groupStart(m, m.groups.min !== undefined ? 'min' : 'num');
    emit(ctx, m.block, numStart, m.end, m.groups, numStart);
  }
}

export default {
  id: 'test-duration',
  description: 'How long the test run took: "Duration: 41.98s", "6 passed in 0.03s".',
  kinds: ['tests.duration'],
  keywords: ['duration', 'time', 'suite', 'pass', 'fail', 'skipped', 'error', 'test', 'runtime', 'performance', 'speed'],
  extract,
} satisfies Extractor;
