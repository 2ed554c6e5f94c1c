import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/column-mean.js';
import { findings, type Case } from './run.js';

const table = (values: readonly string[]) => [
  '| Claim | Status | Confidence |',
  '|-------|--------|------------|',
  ...values.map((v, i) => `| Claim ${i + 1} | ✅ VERIFIED | ${v} |`),
].join('\n');

const coverage = ['| Module | Lines | Coverage |', '|--------|-------|----------|', '| core | 100 | 50% |', '| api | 300 | 90% |'].join('\n');

const cases: Case[] = [
  {
    name: 'an average that is the mean of the column it names (holds)',
    md: `
## Results

${table(['99%', '100%', '99.3%', '95%'])}

**Average Confidence:** 98.3%
`,
    expect: ['10 consistent: adds up: (99 + 100 + 99.3 + 95) / 4 = 98.33% (mean of the Confidence column, lines 5–8) (not measured)'],
  },
  {
    name: 'an average that is not (wrong)',
    md: `
## Results

${table(['99%', '100%', '90%'])}

Average confidence: 99%
`,
    expect: ['9 contradicted: (99 + 100 + 90) / 3 = 96.3% (mean of the Confidence column, lines 5–7), report says 99%'],
  },
  {
    name: 'an average weighted by a column of sizes (holds)',
    md: `
## Coverage

${coverage}

Average coverage: 80%
`,
    expect: ['8 consistent: adds up: Σ Coverage × Lines / Σ Lines = 80% (mean weighted by the Lines column) (not measured)'],
  },
  {
    name: 'an average that is neither the mean nor the weighted mean (wrong)',
    md: `
## Coverage

${coverage}

Average coverage: 60%
`,
    expect: ['8 contradicted: (50 + 90) / 2 = 70% (mean of the Coverage column, lines 5–6); or Σ Coverage × Lines / Σ Lines = 80% (mean weighted by the Lines column), report says 60%'],
  },
  {
    name: 'an overall figure that is the mean of one column (holds)',
    md: `
## Platform Health

| Category | Pre-Merge | Post-Merge | Improvement |
|----------|-----------|------------|-------------|
| Security | 🟡 70% | 🟢 95% | +25% |
| Reliability | 🔴 40% | 🟢 90% | +50% |

**Overall Platform Readiness:** 🟢 **92.5%**
`,
    expect: ['8 consistent: adds up: (95 + 90) / 2 = 92.5% (mean of the Post-Merge column, lines 5–6) (not measured)'],
  },
  {
    name: 'an overall figure no column mean gives may be weighted unseen: nothing is said',
    md: `
## Platform Health

| Category | Pre-Merge | Post-Merge |
|----------|-----------|------------|
| Security | 70% | 95% |
| Reliability | 40% | 90% |

**Overall Platform Readiness:** 80%
`,
    expect: [],
  },
  {
    name: 'a column with a cell holding no figure gives no mean',
    md: `
## Results

${table(['99%', 'n/a', '90%'])}

Average confidence: 99%
`,
    expect: [],
  },
  {
    name: 'an average of a column no table has',
    md: `
## Results

${table(['99%', '100%'])}

Average coverage: 50%
`,
    expect: [],
  },
  {
    name: 'a table after the average is not its breakdown',
    md: `
## Results

Average confidence: 50%

${table(['99%', '100%'])}
`,
    expect: [],
  },
];

describe('relation column-mean', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
});
