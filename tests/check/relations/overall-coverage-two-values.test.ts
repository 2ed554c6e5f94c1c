import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/overall-coverage-two-values.js';
import { findings, type Case } from './run.js';

const cases: Case[] = [
  {
    name: 'one overall coverage against two others that agree: the odd line is flagged, the others agree',
    md: `
## Summary

| Metric | Value |
|--------|-------|
| **Overall Coverage** | **65.28%** |

## Coverage Output

\`\`\`
53.60% coverage, 335/625 lines covered
\`\`\`

## Conclusion

The 53.60% overall coverage number is not a concern.
`,
    expect: [
      '5 contradicted: lines 10, 15 say 53.60% overall line coverage, here 65.28%',
      '15 consistent: agrees with line 10, which also says 53.60% overall line coverage (not measured)',
    ],
  },
  {
    name: 'two overall coverages and no majority: both lines are flagged',
    md: `
## Summary

- **Overall coverage:** 81%

## Details

Overall coverage stands at 74% across the workspace.
`,
    expect: [
      '3 contradicted: 74% overall line coverage (line 7); here 81%',
      '7 contradicted: 81% overall line coverage (line 3); here 74%',
    ],
  },
  {
    name: 'two overall coverages one unit apart are two values, not one rounded two ways',
    md: `
Overall coverage: 63%

## Conclusion

Overall coverage is 64% across the board.
`,
    expect: [
      '1 contradicted: 64% overall line coverage (line 5); here 63%',
      '5 contradicted: 63% overall line coverage (line 1); here 64%',
    ],
  },
  {
    name: 'the same coverage written at two precisions agrees',
    md: `
Overall coverage: 65.3%

## Conclusion

Overall coverage is 65.28%.
`,
    expect: ['5 consistent: agrees with line 1, which also says 65.3% overall line coverage (not measured)'],
  },
  {
    name: 'overall coverages under headings that name parts are the parts\u2019 coverages: nothing judged',
    md: `
## Backend

- Overall coverage: 80%

## Frontend

- Overall coverage: 62%
`,
    expect: [],
  },
  {
    name: 'a past value, an estimate and a coverage that does not say it is the whole take no part',
    md: `
## Summary

- Overall coverage: 80%
- Previously, overall coverage was 45%
- Overall coverage: ~70% expected next week
- Coverage of the parser: 55%
`,
    expect: [],
  },
];

describe('relation overall-coverage-two-values', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
});
