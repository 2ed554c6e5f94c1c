import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/rate-from-report-counts.js';
import { findings, type Case } from './run.js';

/** A summary table of rates, and the run's counts in a section of their own (as 403 writes them). */
const report = (passRate: string, extra = '') => `
## Summary

| Metric | Value |
|--------|-------|
| **Pass Rate** | ${passRate} |
| **Failure Rate** | 15.47% |
| **Total Tests** | 2559 |

## Test Counts

| Status | Count |
|--------|-------|
| ✅ PASSED | 2069 |
| ❌ FAILED | 276 |
| 🔴 ERROR | 120 |
| ⏭️ SKIPPED | 94 |
${extra}`;

const cases: Case[] = [
  {
    name: 'rates against the one set of counts in another section (holds; failures with errors)',
    md: report('83.94%'),
    expect: [
      '5 consistent: adds up: 2,069 / (2,069 + 276 + 120) = 83.935% (over tests run, errors included, counts at lines 7, 13, 14, 15, 16) (not measured)',
      '6 consistent: adds up: (276 + 120) / 2,559 = 15.475% (errors counted as failures, over all tests, counts at lines 7, 13, 14, 15, 16) (not measured)',
    ],
  },
  {
    name: 'a pass rate no reading of the counts gives (wrong)',
    md: report('88.94%').replace('| **Failure Rate** | 15.47% |\n', ''),
    expect: [
      '5 contradicted: 2,069 / 2,559 = 80.852% (over all tests, counts at lines 6, 12, 13, 14, 15); or 2,069 / (2,069 + 276) = 88.23% (over tests run, counts at lines 6, 12, 13, 14, 15); or 2,069 / (2,069 + 276 + 120) = 83.935% (over tests run, errors included, counts at lines 6, 12, 13, 14, 15); or 2,069 / (2,559 − 94) = 83.935% (over tests run, counts at lines 6, 12, 13, 14, 15), report says 88.94%',
    ],
  },
  {
    name: 'two runs: another passed count elsewhere leaves no single reading',
    md: report('88.94%', '\n## Rerun\n\n- Passed: 2100\n'),
    expect: [],
  },
  {
    name: 'a rate of a part ("Core functionality") says nothing of the run',
    md: `
## Results

- **Passed:** 182
- **Failed:** 4

## Sign-Off

- Core functionality: 100% passing
`,
    expect: [],
  },
  {
    name: 'a part in the rate’s own section is rate-from-parts’ to judge',
    md: `
## Results

- **Passed:** 182
- **Pass Rate:** 97%

## Counts

- **Failed:** 4
`,
    expect: [],
  },
];

describe('relation rate-from-report-counts', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
});
