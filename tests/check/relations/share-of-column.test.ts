import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/share-of-column.js';
import { findings, type Case } from './run.js';

/** A test status table with a share column, as 403 writes it. */
const statusTable = (failedShare: string) => `
## Test Counts

| Status | Count | Percentage |
|--------|-------|------------|
| ✅ PASSED | 2069 | 80.9% |
| ❌ FAILED | 276 | ${failedShare} |
| 🔴 ERROR | 120 | 4.7% |
| ⏭️ SKIPPED | 94 | 3.7% |
`;

const cases: Case[] = [
  {
    name: 'shares of the column added up, every row (holds)',
    md: statusTable('10.8%'),
    expect: [
      '5 consistent: adds up: 2,069 / 2,559 = 80.85% (share of column "Count", lines 5–8 added up) (not measured)',
      '6 consistent: adds up: 276 / 2,559 = 10.79% (share of column "Count", lines 5–8 added up) (not measured)',
      '7 consistent: adds up: 120 / 2,559 = 4.69% (share of column "Count", lines 5–8 added up) (not measured)',
      '8 consistent: adds up: 94 / 2,559 = 3.67% (share of column "Count", lines 5–8 added up) (not measured)',
    ],
  },
  {
    name: 'one share off while the others hold over the whole (wrong)',
    md: statusTable('12.8%'),
    expect: [
      '5 consistent: adds up: 2,069 / 2,559 = 80.85% (share of column "Count", lines 5–8 added up) (not measured)',
      '6 contradicted: 276 / 2,559 = 10.79% (share of column "Count", lines 5–8 added up), report says 12.8%',
      '7 consistent: adds up: 120 / 2,559 = 4.69% (share of column "Count", lines 5–8 added up) (not measured)',
      '8 consistent: adds up: 94 / 2,559 = 3.67% (share of column "Count", lines 5–8 added up) (not measured)',
    ],
  },
  {
    name: 'a Total row saying 100%: shares of its count (wrong share, rounded as written)',
    md: `
### Tools Migration Progress

| Category | Count | Percentage | Status |
|----------|-------|------------|--------|
| Fully Native | 7 | 30% | ✅ Complete |
| Hybrid | 19 | 73% | ✅ Complete |
| **Total** | **26** | **100%** | |
`,
    expect: [
      '5 contradicted: 7 / 26 = 26.9% (share of column "Count", lines 5–6 added up), report says 30%',
      '6 consistent: adds up: 19 / 26 = 73.1% (share of column "Count", lines 5–6 added up) (not measured)',
    ],
  },
  {
    name: 'the Total row states another whole than the rows add to: either denominator',
    md: `
### Modules

| Level | Module Count | Percentage |
|-------|--------------|------------|
| High | 8 | 10.0% |
| Low | 70 | 87.5% |
| **Total** | **80** | **100%** |
`,
    expect: [
      '5 consistent: adds up: 8 / 80 = 10% (share of column "Module Count", total at line 7) (not measured)',
      '6 consistent: adds up: 70 / 80 = 87.5% (share of column "Module Count", total at line 7) (not measured)',
    ],
  },
  {
    name: 'shares of a whole the table does not state (subtotal of a larger codebase): nothing judged',
    md: `
### 1. Python Code

| Component | Lines | Percentage |
|-----------|-------|------------|
| **Source Code** | **28,687** | 34.1% |
| **Test Code** | **18,034** | 21.4% |
| **Root Python Files** | **894** | 1.1% |
| **SUBTOTAL** | **47,615** | **56.6%** |
`,
    expect: [],
  },
  {
    name: 'a coverage table: the percentage is each row\'s own coverage, no share',
    md: `
| File | Lines Covered | Percentage |
|------|---------------|------------|
| a.java | 80 | 80% |
| b.java | 10 | 100% |
`,
    expect: [],
  },
  {
    name: 'a rate column is no share column',
    md: `
| Suite | Tests | Pass Rate |
|-------|-------|-----------|
| api | 40 | 50% |
| web | 60 | 50% |
`,
    expect: [],
  },
];

describe('relation share-of-column', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) {
    it(c.name, () => {
      expect(findings(relation, c.md)).toEqual(c.expect);
    });
  }
});
