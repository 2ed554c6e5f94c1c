import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/percent-of-target-elsewhere.js';
import { findings, type Case } from './run.js';

const cases: Case[] = [
  {
    name: 'a named target stated further down, the coverage reached on the line itself (406:5)',
    md: `
# Test Coverage Improvement - Week 1 Summary

**Achievement**: 46.36% → 49.06% (+2.70%) - 98% of Week 1 target!

## Lessons

- Stayed focused on Week 1 target (50%)
`,
    expect: ['3 consistent: adds up: 49.06% / 50% = 98.1% (coverage of this line over the Week 1 target of line 7) (not measured)'],
  },
  {
    name: 'the target in the phrase, the coverage reached in a table above (406:9)',
    md: `
| Metric | Before | After |
|--------|--------|-------|
| **Overall Coverage** | 46.36% | **49.06%** |

Week 1 achieved **98% of the 50% target** with exceptional quality.
`,
    expect: ['5 consistent: adds up: 49.06% / 50% = 98.1% (coverage of line 3 over the target of this line) (not measured)'],
  },
  {
    name: 'a share that the operands do not give is contradicted',
    md: `
Overall coverage: 41.2%

We reached 95% of the 50% target this week.
`,
    expect: ['3 contradicted: 41.2% / 50% = 82.4% (coverage of line 1 over the target of this line), report says 95%'],
  },
  {
    name: 'the target written as one on the claim\u2019s own line (406:293)',
    md: `
Overall coverage: 49.06%

**Achievement**: 98% of target (49.06% / 50% target)
`,
    // "(49.06% / 50% target)" is two figures: the coverage and the target both stand on the claim's own line
    expect: ['3 consistent: adds up: 49.06% / 50% = 98.1% (coverage of this line over the target of this line) (not measured)'],
  },
  {
    name: 'an unnamed target with no target on its line: several targets in the report, nothing judged',
    md: `
Overall coverage: 49.06%

- Target 60% coverage by week 3, 85% long-term.
- Delivered 98% of target in 2 days
`,
    expect: [],
  },
  {
    name: 'two different coverages reached and none stated on more than half the lines: nothing judged',
    md: `
Overall coverage: 49.06%

## Later

Overall coverage: 60%

We reached 98% of the 50% target.
`,
    expect: [],
  },
  {
    name: 'a claim whose own text gives both operands is left to the percent-of-target lane',
    md: `
Line coverage is 78% (130% of target), against a target of 60%.
`,
    expect: [],
  },
  {
    name: 'a named target stated with two values: nothing judged',
    md: `
Overall coverage: 49.06%

- Week 1 target (50%)
- Week 1 target (55%) after the re-plan
- 98% of Week 1 target achieved
`,
    expect: [],
  },
];

describe('relation percent-of-target-elsewhere', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
});
