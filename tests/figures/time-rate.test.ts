/**
 * A figure counted per unit of time is a speed, no claim: each case is a
 * report and the kinds of the claims read from its last line.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/commands/claims.js';
import { isPerTime } from '../../src/figures/time-rate.js';

const lastLineKinds = (markdown: string): string[] => {
  const line = markdown.split('\n').length;
  return readReport('case.md', markdown).claims.filter((c) => c.position.line === line).map((c) => c.kind);
};

const cases: Array<[string, string, string[]]> = [
  // A speed: no claim.
  ['tests per hour (406)', '# Report\n\n## Efficiency Metrics\n- **Tests per hour**: ~16 tests/hour (excellent)', []],
  ['coverage per 3 hours (408)', '# Report\n\n## Timeline to 85% Coverage\n\n**Current Velocity:** +10% coverage per 3 hours of work', []],
  ['tests per session', '# Report\n\n## Pace\n- 25 tests per session', []],
  // A count or a level stays what it is.
  ['tests of a suite', '# Report\n\n## Efficiency Metrics\n- **Total tests**: 16 tests', ['tests.total']],
  ['a coverage change', '# Report\n\n## Progress\n\n**Change:** +10% coverage in 3 hours of work', ['change']],
  ['a duration', '# Report\n\n## Results\n\nTests: 12 passed, 12 total (3.2 s)', ['tests.passed', 'tests.total', 'tests.duration']],
];

describe('time-rate: a figure per unit of time is no claim', () => {
  it.each(cases)('%s', (_, markdown, kinds) => {
    const read = lastLineKinds(markdown);
    if (kinds.length === 0) expect(read).toEqual([]);
    else expect(read).toEqual(expect.arrayContaining(kinds));
  });

  it.each([
    ['~16 tests/hour (excellent)', true], ['+10% coverage per 3 hours of work', true], ['0.30% per hour', true], ['5 specs / day', true],
    ['16 tests in an hour', false], ['10% coverage per module', false], ['3 hours of work', false], ['12 per file', false],
  ] as const)('%j counts per time: %j', (text, perTime) => {
    expect(isPerTime(text)).toBe(perTime);
  });
});
