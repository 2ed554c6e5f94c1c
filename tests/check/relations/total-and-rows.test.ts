import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/total-and-rows.js';
import { findings, type Case } from './run.js';

const rows = (counts: ReadonlyArray<[string, number]>) => counts.map(([name, n]) => `  ${name.padEnd(20)}  80.1% (${n} tests, 0 failed)`).join('\n');

const cases: Case[] = [
  {
    name: 'a total over the module rows of the next section (holds)',
    md: `
## Overall statistics

Total Test Cases:     270

## Modules

${rows([['Classification', 78], ['Scoring', 52], ['Model', 103], ['ConfigLoad', 37]])}
`,
    expect: ['3 consistent: adds up: 78 + 52 + 103 + 37 = 270 (Classification, Scoring, Model, ConfigLoad at lines 7–10) (not measured)'],
  },
  {
    name: 'rows that add up to more than the total (wrong)',
    md: `
## Overall statistics

Total Test Cases:     200

## Modules

${rows([['Classification', 78], ['Scoring', 52], ['Model', 103]])}
`,
    expect: ['3 contradicted: 78 + 52 + 103 = 233 (Classification, Scoring, Model at lines 7–9), report says 200'],
  },
  {
    name: 'rows under a heading that calls them a breakdown, short of the total (wrong)',
    md: `
## Overall statistics

Total Test Cases:     270

## Breakdown by module

${rows([['Classification', 78], ['Scoring', 52]])}
`,
    expect: ['3 contradicted: 78 + 52 = 130 (Classification, Scoring at lines 7–8), report says 270'],
  },
  {
    name: 'rows short of the total under another heading may be a selection',
    md: `
## Overall statistics

Total Test Cases:     270

## Largest modules

${rows([['Classification', 78], ['Scoring', 52]])}
`,
    expect: [],
  },
  {
    name: 'rows two sections away are not the breakdown',
    md: `
## Overall statistics

Total Test Cases:     270

## Notes

Nothing here.

## Modules

${rows([['Classification', 78], ['Scoring', 52]])}
`,
    expect: [],
  },
  {
    name: 'another total of the kind first takes the rows',
    md: `
## Overall statistics

Total Test Cases:     270

Total tests:     130

${rows([['Classification', 78], ['Scoring', 52]])}
`,
    expect: ['5 consistent: adds up: 78 + 52 = 130 (Classification, Scoring at lines 7–8) (not measured)'],
  },
  {
    name: 'one name twice is no breakdown',
    md: `
## Overall statistics

Total Test Cases:     270

## Modules

${rows([['Classification', 78], ['Classification', 96]])}
`,
    expect: [],
  },
];

describe('relation total-and-rows', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
});
