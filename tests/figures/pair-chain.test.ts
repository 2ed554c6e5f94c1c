/**
 * Tenses of coverage pairs linked into a progression: each case runs the
 * whole extraction and names the tenses of the coverage claims, in order.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/figures/extract.js';
import type { Tense } from '../../src/model.js';

interface ChainCase {
  name: string;
  markdown: string;
  tenses: Array<[number, Tense]>;
}

const days = '# Coverage Week\n\n### Day 1\n\n- Coverage gain: +0.68% (46.36% → 47.04%)\n\n### Day 2\n\n- Coverage gain: +0.71% (47.04% → 47.75%)\n\n### Day 3\n\n- Coverage gain: +1.31% (47.75% → 49.06%)';
const weeks = '# Report\n\n### Estimated Additional Coverage Potential\n\n- **Week 2**: 49% → 55%\n- **Week 3**: 55% → 60%';

const cases: ChainCase[] = [
  {
    name: 'a day-by-day progression: the ends before the last are history',
    markdown: days,
    tenses: [[46.36, 'before'], [47.04, 'historical'], [47.04, 'before'], [47.75, 'historical'], [47.75, 'before'], [49.06, 'current']],
  },
  { name: 'a progression of estimates: a later step starts at the estimate before it', markdown: weeks, tenses: [[49, 'current'], [55, 'projected'], [55, 'projected'], [60, 'projected']] },
  // negative: pairs that do not link stay as each reads alone
  {
    name: 'pairs whose ends and starts differ',
    markdown: '# Coverage Week\n\n### Day 1\n\n- Coverage gain: +1% (40% → 41%)\n\n### Day 2\n\n- Coverage gain: +2% (45% → 47%)',
    tenses: [[40, 'before'], [41, 'current'], [45, 'before'], [47, 'current']],
  },
  { name: 'one pair alone', markdown: '# Coverage\n\n**Achievement**: 46.36% → 49.06%', tenses: [[46.36, 'before'], [49.06, 'current']] },
];

describe('coverage pairs linked into a progression', () => {
  for (const c of cases) {
    it(c.name, () => {
      const claims = extractClaims('case.md', c.markdown).filter((claim) => claim.kind.startsWith('coverage.'));
      expect(claims.map((claim) => [claim.value, claim.tense])).toEqual(c.tenses);
    });
  }
});
