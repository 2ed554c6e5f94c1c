/**
 * Vitest's own console summary (the `default` reporter), read for the one
 * figure its result files leave out: the unhandled errors of a run. A run
 * whose tests all passed but which threw outside them prints `Errors  1 error`
 * and exits 1, while its JSON and JUnit files show every test green.
 */

/** The summary's error line, `     Errors  2 errors`, colour codes already removed. */
const errorsLineRe = /^\s*Errors\s+(?<count>\d+)\s+errors?\s*$/m;
/** The summary's test line, `      Tests  2 passed (2)`: tells that the text holds a summary at all. */
const testsLineRe = /^\s*Tests\s+.*\(\d+\)\s*$/m;
// eslint-disable-next-line no-control-regex
const ansiRe = /\x1b\[[0-9;]*[A-Za-z]/g;

/**
 * The unhandled errors vitest's summary in `output` reports: a number (0
 * when the summary has no Errors line), or `undefined` when `output` holds
 * no vitest summary.
 */
export function vitestUnhandledErrors(output: string): number | undefined {
  const text = output.replace(ansiRe, '');
  if (!testsLineRe.test(text)) return undefined;
  const count = errorsLineRe.exec(text)?.groups?.count;
  return count === undefined ? 0 : Number(count);
}
