import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/coverage-row.js';
import { findings, type Case } from './run.js';

const cases: Case[] = [
  {
    name: 'a SimpleCov table: each row and its TOTAL row against covered over total lines; one row is off',
    md: `
### Controllers

| File | Lines Covered | Total Lines | Coverage |
|------|---------------|-------------|----------|
| \`app/controllers/base_controller.rb\` | 12 / 15 | 15 | **80.0%** |
| \`app/controllers/sessions_controller.rb\` | 10 / 12 | 12 | **88.33%** |
| **TOTAL CONTROLLERS** | **22 / 27** | **27** | **81.48%** |
`,
    expect: [
      '5 consistent: adds up: 12 / 15 = 80% (column "Lines Covered" of the row) (not measured)',
      '6 contradicted: 10 / 12 = 83.333% (column "Lines Covered" of the row), report says 88.33%',
      '7 consistent: adds up: 22 / 27 = 81.481% (column "Lines Covered" of the row) (not measured)',
    ],
  },
  {
    name: "coverage.py's Stmts | Miss | Cover: (Stmts − Miss) / Stmts, rounded as coverage.py rounds",
    md: `
| Module | Statements | Missed | Coverage | Status |
|--------|-----------|---------|----------|--------|
| \`camera/factory.py\` | 55 | 3 | 95% | ✅ |
| \`main.py\` | 82 | 7 | 91% | ✅ |
| \`web/app.py\` | 286 | 84 | 81% | ⚠️ |
`,
    expect: [
      '3 consistent: adds up: (55 − 3) / 55 = 94.5% (columns "Statements" less "Missed") (not measured)',
      '4 consistent: adds up: (82 − 7) / 82 = 91.5% (columns "Statements" less "Missed") (not measured)',
      '5 contradicted: (286 − 84) / 286 = 70.6% (columns "Statements" less "Missed"), report says 81%',
    ],
  },
  {
    name: 'covered and uncovered columns: covered over both',
    md: `
| Package | Covered | Uncovered | Coverage |
|---------|---------|-----------|----------|
| core | 90 | 10 | 90% |
| cli | 30 | 70 | 40% |
`,
    expect: [
      '3 consistent: adds up: 90 / (90 + 10) = 90% (columns "Covered" and "Uncovered") (not measured)',
      '4 contradicted: 30 / (30 + 70) = 30% (columns "Covered" and "Uncovered"), report says 40%',
    ],
  },
  {
    name: 'a table that counts branches too: its percentage is over lines and branches, not judged',
    md: `
| Name | Stmts | Miss | Branch | BrPart | Cover |
|------|-------|------|--------|--------|-------|
| app.py | 100 | 10 | 20 | 5 | 88% |
`,
    expect: [],
  },
  {
    name: 'a Lines column alone beside a coverage percentage: no covered or missed count to compute it from',
    md: `
| File | Lines | Coverage | Reason |
|------|-------|----------|--------|
| \`app/jobs/application_job.rb\` | 2 | **0.0%** | unused |
| \`app/services/jwt_service.rb\` | 25 | **0.0%** | legacy |
`,
    expect: [],
  },
  {
    name: 'a target or a change column is no measurement of the row; a score is no covered count',
    md: `
| Module | Covered | Total | Target % | Change |
|--------|---------|-------|----------|--------|
| core | 50 | 100 | 80% | +5% |

| Area | Score | Evidence |
|------|-------|----------|
| Testing | 90/100 | 75% coverage, 561+ tests |
`,
    expect: [],
  },
  {
    name: 'a fraction inside words, or under a header that counts no lines, is no covered count',
    md: `
| File | Coverage | Expect |
| --- | --- | --- |
| \`web/src/lib/index.js\` | 75% | contradicted (8/13) |

| Area | Score | Coverage |
| --- | --- | --- |
| api | 9/10 | 75% |
`,
    expect: [],
  },
];

describe('relation coverage-row', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
});
