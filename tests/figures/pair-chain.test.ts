/**
 * Tenses of coverage pairs linked into a progression: each case runs the
 * whole extraction and names the tenses of the coverage claims, in order.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/commands/claims.js';
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

/** A log of days whose results list tests added beside the coverage gain (406:48, :61, :75), or beside a gain of one file. */
const log = (first: string) =>
  `# Coverage Week\n\n### Day 1 (2025-10-04 AM)\n\n**Results**:\n${first}\n- Coverage gain: +0.68% (46.36% → 47.04%)\n\n` +
  '### Day 2 (2025-10-04 PM)\n\n**Results**:\n- Tests added: 23\n- Coverage gain: +0.71% (47.04% → 47.75%)';

describe('the changes of an earlier step of a progression', () => {
  it.each<[string, string, Array<[number | string, Tense]>]>([
    ['tests added beside the gain, in the same section, are history with it', log('- Tests added: 64'),
      [[64, 'historical'], [0.68, 'historical'], [23, 'current'], [0.71, 'current']]],
    // a change of another subject in that section keeps the tense it reads alone
    ['a file\'s gain in the same section', log('- app.py: 20% → 68% (+48%)'), [[48, 'current'], [0.68, 'historical'], [23, 'current'], [0.71, 'current']]],
  ])('%s', (_, markdown, tenses) => {
    const changes = extractClaims('case.md', markdown).filter((claim) => claim.kind === 'change');
    expect(changes.map((claim) => [claim.value, claim.tense])).toEqual(tenses);
  });
});
