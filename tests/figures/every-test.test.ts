/** Which test claims say that every test passed: table of report lines, each claim's answer in order. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/commands/claims.js';
import { claimsEveryTestPassed } from '../../src/figures/every-test.js';

const answers = (markdown: string) => {
  const claims = extractClaims('REPORT.md', markdown);
  return claims.filter((c) => c.kind.startsWith('tests.')).map((c) => [c.kind, claimsEveryTestPassed(c, claims, markdown)]);
};

describe('claimsEveryTestPassed', () => {
  it.each([
    // positive: a ratio with equal sides, "all"/"every" before a passing count, 100% and 0% failure rates
    ['Tests: 12/12 passing', [['tests.passed', true], ['tests.total', true]]],
    ['Result: 4966/4966 ALL PASSED', [['tests.passed', true], ['tests.total', true]]],
    ['7 of 7 tests pass', [['tests.passed', true], ['tests.total', true]]],
    ['All 57 tests pass.', [['tests.passed', true]]],
    ['**All** 700 tests are passing.', [['tests.passed', true]]],
    ['Pass rate: 100%', [['tests.passRate', true]]],
    ['0% failure rate', [['tests.failRate', true]]],
    // negative: unequal ratio, a plain count, a rate below 100, a category, a target
    ['Tests: 431/444 passing', [['tests.passed', false], ['tests.total', false]]],
    ['431 passing, 13 failing', [['tests.passed', false], ['tests.failed', false]]],
    ['Pass rate: 96.3%', [['tests.passRate', false]]],
    ['All 25 integration tests passing', [['tests.passed', false]]],
    ['Goal: 100% pass rate (target)', [['tests.passRate', false]]],
    ['We ran 444 tests.', [['tests.total', false]]],
  ])('%s', (markdown, expected) => {
    expect(answers(markdown)).toEqual(expected);
  });
});
