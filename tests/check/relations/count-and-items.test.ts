import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/count-and-items.js';
import { findings, type Case } from './run.js';

const table = (statuses: readonly string[]) => [
  '| Claim | Status | Confidence |',
  '|-------|--------|------------|',
  ...statuses.map((s, i) => `| Claim ${i + 1} | ${s} | 99% |`),
].join('\n');

const cases: Case[] = [
  {
    name: 'a count of verified claims over a table with one row not verified (wrong)',
    md: `
## Claims Verification Results

${table(['✅ VERIFIED', '✅ VERIFIED', '⚠️ DOCUMENTED', '✅ VERIFIED'])}

**Overall Verification Rate:** 100% (4/4 major claims verified)
`,
    expect: ['10 contradicted: rows of the Status column marked verified (lines 5–8) = 3, report says 4'],
  },
  {
    name: 'the same count when every row is verified (holds)',
    md: `
## Claims Verification Results

${table(['✅ VERIFIED', '✅ VERIFIED', '✅ VERIFIED'])}

**Overall Verification Rate:** 100% (3/3 major claims verified)
`,
    expect: ['9 consistent: adds up: rows of the Status column marked verified (lines 5–7) = 3 (not measured)'],
  },
  {
    name: '"not verified" and "unverified" are not verified',
    md: `
## Results

${table(['✅ VERIFIED', '❌ NOT VERIFIED', 'unverified'])}

Verification: 33% (1/3 claims verified)
`,
    expect: ['9 consistent: adds up: rows of the Status column marked verified (lines 5–7) = 1 (not measured)'],
  },
  {
    name: 'rows under the same mark with another word may be counted too (holds)',
    md: `
## Results

${table(['✅ VERIFIED', '✅ CONFIRMED'])}

Verification: 100% (2/2 claims verified)
`,
    expect: ['8 consistent: adds up: rows of the Status column marked ✅ = 2 (not measured)'],
  },
  {
    name: 'a table with another number of rows is not the one counted',
    md: `
## Results

${table(['✅ VERIFIED', '⚠️ DOCUMENTED'])}

Verification: 100% (3/3 claims verified)
`,
    expect: [],
  },
  {
    name: 'a table in another section is not the one counted',
    md: `
## Results

${table(['✅ VERIFIED', '⚠️ DOCUMENTED'])}

## Summary

Verification: 100% (2/2 claims verified)
`,
    expect: [],
  },
  {
    name: 'a count without a status word counts nothing in the table',
    md: `
## Results

${table(['✅ VERIFIED', '⚠️ DOCUMENTED'])}

Coverage: 100% (2/2 modules)
`,
    expect: [],
  },
];

describe('relation count-and-items', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
});
