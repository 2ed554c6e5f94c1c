import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/share-of-stated-total.js';
import { findings, type Case } from './run.js';

/** A line count per category, the grand total stated once above the tables, as 203 writes it. */
const report = (docsShare: string, total = '## GRAND TOTAL: **1,000 Lines**') => `
${total}

### 1. Python Code

| Component | Lines | Percentage |
|-----------|-------|------------|
| **Source Code** | **400** | 40.0% |
| **Test Code** | **200** | 20.0% |
| **SUBTOTAL** | **600** | **60.0%** |

### 2. Documentation

| Component | Lines | Percentage |
|-----------|-------|------------|
| **Root Markdown** | **250** | 25.0% |
| **docs/** | **150** | ${docsShare} |
| **SUBTOTAL** | **400** | **40.0%** |
`;

const cases: Case[] = [
  {
    name: 'shares of the grand total stated outside the tables (holds)',
    md: report('15.0%'),
    expect: [
      '7 consistent: adds up: 400 / 1,000 = 40% (share of the total at line 1) (not measured)',
      '8 consistent: adds up: 200 / 1,000 = 20% (share of the total at line 1) (not measured)',
      '9 consistent: adds up: 600 / 1,000 = 60% (share of the total at line 1) (not measured)',
      '15 consistent: adds up: 250 / 1,000 = 25% (share of the total at line 1) (not measured)',
      '16 consistent: adds up: 150 / 1,000 = 15% (share of the total at line 1) (not measured)',
      '17 consistent: adds up: 400 / 1,000 = 40% (share of the total at line 1) (not measured)',
    ],
  },
  {
    name: 'one share off while the rest of its table holds over the grand total (wrong)',
    md: report('18.0%'),
    expect: [
      '7 consistent: adds up: 400 / 1,000 = 40% (share of the total at line 1) (not measured)',
      '8 consistent: adds up: 200 / 1,000 = 20% (share of the total at line 1) (not measured)',
      '9 consistent: adds up: 600 / 1,000 = 60% (share of the total at line 1) (not measured)',
      '15 consistent: adds up: 250 / 1,000 = 25% (share of the total at line 1) (not measured)',
      '16 contradicted: 150 / 1,000 = 15% (share of the total at line 1), report says 18.0%',
      '17 consistent: adds up: 400 / 1,000 = 40% (share of the total at line 1) (not measured)',
    ],
  },
  {
    name: 'two grand totals in the unit leave the whole ambiguous',
    md: report('15.0%') + '\n**Total lines (with vendored code)**: 1,400 lines\n',
    expect: [],
  },
  {
    name: 'a total of another unit is no whole of lines',
    md: report('15.0%', '## GRAND TOTAL: **1,000 files**'),
    expect: [],
  },
];

describe('relation share-of-stated-total', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
});
