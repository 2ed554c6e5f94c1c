import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/commands/claims.js';
import { goalSectionTense } from '../../src/figures/goal-section.js';
import type { Tense } from '../../src/model.js';

/** Headings over a figure outside a table, and the tense their section gives (undefined: none). */
const headings: Array<[string, Tense | undefined]> = [
  ['Long-term Goals (Ongoing)', 'target'],
  ['Short-term Actions (2-3 Weeks)', 'target'],
  ['Immediate Next Steps (Week 1-2)', 'target'],
  ['Future Goals', 'target'],
  ['Next Session:', 'target'],
  ['Long-Term Strategy', 'target'],
  ["What's Next: Sprint 3c — API Endpoints", 'target'],
  ['🚀 **WHAT’S NEXT?**', 'target'],
  // files still to write (w78:362, under "Next Steps: Phase 2A"): the counts beside them are the plan's
  ['Planned Test Files', 'target'],
  // a section of expected or estimated figures states a projection (205, w10)
  ['Expected Coverage: **≥95%**', 'projected'],
  ['📈 PERFORMANCE ANALYSIS (ESTIMATED)', 'projected'],
  ['Estimated Additional Coverage Potential', 'projected'],
  // a section that says its goals are met, or looks back, or is a finding
  ['Goals Achieved ✅', undefined],
  ['Recommended Sequence Followed', undefined],
  ['🟢 P3: Long-term Metrics Storage Not Configured', undefined],
  ['Areas for Future Improvement', undefined],
  ['Test Results', undefined],
  ['Planning Notes', undefined],
  ['Test Plan Results', undefined],
  // the present estimated, or set beside the projection
  ['Current Coverage (Estimated)', undefined],
  ['Expected vs Actual Results', undefined],
  ['Coverage: ✅ EXPECTED ≥95%', undefined],
];

describe('goalSectionTense', () => {
  for (const [heading, tense] of headings) {
    it(`${heading} → ${tense ?? 'none'}`, () => {
      expect(goalSectionTense({ headings: ['Report', heading] })?.tense).toBe(tense);
    });
  }
  it('makes an estimate under steps to take a projection, and a bare figure the goal (104:117)', () => {
    expect(goalSectionTense({ headings: ['Report', "What's Next: Sprint 3c"] }, true)?.tense).toBe('projected');
    expect(goalSectionTense({ headings: ['Report', "What's Next: Sprint 3c"] }, false)?.tense).toBe('target');
    expect(goalSectionTense({ headings: ['Report', 'Goals Achieved ✅'] }, true)).toBeUndefined();
  });
  it('leaves a table to the plan-table reading', () => {
    expect(goalSectionTense({ headings: ['Report', 'Next Steps'], table: { header: 'Tests', row: 'Unit' } })).toBeUndefined();
  });
});

/** Whole extraction: the figure's own words come first. */
const cases: Array<[string, string, Tense]> = [
  ['# R\n\n## Next Steps\n\n- Keep all 431 tests passing', '431 tests passing', 'target'],
  ['# R\n\n## Next Steps\n\n- Currently 431 tests passing', '431 tests passing', 'current'],
  ['# R\n\n## Goals Achieved ✅\n\n- 431 tests passing', '431 tests passing', 'current'],
  ['# R\n\n### Expected Outcome\n\n- 431 tests passing', '431 tests passing', 'projected'],
  ['# R\n\n### Expected Outcome\n\n- Currently 431 tests passing', '431 tests passing', 'current'],
];

/** Counts of tests in a section of steps to take: an estimate is projected, a bare count the goal, a goal's own word wins. */
const totals: Array<[string, string, Tense]> = [
  ["# R\n\n## What's Next: Sprint 3c\n\n- tests/api/test_gap_endpoints.py (~20 tests)", '~20 tests', 'projected'],
  ["# R\n\n## What's Next: Sprint 3c\n\n- tests/api/test_gap_endpoints.py (20 tests)", '20 tests', 'target'],
  ["# R\n\n## What's Next: Sprint 3c\n\n- Target: ~720+ total tests", '~720+ total tests', 'target'],
];

describe('goal sections in extraction', () => {
  for (const [markdown, text, tense] of totals) {
    it(`${JSON.stringify(markdown)} → ${tense}`, () => {
      const found = extractClaims('case.md', markdown).filter((c) => c.kind === 'tests.total' && c.text === text);
      expect(found).toHaveLength(1);
      expect(found[0]?.tense).toBe(tense);
    });
  }
  for (const [markdown, text, tense] of cases) {
    it(`${JSON.stringify(markdown)} → ${tense}`, () => {
      const found = extractClaims('case.md', markdown).filter((c) => c.kind === 'tests.passed' && c.text.includes(text));
      expect(found).toHaveLength(1);
      expect(found[0]?.tense).toBe(tense);
    });
  }
});
