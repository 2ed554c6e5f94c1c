import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/score-from-table.js';
import { findings, type Case } from './run.js';

const points = (cells: readonly string[]) => [
  '| Category | Score |',
  '|----------|-------|',
  ...cells.map((c, i) => `| Area ${i + 1} | ${c} |`),
].join('\n');

const cases: Case[] = [
  {
    name: 'points out of a column of maxima, on another scale (wrong)',
    md: `
## Scores

${points(['15/15', '18/20', '14/15'])}

**Final Score:** 91/100
`,
    expect: ['9 contradicted: (15 + 18 + 14) / 50 × 100 = 94 (points of the Score column out of 50, lines 5–7); or mean of 3 rows = 94.4 (the Score column, lines 5–7), report says 91'],
  },
  {
    name: 'points that add up to the final score, no Total row (holds)',
    md: `
## Scores

${points(['20', '25', '30', '22'])}

Final Health Score: 97/100
`,
    expect: ['10 consistent: adds up: 20 + 25 + 30 + 22 = 97 (the Score column, lines 5–8) (not measured)'],
  },
  {
    name: 'points that do not (wrong)',
    md: `
## Scores

${points(['20', '25', '30', '22'])}

Final Health Score: 87/100
`,
    expect: ['10 contradicted: 20 + 25 + 30 + 22 = 97 (the Score column, lines 5–8); or mean of 4 rows = 24.3 (the Score column, lines 5–8), report says 87'],
  },
  {
    name: 'a final score that is the mean of scores out of 100 (holds)',
    md: `
## Scores

${points(['80/100', '90/100'])}

Overall score: 85/100
`,
    expect: ['8 consistent: adds up: (80 + 90) / 200 × 100 = 85 (points of the Score column out of 200, lines 5–6) (not measured)'],
  },
  {
    name: 'two score tables leave no single breakdown',
    md: `
## Before

${points(['10', '20'])}

## After

${points(['20', '30'])}

Final score: 50/100
`,
    expect: [],
  },
  {
    name: 'a score whose label does not sum up the table',
    md: `
## Scores

${points(['20', '25'])}

Security score: 80/100
`,
    expect: [],
  },
];

describe('relation score-from-table', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
});
