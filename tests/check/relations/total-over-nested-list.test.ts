import { describe, expect, it } from 'vitest';
import relation from '../../../src/check/relations/total-over-nested-list.js';
import { findings, type Case } from './run.js';
import { extractClaims } from '../../../src/commands/claims.js';
import { relateReport } from '../../../verifiers/consistency.js';

/** A count item and a sibling that introduces the areas it covers, as 204 writes them. */
const areas = (count: number, last: number) => `
### Integration Tests
- **Count:** ${count} tests
- **Purpose:** API endpoint testing
- **Areas Covered:**
  - Products API (20 tests)
  - Dishes API (18 tests)
  - System API (${last} tests)
- **Execution Time:** ~12 seconds
`;

const cases: Case[] = [
  { name: 'the nested entries add up to the count (holds)', md: areas(53, 15), expect: ['2 consistent: adds up: 20 + 18 + 15 = 53 (list at lines 5–7) (not measured)'] },
  { name: 'the nested entries exceed the count (wrong)', md: areas(53, 25), expect: ['2 contradicted: 20 + 18 + 25 = 63 (list at lines 5–7), report says 53'] },
  // fewer may be a selection of the areas
  { name: 'the nested entries add up to less: maybe a selection', md: areas(60, 15), expect: [] },
  {
    name: 'a nested list with an entry that states no count is no breakdown',
    md: `
- **Count:** 53 tests
- **Areas Covered:**
  - Products API (20 tests)
  - Dishes API
  - System API (15 tests)
`,
    expect: [],
  },
  {
    name: 'two sibling breakdowns leave no single reading',
    md: `
- **Count:** 53 tests
- **Areas:**
  - Products API (20 tests)
  - Dishes API (33 tests)
- **Owners:**
  - Alice (30 tests)
  - Bob (23 tests)
`,
    expect: [],
  },
];

describe('relation total-over-nested-list', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(findings(relation, c.md)).toEqual(c.expect));
  // The item's count is a test count and a `total` (extractors/total.ts): the judgement goes on the total, the claim the arithmetic checks.
  for (const [md, kinds] of [[areas(53, 15), ['total']], [areas(53, 25), ['total']]] as const) {
    it(`judges the total of ${md.length} characters on its total claim`, () => {
      const source = md.replace(/^\n/, '');
      const claims = extractClaims('report.md', source);
      expect(claims.filter((c) => c.position.line === 2).map((c) => c.kind).sort()).toEqual(['tests.total', 'total']);
      expect(relateReport(claims, source, [relation]).map(({ index }) => claims[index]?.kind)).toEqual(kinds);
    });
  }
});
