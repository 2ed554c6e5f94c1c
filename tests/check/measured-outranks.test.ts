/**
 * A figure the repository confirms is never contradicted by the report's own
 * arithmetic: verified end to end (static test counts with `noExec`) on a
 * fixture repository whose test file defines 3 tests in each of two classes.
 */
import { describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';
import { fixtureRepos } from '../helpers/fixture-repo.js';

const repo = fixtureRepos('claimcheck-outranks-');
const testFile = ['class TestA:', ...[1, 2, 3].map((i) => `    def test_a${i}(self):\n        pass`), 'class TestB:', ...[1, 2, 3].map((i) => `    def test_b${i}(self):\n        pass`), ''].join('\n');

const cases: Array<{ name: string; md: string; want: string[] }> = [
  {
    name: 'a heading count the repository confirms, over parts that add up to more: not contradicted, the parts are in doubt',
    md: '# Status\n\n### test_game.py (6 tests)\n\n1. **TestA** (4 tests)\n2. **TestB** (3 tests)\n',
    want: ['3 confirmed', '3 unverifiable: 4 + 3 = 7 (list at lines 5–6), report says 6; the repository confirms 6, so the other figures are the ones in doubt'],
  },
  {
    name: 'a heading count the repository contradicts keeps both contradictions',
    md: '# Status\n\n### test_game.py (7 tests)\n\n1. **TestA** (4 tests)\n2. **TestB** (2 tests)\n',
    want: ['3 contradicted', '3 contradicted: 4 + 2 = 6 (list at lines 5–6), report says 7'],
  },
  {
    name: 'a confirmed heading count whose parts add up holds both ways',
    md: '# Status\n\n### test_game.py (6 tests)\n\n1. **TestA** (3 tests)\n2. **TestB** (3 tests)\n',
    want: ['3 confirmed', '3 consistent: adds up: 3 + 3 = 6 (list at lines 5–6) (not measured)'],
  },
];

describe('a confirmed figure outranks the report arithmetic', () => {
  it.each(cases)('$name', async ({ md, want }) => {
    const dir = repo({ 'test_game.py': testFile, 'STATUS.md': md });
    const result = await verify({ reports: ['STATUS.md'], repo: dir, cwd: dir, noExec: true });
    const onHeading = result.reports.flatMap((r) => r.findings).filter((f) => f.claim.position.line === 3);
    const shown = onHeading.map((f) => (f.verifier === 'consistency' ? `3 ${f.verdict}: ${f.message}` : `3 ${f.verdict}`));
    expect(shown).toEqual(want);
  });
});
