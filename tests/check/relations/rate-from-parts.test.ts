import { describe, expect, it } from 'vitest';
import relation, { notRunOfRun } from '../../../src/check/relations/rate-from-parts.js';
import { extractClaims } from '../../../src/commands/claims.js';
import { findings, type Case } from './run.js';

/** A rate beside its part in one section, the part restated with its total in another. */
const restated = (rate: string) => `
## Test Suite

- **Total**: 177 tests (167 passing, 10 failing)

## What's Working

- ✅ 167 tests passing (${rate} pass rate)
`;

const cases: Case[] = [
  {
    name: 'a rate beside its part, the part restated with its total in another section (holds)',
    md: restated('94.4%'),
    expect: ['7 consistent: adds up: 167 / 177 = 94.35% (over all tests, counts at line 3) (not measured)'],
  },
  {
    name: 'a rate beside its part, the part restated with its total elsewhere (wrong)',
    md: restated('97%'),
    expect: ['7 contradicted: 167 / 177 = 94.4% (over all tests, counts at line 3); or 167 / (167 + 10) = 94.4% (over tests run, counts at line 3), report says 97%'],
  },
  {
    name: 'the part restated on two lines with two totals: no single reading',
    md: `
## Nightly run

- **Total**: 177 tests (167 passing, 10 failing)

## Release run

- **Total**: 170 tests (167 passing, 3 failing)

## What's Working

- ✅ 167 tests passing (94.4% pass rate)
`,
    expect: [],
  },
  {
    name: 'a success rate under "Results" over counts in a paragraph (wrong)',
    md: `
## Results

442 passed, 0 failed

Success Rate: 99%
`,
    expect: ['5 contradicted: 442 / (442 + 0) = 100% (over tests run, counts at line 3), report says 99%'],
  },
  {
    name: 'a pass rate over counts in a plain-text block of its section (holds)',
    md: `
### Test Results

\`\`\`
Tests: 441 passed, 4 failed
Pass rate: 99%
\`\`\`
`,
    expect: ['5 consistent: adds up: 441 / (441 + 4) = 99.1% (over tests run, counts at line 4) (not measured)'],
  },
  {
    name: '"Passing: 99%" in a list under the counts (wrong)',
    md: `
## Test Results

- 442 passed, 0 failed
- **Passing:** 99%
`,
    expect: ['4 contradicted: 442 / (442 + 0) = 100% (over tests run, counts at line 3), report says 99%'],
  },
  {
    name: 'a success rate under another heading than the counts is not theirs',
    md: `
## Results

442 passed, 0 failed

## Deployments

Success Rate: 99%
`,
    expect: [],
  },
  {
    name: 'a success rate of deployments beside test counts is not theirs',
    md: `
## Results

442 passed, 0 failed

Deployment Success Rate: 99%
`,
    expect: [],
  },
  {
    name: 'a coverage percentage beside test counts is no rate of them',
    md: `
## Results

442 passed, 0 failed

Coverage: 87%
`,
    expect: [],
  },
  {
    name: 'a rate under its counts in one list (wrong)',
    md: `
## Test Summary

- **Total Tests Passed:** 442
- **Total Tests Failed:** 0
- **Success Rate:** 99%
`,
    expect: ['5 contradicted: 442 / (442 + 0) = 100% (over tests run, counts at lines 3–4), report says 99%'],
  },
  {
    name: 'a rate after its counts in separate paragraphs (holds)',
    md: `
## Results

**Passing:** 526

**Total:** 546

That is a 96.3% pass rate.
`,
    expect: ['7 consistent: adds up: 526 / 546 = 96.34% (over all tests, counts at lines 3, 5) (not measured)'],
  },
  {
    name: 'a fail rate over passed and failed',
    md: `
## Results

- Passed: 90
- Failed: 10
- Failure rate: 12%
`,
    expect: ['5 contradicted: 10 / (90 + 10) = 10% (over tests run, counts at lines 3–4), report says 12%'],
  },
  {
    name: 'a rate on the line of its part, the total on another line (holds)',
    md: `
**Test Statistics**:
- Total Tests: 1,417 collected
- Passing: ~1,407 (99.3%)
- Failing: ~10 (0.7%)
`,
    expect: [
      '3 consistent: adds up: ~1,407 / 1,417 = 99.29% (over all tests, counts at lines 2, 4) (not measured)',
      '4 consistent: adds up: ~10 / 1,417 = 0.71% (over all tests, counts at lines 2–3) (not measured)',
    ],
  },
  {
    name: 'errors count among the tests that ran',
    md: `
### Quick Stats
- **Passing:** 182 tests (95.3%)
- **Failing:** 4 tests (2.1%)
- **Errors:** 5 tests (2.6%)
`,
    expect: [
      '2 consistent: adds up: 182 / (182 + 4 + 5) = 95.29% (over tests run, errors included, counts at lines 3–4) (not measured)',
      '3 consistent: adds up: 4 / (182 + 4) = 2.15% (over tests run, counts at lines 2, 4) (not measured)',
    ],
  },
  {
    name: 'tests the report skips but no count names leave a rate over passed and failed unjudged',
    md: `
### tests/ Directory
- 862 passing (98.3%)
- deselected by marker: 15
- 0 failing
`,
    expect: [],
  },
  {
    name: 'a total and the skipped tests read through words of manner ("877 comprehensive tests", "15 intentionally skipped")',
    md: `
### tests/ Directory
- 877 comprehensive tests
- 862 passing (98.3%)
- 15 intentionally skipped
- 0 failing
`,
    expect: ['3 consistent: adds up: 862 / 877 = 98.29% (over all tests, counts at lines 2, 4, 5) (not measured)'],
  },
  {
    name: 'two different passed counts in the section leave no single reading',
    md: `
## Results

- Unit: 40 passed
- Integration: 20 passed
- Total: 60
- Pass rate: 95%
`,
    expect: [],
  },
  {
    name: 'counts in another section take no part',
    md: `
## Unit

- Passed: 40
- Failed: 10

## Summary

- Pass rate: 95%
`,
    expect: [],
  },
  {
    name: "counts on the rate's own line are the same-line relation, not this one",
    md: `
## Results

412 passed, 3 failed (99.3% pass rate)
`,
    expect: [],
  },
  {
    name: 'a target rate takes no part',
    md: `
## Results

- Passed: 90
- Failed: 10
- Target pass rate: 95%
`,
    expect: [],
  },
  {
    name: 'a rate whose own line names the run it is a rate of is not one of the section total (w75:7)',
    md: `
## Current State

- Total test count: 1222 test methods
- Test execution: 154 tests run, 152 passing (98.7%)
`,
    expect: [],
  },
  {
    name: 'a smaller count of tests before the part is no whole: the section total still judges the rate (wrong)',
    md: `
## Current State

- Total tests: 200
- Run: 3 tests skipped, 150 passing (99%)
`,
    expect: ['4 contradicted: 150 / 200 = 75% (over all tests, counts at line 3); or 150 / (200 − 3) = 76.1% (over tests run, counts at line 3), report says 99%'],
  },
];

