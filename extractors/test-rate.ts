import type { Extractor, ExtractContext } from '../src/figures/extract.js';
import type { ClaimKind } from '../src/model.js';
import type { TextBlock } from '../src/read/markdown.js';
import { figureAfterArrow, quantitySource, readQuantity } from '../src/figures/numbers.js';
import { categorySource, metricRowLabel, rowSubject } from '../src/figures/subjects.js';
import { scan, groupStart, type BlockMatch } from '../src/read/scan.js';
import { claimLocalized } from '../src/figures/localized-counts.js';

const rateWordSource = String.raw`(?<rate>pass(?:ing)?|success|failure|fail(?:ing)?)\s+rate`;

/** "pass rate: 97.1%", "Pass rate of 96.3%", "Success Rate | 98%". */
const rateThenPercentRe = new RegExp(
  String.raw`(?:(?<category>${categorySource})\s+)?(?:tests?\s+)?${rateWordSource}\s*(?:[:=]|of|is|was|at)?\s*\**\s*${quantitySource}\s*%`,
  'gid',
);
/** "24/87 passing (27.6%)", "Passing: 182 tests (95.3%)": the share in a parenthesis after a status count. */
const statusThenParenPercentRe = new RegExp(
  String.raw`\b(?<rate>pass(?:ing|ed)?|fail(?:ing|ed)?)\b[^().;|]{0,40}?\(\s*${quantitySource}\s*%\s*\)`,
  'gid',
);
/** A table cell holding only a percentage, in a "Pass Rate" column. */
const cellPercentRe = new RegExp(String.raw`^\s*${quantitySource}\s*%\s*$`, 'gd');
const rateHeaderRe = /\b(?<rate>pass|success|failure|fail)\s*(?:rate|%)/i;

/**
 * Words that may stand right before a rate and leave it the test suite's:
 * "Test pass rate", "Overall pass rate", "unit test success rate", "a pass
 * rate of". Any other word names what the rate is of ("Deployment success
 * rate", "Build pass rate", "request failure rate"): not the tests'.
 */
const suiteOwnerRe = new RegExp(String.raw`^(?:tests?|testing|suite|overall|total|current|final|average|combined|aggregate|target|goal|expected|required|minimum|desired|the|a|an|our|its|their|with|and|of|at|${categorySource})$`, 'i');
/** The last word before the rate words, and whether a test noun sits right before them. */
const ownerRe = /(?<owner>[\p{L}][\p{L}\p{N}_-]*)\W*$/u;
const testNounBeforeRe = /\btests?\W*$/i;
const testWordRe = /\btest/i;
/** Tests named earlier in the clause of the rate's figure: "All tests passing with 100% " (402:28, 408:5, w47:412). */
const testsThenFigureRe = /\btests?\b[^.;:|()]*?\d[\d.,]*\s?%\s*$/i;
/** A test category as a whole word: "Integration success rate". */
const categoryWordRe = new RegExp(`^(?:${categorySource})$`, 'i');

/**
 * Whether a rate whose words are preceded by `lead` is the test suite's. A
 * "success rate" says nothing of tests by itself: it needs tests named
 * before it or in the heading above ("## Test Results" … "Success rate: 98%").
 */
export function isSuiteRate(lead: string, rate: string, headings: readonly string[]): boolean {
  const owner = ownerRe.exec(lead)?.groups?.owner;
  if (owner !== undefined && !suiteOwnerRe.test(owner)) return false;
  if (!/^success$/i.test(rate)) return true;
  return testNounBeforeRe.test(lead) || testsThenFigureRe.test(lead) || (owner !== undefined && categoryWordRe.test(owner)) || headings.some((h) => testWordRe.test(h));
}

function kindOf(word: string): ClaimKind {
  return /fail|error/i.test(word) ? 'tests.failRate' : 'tests.passRate';
}

function extract(blocks: readonly TextBlock[], ctx: ExtractContext): void {
  const emit = (block: TextBlock, start: number, end: number, groups: Record<string, string | undefined>, numStart: number) => {
    const q = readQuantity(groups);
    const subject = groups.category ? { category: groups.category.toLowerCase() } : rowSubject(block.context) ?? { scope: 'all' as const };
    ctx.claim(
      block, start, end,
      { kind: kindOf(groups.rate ?? ''), subject, value: q.value, unit: 'percent', qualifier: q.qualifier, precision: q.precision, ...(q.range ? { range: q.range } : {}) },
      [numStart, end],
    );
    const after = figureAfterArrow(block.text, end, true);
    if (after) {
      ctx.claim(block, after.start, after.end, { kind: kindOf(groups.rate ?? ''), subject, value: after.value, unit: 'percent', qualifier: 'exact', precision: after.precision, tense: 'current' });
    }
  };
  // The words before a rate say whose it is: "97.1% test pass rate" but not "99.9% deployment success rate".
  const suiteRate = (m: BlockMatch, rateAt: number) => isSuiteRate(m.block.text.slice(Math.max(0, rateAt - 40), rateAt), m.groups.rate ?? '', m.block.context.headings);
  for (const m of scan(blocks, rateThenPercentRe)) {
    if (suiteRate(m, groupStart(m, 'rate'))) emit(m.block, m.start, m.end, m.groups, groupStart(m, 'num'));
  }
  for (const m of scan(blocks, statusThenParenPercentRe)) {
    const numStart = groupStart(m, 'num');
    const end = m.start + m.match[0].replace(/\s*\)$/, '').length;
    emit(m.block, numStart, end, m.groups, numStart);
  }
  for (const m of scan(blocks, cellPercentRe, (b) => b.kind === 'cell' && rateHeaderRe.test(b.context.table?.header ?? ''))) {
    const header = m.block.context.table?.header ?? '';
    const rate = rateHeaderRe.exec(header);
    if (!rate || !isSuiteRate(header.slice(0, rate.index), rate.groups?.rate ?? '', m.block.context.headings)) continue;
    emit(m.block, m.start, m.end, { ...m.groups, rate: rate.groups?.rate }, m.start);
  }
  // "| Pass rate | 83.3% |" under "| Metric | Value |": the row's first cell names the rate.
  for (const m of scan(blocks, cellPercentRe, (b) => b.kind === 'cell' && rateHeaderRe.test(metricRowLabel(b.context) ?? ''))) {
    const written = metricRowLabel(m.block.context) ?? '';
    const label = rateHeaderRe.exec(written);
    if (!label || !isSuiteRate(written.slice(0, label.index), label.groups?.rate ?? '', m.block.context.headings)) continue;
    const q = readQuantity(m.groups);
    ctx.claim(m.block, m.start, m.end, {
      kind: kindOf(label?.groups?.rate ?? ''), subject: { scope: 'all' }, value: q.value, unit: 'percent', qualifier: q.qualifier, precision: q.precision, ...(q.range ? { range: q.range } : {}),
    });
  }
  // Blocks in Chinese, Japanese or Korean: their own number forms and words (src/figures/localized-counts.ts).
  claimLocalized(blocks, ctx, ['tests.passRate', 'tests.failRate']);
}

/** "97.1% pass rate" and "95.3% passing", a percentage and the words after it, are read by the figure classifier figure-test-rate. */
export default {
  id: 'test-rate',
  description: 'Pass and failure rates: "97.1% pass rate", "Failure rate: 2.9%", "95.3% passing", "24/87 passing (27.6%)".',
  kinds: ['tests.passRate', 'tests.failRate'],
  extract,
} satisfies Extractor;
