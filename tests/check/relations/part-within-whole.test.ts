import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/part-within-whole.js';
import { findings, type Case } from './run.js';

/** A table of test types with a note of failures, and the suite's statistics after it, as 005 writes them. */
const report = (failures: number, failing = '~10') => `
| Test Type | Status | Notes |
|-----------|--------|-------|
| **Unit Tests** | ⚠️ Partial | ${failures} minor failures (non-blocking) |
| **Integration Tests** | ✅ Pass | all passing |

**Test Statistics**:
- Passing: ~1,407 (99.3%)
- Failing: ${failing}
`;

const cases: Case[] = [
  {
    name: 'a part\'s failures within the whole suite\'s (holds, the whole an estimate)',
    md: report(10),
    expect: ['3 consistent: within the whole: line 8 says ~10 failing in all, here 10 of failing tests for "Unit Tests" (not measured)'],
  },
  {
    name: 'a part with more failures than the whole has (wrong)',
    md: report(12, '3'),
    expect: ['3 contradicted: line 8 says 3 failing in all, fewer than the 12 of failing tests for "Unit Tests" here'],
  },
  {
    name: 'two counts of the whole leave nothing to hold the part to',
    md: report(12, '3') + '\nLater run: 5 tests failing.\n',
    expect: [],
  },
  {
    name: 'a part alone',
    md: report(12, 'none reported'),
    expect: [],
  },
];

describe('relation part-within-whole', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
});
