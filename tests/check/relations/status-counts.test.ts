import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/status-counts.js';
import { findings, type Case } from './run.js';

/** A Metric/Count table of unit tests under a breakdown heading, its Total row first. */
const unitTable = (skipped: number) => `
## Test Type Breakdown

### Unit Tests
| Metric | Count |
|--------|-------|
| Total | 1533 |
| ✅ Passed | 1366 |
| ❌ Failed | 119 |
| 🔴 Error | 40 |
| ⏭️ Skipped | ${skipped} |
`;

const cases: Case[] = [
  {
    name: 'a Metric/Count table with its Total row first (holds)',
    md: unitTable(8),
    expect: ['6 consistent: adds up: 1,366 + 119 + 40 + 8 = 1,533 (passed, failed, errors, skipped at lines 7, 8, 9, 10) (not measured)'],
  },
  {
    name: 'every status stated and one short of the total (wrong)',
    md: unitTable(7),
    expect: ['6 contradicted: 1,366 + 119 + 40 + 7 = 1,532 (passed, failed, errors, skipped at lines 7, 8, 9, 10), report says 1,533'],
  },
  {
    name: 'every status in a list, more than the total (wrong)',
    md: `
## Test Results

- **Total Tests:** 877
- **Passing:** 872
- **Failing:** 0
- **Errors:** 0
- **Skipped:** 15
`,
    expect: ['3 contradicted: 872 + 0 + 0 + 15 = 887 (passed, failed, errors, skipped at lines 4, 5, 6, 7), report says 877'],
  },
  {
    name: 'some statuses unstated, more than the total: one of them may be the wrong figure, not the total',
    md: `
## Test Results

- **Passing:** 4 tests
- **Failing:** 1 test
- 6 tests total, 2 skipped
`,
    expect: [],
  },
  {
    name: 'some statuses stated, adding up (holds)',
    md: `
## Test Results

- **Total Tests:** 877
- **Passing:** 862
- **Skipped:** 15
`,
    expect: ['3 consistent: adds up: 862 + 15 = 877 (passed, skipped at lines 4, 5) (not measured)'],
  },
  {
    name: 'some statuses unstated: a shortfall may be tests of another status',
    md: `
## Test Results

- **Total Tests:** 877
- **Passing:** 860
- **Failing:** 2
`,
    expect: [],
  },
  {
    name: 'counts under another heading are not the total’s',
    md: `
## Summary

- **Total Tests:** 877

## Last run

- **Passing:** 872
- **Failing:** 10
`,
    expect: [],
  },
  {
    name: 'two totals in the section: which one the statuses make is unsure',
    md: `
### Test Suite
- **Total Tests**: 310+ (before audit: 73)
- **New Tests**: 23 for refactored code
- **Pass Rate**: 98.5% (578 passing, 4 minor failures, 5 skipped)
`,
    expect: [],
  },
  {
    name: 'a status stated twice with two values leaves no single sum',
    md: `
## Results

- **Total Tests:** 100
- **Passed:** 90
- **Failed:** 10
- 95 passed on the rerun
`,
    expect: [],
  },
  {
    name: 'counts of a part of the tests are no parts of the whole',
    md: `
## Results

- **Total Tests:** 100
- **Unit tests passed:** 60
- **Unit tests failed:** 0
`,
    expect: [],
  },
];

describe('relation status-counts', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
});
