import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/heading-total-row.js';
import { findings, type Case } from './run.js';

const cases: Case[] = [
  {
    name: "a heading's coverage that is not its table's TOTAL row: contradicted, with the row's counts and percentage",
    md: `
## Coverage by File

### Controllers - 83.64% Coverage
| File | Lines Covered | Total Lines | Coverage |
|------|---------------|-------------|----------|
| \`app/controllers/base_controller.rb\` | 12 / 15 | 15 | **80.0%** |
| \`app/controllers/sessions_controller.rb\` | 10 / 12 | 12 | **83.33%** |
| **TOTAL CONTROLLERS** | **22 / 27** | **27** | **81.48%** |
`,
    expect: [
      '3 contradicted: 22 / 27 = 81.481% (row "TOTAL CONTROLLERS", line 8); or row "TOTAL CONTROLLERS" (line 8) = 81.48%, report says 83.64%',
    ],
  },
  {
    name: 'a heading that agrees with its TOTAL row holds',
    md: `
### Models - 100% Coverage
| File | Lines Covered | Total Lines | Coverage |
|------|---------------|-------------|----------|
| \`app/models/user.rb\` | 9 / 9 | 9 | **100.0%** |
| \`app/models/transaction.rb\` | 20 / 20 | 20 | **100.0%** |
| **TOTAL MODELS** | **29 / 29** | **29** | **100.0%** ✅ |
`,
    expect: ['1 consistent: adds up: 29 / 29 = 100% (row "TOTAL MODELS", line 6) (not measured)'],
  },
  {
    name: "a coverage.py table's TOTAL row: statements less missed",
    md: `
## Coverage: 79%

| Name | Stmts | Miss | Cover |
|------|-------|------|-------|
| app.py | 100 | 20 | 80% |
| util.py | 50 | 12 | 76% |
| TOTAL | 150 | 32 | 79% |
`,
    expect: ['1 consistent: adds up: (150 − 32) / 150 = 78.7% (row "TOTAL", line 7) (not measured)'],
  },
  {
    name: 'tables in sub-sections are parts of the heading, not its table: nothing judged',
    md: `
## Overall - 75% Coverage

### Models
| File | Lines Covered | Total Lines | Coverage |
|------|---------------|-------------|----------|
| \`a.rb\` | 9 / 9 | 9 | 100.0% |
| **TOTAL** | **9 / 9** | **9** | **100.0%** |
`,
    expect: [],
  },
  {
    name: 'a table with branches beside lines: its total percentage is over both; nothing judged',
    md: `
### Services - 88% Coverage
| File | Lines | Branches | Coverage |
|------|-------|----------|----------|
| a.ts | 40 / 50 | 3 / 4 | 79% |
| **Total** | 40 / 50 | 3 / 4 | 79% |
`,
    expect: [],
  },
  {
    name: 'a target in the heading takes no part; a table without a total row is not summed up',
    md: `
### Services - target 90% coverage
| File | Coverage |
|------|----------|
| a.ts | 79% |
| **Total** | 79% |

### Jobs - 60% Coverage
| File | Coverage |
|------|----------|
| a.ts | 79% |
| b.ts | 41% |
`,
    expect: [],
  },
];

describe('relation heading-total-row', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
});
