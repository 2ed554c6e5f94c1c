/**
 * A count of tests names the component its own line leads with, nearer than
 * a part named further out: each case is a report and the subject of the
 * claim of that kind read on its last line.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/commands/claims.js';
import { componentBefore, testClassBefore } from '../../src/figures/part-component.js';

const lastLineClaim = (markdown: string, kind: string) => {
  const line = markdown.split('\n').length;
  return readReport('case.md', markdown).claims.find((c) => c.position.line === line && c.kind === kind);
};

const cases: Array<[string, string, string, object]> = [
  ['a class as an item\'s bold lead (w16:11)', '## Summary\n\n- ✅ **AdminViewModel**: 18/18 tests passing (100%)', 'tests.total', { name: 'AdminViewModel' }],
  ['a module as an item\'s lead (w13:138)', '### Core\n\n- ✅ Controller: 15/15 tests', 'tests.total', { name: 'Controller' }],
  // a status mark between the lead's colon and the count (w76:26–32, a plain-text block of per-class counts)
  ['a class with a status mark after its colon, in a plain-text block (w76:27)', '**Stats:**\n```\nTest Suite \'Selected tests\' passed\n- FeedAttachmentTests: ✅ 12 tests passed', 'tests.passed', { name: 'FeedAttachmentTests' }],
  ['a component with a warning mark after its colon (w74:57)', '## Dart Tests\n\n- Widgets: ⚠️ 13 tests failing', 'tests.failed', { name: 'Widgets' }],
  ['a kind of tests with a status mark stays that kind (w76:33)', '**Stats:**\n```\n- UI Tests: ✅ 47 tests passed', 'tests.passed', { category: 'ui' }],
  ['a role label with a status mark names no component (w17:21)', '## AdminViewModel\n\n**Status**: ✅ 29/29 passing (100%)', 'tests.passed', { scope: 'all' }],
  ['a numbered heading with a status mark (w16:21)', '## Results\n\n### 1. AdminViewModel ✅ (18/18 PASSING)', 'tests.total', { name: 'AdminViewModel' }],
  ['a name in code before the parenthesis (w16:234)', '## Next\n\n1. **AdminAuthActivity** → Use `AdminViewModel` (18 tests backing it)', 'tests.total', { name: 'AdminViewModel' }],
  ['an item nearer than the heading that counts (w15:66)', '### Model Specs (76 tests)\n\n- ✅ **User model**: 22 tests', 'tests.total', { name: 'User model' }],
  // The whole, a kind of tests, a role or an open task name no component:
  ['a total', '## Results\n\n- Total: 114 tests', 'tests.total', { scope: 'all' }],
  ['a kind of tests', '## Results\n\n- **Unit Tests**: 525 tests', 'tests.total', { category: 'unit' }],
  ['a role label (w16:211)', '## Failures\n\n- **Impact**: 7/13 tests failing', 'tests.total', { scope: 'all' }],
  ['a test file in the parenthesis after the count (w01:96)', '## Results\n\n- Console: 20 tests (test_math_game.py)', 'tests.total', { path: 'test_math_game.py' }],
  ['a parenthesis holding no test file', '## Results\n\n- Console: 20 tests (see notes.md)', 'tests.total', { name: 'Console' }],
  ['a test file after the dash that follows the count, as a link (w11:89)', '## Coverage\n\n- ✅ CRUD Operations (25 tests) - [crud.spec.ts](../tests/e2e/crud.spec.ts)', 'tests.total', { path: 'crud.spec.ts' }],
  ['a test file in code after the dash', '## Coverage\n\n- Daily View (12 tests) — `daily-view.spec.ts`', 'tests.total', { path: 'daily-view.spec.ts' }],
  ['a file after the dash that is no test file', '## Coverage\n\n- Daily View (12 tests) - [notes.md](notes.md)', 'tests.total', { name: 'Daily View' }],
  ['words after the file: no file alone', '## Coverage\n\n- Daily View (12 tests) - daily-view.spec.ts and more', 'tests.total', { name: 'Daily View' }],
  ['a run\'s output (w11:177)', '## Run All Tests\n\n**Output**: 106 tests passing (265 assertions) in ~6 seconds', 'tests.passed', { scope: 'all' }],
  ['a status (013:20)', '## Results\n\n- **Errors:** 5 tests (2.6%)', 'tests.errors', { scope: 'all' }],
  ['an open task (304:110)', '## Plan\n\n- [ ] Meta: 600 tests', 'tests.total', { scope: 'all' }],
  ['a line about the whole', '## Results\n\n- Controller: 15/15 tests, all tests passing', 'tests.total', { scope: 'all' }],
  // A runner's line naming a test class is nearer than the kind of tests its heading or namespace gives (w33:12):
  ['a runner\'s line with a namespaced test class (w33:12)', '## Browser Tests\n\n```\nPASS  Tests\\Browser\\Auth\\LoginTest (3 tests)', 'tests.total', { name: 'LoginTest' }],
  ['a dotted test class under a heading of a kind', '## Unit Tests\n\n```\n✓ com.acme.billing.InvoiceSpec (4 tests)', 'tests.total', { name: 'InvoiceSpec' }],
  ['a runner\'s line naming no class is no class\'s count', '## Browser Tests\n\n```\nPASS  Browser (3 tests)', 'tests.total', { scope: 'all' }],
  ['a file name is no class (w01:96)', '## Unit Tests\n\n### test_math_game.py (20 tests)', 'tests.total', { path: 'test_math_game.py' }],
  // A group its line names is nearer than the kind of tests only a heading gives (w25:35, in a plain-text block and a list):
  ['a group under a heading of a kind, in a plain-text block (w25:35)', '# QA\n\n### Unit Tests\n```\nChat Sessions Tests: 44 tests passed\n- Schema Structure: 8 tests ✅', 'tests.total', { name: 'Schema Structure' }],
  ['a group under a heading of a kind, in a list', '# QA\n\n### Unit Tests\n\n- Fork Support: 13 tests ✅', 'tests.total', { name: 'Fork Support' }],
  ['a kind its own line names stays', '# QA\n\n### Unit Tests\n\n- Parser: 8 unit tests', 'tests.total', { category: 'unit' }],
  ['a kind its label names stays', '# QA\n\n### Integration Tests\n\n- **Unit Tests**: 525 tests', 'tests.total', { category: 'unit' }],
  ['a total under a heading of a kind stays that kind\'s', '# QA\n\n### Unit Tests\n\n- Total: 44 tests', 'tests.total', { category: 'unit' }],
];

describe('part-component: a count of tests names the component its line leads with', () => {
  it.each(cases)('%s', (_, markdown, kind, subject) => {
    expect(lastLineClaim(markdown, kind)?.subject).toEqual(subject);
  });

  it.each([
    ['✅ AdminViewModel: ', 'AdminViewModel'],
    ['│   ├── User: ', 'User'],
    ['1. AdminViewModel ✅ (', 'AdminViewModel'],
    ['Use `AdminViewModel` (', 'AdminViewModel'],
    ['Success Rate: ', undefined], // a measure, not a component (f05:12)
    ['Test Count: ', undefined],
    ['After Phase 3: ', undefined], // a digit is no word of a name
    ['Error Tests (', undefined],
    ['We ran the whole suite (', undefined], // prose, not a name
    ['Worker Pool: ', 'Worker Pool'],
    ['- FeedPostTests: ✅ ', 'FeedPostTests'],
    ['Widgets: ⚠️ ', 'Widgets'],
    ['Widgets: ~', undefined], // a qualifier, no status mark
    ['Widgets: + ', undefined],
  ])('%j names %j', (before, name) => {
    expect(componentBefore(before)).toBe(name);
  });

  it.each([
    ['PASS  Tests\\Browser\\Auth\\LoginTest (', 'LoginTest'],
    ['FAIL  Tests\\Unit\\ParserTest (', 'ParserTest'],
    ['✓ com.acme.UserSpec (', 'UserSpec'],
    ['LoginTest (', 'LoginTest'],
    ['PASS  Tests\\Browser\\Auth (', undefined], // a namespace, no test class
    ['Browser Tests (', undefined], // a kind of tests, not a class
    ['Ran ParserTest (', undefined], // a word that is no runner status
    ['parser_test.py (', undefined], // a file, not a class
  ])('%j names the test class %j', (before, name) => {
    expect(testClassBefore(before)).toBe(name);
  });
});
