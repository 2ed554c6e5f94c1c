import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/score-from-named-column.js';
import { findings, type Case } from './run.js';

const table = `
| Category | Previous | Updated | Change |
|----------|----------|---------|--------|
| **1. Identity** | 2.5 | 2.5 | ±0 |
| **2. Secrets** | 1.0 | 3.5 | **+2.5** |
| **3. Reliability** | 2.0 | 3.5 | **+1.5** |
| **4. Testing** | 0.0 | 2.5 | **+2.5** |
| **TOTAL** | **5.5** | **12.0** | **+6.5** |
`;

const cases: Case[] = [
  {
    name: 'the scores a label names against the Previous and Updated columns (501:5, 6)',
    md: `
# Audit - Updated Score

**Previous Score**: 5.5/20 (27%)
**Updated Score**: 11.0/20 (55%)
${table}`,
    expect: [
      '3 consistent: adds up: 2.5 + 1.0 + 2.0 + 0.0 = 5.5 (column "Previous", lines 8–11) (not measured)',
      '4 contradicted: 2.5 + 3.5 + 3.5 + 2.5 = 12 (column "Updated", lines 8–11), report says 11.0',
    ],
  },
  {
    name: 'cells out of their maxima, summed to another scale',
    md: `
**Current Score**: 70/100

| Area | Current |
|------|---------|
| Tests | 15/20 |
| Docs | 6/10 |
| Security | 14/20 |
`,
    expect: ['1 consistent: adds up: (15 + 6 + 14) / 50 × 100 = 70 (points out of 50, column "Current", lines 5–7) (not measured)'],
  },
  {
    name: 'a label that names no column: nothing judged',
    md: `
**Final Score**: 11.0/20
${table}`,
    expect: [],
  },
  {
    name: 'a target score takes no part',
    md: `
**Updated Score target**: 18/20
${table}`,
    expect: [],
  },
  {
    name: 'a column with a row that holds no single figure: nothing judged',
    md: `
**Updated Score**: 9/20

| Category | Updated |
|----------|---------|
| Identity | 2.5 |
| Secrets | pending |
`,
    expect: [],
  },
];

describe('relation score-from-named-column', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
});
