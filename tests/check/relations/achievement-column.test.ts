import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/achievement-column.js';
import { findings, type Case } from './run.js';

const cases: Case[] = [
  {
    name: 'an Achievement column after Before, After, Change and Target: the value after over the target; one row is off',
    md: `
### Coverage Progress

| Metric | Before | After | Change | Target | Achievement |
|--------|--------|-------|--------|--------|-------------|
| **Overall Coverage** | 46.36% | **49.06%** | +2.70% | 50% | **98%** ✅ |
| **Total Tests** | 670 | **813** | +143 | ~715 | **114%** ✅ |
| **Files Covered** | 20 | **30** | +10 | 40 | **85%** |
| **Execution Time** | ~5.5s | **6.68s** | +1.18s | <10s | **Excellent** ✅ |
`,
    expect: [
      '5 consistent: adds up: 49.06% / 50% = 98.1% (columns "After" over "Target") (not measured)',
      '6 consistent: adds up: 813 / ~715 = 113.7% (columns "After" over "Target") (not measured)',
      '7 contradicted: 30 / 40 = 75% (columns "After" over "Target"), report says 85%',
    ],
  },
  {
    name: 'a Percentage column beside Target and Achieved; a target stated as a floor is that figure, one stated as a range any value of it',
    md: `
| Metric | Target | Achieved | Percentage |
|--------|--------|----------|------------|
| Tests Created | 100+ | 186 | **186%** |
| Components Implemented | 5 | 7 | **140%** |
| Tests Written | 120-150 | 156 | 104% |
| Integration Tests | 10+ tests | 53 tests | ✅ 100% |
`,
    expect: [
      '3 consistent: adds up: 186 / 100 = 186% (columns "Achieved" over "Target") (not measured)',
      '4 consistent: adds up: 7 / 5 = 140% (columns "Achieved" over "Target") (not measured)',
      '5 consistent: adds up: 156 / 120–150 = 130% (columns "Achieved" over "Target") (within the bounds of the figures) (not measured)',
      '6 contradicted: 53 / 10 = 530% (columns "Achieved" over "Target"), report says 100%',
    ],
  },
  {
    name: 'no target column, or a target or value that is no figure: nothing judged',
    md: `
| Metric | Before | After | Percentage |
|--------|--------|-------|------------|
| Coverage | 40 | 50 | 80% |

| Objective | Target | Achieved | Status |
|-----------|--------|----------|--------|
| Arrow Interchange | Zero-copy | Implemented | ✅ 100% |
| Security Issues Fixed | 0 planned | 3 | ∞ |
`,
    expect: [],
  },
];

describe('relation achievement-column', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
});
