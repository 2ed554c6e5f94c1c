import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/points-gap.js';
import { findings, type Case } from './run.js';

/** A section headed by its score, and the gaps to the scale broken down in a list, as 202 writes them. */
const gaps = (remaining: number, optional: number) => `
### What We Have: 91/100

**Gaps** (${remaining} points remaining):
- **Testing** (-2 points):
  - coverage not measured
- **Performance** (-1 point):
- **Optional** (-${optional} points):
`;

const cases: Case[] = [
  {
    name: 'points remaining: the scale less the score, and the list (holds)',
    md: gaps(9, 6),
    expect: [
      '3 consistent: adds up: 100 − 91 = 9 (score 91/100 at line 1) (not measured)',
      '3 consistent: adds up: 2 + 1 + 6 = 9 (list at lines 4, 6, 7) (not measured)',
    ],
  },
  {
    name: 'points remaining that neither the score nor the list give (wrong)',
    md: gaps(7, 6),
    expect: [
      '3 contradicted: 100 − 91 = 9 (score 91/100 at line 1), report says 7',
      '3 contradicted: 2 + 1 + 6 = 9 (list at lines 4, 6, 7), report says 7',
    ],
  },
  {
    name: 'a difference between the two scores of its section (wrong list)',
    md: `
## Status

**Actual score: 91/100**

**Claimed score: 95/100**

The 4-point difference is:
- 1 point: run the coverage
- 2 points: minor enhancements
`,
    expect: [
      '7 consistent: adds up: 95 − 91 = 4 (scores at lines 3, 5) (not measured)',
      '7 contradicted: 1 + 2 = 3 (list at lines 8–9), report says 4',
    ],
  },
  {
    name: 'an overclaim: the current score against the one it corrects, not the before-score of a change (holds, and wrong)',
    md: `
## Conclusion

**Corrected Score**: 91/100 (not 95/100)
**Overclaim**: -4 points (in Testing category)

The 5-point overclaim came from coverage. Still a leap: 73/100 → 91/100 (+18 points).
`,
    expect: [
      '4 consistent: adds up: 95 − 91 = 4 (scores at line 3) (not measured)',
      '6 contradicted: 95 − 91 = 4 (scores at line 3), report says 5',
    ],
  },
  {
    name: 'an overclaim beside two current scores has no single pair',
    md: `
## Conclusion

Backend 91/100, frontend 85/100 (not 95/100).

The 4-point overclaim came from coverage.
`,
    expect: [],
  },
  {
    name: 'two current scores: a gap from the scale has no single reading; a list entry without points is no breakdown',
    md: `
## Status

Backend 91/100, frontend 85/100.

**Gaps** (9 points remaining):
- Testing (-2 points)
- Docs need work
`,
    expect: [],
  },
];

describe('relation points-gap', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
});
