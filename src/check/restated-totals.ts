/**
 * A table's total, measured, stated again elsewhere in the report. A report
 * that totals its test files in a table ("| **TOTAL** | **301** |" over
 * twelve `*.test.tsx` rows) and opens with "**Test Cases**: 301" or closes
 * with "- [x] 301 unit tests created" states one figure several times. Read
 * alone, each of those says "N tests" of the whole repository (or of a kind
 * of tests no result file tells apart), which holds other tests and which the
 * source alone cannot count as a runner does (unverifiable). The table says what the N are: the tests of its files. So a
 * whole-suite count of the same value takes the table total's measurement
 * (realworld w50:6, 33, 53, 211, 360 with the table at 144; w49:406, 445, 481
 * with the table at 317).
 */
import type { Finding } from '../model.js';
import { compare, type Tolerance } from './compare.js';
import { totalRowLabelRe } from './relation-forms.js';

/** A TOTAL row's test count measured on the files its table's rows name. */
function measuredTableTotal(finding: Finding): boolean {
  const { claim } = finding;
  return (
    claim.kind === 'tests.total' && claim.tense === 'current' && claim.qualifier === 'exact' && totalRowLabelRe.test(claim.context.table?.row ?? '') &&
    (finding.verdict === 'confirmed' || finding.verdict === 'contradicted') && typeof finding.measured?.value === 'number' && finding.measured.inconclusive === undefined
  );
}

/** Below it, the same count stated twice may be two counts ("3 tests" of two parts). */
const leastRestated = 10;

/**
 * A count of all the tests, or of a kind of them ("301 unit tests" under "Jest Unit Tests"), that nothing
 * measured: the whole repository's tests are not the report's, and no result file tells the kinds apart.
 */
function openWholeCount(finding: Finding): boolean {
  const { claim } = finding;
  return (
    claim.kind === 'tests.total' && ('scope' in claim.subject || 'category' in claim.subject) && claim.tense === 'current' && claim.qualifier === 'exact' &&
    finding.verdict === 'unverifiable' && typeof claim.value === 'number' && claim.value >= leastRestated
  );
}

/**
 * For each whole-suite test count among `findings` (one report's) that states
 * the value of a table's measured TOTAL row, the finding that measures it as
 * that total, keyed by the finding it replaces; empty when none. Only a value
 * one table total states: two totals of that value leave it open.
 */
export function restatedTotals(findings: readonly Finding[], tolerance: Tolerance): Map<Finding, Finding> {
  const out = new Map<Finding, Finding>();
  const totals = new Map<number, Finding[]>();
  for (const finding of findings) {
    if (!measuredTableTotal(finding)) continue;
    const value = finding.claim.value as number;
    const same = totals.get(value) ?? [];
    // One row may carry two measurements of its total (the verifier's and the sum of its rows): one line is one total.
    if (!same.some((f) => f.claim.position.line === finding.claim.position.line)) totals.set(value, [...same, finding]);
  }
  if (totals.size === 0) return out;
  for (const finding of findings) {
    if (!openWholeCount(finding)) continue;
    const found = totals.get(finding.claim.value as number);
    if (!found || found.length !== 1) continue;
    const total = found[0] as Finding;
    const measurement = {
      value: total.measured?.value as number,
      source: `the TOTAL row at line ${total.claim.position.line} states the same ${String(total.claim.value)}: ${total.measured?.source ?? ''}`,
    };
    const { verdict, message } = compare(finding.claim, measurement, tolerance);
    out.set(finding, { claim: finding.claim, verdict, measured: measurement, message, verifier: total.verifier ?? finding.verifier });
  }
  return out;
}