describe('relation rate-from-parts', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
});

/** A rate's line with its passed and failed counts, the run stated with its skipped tests and total on another line. */
const runApart = (rate: string, run: string) => `
## Test Results

\`\`\`
${run}
\`\`\`

## Conclusion

**Test Results**: 1384 passing, 0 failures (${rate} pass rate)
`;

const notRunCases: Array<{ name: string; md: string; want: string | undefined }> = [
  {
    name: 'a dotnet summary line states the run with 14 skipped of 1398 (w81:120, 299)',
    md: runApart('99%', 'Passed!  - Failed:     0, Passed:  1384, Skipped:    14, Total:  1398, Duration: 3 m 2 s'),
    want: 'total 1398, skipped 14 at 4',
  },
  {
    name: 'the run states only its total, larger than the passed tests',
    md: runApart('99%', 'Tests: 1384 passed, 1398 total'),
    want: 'total 1398 at 4',
  },
  {
    name: 'a run with nothing skipped is the line\'s own reading: none',
    md: runApart('100%', 'Passed!  - Failed:     0, Passed:  1384, Skipped:     0, Total:  1384'),
    want: undefined,
  },
  {
    name: 'two runs with other totals leave no single one',
    md: runApart('99%', 'Tests: 1384 passed, 14 skipped, 1398 total\nTests: 1384 passed, 20 skipped, 1404 total'),
    want: undefined,
  },
  {
    name: 'no other line states the part: none',
    md: runApart('99%', 'Tests: 1390 passed, 8 skipped, 1398 total'),
    want: undefined,
  },
];

describe('notRunOfRun: the run a rate\'s line leaves its skipped tests out of', () => {
  it('has positive and negative cases', () => {
    expect(notRunCases.some((c) => c.want) && notRunCases.some((c) => !c.want)).toBe(true);
  });
  for (const c of notRunCases) {
    it(c.name, () => {
      const source = c.md.replace(/^\n/, '');
      const claims = extractClaims('report.md', source);
      const line = source.split('\n').findIndex((l) => l.startsWith('**Test Results**')) + 1;
      const part = claims.find((cl) => cl.position.line === line && cl.kind === 'tests.passed');
      expect(part).toBeDefined();
      const run = notRunOfRun(claims, part!);
      const shown = run && [run.counts.total && `total ${run.counts.total.value}`, run.counts.skipped && `skipped ${run.counts.skipped.value}`].filter(Boolean).join(', ') + ` at ${run.lines.join(', ')}`;
      expect(shown).toBe(c.want);
    });
  }
});
