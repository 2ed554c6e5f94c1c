/**
 * The vacuous-pass rule on run figures (the real runs are in
 * tests/verifiers/tests-vacuous.test.ts): which runs make a claim that every
 * test passed false, and the runner's figures its message carries.
 */
import { describe, expect, it } from 'vitest';
import { vacuousPass, type RunFigures } from '../../src/check/vacuous-pass.js';
import { extractClaims } from '../../src/commands/claims.js';

const claim = extractClaims('R.md', '- Tests: 12/12 passing\n')[0]!;
const run = (figures: Partial<RunFigures>): RunFigures => ({ collected: 12, passed: 12, failed: 0, errors: 0, skipped: 0, broken: 0, source: 'junit: r.xml', ...figures });

describe('vacuousPass', () => {
  it.each([
    ['every collected test passed', run({}), undefined],
    ['passes beside skipped tests', run({ collected: 15, skipped: 3 }), undefined],
    ['a runner that does not tell its unhandled errors', run({}), undefined],
    ['no unhandled error', run({ unhandled: 0 }), undefined],
    ['0 tests collected', run({ collected: 0, passed: 0 }), 'the run collected no test at all'],
    ['every test skipped', run({ collected: 3, passed: 0, skipped: 3 }), 'the run skipped every test it collected, so none passed (3 tests: 0 passed, 3 skipped)'],
    ['failures beside the passes', run({ collected: 15, failed: 3 }), 'the run reported 15 tests: 12 passed, 3 failed'],
    ['errors beside the passes', run({ collected: 13, errors: 1 }), 'the run reported 13 tests: 12 passed, 1 error'],
    ['a test file that failed to load', run({ broken: 1 }), 'the run reported 12 tests: 12 passed, 1 test file that failed to load'],
    ['an unhandled error', run({ unhandled: 2 }), 'the run reported 12 tests: 12 passed, 2 unhandled errors outside the tests'],
  ])('%s', (_name, figures, words) => {
    const message = vacuousPass(claim, figures);
    if (words === undefined) expect(message).toBeUndefined();
    else expect(message).toBe(`claims every test passed (\`12/12 passing\`); ${words} (junit: r.xml)`);
  });

  it('names the measured reading when one is given', () => {
    expect(vacuousPass(claim, run({ collected: 15, failed: 3 }), '80%')).toContain('; measured 80%; the run reported');
  });
});
