/**
 * figure-achievement-column reads a percentage in an achievement column
 * beside a target column as the row's value as a share of its target.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/commands/claims.js';

const shares = (md: string) =>
  extractClaims('case.md', md.replace(/^\n/, ''))
    .filter((c) => c.source === 'figure-achievement-column')
    .map((c) => `${c.position.line} ${c.kind} ${String(c.value)} ${c.tense}`);

const cases: Array<{ name: string; md: string; expect: string[] }> = [
  {
    name: 'an Achievement column beside a Target column, a cell another extractor read too',
    md: '\n| Metric | Before | After | Change | Target | Achievement |\n|---|---|---|---|---|---|\n| **Overall Coverage** | 46.36% | **49.06%** | +2.70% | 50% | **98%** ✅ |\n| **Total Tests** | 670 | **813** | +143 | ~715 | **114%** ✅ |\n| **Execution Time** | ~5.5s | **6.68s** | +1.18s | <10s | **Excellent** ✅ |\n',
    expect: ['3 percentOf 98 current', '4 percentOf 114 current'],
  },
  {
    name: 'a Percentage or Status column beside Target and Achieved',
    md: '\n| Metric | Target | Achieved | Percentage |\n|---|---|---|---|\n| Components | 5 | 7 | **140%** |\n\n| Metric | Target | Achieved | Status |\n|---|---|---|---|\n| ViewModels | 8 | 8 | ✅ 100% |\n',
    expect: ['3 percentOf 140 current', '7 percentOf 100 current'],
  },
  // realworld w50:52, 53: a signed percentage in the Status column is how far the value passed the target (99 - 80 = 19 points), no share of it
  {
    name: 'a signed percentage beside Target and Achieved',
    md: '\n| Metric | Target | Achieved | Status |\n|---|---|---|---|\n| **Test Coverage** | 80% | 99% | ✅ +19% |\n| **Test Cases** | 200+ | 301 | ✅ +50% |\n| Defects | 10 | 7 | ↓30% |\n',
    expect: [],
  },
  // a percentage beside a target but with no column of values reached is no share of the target
  { name: 'a Status column with no value reached', md: '\n| Criterion | Target | Status |\n|---|---|---|\n| Coverage | 70% | 30% |\n', expect: [] },
  // an achievement column with no target column
  { name: 'no target column', md: '\n| Metric | Before | After | Achievement |\n|---|---|---|---|\n| Coverage | 40% | 50% | 125% |\n', expect: [] },
  { name: 'the target column itself', md: '\n| Metric | Achieved | Target % |\n|---|---|---|\n| Coverage | 50% | 80% |\n', expect: [] },
];

describe('extractor figure-achievement-column', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(shares(c.md)).toEqual(c.expect));
});
