/**
 * Vacuous and shrunken passes: a claim that every test passed ("12/12
 * passing", "All 57 tests pass", "100% pass rate") against the run's own
 * figures. It is false when the run collected no test, skipped them all,
 * or reported failures, errors, test files that failed to load or errors
 * outside any test beside its passes — however its count reads. Skipped
 * tests beside passes are not counted against it: "12/12 passing" over the
 * 12 tests that ran is how most runners and reports put it.
 */
import type { Claim } from '../model.js';

/** What a test run itself reported, as the tests verifier tallies it. */
export interface RunFigures {
  /** Leaf tests the runner collected, skipped and todo ones included. */
  collected: number;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  /** Test files or packages that failed to load or build: none of their tests ran. */
  broken: number;
  /** Errors the runner reported outside any test (vitest's unhandled errors); `undefined` when it does not tell. */
  unhandled?: number;
  /** Where the figures come from, for the message: `vitest: \`vitest run\` run by claimcheck`. */
  source: string;
}

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

/** The run's figures in a few words: `15 tests: 12 passed, 3 failed`. Zero counts other than passed are left out. */
export function describeRun(run: RunFigures): string {
  const parts = [`${run.passed} passed`];
  if (run.failed > 0) parts.push(`${run.failed} failed`);
  if (run.errors > 0) parts.push(plural(run.errors, 'error'));
  if (run.skipped > 0) parts.push(`${run.skipped} skipped`);
  if (run.broken > 0) parts.push(`${plural(run.broken, 'test file')} that failed to load`);
  if (run.unhandled) parts.push(`${plural(run.unhandled, 'unhandled error')} outside the tests`);
  return `${plural(run.collected, 'test')}: ${parts.join(', ')}`;
}

/**
 * Why `claim`, which states that every test passed, is false for `run`, as
 * a finding's message; `undefined` when the run bears it out (or when its
 * count alone decides, which the ordinary comparison does). `measured`, the
 * claim's own reading as a message shows it (`50% (or 66.7%)`), is named
 * when it differs from the claim.
 */
export function vacuousPass(claim: Claim, run: RunFigures, measured?: string): string | undefined {
  const ran = run.passed + run.failed + run.errors;
  const bad = run.failed + run.errors + run.broken + (run.unhandled ?? 0);
  let problem: string | undefined;
  if (run.collected === 0 && run.broken === 0 && !run.unhandled) problem = 'the run collected no test at all';
  else if (ran === 0 && run.skipped > 0 && bad === 0) problem = `the run skipped every test it collected, so none passed (${describeRun(run)})`;
  else if (bad > 0) problem = `the run reported ${describeRun(run)}`;
  if (!problem) return undefined;
  return `claims every test passed (\`${claim.text}\`)${measured ? `; measured ${measured}` : ''}; ${problem} (${run.source})`;
}
