import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/sum-of-columns.js';
import { findings, type Case } from './run.js';

/** A feature table with one column per kind of tests, and the sum under it naming each column, as w11 writes them. */
const feature = (sum: string) => `
### F1: Expense CRUD

| Feature | Unit Tests | Feature Tests | E2E Tests |
|---------|------------|---------------|-----------|
| Create | Validation rules (19) | Store action (10) | Form workflow (7) |
| Read | Sorting (3) | Index action (7) | Display (7) |
| Update | Validation rules (19) | Update action (5) | Edit workflow (6) |
| Delete | Soft delete (4) | - | Delete workflow (3) |

**Total Coverage**: ${sum}
`;

const cases: Case[] = [
  {
    name: 'a term its column does not add up to, although the sum adds up',
    md: feature('42 Unit + 22 Feature + 23 E2E = 87 tests'),
    expect: [
      '10 contradicted: 19 + 3 + 19 + 4 = 45 (column "Unit Tests", lines 5–8); or 19 + 3 + 4 = 26 (column "Unit Tests", each count once), report says 42',
      '10 consistent: adds up: 10 + 7 + 5 = 22 (column "Feature Tests", lines 5–8) (not measured)',
      '10 consistent: adds up: 7 + 7 + 6 + 3 = 23 (column "E2E Tests", lines 5–8) (not measured)',
    ],
  },
  {
    name: 'one spec listed under two rows is counted once; a column of dashes adds to none',
    md: `
### F2: Daily view

| Feature | Unit Tests | Feature Tests | E2E Tests |
|---------|------------|---------------|-----------|
| Daily grouping | Calculations (3) | - | Navigation (12) |
| Daily totals | Calculations (2) | - | Display (12) |

**Total Coverage**: 5 Unit + 0 Feature + 12 E2E = 17 tests
`,
    expect: [
      '8 consistent: adds up: 3 + 2 = 5 (column "Unit Tests", lines 5–6) (not measured)',
      '8 consistent: adds up: no count = 0 (column "Feature Tests", lines 5–6) (not measured)',
      '8 consistent: adds up: 12 = 12 (column "E2E Tests", each count once) (not measured)',
    ],
  },
  {
    name: 'a term naming no column, or two',
    md: feature('42 unit + 24 integration + 23 E2E = 89 tests'),
    expect: [],
  },
  {
    name: 'a table of another section',
    md: `
| Kind | Unit Tests | E2E Tests |
|------|------------|-----------|
| A | 4 | 3 |

## Totals

**Total**: 5 Unit + 3 E2E = 8 tests
`,
    expect: [],
  },
  {
    name: 'a cell that is no plain count',
    md: `
| Kind | Unit Tests | E2E Tests |
|------|------------|-----------|
| A | 40+ | 3 |
| B | 2 | 3 |

**Total**: 5 Unit + 6 E2E = 11 tests
`,
    expect: [],
  },
];

describe('relation sum-of-columns', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
});
