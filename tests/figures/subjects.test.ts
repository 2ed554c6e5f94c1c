/** The parts that headings give to the counts under them (src/figures/subjects.ts). */
import { describe, expect, it } from 'vitest';
import type { Subject } from '../../src/model.js';
import { headingPath, headingPathAside, itemSubject, rowSubject } from '../../src/figures/subjects.js';

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

/** A heading naming a part, then its path alone in parentheses (w86:131, w87:9, w24:72). */
const asideCases: Array<[what: string, headings: string[], want: { path: string } | undefined]> = [
  ['a class then its file (w86:131)', ['Report', 'SeoService (app/Services/SeoService.php)'], { path: 'app/Services/SeoService.php' }],
  ['a Japanese name then its test file (w87:9)', ['Report', '1. API入力検証テスト (tests/test_api_validation.py)'], { path: 'tests/test_api_validation.py' }],
  ['a folder with its slash (w24:72)', ['Report', 'Integration Tests (__tests__/integration/)'], { path: '__tests__/integration' }],
  ['the path in backticks', ['Report', 'SeoService (`app/Services/SeoService.php`)'], { path: 'app/Services/SeoService.php' }],
  ['a glob (w67:58)', ['Report', 'Tests (test/Ordering.*/**)'], undefined],
  ['a parenthesis that says more than the path', ['Report', 'SeoService (app/Services/SeoService.php, the SEO helpers)'], undefined],
  ['a word that is no path (w37:59)', ['Report', 'Tested Components (horcrux-common)'], undefined],
  ['a command, not a path (w67:183)', ['Report', 'Issues filed (gh issue create --label needs-triage)'], undefined],
  ['text after the parenthesis', ['Report', 'SeoService (app/Services/SeoService.php) and its callers'], undefined],
  ['a path in a farther heading', ['Report', 'SeoService (app/Services/SeoService.php)', 'Risks'], undefined],
  ['a heading that is the path alone (headingPath reads it)', ['Report', 'app/Services/SeoService.php'], undefined],
];

describe('headingPathAside', () => {
  it.each(asideCases)('%s', (_what, headings, want) => expect(headingPathAside(headings)).toEqual(want));
});

/** A list item opening with one compound name (a command's, a module's) and a dash names the part its counts are of (304:93, and 018:33's tools). */
const itemCases: Array<[what: string, text: string, want: Subject | undefined]> = [
  ['a kebab-case command in bold (304:93)', '**test-robustness** - 2 tests basicos', { name: 'test-robustness' }],
  ['a snake_case tool (018:33)', '**generate_config** - 3 tests', { name: 'generate_config' }],
  ['a compound name in backticks', '`analyze-errors` – 2 tests', { name: 'analyze-errors' }],
  ['one plain word names no part this way', '**Parser** - 2 tests', undefined],
  ['a phrase of words is no compound name', '**All tests passing** - 305 tests', undefined],
  ['a hyphenated word that closes no lead', 'Re-run the 2 tests', undefined],
];

describe('itemSubject: a compound name then a dash', () => {
  it.each(itemCases)('%s', (_what, text, want) => {
    const start = text.search(/\d/);
    expect(itemSubject({ text, item: true, context: { headings: [] } }, start)).toEqual(want);
  });
});

/** The part a table row gives its cells: a path alone is a path; capital words joined by slashes are a name (202:183, 005:116). */
const rowCases: Array<[what: string, row: string, want: Subject | undefined]> = [
  ['a folder path', 'src/api', { path: 'src/api' }],
  ['a file in backticks', '`web/app.py`', { path: 'web/app.py' }],
  ['CI/CD is a name (202:183)', 'CI/CD', { name: 'CI/CD' }],
  ['SSL/TLS is a name (005:116)', 'SSL/TLS', { name: 'SSL/TLS' }],
  ['a total row', '**TOTAL**', { scope: 'all' }],
  // a command line in parentheses after the name is a note on how the tests run (016:19); a word there names the part (w11:425)
  ['a command after the name', 'Node custom script tests (node --import tsx)', { name: 'Node custom script tests' }],
  ['a browser after the name', 'E2E Tests (Chromium)', { name: 'E2E Tests (Chromium)' }],
  ['a program alone is no command line', 'Unit Tests (jest)', { name: 'Unit Tests (jest)' }],
];

describe('rowSubject', () => {
  it.each(rowCases)('%s', (_what, row, want) => expect(rowSubject({ headings: [], table: { header: 'Score', row } })).toEqual(want));
});
