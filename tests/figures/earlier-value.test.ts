/**
 * The earlier value in a remark after a level (earlier-value.ts): each case
 * runs the whole extraction and lists the claims of the remark's figure.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/commands/claims.js';

interface EarlierCase {
  name: string;
  markdown: string;
  /** The claims read from the figure in the remark ([kind, value, tense, subject]); none when it stays a figure. */
  earlier: Array<[string, number, string, Record<string, string>]>;
}

const cases: EarlierCase[] = [
  // positive: the earlier value takes the level's kind and subject, before (402:5, 005:188, 009:850, 402:21)
  {
    name: 'a parenthesis with change words after a label\'s level',
    markdown: '# Summary\n\n**Overall Coverage**: **7.5%** (Significant improvement from 0% baseline)',
    earlier: [['coverage.lines', 0, 'before', { scope: 'all' }]],
  },
  {
    name: 'a heading\'s level and its earlier value',
    markdown: '# Report\n\n### Current Coverage: 30% (Improved from 27%)',
    earlier: [['coverage.lines', 27, 'before', { scope: 'all' }]],
  },
  {
    name: 'a pass rate, up from an approximate earlier one',
    markdown: '# Status\n\n- 100% test pass rate (up from ~90%)',
    earlier: [['tests.passRate', 90, 'before', { scope: 'all' }]],
  },
  {
    name: 'a remark after a comma',
    markdown: '# Status\n\nCurrent coverage is 7.5%, significant improvement from 0%.',
    earlier: [['coverage.lines', 0, 'before', { scope: 'all' }]],
  },
  {
    name: 'a parenthesis that says only "from"',
    markdown: '# Summary\n\n**Overall Coverage**: 7.5% (from 0% baseline)',
    earlier: [['coverage.lines', 0, 'before', { scope: 'all' }]],
  },
  // negative: no remark of a change, a pair, no level before it
  { name: 'the left side of a pair', markdown: '# Summary\n\n- Coverage: 40% (improved from 30% to 40%)', earlier: [] },
  { name: 'a remark that says something else than a change', markdown: '# Summary\n\n- Coverage: 80% (excluding 5% from generated code)', earlier: [] },
  { name: 'words that are no change before "from"', markdown: '# Summary\n\n- Coverage: 80%, with tests taken from 20% of modules', earlier: [] },
  { name: 'no level before the remark', markdown: '# Summary\n\n- Deployment done (improved from 20% of hosts)', earlier: [] },
  { name: 'a level that is a target, not the present', markdown: '# Plan\n\n- Target: 90% coverage (up from 80%)', earlier: [] },
];

describe('the earlier value in a remark after a level', () => {
  for (const c of cases) {
    it(c.name, () => {
      const claims = extractClaims('case.md', c.markdown).filter((claim) => claim.source === 'earlier-value');
      expect(claims.map((claim) => [claim.kind, claim.value, claim.tense, claim.subject])).toEqual(c.earlier);
    });
  }
});
