import classifier from '../../extractors/figure-test-status.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(classifier, {
  valid: [
    // a count and its status; the claim's text is the count with its words, its position the count's
    { markdown: '431 passing, 13 failing', claims: [
      { kind: 'tests.passed', value: 431, text: '431 passing', position: { line: 1, column: 1, offset: 0 } },
      { kind: 'tests.failed', value: 13, text: '13 failing', position: { line: 1, column: 14, offset: 13 } },
    ] },
    // through a kind of tests, a test noun and link words
    { markdown: '- 25 integration tests passing', claims: [{ kind: 'tests.passed', value: 25, subject: { category: 'integration' }, text: '25 integration tests passing' }] },
    { markdown: '- 892 tests still passing after the refactor', claims: [{ kind: 'tests.passed', value: 892, text: '892 tests still passing' }] },
    // a verb that keeps the state links too, and the count is the status's, no suite size beside it (408:5, :287)
    { markdown: 'All 75 core tests remain passing with 100% success rate.', claims: [{ kind: 'tests.passed', value: 75, subject: { category: 'core' }, text: '75 core tests remain passing' }] },
    { markdown: '**NLP Module (Maintained 63%)**\n- Tests: 20 existing tests continue passing', claims: [{ kind: 'tests.passed', value: 20, subject: { name: 'NLP Module' }, text: '20 existing tests continue passing' }] },
    { markdown: '- 12 pre-existing tests still failing', claims: [{ kind: 'tests.failed', value: 12, text: '12 pre-existing tests still failing' }] },
    // a row that is a path is the part its cells count, over the kind of tests a cell names (402:45), as an item's path is
    { markdown: '| Package | Test Count |\n| --- | --- |\n| **pkg/fscache** | 11 comprehensive tests |\n| **pkg/systems** | 200+ system tests |', claims: [
      { kind: 'tests.total', value: 11, subject: { path: 'pkg/fscache' } }, { kind: 'tests.total', value: 200, subject: { path: 'pkg/systems' } },
    ] },
    // an item's title before a dash labels the count after it, as a colon does (404:148)
    { markdown: '2. **✅ All Unit Tests Passing** - 305/305 tests successful', claims: [
      { kind: 'tests.passed', value: 305, subject: { category: 'unit' } }, { kind: 'tests.total', value: 305, subject: { category: 'unit' } },
    ] },
    { markdown: '- **Refactored the parser** - 12 tests passing', claims: [{ kind: 'tests.passed', value: 12, subject: { scope: 'all' } }] },
    { markdown: '| Suite | Tests |\n| --- | --- |\n| Backend | 120 unit tests |', claims: [{ kind: 'tests.total', value: 120, subject: { category: 'unit' } }] },
    { markdown: '- **tests** (high): 129 unit test(s) failing', claims: [{ kind: 'tests.failed', value: 129, subject: { category: 'unit' }, text: '129 unit test(s) failing' }] },
    // a word of manner between the count and its status or noun says how, not which tests (002:486, 005:137, 206:90–92, 024:84)
    { markdown: '- **Pass Rate**: 98.5% (578 passing, 4 minor failures, 5 skipped)', claims: [
      { kind: 'tests.passed', value: 578 }, { kind: 'tests.failed', value: 4, text: '4 minor failures' }, { kind: 'tests.skipped', value: 5 },
    ] },
    // in a table the row names the tests a bare status counts (005:137)
    { markdown: '| Test Type | Status | Notes |\n| --- | --- | --- |\n| **Unit Tests** | ⚠️ Partial | 10 minor failures (non-blocking) |', claims: [
      { kind: 'tests.failed', value: 10, subject: { name: 'Unit Tests' }, text: '10 minor failures' },
    ] },
    { markdown: '- 862 passing\n- 15 intentionally skipped', claims: [{ kind: 'tests.passed', value: 862 }, { kind: 'tests.skipped', value: 15, text: '15 intentionally skipped' }] },
    // a count in words that is a label's whole value (501:65)
    { markdown: '**Before**: Zero tests', claims: [{ kind: 'tests.total', value: 0, tense: 'before', subject: { scope: 'all' }, text: 'Zero tests' }] },
    // a manner word says what the tests are for, not which: the file in the parenthesis names them
    { markdown: '- ✅ 6 sample tests passing (utils.test.js)', claims: [{ kind: 'tests.passed', value: 6, subject: { path: 'utils.test.js' } }] },
    { markdown: '- Tests: 41 comprehensive tests, all passing', claims: [{ kind: 'tests.total', value: 41, text: '41 comprehensive tests' }] },
    // a list item that is a count of tests and nothing else states that count
    { markdown: '### Suite\n- 877 comprehensive tests\n- 862 passing', claims: [{ kind: 'tests.total', value: 877, text: '877 comprehensive tests' }, { kind: 'tests.passed', value: 862 }] },
    // a count its words praise is the suite's size, in prose as in a list (401:177, 402:186, w14:203)
    { markdown: '- **Maximum test effectiveness** with 284 comprehensive tests', claims: [{ kind: 'tests.total', value: 284, text: '284 comprehensive tests' }] },
    { markdown: '✅ **21 comprehensive tests** covering:', claims: [{ kind: 'tests.total', value: 21, text: '21 comprehensive tests' }] },
    // "total" before its tests: the passed count and the total
    { markdown: '164 + 58 = **222 total tests passing**', claims: [
      { kind: 'tests.passed', value: 222, text: '222 total tests passing' }, { kind: 'tests.total', value: 222, text: '222 total tests passing' },
    ] },
    // a qualifier is kept
    { markdown: '- [x] 650+ total tests passing', claims: [{ kind: 'tests.passed', value: 650, qualifier: 'atLeast' }, { kind: 'tests.total', value: 650, qualifier: 'atLeast' }] },
    // upper case, and the part a heading names
    { markdown: '### 2. Main Application Tests (24 tests) - 22 PASSING, 2 FAILING', claims: [
      { kind: 'tests.total', value: 24, subject: { name: 'Main Application Tests' }, text: '24 tests' },
      { kind: 'tests.passed', value: 22, subject: { name: 'Main Application Tests' } }, { kind: 'tests.failed', value: 2, subject: { name: 'Main Application Tests' } },
    ] },
    // the last fact a parenthesis lists about a label's value, in a `**Label:**` line, is the suite's size; the label gives its tense (104:6)
    { markdown: '**Previous checkpoint:** 7fe7c67 (Sprint 3a — GapDetectionEngine, 627 tests)', claims: [
      { kind: 'tests.total', value: 627, tense: 'before', subject: { scope: 'all' }, text: '627 tests' },
    ] },
    // a test file opening the line is the part counted
    { markdown: '- tests/unit/parser.test.ts: 14 tests passing', claims: [{ kind: 'tests.passed', value: 14, subject: { path: 'tests/unit/parser.test.ts' } }] },
    // a bare "errors" or an elided verb counts tests when tests are named around it
    { markdown: 'Web API Tests (34 tests) - 5 ERRORS', claims: [{ kind: 'tests.total', value: 34 }, { kind: 'tests.errors', value: 5 }] },
    { markdown: 'The service has 12 tests, of which 1 fails.', claims: [{ kind: 'tests.total', value: 12, text: '12 tests' }, { kind: 'tests.failed', value: 1, text: '1 fails' }] },
    // a count of tests where its place says it is the suite's size: "total", a kind of tests, a lead, a parenthesis, a table
    { markdown: 'We have 431 tests total.', claims: [{ kind: 'tests.total', value: 431, text: '431 tests total' }] },
    { markdown: 'We have 444 total tests.', claims: [{ kind: 'tests.total', value: 444, text: '444 total tests' }] },
    { markdown: 'There are 25 integration tests for it.', claims: [{ kind: 'tests.total', value: 25, subject: { category: 'integration' }, text: '25 integration tests' }] },
    { markdown: '- extra_tests.rs: 9 tests', claims: [{ kind: 'tests.total', value: 9, subject: { path: 'extra_tests.rs' } }] },
    { markdown: '### Phase 4 (25-30 test cases)', claims: [{ kind: 'tests.total', value: 25, qualifier: 'range', text: '25-30 test cases' }] },
    { markdown: '| Area | Notes |\n|---|---|\n| API | ~100 tests |', claims: [{ kind: 'tests.total', value: 100, qualifier: 'approx' }] },
    // a status label before the count names its kind
    { markdown: 'Failing: 3 tests in the parser', claims: [{ kind: 'tests.failed', value: 3 }] },
    // a count followed by its status through a link word is both: "8 unit tests now pass"
    { markdown: '- All 8 unit tests now pass', claims: [{ kind: 'tests.passed', value: 8, text: '8 unit tests now pass' }, { kind: 'tests.total', value: 8, text: '8 unit tests' }] },
    // a ratio: the left side passed (or what the label before it names), the right side the total, placed at its own number
    { markdown: '- 431/444 tests passing', claims: [
      { kind: 'tests.passed', value: 431, text: '431/444 tests passing', position: { line: 1, column: 3, offset: 2 } },
      { kind: 'tests.total', value: 444, text: '444 tests passing', position: { line: 1, column: 7, offset: 6 } },
    ] },
    { markdown: 'Summary: 7 of 9 tests pass', claims: [{ kind: 'tests.passed', value: 7, text: '7 of 9 tests pass' }, { kind: 'tests.total', value: 9, text: '9 tests pass' }] },
    { markdown: '- 182/191 non-session tests', claims: [{ kind: 'tests.passed', value: 182, subject: { category: 'non-session' } }, { kind: 'tests.total', value: 191, subject: { category: 'non-session' } }] },
    { markdown: '#### Failing Tests (2/24)', claims: [{ kind: 'tests.failed', value: 2, text: '2/24' }, { kind: 'tests.total', value: 24, text: '24' }] },
    { markdown: '| Metric | Value |\n|---|---|\n| **Passing Tests** | 66/66 (100%) |', claims: [{ kind: 'tests.passed', value: 66 }, { kind: 'tests.total', value: 66 }] },
    // the parts of a total in the parenthesis after it
    // a label of other things that names a part, its count followed by tests (w15:180)
    // a label of other units, then tests its manner words praise: the count is of the tests it names (402:137)
    { markdown: '- **Test Suites**: 400+ comprehensive test cases', claims: [{ kind: 'tests.total', value: 400, qualifier: 'atLeast', subject: { scope: 'all' } }] },
    { markdown: '```\nTotal: 114 tests\n├── Requests: 10 tests (8.8%)\n```', claims: [{ kind: 'tests.total', value: 114 }, { kind: 'tests.total', value: 10, subject: { name: 'Requests' }, position: { line: 3, column: 15 } }] },
    // the present state under a plan's item: what the plan starts from (501)
    { markdown: '2. **Expand Test Coverage** (Testing)\n   - Current: 6 tests, ~1% coverage', claims: [{ kind: 'tests.total', value: 6, subject: { scope: 'all' }, position: { line: 2, column: 15 } }] },
    { markdown: '- **Total Tests:** **66+ tests** (58 frontend + 8 backend)', claims: [
      { kind: 'tests.total', value: 66, qualifier: 'atLeast' }, { kind: 'tests.total', value: 58, subject: { category: 'frontend' }, text: '58 frontend' }, { kind: 'tests.total', value: 8, subject: { category: 'backend' }, text: '8 backend' },
    ] },
  ],
  invalid: [
    // a parenthesis that goes on after the count, or a list item's parenthesis (202:231: its tests are an earlier line's)
    '**Previous checkpoint:** 7fe7c67 (Sprint 3a, 627 tests of the old parser)', '- Comprehensive unit tests (2,404 lines, 100 tests)',
    // a count in words in prose, or followed by what the tests do (013:131)
    '**Issue:** One test hangs indefinitely, blocking entire test suite', 'We had zero tests before.',
    // test sheets hold tests: counting them counts no tests (404)
    '- **Total Tests:** 39 (across 2 test sheets)',
    // what tests check, not tests (counted-nouns.ts): a test holds any number of assertions
    '- 12 assertions failing',
    '- **Assertion Count**: 150+ assertions',
    '| A2 | 25 assertions debiles sin documentacion | test_cli_integration.py |',
    '- 40 unit assertions passing',
    '- 45/50 assertions passing',
    // a status of something else than tests
    'The endpoint returns 422 errors under load.',
    'Lockout after 5 failures.',
    // a manner word does not make other things tests, and an item with more words than its count is no bare count
    'Lockout after 5 minor failures.',
    '| Service | Notes |\n| --- | --- |\n| **Auth** | lockout after 5 failures |',
    '- 12 comprehensive tests were added for the parser',
    '- Endpoints: 40 passing',
    '3 failed deployments this week',
    // a rate, a change, a decimal, a count in words
    '95 passing rate',
    '+10 tests now passing',
    'See 1.2 passing',
    'zero failures across all packages',
    // "total" with no tests after it
    '12 total passing',
    // a plan's item asks for tests
    '- Add 20 tests passing the new schema',
    // a label of other things over a count of them
    '- **Requests:** 10 passing',
    '- **Test Suites:** 40 comprehensive modules',
    // any other item under a plan's item is the plan's
    '2. **Expand Test Coverage** (Testing)\n   - Then: 20 tests',
    // a bare "N tests" in a sentence, a compound, a change, a section number
    'Only 12 tests cover the parser.',
    'There are 12 test files in the folder.',
    'We added 12 tests this week.',
    '- See the OpenAPI 3.0 spec at /api/docs',
    // parts in a parenthesis after something other than tests
    '- Services: 9 (5 api + 4 worker)',
    // a ratio of something else, or of more passed than run
    '- Health checks: 12/12 healthy',
    '- 9/11 services up',
    '- 12/10 tests passing',
  ],
});
