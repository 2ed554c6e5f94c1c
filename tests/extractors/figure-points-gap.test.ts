/** figure-points-gap reads points a score is short of, in prose, as the total its list breaks down. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/commands/claims.js';

const gaps = (md: string) =>
  extractClaims('case.md', md.replace(/^\n/, ''))
    .filter((c) => c.source === 'figure-points-gap')
    .map((c) => `${c.position.line} ${c.kind} ${String(c.value)} ${c.text}`);

const cases: Array<{ name: string; md: string; expect: string[] }> = [
  { name: 'points remaining in a parenthesis', md: '\n⚠️ **Gaps** (9 points remaining):\n', expect: ['1 total 9 9 points remaining'] },
  { name: 'a hyphenated difference', md: '\nThe 4-point difference is:\n', expect: ['1 total 4 4-point difference'] },
  { name: 'points short', md: '\nWe are 3 points short of the target.\n', expect: ['1 total 3 3 points short'] },
  // a change or a score in points is no gap
  { name: 'points gained', md: '\nP0 work: +12 points from the first commit\n', expect: [] },
  { name: 'a signed deduction', md: '\n- **Testing** (-2 points):\n', expect: [] },
  { name: 'an overclaim', md: '\nThe 4-point overclaim was due to pytest.\n', expect: ['1 total 4 4-point overclaim'] },
  { name: 'a label that is the gap word, the points signed', md: '\n**Overclaim**: -4 points (in Testing category)\n', expect: ['1 total 4 4 points'] },
  // a label naming something else leaves a signed figure a change
  { name: 'a signed figure under another label', md: '\n**Testing overclaim fixed**: -4 points\n', expect: [] },
];

describe('extractor figure-points-gap', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.expect.length > 0) && cases.some((c) => c.expect.length === 0)).toBe(true);
  });
  for (const c of cases) it(c.name, () => expect(gaps(c.md)).toEqual(c.expect));
});
