import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/coverage-with-counts.js';
import { findings, type Case } from './run.js';

const cases: Case[] = [
  {
    name: 'statements and missed in parentheses after a heading\u2019s coverage',
    md: `
### Overall Coverage: 79% (1,447 statements, 302 missed)
`,
    expect: ['1 consistent: adds up: (1447 − 302) / 1447 = 79.1% (the counts on its line) (not measured)'],
  },
  {
    name: 'a fraction of lines after the percentage that does not compute it',
    md: `
\`\`\`
58.60% coverage, 335/625 lines covered
\`\`\`
`,
    expect: ['2 contradicted: 335 / 625 = 53.6% (the counts on its line), report says 58.60%'],
  },
  {
    name: "a tool's row with the fraction before the percentage, only marks between",
    md: `
### Coverage Output

\`\`\`
|| Tested/Total Lines:
|| vectro_cli/src/main.rs: 34/224 🟡  15.18%
|| vectro_cli/src/server.rs: 10/100 ⚪   0.00%
\`\`\`
`,
    expect: [
      '5 consistent: adds up: 34 / 224 = 15.179% (the counts on its line) (not measured)',
      '6 contradicted: 10 / 100 = 10% (the counts on its line), report says 0.00%',
    ],
  },
  {
    name: 'a box whose "Coverage:" line is followed by its "Lines:" line',
    md: `
\`\`\`
│  Coverage:  73.00%   ███████████████████░░░░░░░░░░░░  │
│  Lines:     70/100                                     │
\`\`\`
`,
    expect: ['2 contradicted: 70 / 100 = 70% (the counts on line 3), report says 73.00%'],
  },
  {
    name: 'a fraction of something other than lines, and a next line after a percentage with more words, take no part',
    md: `
- Coverage: 60% (3/5 components)

Coverage: 40% of the parser
Lines: 10/100
`,
    expect: [],
  },
];

describe('relation coverage-with-counts', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
});
