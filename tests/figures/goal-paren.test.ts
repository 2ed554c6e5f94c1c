/**
 * A goal in the parenthesis right after a measured figure is that measure's goal: each case is a report, and the
 * goals read on its last line from the figure before them (claims of source `goal-paren`).
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/commands/claims.js';
import { isClaimedParenGap, isGoalParenGap } from '../../src/figures/goal-paren.js';

const lastLine = (markdown: string): string[] => {
  const line = markdown.split('\n').length;
  return readReport('case.md', markdown).claims.filter((c) => c.position.line === line && c.source === 'goal-paren')
    .map((c) => `${c.kind} ${JSON.stringify(c.subject)} ${c.value} ${c.qualifier} ${c.tense}`);
};

const cases: Array<[string, string, string[]]> = [
  // The goal repeats the measure and the part of the figure before it.
  ['a heading restating coverage (102)', '# Coverage Report\n\n## Summary\n\n- **Line coverage**: 35.12%\n\n### PROGRESS MADE: 35.12% (Target: 90.00%)',
    ['coverage.lines {"scope":"all"} 90 exact target']],
  ['a metric label and a threshold (w21)', '# Test Results\n\n## Coverage Report\n\n- **Functions**: 69.23% (threshold: 70%) ⚠️',
    ['coverage.functions {"scope":"all"} 70 exact target']],
  ['a folder and a bound (w28)', '# Coverage\n\n## Coverage Targets Achieved\n\n✅ **internal/storage**: 82.1% (Target: 80%+)',
    ['coverage.lines {"path":"internal/storage"} 80 atLeast target']],
  // The value the figure corrects, as claimed elsewhere: the same measure, tense historical, its own qualifier.
  ['a claimed count of lines (202:195)', '# Audit\n\n## Verified\n\n- `src/app.py`: 2,404 lines (actually MORE than claimed 1,840)',
    ['file.lines {"path":"src/app.py"} 1840 exact historical']],
  ['a claimed floor of tests (202:196)', '# Audit\n\n## Verified\n\n2. **Test Functions**: 100 test functions (slightly less than claimed 105+, but accurate)',
    ['tests.total {"scope":"all"} 105 atLeast historical']],
  ['a claimed value with nothing but the word (f10:162)', '# Audit\n\n## Verified\n\n- `src/auth.ts`: 540 lines (claimed 536)',
    ['file.lines {"path":"src/auth.ts"} 536 exact historical']],
  // No goal's parenthesis right after the figure, or no measure before it: nothing more is read.
  ['another figure between', '# Coverage\n\n## Coverage Report\n\n- **Lines**: 37.37% (up from 20%, target: 80%)', []],
  ['a progress share, no measure', '# Plan\n\n## Status\n\n- Progress: 50% (target: 80%)', []],
  ['a count of tests before it', '# Tests\n\n## Results\n\n- 120 tests passing (target: 80%)', []],
  ['a claimed percentage after a count', '# Audit\n\n## Verified\n\n- 120 tests passing (claimed 95%)', []],
  ['a claimed value after another figure', '# Audit\n\n## Verified\n\n- 120 tests passing (up from 80, claimed 130)', []],
  ['a claim of no measure before it', '# Audit\n\n## Verified\n\n- 12 days of work (claimed 10)', []],
];

describe('goal-paren: a goal in the parenthesis after a measured figure', () => {
  it.each(cases)('%s', (_, markdown, claims) => {
    expect(lastLine(markdown)).toEqual(claims);
  });

  it.each([
    [' (Target: ', true], ['** (threshold: ', true], [' (goal: ≥', true], [' (**Target**: ', true],
    [' (up from 20%, target: ', false], [' target: ', false], [' and ', false], [' (estimated: ', false],
  ] as const)('%j is a goal parenthesis: %j', (gap, goal) => {
    expect(isGoalParenGap(gap)).toBe(goal);
  });

  it.each([
    [' lines (actually MORE than claimed ', true], [' failures (claimed ', true], [' (claimed: ~', true],
    [' lines (claimed by 3 reports, ', false], [' claimed ', false], [' (target: ', false], [' (as first claimed in the old report by the team, ', false],
  ] as const)('%j is a claimed-value parenthesis: %j', (gap, claimed) => {
    expect(isClaimedParenGap(gap)).toBe(claimed);
  });
});
