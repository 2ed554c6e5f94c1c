/**
 * A figure written as an estimate is `approx`, whether the word follows it ("500 (estimated)") or leads to it
 * ("(Estimated +15% coverage)", "(estimated 20 tests)"); and a plan step's estimated gain is a projection whose
 * step name, when it only names the step's effort ("Quick Wins", "Medium Effort"), names no part.
 */
import { describe, expect, it } from 'vitest';
import { writtenAsEstimate } from '../../src/figures/estimated.js';
import { readReport } from '../../src/commands/claims.js';

const at = (text: string, figure: string): [string, number, number] => {
  const start = text.indexOf(figure);
  return [text, start, start + figure.length];
};

const cases: Array<[string, string, string, boolean]> = [
  ['the word after (103)', '500 (estimated)', '500', true],
  ['an abbreviation after (104)', '~20 est.', '20', true],
  ['the word before, over a sign (106)', '(Estimated +15% coverage)', '15%', true],
  ['the word before a count (w12)', '(estimated 20 tests)', '20', true],
  ['a label of the word (501)', 'Estimated: 1 week', '1', true],
  // Not estimates:
  ['a label with other words between (106)', 'Estimated Time: 10 hours', '10', false],
  ['no estimate word', 'Coverage: 54.26%', '54.26%', false],
  ['the word far before', 'estimated in the report that 40 tests pass', '40', false],
];

describe('writtenAsEstimate', () => {
  it.each(cases)('%s', (_, text, figure, expected) => {
    expect(writtenAsEstimate(...at(text, figure))).toBe(expected);
  });
});

const plan = (heading: string) => `# Report\n\n## Recommendations to Reach >75% Coverage\n\n### ${heading}\n`;

const steps: Array<[string, string, object, string, string]> = [
  ['an estimated gain, a step named by its effort (106)', 'Phase 1: Quick Wins (Estimated +15% coverage)', { scope: 'all' }, 'approx', 'projected'],
  ['an estimated gain, a step named by its part (106)', 'Phase 3: Backend Tests (Estimated +10% coverage)', { name: 'Backend Tests' }, 'approx', 'projected'],
  ['a gain a step aims at, named by its part', 'Phase 1: Scheduler Module (+33%)', { name: 'Scheduler Module' }, 'exact', 'target'],
  ['a gain a step aims at, named by its priority (004, 005)', 'Priority 2: High (+10%)', { scope: 'all' }, 'exact', 'target'],
];

describe('the gain of a plan step', () => {
  it.each(steps)('%s', (_, heading, subject, qualifier, tense) => {
    const claim = readReport('case.md', plan(heading), { everyTense: true }).claims.find((c) => c.kind === 'change');
    expect(claim).toMatchObject({ subject, qualifier, tense });
  });
});
