import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/before-column-total.js';
import { findings, type Case } from './run.js';

const scorecard = (total: string, before = 'Before') => `
## Corrected Final Score

| Category | ${before} | Actual After | Change |
|----------|--------|--------------|--------|
| Code Quality | 11/15 | **15/15** | +4 |
| Testing | 14/20 | **18/20** | +4 |
| Security | 11/15 | **14/15** | +3 |
| Features | 2/5 | **5/5** | +3 |
| **TOTAL** | **${total}** | **52/55** | **+14** |
`;

const plain = (total: string, rows = ['2.5', '1.0', '2.0']) => `
| Category | Previous | Updated | Change |
|----------|----------|---------|--------|
| Identity | ${rows[0]} | 2.5 | ±0 |
| Secrets | ${rows[1]} | 3.5 | +2.5 |
| Privacy | ${rows[2]} | 2.0 | ±0 |
| **TOTAL** | **${total}** | **8.0** | **+2.5** |
`;

const cases: Case[] = [
  {
    name: 'a before total on another scale than its rows\u2019 maxima is their points rescaled (202:187)',
    md: scorecard('73/100'),
    expect: ['9 contradicted: (11 + 14 + 11 + 2) / 55 × 100 = 69.1 (points out of 55, column "Before", lines 5–8), report says 73'],
  },
  {
    name: 'a before total that is the rescaled points holds',
    md: scorecard('69/100'),
    expect: ['9 consistent: adds up: (11 + 14 + 11 + 2) / 55 × 100 = 69.1 (points out of 55, column "Before", lines 5–8) (not measured)'],
  },
  {
    name: 'a before total on the rows\u2019 own scale is their sum',
    md: scorecard('40/55'),
    expect: ['9 contradicted: 11 + 14 + 11 + 2 = 38 (points out of 55, column "Before", lines 5–8), report says 40'],
  },
  {
    name: 'a before-column of plain figures adds up to its total (501:24)',
    md: plain('5.5'),
    expect: ['6 consistent: adds up: 2.5 + 1.0 + 2.0 = 5.5 (column "Previous", lines 3–5) (not measured)'],
  },
  {
    name: 'a before-column of plain figures that does not add up to its total is contradicted',
    md: plain('6.5'),
    expect: ['6 contradicted: 2.5 + 1.0 + 2.0 = 5.5 (column "Previous", lines 3–5), report says 6.5'],
  },
  {
    name: 'percentages above a total may be a weighted mean: nothing judged',
    md: plain('40%', ['30%', '50%', '60%']),
    expect: [],
  },
  {
    name: 'rows of another form than the total (a percentage over a count) are other metrics: nothing judged',
    md: plain('670', ['46%', '12', '3']),
    expect: [],
  },
  {
    name: 'a column of what was claimed elsewhere is the report\u2019s own arithmetic too (202:187 "Claimed After")',
    md: scorecard('73/100', 'Claimed After'),
    expect: ['9 contradicted: (11 + 14 + 11 + 2) / 55 × 100 = 69.1 (points out of 55, column "Claimed After", lines 5–8), report says 73'],
  },
  {
    name: 'a claimed column whose total is its rows\u2019 points rescaled holds',
    md: scorecard('69/100', 'Claimed After'),
    expect: ['9 consistent: adds up: (11 + 14 + 11 + 2) / 55 × 100 = 69.1 (points out of 55, column "Claimed After", lines 5–8) (not measured)'],
  },
  {
    name: 'a column that is no before-column is the current total row\u2019s check, not this one',
    md: scorecard('73/100', 'Sprint 1'),
    expect: [],
  },
];

describe('relation before-column-total', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
});
