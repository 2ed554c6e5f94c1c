import classifier from '../../extractors/figure-tests.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(classifier, {
  valid: [
    // the summands of a sum of tests by kind count the tests of their kind; the label's status is the sum's (002:9)
    { markdown: '- **✅ Tests Pass**: 164/164 unit tests + 21 advanced feature tests + 11 integration tests + 26 unused functionality tests = **222 total tests passing**', claims: [
      { kind: 'tests.total', value: 21, subject: { category: 'advanced feature' } }, { kind: 'tests.total', value: 11, subject: { category: 'integration' } },
      { kind: 'tests.total', value: 26, subject: { category: 'unused functionality' } },
    ] },
    // a label that names tests one by one: "Test cases" under a stage's lead-in
    { markdown: '- After Optimization (Current):\n  - Test cases: **561**\n', claims: [{ kind: 'tests.total', value: 561, subject: { scope: 'all' } }] },
    // a runner's summary line in a plain-text block
    { markdown: '```\nTests: 26 passed, 26 total\n```', claims: [
      { kind: 'tests.passed', value: 26, subject: { scope: 'all' }, position: { line: 2, column: 8, offset: 11 } },
      { kind: 'tests.total', value: 26 },
    ] },
    { markdown: '```console\n$ npm test\nTests: 3 failed, 40 passed, 43 total\n```', claims: [
      { kind: 'tests.failed', value: 3 }, { kind: 'tests.passed', value: 40 }, { kind: 'tests.total', value: 43 },
    ] },
    // a bold label with a parenthesised qualifier, the noun after the figure
    { markdown: '**Passing (summary):** 9 tests', claims: [{ kind: 'tests.passed', value: 9, subject: { scope: 'all' } }] },
    { markdown: 'Test results:\n\n- Skipped: 4 tests', claims: [{ kind: 'tests.skipped', value: 4 }] },
    // a title before the figure's parenthesis names what its bare total counts
    { markdown: '## Remaining Test Failures (37 total)', claims: [{ kind: 'tests.failed', value: 37, subject: { scope: 'all' } }] },
    { markdown: '- **Total:** 15 tests across 2 test files', claims: [{ kind: 'tests.total', value: 15 }] },
    { markdown: '**BEFORE**:\n\n- Failing: 12 tests', claims: [{ kind: 'tests.failed', value: 12, tense: 'before' }] },
    // a bare status label under a heading that names the tests, emoji and all
    { markdown: '### Test Breakdown\n\n```\n✅ Passed: 39\n❌ Failed: 3\n```', claims: [{ kind: 'tests.passed', value: 39, subject: { scope: 'all' } }, { kind: 'tests.failed', value: 3, subject: { scope: 'all' } }] },
    // an entry under a status lead-in that names its own group counts that group, not the project
    { markdown: '```\nFailed Tests (Known Issues):\n• 1 Configuration validation test\n```', claims: [{ kind: 'tests.failed', value: 1, subject: { name: 'Configuration validation' } }] },
    // labelled counts (read by extractors/test-count.ts before): a status before the test noun, a bare status of its own line, a label naming only tests
    { markdown: '```\nPassed Tests:    844 (99.9%)\nSkipped Tests:     1 (0.1%)\n```', claims: [{ kind: 'tests.passed', value: 844 }, { kind: 'tests.skipped', value: 1 }] },
    { markdown: 'Total Tests: 310+', claims: [{ kind: 'tests.total', value: 310, qualifier: 'atLeast' }] },
    // pytest's word for the tests it found ("collected 1417 items") is their total
    { markdown: '**Test Statistics**:\n- Total Tests: 1,417 collected\n- Passing: ~1,407 (99.3%)', claims: [{ kind: 'tests.total', value: 1417 }, { kind: 'tests.passed', value: 1407, qualifier: 'approx' }] },
    { markdown: '- **Skipped:** 58 session tests (hanging issue)', claims: [{ kind: 'tests.skipped', value: 58, subject: { name: 'session' } }] },
    // a label naming tests of errors counts those tests (505:126), not tests that errored
    { markdown: '- Error condition tests: 20+', claims: [{ kind: 'tests.total', value: 20, qualifier: 'atLeast', subject: { category: 'error condition' } }] },
    { markdown: '- Error handling tests: 12', claims: [{ kind: 'tests.total', value: 12, subject: { category: 'error handling' } }] },
    // a list of kinds of tests (505): stress and edge-case tests are kinds, as integration tests are
    { markdown: '### Test Categories\n\n- Integration tests: 11\n- Edge case tests: 30+\n- Stress tests: 15+', claims: [
      { kind: 'tests.total', value: 11, subject: { category: 'integration' } },
      { kind: 'tests.total', value: 30, qualifier: 'atLeast', subject: { category: 'edge case' } },
      { kind: 'tests.total', value: 15, qualifier: 'atLeast', subject: { category: 'stress' } },
    ] },
    { markdown: '- Test errors: 2', claims: [{ kind: 'tests.errors', value: 2, subject: { scope: 'all' } }] },
    { markdown: 'Total tests: 500 (estimated)', claims: [{ kind: 'tests.total', value: 500, qualifier: 'approx' }] },
    { markdown: '- Tests: 845 (844 passed, 1 skipped)', claims: [{ kind: 'tests.total', value: 845 }, { kind: 'tests.passed', value: 844 }, { kind: 'tests.skipped', value: 1 }] },
    // tests a noun praises under a path that opens their row or item count that path's tests
    { markdown: '| Package | Coverage | Test Count |\n|---|---|---|\n| **pkg/fscache** | 79.1% | 11 comprehensive tests |', claims: [{ kind: 'tests.total', value: 11, subject: { path: 'pkg/fscache' } }] },
    { markdown: '### Unit Test Suites\n\n- **cmd/podcli**: 20 comprehensive tests (10.0% coverage)', claims: [{ kind: 'tests.total', value: 20, subject: { path: 'cmd/podcli' } }] },
    // a test file opening the item, in any language's convention, is the part its tests are of; a file that is no test file is none
    { markdown: 'All created:\n\n1. **test_arena.c** - 15 tests (Arena memory allocator)\n2. **AppTest.java** - 12 tests (App)', claims: [{ kind: 'tests.total', value: 15, subject: { path: 'test_arena.c' } }, { kind: 'tests.total', value: 12, subject: { path: 'AppTest.java' } }] },
    { markdown: 'All created:\n\n1. **latest.c** - 9 tests (x)\n2. **test.c** - 7 tests (y)', claims: [{ kind: 'tests.total', value: 9, subject: { scope: 'all' } }, { kind: 'tests.total', value: 7, subject: { scope: 'all' } }] },
    // the count alone in a parenthesis after a part's tests counts that part (w14:417, w25:450)
    { markdown: '## Suites\n\n### vectro_cli Tests (11)', claims: [{ kind: 'tests.total', value: 11 }] },
    { markdown: '**Test Organization**:\n- Fork Support tests (13) ← New for E04-T010', claims: [{ kind: 'tests.total', value: 13 }] },
    // a list item's label that is a part's tests counts that part, as the parenthesis does (w69:101–104, 505:121)
    { markdown: '### Test Kategorileri\n- Serializer Tests: 31\n- Encoder Tests: 21', claims: [{ kind: 'tests.total', value: 31, subject: { name: 'Serializer Tests' } }, { kind: 'tests.total', value: 21, subject: { name: 'Encoder Tests' } }] },
    { markdown: '## Breakdown\n\n- **Parser Specs**: 16', claims: [{ kind: 'tests.total', value: 16, subject: { name: 'Parser Specs' } }] },
    // a kind of tests is no part: Flutter's widget tests, Android's instrumented tests (w43:235, w61:124)
    { markdown: '## Test Types\n\n- **Widget Tests**: 0', claims: [{ kind: 'tests.total', value: 0, subject: { category: 'widget' } }] },
    { markdown: '## Summary\n\n- Instrumented tests: 95+', claims: [{ kind: 'tests.total', value: 95, subject: { category: 'instrumented' } }] },
    // a label naming tests over a count of one kind counts that kind (102:38, w38:335, w14:179)
    { markdown: '- **Existing tests analyzed:** 892 mock-based tests', claims: [{ kind: 'tests.total', value: 892, subject: { category: 'mock-based' } }] },
    { markdown: '4. **Golden Tests:** 48 visual regression tests for UI', claims: [{ kind: 'tests.total', value: 48, subject: { category: 'visual regression' } }] },
    // tests a run executed, labelled with a verb of running (404:36, whose section heading then names the kind; w48:241 and
    // w52:113 write "Tests run:")
    { markdown: '- **Tests Executed:** 29', claims: [{ kind: 'tests.total', value: 29, subject: { scope: 'all' } }] },
  ],
  invalid: [
    // a summand that names no kind (new tests are a change), or a count after a sign that is no summand
    '- 40 unit tests + 5 new tests', 'Ran 40 and then +5 functionality tests',
    // a quality of tests, an activity, a table's row: no part's tests (204:354, w10:532)
    '## Quality\n\n- **Flaky Tests:** 0',
    '## Testing\n\n13. **Memory Leak Testing**: 1000-iteration stress tests',
    // "executed" beside a noun of other things
    '- **Queries Executed:** 29',
    // a parenthesis after no test noun, or after tests of files
    '**Test Organization**:\n- Fork Support test files (13)',
    // a change or a rate in the parenthesis, not a count alone (305:10, 408:481)
    '1. **Created:** 37 nuevos tests (501 → 538)',
    // "new" names no kind, in any language; a label naming no tests gives none
    '- **Tests criticos creados:** 37 nuevos tests',
    '- **Analyzed:** 892 mock-based tests',
    '- Expand scheduler tests (7 → 40%)',
    '**Test Organization**:\n- Fork Support (13)',
    '**Test Organization**:\n- Fork Support helpers (13)',
    // a difference still to make up, no count of the suite (403)
    '## Pass Rate Trend\n\n⚠️ **FAIL:** Test suite below threshold (need 273 more passing tests)',
    // cases that are no test cases
    '- Edge cases: 45',
    // things collected that are no tests
    '### Monitoring\n\n- Metrics: 12 collected',
    // a bare total with nothing naming tests; another kind of tests in a list of file counts
    '## TODOs\n\n- **Total**: 4507',
    '```\nTotal test files: 27\nUnit tests: 17\n```',
    'We looked at the flaky ones (37 total).',
    'Suites: 3 passed, 3 total',
    '```python\nassert passed == 26  # 26 passed\n```',
    '- 5 failed login attempts',
    'Tests: 12 test files',
    // a label that names test files or test code counts those, not tests
    'Total test files: 27',
    'Total lines of test code: 12459',
    // a bare status label with nothing naming tests above it
    '### Deployments\n\n```\nPassed: 39\n```',
    // a path before tests the noun names something else of, or a row named by no path
    '- **pkg/fscache**: 11 test files',
    '| Package | Test Count |\n|---|---|\n| **Dashboard** | 11 comprehensive tests |',
  ],
});
