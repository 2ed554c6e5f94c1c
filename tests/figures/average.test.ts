/**
 * A count stated as an average is no count: each case is a report and the
 * kinds of the claims read from its last line.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/commands/claims.js';

const lastLineKinds = (markdown: string): string[] => {
  const line = markdown.split('\n').length;
  return readReport('case.md', markdown).claims.filter((c) => c.position.line === line).map((c) => c.kind);
};

const cases: Array<[string, string, string[]]> = [
  // An average: no count claim.
  ['a bold label naming an average, under a total (w95:162)', '# Report\n\n## Widget Tests\n\n**Total Widget Tests:** 158 tests\n**Average per Widget:** 11 tests', []],
  ['an average row', '# Report\n\n| Module | Tests |\n| --- | --- |\n| Core | 12 |\n| **Average** | 9 |', []],
  ['a label of a count per thing', '# Report\n\n## Tests\n\n- **Tests per endpoint:** 3 tests', []],
  ['tests counted per module', '# Report\n\n## Tests\n\n- **Unit tests:** 12 tests per module', []],
  ['lines counted per function', '# Report\n\n## Size\n\n- `src/app.ts`: 120 lines per function', []],
  // A count stays a count.
  ['a total above the average', '# Report\n\n## Widget Tests\n\n**Total Widget Tests:** 158 tests', ['tests.total']],
  ['the suite run on every run', '# Report\n\n## CI\n\n- **Unit tests:** 431 tests per run', ['tests.total']],
  ['the suite run on every commit', '# Report\n\n## CI\n\n- 431 unit tests per commit', ['tests.total']],
  ['a file\'s lines', '# Report\n\n## Size\n\n- `src/app.ts`: 120 lines', ['file.lines']],
  ['a percentage labelled average stays a level', '# Report\n\n## Coverage\n\n- Average coverage: 85%', ['coverage.lines']],
];

describe('average: a count stated as an average is no count', () => {
  it.each(cases)('%s', (_, markdown, kinds) => {
    const read = lastLineKinds(markdown);
    if (kinds.length === 0) expect(read).toEqual([]);
    else expect(read).toEqual(expect.arrayContaining(kinds));
  });
});
