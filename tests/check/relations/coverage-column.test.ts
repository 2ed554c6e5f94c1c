import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/coverage-column.js';
import { findings, type Case } from './run.js';

const cases: Case[] = [
  {
    name: 'a before/after table of statements: the coverage row after against covered over total (total less missing computes the same, said once)',
    md: `
### Statements Covered: Before vs After

| Category | Before | After | Change |
|----------|--------|-------|--------|
| Covered Statements | 160 | 258 | +98 |
| Missing Statements | 912 | 814 | -98 |
| Total Statements | 1072 | 1072 | - |
| Coverage % | 15% | 34% | +19% |
`,
    expect: [
      '8 contradicted: 258 / 1072 = 24.1% (rows "Covered Statements" over "Total Statements"), report says 34%',
    ],
  },
  {
    name: 'a summary table whose covered row states covered over total lines',
    md: `
## 📊 Executive Summary

| Metric | Value | Status |
|--------|-------|--------|
| **Overall Coverage** | **65.28%** | Strong |
| **Lines Covered** | **408/625** | Growing |
| **Test Count** | **24 tests** | Comprehensive |
`,
    expect: ['5 consistent: adds up: 408 / 625 = 65.28% (row "Lines Covered") (not measured)'],
  },
  {
    name: 'lines and branches in one table: the coverage row is over which is not said; nothing judged',
    md: `
## Coverage

| Metric | Value |
|--------|-------|
| Coverage | 70% |
| Lines Covered | 80/100 |
| Branches Covered | 20/50 |
`,
    expect: [],
  },
  {
    name: 'a target column and a gap row are no measurement of the coverage',
    md: `
## Coverage

| Metric | Target | Gap |
|--------|--------|-----|
| Coverage | 85% | 61% |
| Covered Statements | 900 | 100 |
| Total Statements | 1000 | 1000 |
`,
    expect: [],
  },
  {
    name: 'rows counting test code and tested components are no covered or total lines',
    md: `
## Comparison: Before vs After

| Metric | Before | After | Improvement |
|--------|--------|-------|-------------|
| Coverage | 0% | 82% | +82% |
| Tested Components | 0 | 12 | +12 |
| Lines of Test Code | 0 | 2,244 | +2,244 |
`,
    expect: [],
  },
];

describe('relation coverage-column', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
});
