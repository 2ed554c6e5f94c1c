import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/change-column-total.js';
import { findings, type Case } from './run.js';

/** A score table with a column of changes and its TOTAL row, as 501 and 202 write them. */
const scores = (total: string, second = '**+2.5**') => `
| Category | Previous | Updated | Change |
|----------|----------|---------|--------|
| **1. Identity** | 2.5 | 2.5 | ±0 |
| **2. Secrets** | 1.0 | 3.5 | ${second} |
| **3. Reliability** | 2.0 | 3.5 | +1.5 |
| **TOTAL** | **5.5** | **9.5** | **${total}** |
`;

const cases: Case[] = [
  {
    name: 'the changes of the rows add up to the total row\'s change',
    md: scores('+4.0'),
    expect: ['6 consistent: adds up: 0 + 2.5 + 1.5 = 4 (column "Change", lines 3–5) (not measured)'],
  },
  {
    name: 'a total change the rows do not add up to (its own row may still agree with it)',
    md: scores('+3.0'),
    expect: ['6 contradicted: 0 + 2.5 + 1.5 = 4 (column "Change", lines 3–5), report says 3.0'],
  },
  {
    name: 'a fall among the rows is subtracted',
    md: scores('+1.5', '-1.0').replace('| 1.0 | 3.5 |', '| 3.5 | 2.5 |'),
    expect: ['6 contradicted: 0 − 1.0 + 1.5 = 0.5 (column "Change", lines 3–5), report says 1.5'],
  },
  {
    name: 'a row without its change leaves the column unjudged',
    md: scores('+4.0', 'see notes'),
    expect: [],
  },
  {
    name: 'a column of percentage changes does not add up',
    md: `
| Module | Before | After | Change |
|--------|--------|-------|--------|
| api | 50% | 60% | +10% |
| web | 40% | 45% | +5% |
| **Total** | 45% | 52% | **+7%** |
`,
    expect: [],
  },
];

describe('relation change-column-total', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
});
