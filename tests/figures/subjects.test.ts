/** The parts that headings give to the counts under them (src/figures/subjects.ts). */
import { describe, expect, it } from 'vitest';
import { headingPath } from '../../src/figures/subjects.js';

const cases: Array<[what: string, headings: string[], want: { path: string } | undefined]> = [
  ['a package folder with a coverage note (w38:72)', ['Report', 'Fair Coverage', '3. internal/tui/dialogs (62.7%)'], { path: 'internal/tui/dialogs' }],
  ['a source file with a name in parentheses (w14:69)', ['Report', 'Coverage by Module', 'vectro_cli/src/lib.rs (Compression Pipeline)'], { path: 'vectro_cli/src/lib.rs' }],
  ['a folder in backticks with its slash', ['Report', '`pkg/auth/`'], { path: 'pkg/auth' }],
  ['a test file', ['Report', '`tests/test_api.py`'], { path: 'tests/test_api.py' }],
  ['a heading that says more than the path', ['Report', 'internal/tui/dialogs needs more tests'], undefined],
  ['a path in a farther heading', ['Report', 'internal/tui/dialogs (62.7%)', 'Missing Coverage'], undefined],
  ['a document, not code', ['Report', 'docs/TESTING.md'], undefined],
  ['a glob', ['Report', 'src/**/*.ts'], undefined],
  ['a word with no folder', ['Report', 'Dialogs (62.7%)'], undefined],
  ['no heading', [], undefined],
];

describe('headingPath', () => {
  it.each(cases)('%s', (_what, headings, want) => expect(headingPath(headings)).toEqual(want));
});
