import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/score-row-change.js';
import { findings, type Case } from './run.js';

/** A score table with a claimed and an actual after-score, as 202 writes it. */
const scores = (change: string) => `
| Category | Before | Claimed After | Actual After | Change |
|----------|--------|---------------|--------------|--------|
| Testing | 14/20 | 19/20 | **18/20** | ${change} |
`;

const cases: Case[] = [
  {
    name: 'the change of the actual after-score holds although the claimed one differs',
    md: scores('+4'),
    expect: ['3 consistent: adds up: 18 − 14 = 4 (column "Actual After" less column "Before") (not measured)'],
  },
  {
    name: 'a change no after column gives',
    md: scores('**+6**'),
    expect: ['3 contradicted: 19 − 14 = 5 (column "Claimed After" less column "Before"); or 18 − 14 = 4 (column "Actual After" less column "Before"), report says 6'],
  },
  {
    name: 'scores on another scale, or a target column, are no after-score',
    md: `
| Category | Before | Target | After | Change |
|----------|--------|--------|-------|--------|
| Testing | 14/20 | 20/20 | 90/100 | +6 |
`,
    expect: [],
  },
  {
    name: 'plain figures are the consistency verifier\'s own',
    md: `
| Category | Before | After | Change |
|----------|--------|-------|--------|
| Testing | 14 | 18 | +4 |
`,
    expect: [],
  },
];

describe('relation score-row-change', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
});
