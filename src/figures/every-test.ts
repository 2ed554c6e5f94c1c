/**
 * Whether a test claim says that every test passed: "12/12 passing",
 * "4966/4966 ALL PASSED", "All 57 tests pass", "100% pass rate", "0% failure
 * rate". Such a claim is false on more than its count: when the run collected
 * no test, skipped them all, or reported failures or errors beside its passes
 * (src/check/vacuous-pass.ts).
 */
import type { Claim } from '../model.js';

/** Words right before a count of passing tests that make it every test: "All 57 tests pass", "every one of the 12". */
export const everyWords = ['all', 'every', 'each'] as const;

/** A ratio at the start of a claim's text: "12/12", "57 of 57", "1,204 / 1,204". */
const ratioAtStartRe = /^(?<left>\d[\d,]*)\s*(?:\/|\s(?:out\s+)?of\s)\s*(?<right>\d[\d,]*)/i;
/** The left side of a ratio right before a figure: "12/" before "12 passing". */
const ratioLeftBeforeRe = /(?<left>\d[\d,]*)\s*(?:\/|\s(?:out\s+)?of)\s*$/i;
/** Emphasis and code marks between the words of a line: `**All** 12`. */
const markRe = /[*_`]+/g;
/** A word of `everyWords` ending the text before a figure, maybe with "of the": "All ", "all of the ". */
const everyBeforeRe = new RegExp(String.raw`\b(?:${everyWords.join('|')})(?:\s+of\s+(?:the|its|our))?\s+$`, 'i');

const digits = (text: string | undefined) => (text ?? '').replace(/,/g, '');

/** The text of the claim's line before its figure (`source` is the report's text). */
function lineBefore(claim: Claim, source: string): string {
  const start = source.lastIndexOf('\n', claim.position.offset - 1) + 1;
  return source.slice(start, claim.position.offset);
}

/**
 * Whether `claim` (with `claims`, every claim of its report, and `source`,
 * the report's text) states that every test of the suite passed. Only
 * whole-suite, current claims of passing tests and their rates qualify.
 */
export function claimsEveryTestPassed(claim: Claim, claims: readonly Claim[], source: string | undefined): boolean {
  if (!('scope' in claim.subject) || claim.tense !== 'current' || typeof claim.value !== 'number') return false;
  if (claim.kind === 'tests.passRate') return claim.value >= 100 && claim.qualifier !== 'atMost' && claim.qualifier !== 'approx';
  if (claim.kind === 'tests.failRate') return claim.value === 0 && claim.qualifier === 'exact';
  if (claim.kind === 'tests.passed') {
    const ratio = ratioAtStartRe.exec(claim.text)?.groups;
    if (ratio) return digits(ratio.left) === digits(ratio.right);
    return source !== undefined && everyBeforeRe.test(lineBefore(claim, source).replace(markRe, ''));
  }
  if (claim.kind === 'tests.total' && source !== undefined) {
    // The total of "12/12 passing": its ratio starts where the passing part's claim does.
    const before = ratioLeftBeforeRe.exec(lineBefore(claim, source));
    if (!before?.groups || digits(before.groups.left) !== String(claim.value)) return false;
    const start = claim.position.offset - (before[0].length);
    return claims.some((other) => other.kind === 'tests.passed' && other.position.offset === start && 'scope' in other.subject);
  }
  return false;
}
