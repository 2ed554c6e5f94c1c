/**
 * figure-share-column reads a percentage in a share column beside a column
 * of counts as the row's part of the column's whole; a test status table's
 * passed and failed shares are the run's rates.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/commands/claims.js';

const shares = (md: string) =>
  extractClaims('case.md', md.replace(/^\n/, ''))
    .filter((c) => c.source === 'figure-share-column')
    .map((c) => `${c.position.line} ${c.kind} ${String(c.value)}`);

const cases: Array<{ name: string; md: string; expect: string[] }> = [
  {
    name: 'a test status table: passed and failed shares are rates, the others shares',
    md: '\n## Test Counts\n\n| Status | Count | Percentage |\n|---|---|---|\n| ✅ PASSED | 2069 | 80.9% |\n| ❌ FAILED | 276 | 10.8% |\n| 🔴 ERROR | 120 | 4.7% |\n',
    expect: ['5 tests.passRate 80.9', '6 tests.failRate 10.8', '7 ratio 4.7'],
  },
  {
    name: 'categories with a count and a share column',
    md: '\n### Tools\n\n| Category | Count | Share | Status |\n|---|---|---|---|\n| Fully Native | 7 | 26% | ✅ |\n| Hybrid | 19 | 70% | ✅ |\n',
    expect: ['5 ratio 26', '6 ratio 70'],
  },
  // a covered count makes the percentage the row's own coverage
  { name: 'coverage by file', md: '\n| File | Lines Covered | Percentage |\n|---|---|---|\n| a.java | 280/295 | 95% |\n', expect: [] },
  // no column of counts: the percentage is of something the table does not count
  { name: 'no count column', md: '\n| Area | Percentage |\n|---|---|\n| api | 40% |\n| web | 60% |\n', expect: [] },
  { name: 'a rate column', md: '\n| Suite | Tests | Pass Rate |\n|---|---|---|\n| api | 40 | 95% |\n', expect: [] },
  { name: 'a percentage outside a table', md: '\n- Count: 7 tools, percentage: 26%\n', expect: [] },
];

describe('extractor figure-share-column', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(shares(c.md)).toEqual(c.expect));
});
