/** Vitest's console summary: the unhandled errors of a run (lines as vitest 4.1 prints them). */
import { describe, expect, it } from 'vitest';
import { vitestUnhandledErrors } from '../../src/measure/formats/vitest-summary.js';

const summary = (...lines: string[]) => ['', ' Test Files  1 passed (1)', ...lines, '   Start at  20:05:30', '   Duration  376ms', ''].join('\n');

describe('vitestUnhandledErrors', () => {
  it.each([
    ['one unhandled error', summary('      Tests  2 passed (2)', '     Errors  1 error'), 1],
    ['several, coloured', summary('      Tests  \x1b[32m12 passed\x1b[39m (12)', '     Errors  \x1b[1m\x1b[31m3 errors\x1b[39m\x1b[22m'), 3],
    ['a clean run', summary('      Tests  2 passed (2)'), 0],
    ['a failing run with no error line', summary('      Tests  1 failed | 2 passed (3)'), 0],
    ['no summary at all (json reporter alone)', 'JSON report written to /tmp/x/vitest.json\n', undefined],
    ['another tool\'s "Errors" line without a vitest summary', 'Errors  4 errors\n', undefined],
  ])('%s', (_name, output, expected) => {
    expect(vitestUnhandledErrors(output)).toBe(expected);
  });
});
