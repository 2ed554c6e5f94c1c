import extractor from '../../extractors/test-count.js';
import figureTestStatus from '../../extractors/figure-test-status.js';
import { runCases } from '../helpers/extractor-cases.js';

// A count followed by its status ("431 passing") is read by the figure classifier figure-test-status, alongside.

runCases(extractor, {
  valid: [
    // a status verb after a bare count, when the sentence names the tests
    { markdown: 'The service has 12 tests, of which 10 pass, 1 fails and 1 is skipped.', claims: [{ kind: 'tests.total', value: 12 }, { kind: 'tests.passed', value: 10 }, { kind: 'tests.failed', value: 1 }, { kind: 'tests.skipped', value: 1 }] },
    { markdown: 'Of 40 tests, 3 are skipped and 2 were failing.', claims: [{ kind: 'tests.total', value: 40 }, { kind: 'tests.skipped', value: 3 }, { kind: 'tests.failed', value: 2 }] },
    // a "Metric | Value" table: the row's first cell names the count
    { markdown: '| Metric | Value |\n|---|---|\n| Total tests | 12 |\n| Passed | 10 |\n| Failed | 1 |\n| Skipped | 1 |', claims: [{ kind: 'tests.total', value: 12, subject: { scope: 'all' } }, { kind: 'tests.passed', value: 10 }, { kind: 'tests.failed', value: 1 }, { kind: 'tests.skipped', value: 1 }] },
    { markdown: '| Metric | Count |\n|---|---|\n| **Passing** | **431** |', claims: [{ kind: 'tests.passed', value: 431 }] },
    // the same table under a heading naming a kind of tests counts that kind, its total row too; a share after a count stays out of it
    { markdown: '# Report\n\n### Unit Tests\n| Metric | Count |\n|---|---|\n| Total | 1533 |\n| ✅ Passed | 1366 (89.6%) |\n| ❌ Failed | 119 |', claims: [{ kind: 'tests.total', value: 1533, subject: { category: 'unit' } }, { kind: 'tests.passed', value: 1366, subject: { category: 'unit' }, text: '1366' }, { kind: 'tests.failed', value: 119, subject: { category: 'unit' } }] },
    // under a heading that names no kind of tests, a status row counts all tests and a total row is no test count
    { markdown: '# Report\n\n### Results\n| Metric | Count |\n|---|---|\n| Total | 1533 |\n| Passed | 1366 |', claims: [{ kind: 'tests.passed', value: 1366, subject: { scope: 'all' } }] },
    // an estimate of tests still to write is no current count
    { markdown: '**Estimated Tests**: 120-150 test cases', claims: [{ kind: 'tests.total', value: 120, qualifier: 'range', tense: 'projected' }] },
    { markdown: 'Estimated effort is low; 431 tests pass', claims: [{ kind: 'tests.passed', value: 431, tense: 'current' }] },
    // a label that names a status before its test noun, or a kind of tests
    { markdown: '- **Unit Tests**: 3042/3207 passed (129 failed)', claims: [
      { kind: 'tests.passed', value: 3042, subject: { category: 'unit' } }, { kind: 'tests.total', value: 3207, subject: { category: 'unit' } }, { kind: 'tests.failed', value: 129, subject: { category: 'unit' } },
    ] },
    { markdown: '**Frontend Total Tests:** 58 tests', claims: [{ kind: 'tests.total', value: 58, subject: { category: 'frontend' } }] },
    // a heading that names a kind of tests gives it to a count that names none
    { markdown: '# Report\n\n### End-to-End Tests\n- **Count:** 100 tests', claims: [{ kind: 'tests.total', value: 100, subject: { category: 'e2e' } }] },
    // a test file opening the line keeps the heading's kind from its count: the count is the file's
    { markdown: '# Report\n\n### Unit Tests (95.3% passing)\n\n- ✅ job-order.test.ts - All 4 tests passing', claims: [{ kind: 'tests.passed', value: 4, subject: { path: 'job-order.test.ts' } }] },
    { markdown: '# Report\n\n### Results\n- **Count:** 100 tests', claims: [{ kind: 'tests.total', value: 100, subject: { scope: 'all' } }] },
    // a task that fixes tests is no plan for new ones, and its verb names no part
    { markdown: '2. **Refine failing tests:** Fix 161 failing tests', claims: [{ kind: 'tests.failed', value: 161, subject: { scope: 'all' } }] },
    // A plural mark is the plural: the status after it is the count's.
    { markdown: '- **tests** (high): 129 unit test(s) failing', claims: [{ kind: 'tests.failed', value: 129, subject: { category: 'unit' } }] },
    // a "Metric | Value" table: a row naming a kind of tests, a status row with a ratio, a row naming only tests
    { markdown: '| Metric | Value |\n|---|---|\n| **Frontend Tests** | 58 |\n| **Passing Tests** | 66/66 (100%) |', claims: [
      { kind: 'tests.total', value: 58, subject: { category: 'frontend' } }, { kind: 'tests.passed', value: 66, subject: { scope: 'all' } }, { kind: 'tests.total', value: 66, subject: { scope: 'all' } },
    ] },
    { markdown: '| Area | Score | Notes |\n|---|---|---|\n| **Testing** | 90/100 | 561+ tests |', claims: [{ kind: 'tests.total', value: 561, subject: { scope: 'all' } }] },
    // a count in a title's parenthesis after another figure
    { markdown: '### tests/unit/test_readiness.py (717 lines, 72 tests)', claims: [{ kind: 'tests.total', value: 72, subject: { path: 'tests/unit/test_readiness.py' } }] },
    // a line that is a status and its count
    { markdown: 'Passing: ~1,407', claims: [{ kind: 'tests.passed', value: 1407, qualifier: 'approx' }] },
    { markdown: '- Passed: `0`\n- Failed: `128`', claims: [{ kind: 'tests.passed', value: 0 }, { kind: 'tests.failed', value: 128, position: { line: 2, column: 3, offset: 16 } }] },
    { markdown: 'All 700 tests are passing.', claims: [{ kind: 'tests.passed', value: 700, text: '700 tests are passing' }] },
    { markdown: 'Tests: 431 passing / 444 total', claims: [{ kind: 'tests.passed', value: 431 }, { kind: 'tests.total', value: 444, text: '444 total' }] },
    { markdown: '431 passing, 13 failing', claims: [
      { kind: 'tests.passed', value: 431, qualifier: 'exact', subject: { scope: 'all' }, position: { line: 1, column: 1, offset: 0 } },
      { kind: 'tests.failed', value: 13, position: { line: 1, column: 14, offset: 13 } },
    ] },
    { markdown: '- **Passing:** 74 test files, 1255 tests', claims: [{ kind: 'tests.passed', value: 1255 }] },
    { markdown: 'We ran 444 tests.', claims: [{ kind: 'tests.total', value: 444 }] },
    { markdown: 'Results: 431/444 tests passing', claims: [
      { kind: 'tests.passed', value: 431 },
      { kind: 'tests.total', value: 444 },
    ] },
    { markdown: '25 integration tests passing', claims: [{ kind: 'tests.passed', value: 25, subject: { category: 'integration' } }] },
    { markdown: '```\nSummary: 9 Passed, 0 Failed\n```', claims: [
      { kind: 'tests.passed', value: 9, position: { line: 2, column: 10, offset: 13 } },
      { kind: 'tests.failed', value: 0 },
    ] },
    { markdown: 'Coverage was 40 passing before the refactor → 52 passing', claims: [
      { kind: 'tests.passed', value: 40, tense: 'before' },
      { kind: 'tests.passed', value: 52, tense: 'current' },
    ] },
    { markdown: '| Runner | Passed | Failed | Skipped |\n| --- | ---: | ---: | ---: |\n| Vitest | 146 | 4 | 0 |', claims: [
      { kind: 'tests.passed', value: 146, subject: { name: 'Vitest' } },
      { kind: 'tests.failed', value: 4 },
      { kind: 'tests.skipped', value: 0 },
    ] },
    { markdown: '**Total Tests:** 249 (191 active + 58 session tests)', claims: [
      { kind: 'tests.total', value: 249, subject: { scope: 'all' } },
      { kind: 'tests.total', value: 191, subject: { name: 'active' } },
      { kind: 'tests.total', value: 58, subject: { name: 'session' } },
    ] },
    { markdown: 'The suite has 612 tests (580 unit + 32 e2e tests).', claims: [
      { kind: 'tests.total', value: 612 },
      { kind: 'tests.total', value: 580, subject: { category: 'unit' } },
      { kind: 'tests.total', value: 32, subject: { category: 'e2e' } },
    ] },
    { markdown: '#### Failing Tests (2/24)', claims: [{ kind: 'tests.failed', value: 2 }, { kind: 'tests.total', value: 24 }] },
    { markdown: '#### Error Tests (5/34)', claims: [{ kind: 'tests.errors', value: 5 }, { kind: 'tests.total', value: 34 }] },
    { markdown: '95.3% passing (182/191 non-session tests)', claims: [{ kind: 'tests.passed', value: 182 }, { kind: 'tests.total', value: 191 }] },
    { markdown: '7 of 9 tests pass', claims: [{ kind: 'tests.passed', value: 7 }, { kind: 'tests.total', value: 9 }] },
    // "ALL" between a ratio and its status (an agent's "4966/4966 ALL PASSED")
    { markdown: 'Result: 4966/4966 ALL PASSED', claims: [{ kind: 'tests.passed', value: 4966, text: '4966/4966 ALL PASSED' }, { kind: 'tests.total', value: 4966 }] },
    { markdown: '### 2. Main Application Tests (24 tests) - 22 PASSING, 2 FAILING', claims: [
      { kind: 'tests.total', value: 24 },
      { kind: 'tests.passed', value: 22 },
      { kind: 'tests.failed', value: 2 },
    ] },
    { markdown: 'Web API Tests (34 tests) - 27 PASSING, 2 FAILING, 5 ERRORS', claims: [
      { kind: 'tests.total', value: 34 }, { kind: 'tests.passed', value: 27 }, { kind: 'tests.failed', value: 2 }, { kind: 'tests.errors', value: 5 },
    ] },
    { markdown: '- `tests/test_auth.py` - 21 tests (18 passed, 3 skipped)', claims: [
      { kind: 'tests.total', value: 21 }, { kind: 'tests.passed', value: 18 }, { kind: 'tests.skipped', value: 3 },
    ] },
    { markdown: '- **+10 tests now passing** (14 → 24)', claims: [
      { kind: 'tests.passed', value: 14, tense: 'before' },
      { kind: 'tests.passed', value: 24, tense: 'current' },
    ] },
    { markdown: 'Continue fixing until 87/87 pass', claims: [{ kind: 'tests.passed', value: 87, tense: 'target' }, { kind: 'tests.total', value: 87, tense: 'target' }] },
    { markdown: 'There are 4 real Vitest assertion regressions.', claims: [{ kind: 'tests.failed', value: 4 }] },
    { markdown: 'Fixed the 3 test failures in the parser.', claims: [{ kind: 'tests.failed', value: 3 }] },
    { markdown: 'There are no failing tests and two skipped tests.', claims: [{ kind: 'tests.failed', value: 0 }, { kind: 'tests.skipped', value: 2 }] },
    { markdown: '- **Errors:** 5 tests (2.6%)', claims: [{ kind: 'tests.errors', value: 5 }] },
    { markdown: '**Minor Test Failures**: 10 tests (0.7%)', claims: [{ kind: 'tests.failed', value: 10 }] },
    { markdown: '- Tests: 29 passing → 34 passing', claims: [{ kind: 'tests.passed', value: 29, tense: 'before' }, { kind: 'tests.passed', value: 34, tense: 'current' }] },
    { markdown: '**Recommended Tests**: 25-30 test cases', claims: [{ kind: 'tests.total', value: 25, qualifier: 'range', range: [25, 30], tense: 'target' }] },
    { markdown: '| Suite | Tests |\n| --- | --- |\n| Unit | 12 |', claims: [{ kind: 'tests.total', value: 12, subject: { name: 'Unit' } }] },
    // Every plural test noun of the word list heads a column of counts (realworld w49:317 "| Test Suite | Type | Test Cases | Status |").
    { markdown: '| Test Suite | Type | Test Cases |\n| --- | --- | --- |\n| OutboxSyncTest | Unit | 10 |', claims: [{ kind: 'tests.total', value: 10, subject: { name: 'OutboxSyncTest' } }] },
    { markdown: '| Module | Specs |\n| --- | --- |\n| Parser | 7 |', claims: [{ kind: 'tests.total', value: 7, subject: { name: 'Parser' } }] },
    { markdown: '| Date | Passing |\n| --- | --- |\n| 2025-10-01 | 40 |\n| Oct 7, 2025 | 52 |', claims: [
      { kind: 'tests.passed', value: 40, tense: 'historical' },
      { kind: 'tests.passed', value: 52, tense: 'historical' },
    ] },
    { markdown: '- **Zero Issues**: No compilation errors, warnings, or test failures', claims: [{ kind: 'tests.failed', value: 0, tense: 'current' }] },
    { markdown: 'The run had zero test failures.', claims: [{ kind: 'tests.failed', value: 0 }] },
    { markdown: '164 + 58 = **222 total tests passing**', claims: [{ kind: 'tests.passed', value: 222 }, { kind: 'tests.total', value: 222 }] },
    // a list item that opens with a path or a named part gives that part's counts, not the project's
    { markdown: '**Passing Packages**:\n- ✅ `pkg/auth` - All tests passing (1 skipped)', claims: [{ kind: 'tests.skipped', value: 1, subject: { path: 'pkg/auth' } }] },
    { markdown: '- ❌ `internal/orders` - 7 test failures (decimal precision)', claims: [{ kind: 'tests.failed', value: 7, subject: { path: 'internal/orders' } }] },
    { markdown: '- `tests/test_constants.py` (12 passing tests)', claims: [{ kind: 'tests.passed', value: 12, subject: { path: 'tests/test_constants.py' } }] },
    // a per-file list under a label: each count is its test file's, even a file without a folder, never the whole project's
    { markdown: '- **Test Distribution**:\n  - config_test.rs: 58 tests\n  - App.login.test.js - 4 tests\n  - `test_helpers.py`: 21 tests', claims: [{ kind: 'tests.total', value: 58, subject: { path: 'config_test.rs' } }, { kind: 'tests.total', value: 4, subject: { path: 'App.login.test.js' } }, { kind: 'tests.total', value: 21, subject: { path: 'test_helpers.py' } }] },
    { markdown: '- **Test Distribution**:\n  - test_arena.c: 15 tests\n  - NetworkTests.swift - 4 tests\n  - install.bats: 3 tests', claims: [{ kind: 'tests.total', value: 15, subject: { path: 'test_arena.c' } }, { kind: 'tests.total', value: 4, subject: { path: 'NetworkTests.swift' } }, { kind: 'tests.total', value: 3, subject: { path: 'install.bats' } }] },
    { markdown: '- **Test Distribution**:\n  - latest.c: 58 tests\n  - test.c: 9 tests', claims: [{ kind: 'tests.total', value: 58, subject: { scope: 'all' } }, { kind: 'tests.total', value: 9, subject: { scope: 'all' } }] },
    // a heading naming a test file gives its counts that file as a path; a heading naming anything else, its name
    // A test file elsewhere on the item's line is the part, before the heading's counted part (w40:18, w11:89).
    { markdown: '#### Unit Tests (26 tests)\n\n1. **Models** (`test/models/lens.test.ts`) - 11 tests\n2. **Controllers** (`test/controllers/dir.test.ts`) - 15 tests', claims: [
      { kind: 'tests.total', value: 26, subject: { category: 'unit' } },
      { kind: 'tests.total', value: 11, subject: { path: 'test/models/lens.test.ts' } },
      { kind: 'tests.total', value: 15, subject: { path: 'test/controllers/dir.test.ts' } },
    ] },
    // A label, then the test file its count is of: the file, not the counted heading or the parent item above it (w86:69, 96; w64:143).
    { markdown: '### Well-Tested Areas (371 passing tests)\n\n#### C. Routes\n- All named routes verified\n- Tests: `tests/Feature/RouteTest.php` (27 tests)', claims: [
      { kind: 'tests.passed', value: 371, subject: { name: 'Well-Tested Areas' } },
      { kind: 'tests.total', value: 27, subject: { path: 'tests/Feature/RouteTest.php' } },
    ] },
    { markdown: '### Well-Tested Areas (371 passing tests)\n\n2. **User Account Management**\n   - Tests: `tests/Feature/AccountTest.php` (22 tests)', claims: [
      { kind: 'tests.passed', value: 371, subject: { name: 'Well-Tested Areas' } },
      { kind: 'tests.total', value: 22, subject: { path: 'tests/Feature/AccountTest.php' } },
    ] },
    { markdown: '### Suite (30 tests)\n\n- **New:** `cmd/app/manager_init_test.go` (24 tests)', claims: [{ kind: 'tests.total', value: 30, subject: { scope: 'all' } }, { kind: 'tests.total', value: 24, subject: { path: 'cmd/app/manager_init_test.go' } }] },
    // a label's file that is no test file, or a sentence before the file, leaves the count to the heading
    { markdown: '### Well-Tested Areas (371 passing tests)\n\n- Source: `app/Http/RouteHelper.php` (27 tests)', claims: [{ kind: 'tests.passed', value: 371, subject: { name: 'Well-Tested Areas' } }, { kind: 'tests.total', value: 27, subject: { name: 'Well-Tested Areas' } }] },
    { markdown: '### Well-Tested Areas (371 passing tests)\n\n- These routes are covered, and we also wrote the file below as part of the sprint: `tests/Feature/RouteTest.php` (27 tests)', claims: [{ kind: 'tests.passed', value: 371, subject: { name: 'Well-Tested Areas' } }, { kind: 'tests.total', value: 27, subject: { name: 'Well-Tested Areas' } }] },
    // A heading that is a path gives it to a count under it that names no part (w38:74, w14:103).
    { markdown: '#### 3. internal/tui/dialogs (62.7%)\n\n**Tests:** 59 tests covering:\n- DialogManager', claims: [{ kind: 'tests.total', value: 59, subject: { path: 'internal/tui/dialogs' } }] },
    { markdown: '### vectro_cli/src/lib.rs (Compression Pipeline)\n\n**Key Tests** (5 tests total):', claims: [{ kind: 'tests.total', value: 5, subject: { path: 'vectro_cli/src/lib.rs' } }] },
    { markdown: '### docs/TESTING.md\n\n**Tests:** 59 tests covering:', claims: [{ kind: 'tests.total', value: 59, subject: { scope: 'all' } }] },
    // A test file in another clause of the line is not the count's part.
    { markdown: '- 4 tests now pass in CI; see `login.test.ts` for the fixture', claims: [{ kind: 'tests.passed', value: 4, subject: { scope: 'all' } }] },
    { markdown: '### E2E Tests\n\n- ✅ CRUD Operations (25 tests) - [crud.spec.ts](../tests/e2e/crud.spec.ts)', claims: [{ kind: 'tests.total', value: 25, subject: { path: 'crud.spec.ts' } }] },
    { markdown: '# Report\n\n### 1. **test_dashboard_integration.py** (16 tests)\n\n**Results:** 10 passing, 6 skipped', claims: [{ kind: 'tests.total', value: 16, subject: { path: 'test_dashboard_integration.py' } }, { kind: 'tests.passed', value: 10, subject: { path: 'test_dashboard_integration.py' } }, { kind: 'tests.skipped', value: 6, subject: { path: 'test_dashboard_integration.py' } }] },
    { markdown: '# Report\n\n### 1. **Dashboard integration** (16 tests)', claims: [{ kind: 'tests.total', value: 16, subject: { name: 'Dashboard integration' } }] },
    // a file that is no test file, or a test file named after the count, is no part the count is of
    { markdown: '- README.md: 58 tests', claims: [{ kind: 'tests.total', value: 58, subject: { scope: 'all' } }] },
    { markdown: '- All 58 tests pass, see config_test.rs: it is long', claims: [{ kind: 'tests.passed', value: 58, subject: { scope: 'all' } }] },
    { markdown: '- tests/unit/parser.test.ts: 14 tests passing', claims: [{ kind: 'tests.passed', value: 14, subject: { path: 'tests/unit/parser.test.ts' } }] },
    { markdown: '- **API Assertion Updates** (~100 tests): written for the old API', claims: [{ kind: 'tests.total', value: 100, qualifier: 'approx', subject: { name: 'API Assertion Updates' } }] },
    { markdown: '- ✅ Application verification (4 tests)', claims: [{ kind: 'tests.total', value: 4, subject: { name: 'Application verification' } }] },
    { markdown: '- ✅ README.md - Added badges (tests: 310 passing)', claims: [{ kind: 'tests.passed', value: 310, subject: { name: 'README.md' } }] },
    { markdown: '1. ✅ **API Endpoints v2** - Test assertion fixes\n   - Tests: 29 passing → 34 passing', claims: [
      { kind: 'tests.passed', value: 29, tense: 'before', subject: { name: 'API Endpoints v2' } },
      { kind: 'tests.passed', value: 34, tense: 'current', subject: { name: 'API Endpoints v2' } },
    ] },
    { markdown: '- `src/cache/` - rewritten\n  - 41 tests passing', claims: [{ kind: 'tests.passed', value: 41, subject: { path: 'src/cache/' } }] },
    // a sentence before a list is no title: it names no part (502)
    { markdown: '**Test coverage is comprehensive and complete.**\n\n- 67 unit tests cover the business logic', claims: [{ kind: 'tests.total', value: 67, subject: { category: 'unit' } }] },
    { markdown: '**Parser Rewrite Done**\n\n- 41 tests passing', claims: [{ kind: 'tests.passed', value: 41, subject: { name: 'Parser Rewrite' } }] },
    { markdown: '- ✅ **Parser** - rewritten\n\n  | Suite | Passed |\n  | --- | --- |\n  | `tests/lexer.py` | 12 |', claims: [{ kind: 'tests.passed', value: 12, subject: { path: 'tests/lexer.py' } }] },
    // a lead that names the suite, a category, a status or a count label is no part
    { markdown: '- Unit Tests (31 passing)', claims: [{ kind: 'tests.passed', value: 31, subject: { category: 'unit' } }] },
    { markdown: '- **Overall Test Results** (431 passing)', claims: [{ kind: 'tests.passed', value: 431, subject: { scope: 'all' } }] },
    { markdown: '- **Minor Test Failures** (10 tests)', claims: [{ kind: 'tests.total', value: 10, subject: { scope: 'all' } }] },
    { markdown: '**Files Created**: 6\n- 12 passing tests in all', claims: [{ kind: 'tests.passed', value: 12, subject: { scope: 'all' } }] },
    { markdown: '- Total: 431 passing', claims: [{ kind: 'tests.passed', value: 431, subject: { scope: 'all' } }] },
    { markdown: '**Test Results** - after the fix\n- 431 passing', claims: [{ kind: 'tests.passed', value: 431, subject: { scope: 'all' } }] },
    // a category the clause gave earlier holds for the counts after it
    { markdown: 'Summary: 12/13 property tests passing, 1 skipped', claims: [
      { kind: 'tests.passed', value: 12, subject: { category: 'property' } },
      { kind: 'tests.total', value: 13, subject: { category: 'property' } },
      { kind: 'tests.skipped', value: 1, subject: { category: 'property' } },
    ] },
    { markdown: '45 unit tests (41 passing, 4 failing)', claims: [
      { kind: 'tests.total', value: 45, subject: { category: 'unit' } },
      { kind: 'tests.passed', value: 41, subject: { category: 'unit' } },
      { kind: 'tests.failed', value: 4, subject: { category: 'unit' } },
    ] },
    { markdown: '431 passing, 2 failing', claims: [{ kind: 'tests.passed', value: 431, subject: { scope: 'all' } }, { kind: 'tests.failed', value: 2, subject: { scope: 'all' } }] },
    // a paragraph or heading that is a title with a parenthesis names the part it counts
    { markdown: '**Priority 1: API Assertion Updates** (~100 tests, 4-6 hours)', claims: [{ kind: 'tests.total', value: 100, subject: { name: 'API Assertion Updates' } }] },
    { markdown: '### 1. Camera Tests (133 tests) ✅ ALL PASSING', claims: [{ kind: 'tests.total', value: 133, subject: { name: 'Camera Tests' } }] },
    { markdown: '## Test Results (431 tests)', claims: [{ kind: 'tests.total', value: 431, subject: { scope: 'all' } }] },
    { markdown: 'We ran the whole suite (431 tests).', claims: [{ kind: 'tests.total', value: 431, subject: { scope: 'all' } }] },
    // a heading that counts a part's tests gives that part to the figures in and under it
    { markdown: '### 3. Web API Tests (34 tests) - 27 PASSING, 2 FAILING\n\n#### Failing Tests (2/34)', claims: [
      { kind: 'tests.total', value: 34, subject: { name: 'Web API Tests' } },
      { kind: 'tests.passed', value: 27, subject: { name: 'Web API Tests' } },
      { kind: 'tests.failed', value: 2, subject: { name: 'Web API Tests' }, position: { line: 1, column: 47, offset: 46 } },
      { kind: 'tests.failed', value: 2, subject: { name: 'Web API Tests' } },
      { kind: 'tests.total', value: 34, subject: { name: 'Web API Tests' } },
    ] },
    { markdown: '# Test Status Report - v2.0.0\n\n## Results\n\n431 passing', claims: [{ kind: 'tests.passed', value: 431, subject: { scope: 'all' } }] },
    // a parent item that is only a title names the part of the items under it
    { markdown: '1. **Fix AB Testing Failures** ✅ DONE (1 hour)\n   - All 8 unit tests now pass', claims: [
      { kind: 'tests.passed', value: 8, subject: { name: 'Fix AB Testing Failures' } },
      { kind: 'tests.total', value: 8, subject: { name: 'Fix AB Testing Failures' } },
    ] },
    { markdown: '- **Test Results** ✅\n  - 431 passing', claims: [{ kind: 'tests.passed', value: 431, subject: { scope: 'all' } }] },
    { markdown: '**Highlights**:\n- 431 passing', claims: [{ kind: 'tests.passed', value: 431, subject: { scope: 'all' } }] },
    // "All" opens a total row alone or with a generic noun, not when it names a part
    { markdown: '| Suite | Result |\n| --- | --- |\n| All property-based tests passing | 12/13 passing |', claims: [
      { kind: 'tests.passed', value: 12, subject: { name: 'All property-based tests passing' } },
      { kind: 'tests.total', value: 13, subject: { name: 'All property-based tests passing' } },
    ] },
    { markdown: '| Suite | Result |\n| --- | --- |\n| All tests passing | 12/13 passing |', claims: [
      { kind: 'tests.passed', value: 12, subject: { scope: 'all' } },
      { kind: 'tests.total', value: 13, subject: { scope: 'all' } },
    ] },
    // runner summaries: the suites and files lines count no tests
    { markdown: '```\nTest Suites: 1 failed, 4 passed, 5 total\nTests:       40 passed, 40 total\n```', claims: [{ kind: 'tests.passed', value: 40 }] },
    { markdown: '```\n Test Files  74 passed (74)\n      Tests  1255 passed (1255)\n```', claims: [{ kind: 'tests.passed', value: 1255 }] },
    { markdown: 'Test Suite: 431 passing', claims: [{ kind: 'tests.passed', value: 431, subject: { scope: 'all' } }] },
    // a runner summary per package: the lines after "Package:" are that package's
    { markdown: '```\nPackage: github.com/acme/api\nStatus: PASS\nFailures: 2\n```', claims: [{ kind: 'tests.failed', value: 2, subject: { name: 'github.com/acme/api' } }] },
    { markdown: '```\nSuite: parser\nTests: 40 passed, 40 total\n```', claims: [{ kind: 'tests.passed', value: 40, subject: { name: 'parser' } }] },
    // words after a status that leave it a count of tests
    { markdown: '**Tests:** 12 passed in 3.2s', claims: [{ kind: 'tests.passed', value: 12 }] },
    { markdown: 'Of the suite, 8 failed intermittently on CI.', claims: [{ kind: 'tests.failed', value: 8 }] },
    { markdown: '- 431 passing tests, 2 skipped after the refactor', claims: [{ kind: 'tests.passed', value: 431 }, { kind: 'tests.skipped', value: 2 }] },
    // Chinese (src/figures/localized-counts.ts): labels, counters after a number, status columns
    { markdown: '**测试总数**: 68', claims: [{ kind: 'tests.total', value: 68, subject: { scope: 'all' }, text: '68' }] },
    { markdown: '**测试总数**：６８', claims: [{ kind: 'tests.total', value: 68, text: '６８' }] },
    { markdown: '- **通过**: 9 (53%)\n- **失败**: 8 (47%)', claims: [{ kind: 'tests.passed', value: 9, position: { line: 1, column: 11, offset: 10 } }, { kind: 'tests.failed', value: 8, position: { line: 2, column: 11 } }] },
    { markdown: '### Module tests (11个测试)', claims: [{ kind: 'tests.total', value: 11, subject: { name: 'Module tests' }, text: '11个测试' }] },
    { markdown: '- src/gc.rs: 13个测试，全部通过', claims: [{ kind: 'tests.passed', value: 13, subject: { path: 'src/gc.rs' } }] },
    { markdown: '- `TestTextProcessor`: 10个测试', claims: [{ kind: 'tests.total', value: 10, subject: { name: 'TestTextProcessor' } }] },
    { markdown: '### 1. 单元测试（66个测试）', claims: [{ kind: 'tests.total', value: 66 }] },
    // a Japanese count of test cases under a heading that gives its test file in parentheses is that file's (w87:29)
    { markdown: '### 1. **API入力検証テスト** (`tests/test_api_validation.py`)\n\n#### 🧪 **テストケース数**: 15個', claims: [{ kind: 'tests.total', value: 15, subject: { path: 'tests/test_api_validation.py' } }] },
    { markdown: '### 1. **API入力検証テスト**\n\n#### 🧪 **テストケース数**: 15個', claims: [{ kind: 'tests.total', value: 15, subject: { scope: 'all' } }] },
    { markdown: '### API統合テスト (`tests/test_api_integration.py`)\n\n**テスト数**: 17', claims: [{ kind: 'tests.total', value: 17, subject: { path: 'tests/test_api_integration.py' } }] },
    // new tests of a file named before them are that (new) file's tests (w27:215)
    { markdown: '### CompilationCacheBoundaryTests.cs (9 个新测试)', claims: [{ kind: 'tests.total', value: 9, subject: { path: 'CompilationCacheBoundaryTests.cs' } }] },
    { markdown: '- `LruCacheBoundaryTests.cs`: 13个新增测试', claims: [{ kind: 'tests.total', value: 13, subject: { path: 'LruCacheBoundaryTests.cs' } }] },
    // a cell whose count says its tests are new is still the row's count (w27:32)
    { markdown: '| 测试文件 | 测试数 | 覆盖内容 |\n|---|---|---|\n| `CompilationCacheBoundaryTests.cs` | **9 (新增)** | 并发竞争 |', claims: [{ kind: 'tests.total', value: 9, subject: { path: 'CompilationCacheBoundaryTests.cs' } }] },
    // a row whose file name outnumbers the header's characters is still under a Chinese header (w27:139)
    { markdown: '| 测试文件 | 测试数 | 覆盖内容 |\n|---|---|---|\n| `SemanticModelAnalyzerTests.cs` | 25 | 符号解析 |', claims: [{ kind: 'tests.total', value: 25, subject: { path: 'SemanticModelAnalyzerTests.cs' } }] },
    { markdown: '| 测试文件 | 测试数 | 覆盖内容 |\n|---|---|---|\n| `AdaptiveCacheManagerIntegrationTests.cs` | 3 | 集成测试 |', claims: [{ kind: 'tests.total', value: 3, subject: { path: 'AdaptiveCacheManagerIntegrationTests.cs' } }] },
    { markdown: '| 指标 | 结果 | 状态 |\n|---|---|---|\n| **测试总数** | 92个 | - |\n| **测试通过** | 92个 | ✅ |\n| **测试失败** | 0个 | ✅ |', claims: [{ kind: 'tests.total', value: 92, subject: { scope: 'all' } }, { kind: 'tests.passed', value: 92 }, { kind: 'tests.failed', value: 0 }] },
    { markdown: '| 测试类别 | 通过 | 失败 | 通过率 |\n|---|---|---|---|\n| **集成测试** | 17 | 0 | 100% ✅ |\n| **总计** | **49** | **0** | **100%** ✅ |', claims: [
      { kind: 'tests.passed', value: 17, subject: { name: '集成测试' } }, { kind: 'tests.failed', value: 0, subject: { name: '集成测试' } },
      { kind: 'tests.passed', value: 49, subject: { scope: 'all' } }, { kind: 'tests.failed', value: 0, subject: { scope: 'all' } },
    ] },
    { markdown: '| Crate | 测试数 | 通过 | 失败 | 忽略 |\n|---|---|---|---|---|\n| vm-mem | 121 | 117 | 0 | 4 |', claims: [
      { kind: 'tests.total', value: 121, subject: { name: 'vm-mem' } }, { kind: 'tests.passed', value: 117 }, { kind: 'tests.failed', value: 0 }, { kind: 'tests.skipped', value: 4 },
    ] },
    { markdown: '✅ **49个核心测试**100%通过', claims: [{ kind: 'tests.passed', value: 49, subject: { category: 'core' } }] },
    { markdown: '> **状态**: ✅ 测试修复完成，13/13测试通过（100%）', claims: [{ kind: 'tests.passed', value: 13 }, { kind: 'tests.total', value: 13 }] },
    { markdown: '**测试通过率**: 66/68 (97%)', claims: [{ kind: 'tests.passed', value: 66 }, { kind: 'tests.total', value: 68 }] },
    { markdown: '1. **修复失败的测试** (5个)', claims: [{ kind: 'tests.failed', value: 5 }] },
    // Spanish, German (src/figures/latin-counts.ts): labels and tables read in the document's language
    { markdown: '# Estado de las pruebas\n\nLa suite de pruebas con la cobertura de los módulos que se ejecutan para el proyecto.\n\n- Tests existentes: 501', claims: [{ kind: 'tests.total', value: 501, subject: { scope: 'all' }, position: { line: 5 } }] },
    { markdown: '# Estado de las pruebas\n\nLa suite de pruebas con la cobertura de los módulos que se ejecutan para el proyecto.\n\n| Metrica | Valor |\n|---|---|\n| Tests totales | 538 |\n| Tests pasando | 538 (100%) |', claims: [{ kind: 'tests.total', value: 538, position: { line: 7 } }, { kind: 'tests.passed', value: 538, position: { line: 8 } }] },
    { markdown: '# Estado de las pruebas\n\nLa suite de pruebas con la cobertura de los módulos que se ejecutan para el proyecto.\n\n| Aspecto | Antes | Despues |\n|---|---|---|\n| Tests totales | 501 | 538 |', claims: [{ kind: 'tests.total', value: 501, tense: 'before', subject: { scope: 'all' } }, { kind: 'tests.total', value: 538, tense: 'current', subject: { scope: 'all' } }] },
    // a row naming a part besides its test noun counts that part's tests, as "| Unit Tests |" does in English (305:288)
    { markdown: '# Estado de las pruebas\n\nLa suite de pruebas con la cobertura de los módulos que se ejecutan para el proyecto.\n\n| Aspecto | Antes | Despues |\n|---|---|---|\n| Tests PFS | 0 | 16 |', claims: [{ kind: 'tests.total', value: 0, tense: 'before', subject: { category: 'pfs' } }, { kind: 'tests.total', value: 16, tense: 'current', subject: { category: 'pfs' } }] },
    { markdown: '# Estado de las pruebas\n\nLa suite de pruebas con la cobertura de los módulos que se ejecutan para el proyecto.\n\n| Aspecto | Antes | Despues |\n|---|---|---|\n| Tests pasando | 499 | 538 |', claims: [{ kind: 'tests.passed', value: 499, tense: 'before', subject: { scope: 'all' } }, { kind: 'tests.passed', value: 538, tense: 'current', subject: { scope: 'all' } }] },
    // Spanish read as its words run, as English reads "538 tests passing", "37 new tests (501 → 538)" (304, 305)
    { markdown: '# Estado de las pruebas\n\nLa suite de pruebas con la cobertura de los módulos que se ejecutan para el proyecto.\n\n| Elemento | Estado | Evidencia |\n|---|---|---|\n| Tests automatizados | COMPLETO | 538 tests pasando |', claims: [{ kind: 'tests.passed', value: 538, tense: 'current', subject: { scope: 'all' }, text: '538 tests pasando' }] },
    { markdown: '# Estado de las pruebas\n\nLa suite de pruebas con la cobertura de los módulos que se ejecutan para el proyecto.\n\n1. **Tests criticos creados:** 37 nuevos tests (501 → 538)', claims: [
      { kind: 'change', value: 37, tense: 'current', subject: { scope: 'all' } },
      { kind: 'tests.total', value: 501, tense: 'before', subject: { scope: 'all' } },
      { kind: 'tests.total', value: 538, tense: 'current', subject: { scope: 'all' } },
    ] },
    { markdown: '# Estado de las pruebas\n\nLa suite de pruebas con la cobertura de los módulos que se ejecutan para el proyecto.\n\n1. **37 tests nuevos** para comandos sin cobertura', claims: [{ kind: 'change', value: 37, tense: 'current', subject: { scope: 'all' } }] },
    { markdown: '# Estado de las pruebas\n\nLa suite de pruebas con la cobertura de los módulos que se ejecutan para el proyecto.\n\n- [ ] Meta: Llegar a 556 tests', claims: [{ kind: 'tests.total', value: 556, tense: 'target', subject: { scope: 'all' } }] },
    { markdown: '# Stand der Tests\n\nDie Tests sind mit der Abdeckung und den Modulen für das Projekt auf dem Stand.\n\n| Suite | Bestanden | Fehlgeschlagen |\n|---|---|---|\n| api | 120 | 3 |', claims: [{ kind: 'tests.passed', value: 120, subject: { name: 'api' } }, { kind: 'tests.failed', value: 3 }] },
    { markdown: '- 解锁359个vm-core测试', claims: [{ kind: 'tests.total', value: 359, subject: { name: 'vm-core' } }] },
    // an item opening with a Latin name run together with its CJK label names the part, nearer than its parent item (303:46)
    { markdown: '8. **P1-10: 测试覆盖率增强**\n   - vm-mem覆盖率：已生成 (264个测试)', claims: [{ kind: 'tests.total', value: 264, subject: { name: 'vm-mem' } }] },
    // an item opening with CJK words keeps its own label's reading
    { markdown: '8. **P1-10: 测试覆盖率增强**\n   - 全部测试：264个测试', claims: [{ kind: 'tests.total', value: 264, subject: { name: '全部测试' } }] },
    { markdown: '| 測試類別 | 通過 | 失敗 |\n|---|---|---|\n| 單元測試 | 30 | 2 |', claims: [{ kind: 'tests.passed', value: 30 }, { kind: 'tests.failed', value: 2 }] },
    // Russian (w04): a test file's count after its path, in the forms a numeral gives the noun (1 тест, 2–4 теста, 5+ тестов)
    { markdown: '- ✅ TranscriptView.test.tsx - 16 тестов, все проходят (PASS) **СОЗДАН**', claims: [{ kind: 'tests.total', value: 16, subject: { path: 'TranscriptView.test.tsx' }, position: { line: 1, column: 31 } }] },
    { markdown: '- [X] T039 - TranscriptView.test.tsx ✅ **СОЗДАН** (16 тестов, 100%)', claims: [{ kind: 'tests.total', value: 16, subject: { path: 'TranscriptView.test.tsx' } }] },
    { markdown: '- `src/parser.test.ts` - 3 теста', claims: [{ kind: 'tests.total', value: 3, subject: { path: 'src/parser.test.ts' } }] },
    { markdown: '- src/one.test.ts: 1 тест', claims: [{ kind: 'tests.total', value: 1, subject: { path: 'src/one.test.ts' } }] },
    { markdown: '**Всего тестов**: 54', claims: [{ kind: 'tests.total', value: 54, subject: { scope: 'all' } }] },
    // a header that names the count besides its value word: 測試數量 ("test count"); the row names the package
    { markdown: '| 模組 | 測試文件 | 測試數量 | 狀態 |\n|---|---|---|---|\n| `internal/worker` | ✅ worker_test.go | 13 | ✅ PASS |', claims: [{ kind: 'tests.total', value: 13, subject: { path: 'internal/worker' }, position: { line: 3, column: 42 } }] },
  ],
  invalid: [
    // Chinese: counts of other things than tests, changes to the suite, work still to do
    'vm-core有4个测试文件',
    '**下次更新**: 完成Phase 1测试后',
    // Spanish and German: tests still missing or added, another column, a number the language leaves ambiguous
    '# Estado de las pruebas\n\nLa suite de pruebas con la cobertura de los módulos que se ejecutan para el proyecto.\n\n| Prioridad | Tests Faltantes |\n|---|---|\n| CRITICA | 33 |',
    '# Estado de las pruebas\n\nLa suite de pruebas con la cobertura de los módulos que se ejecutan para el proyecto.\n\n### Tests Adicionales Necesarios: ~160',
    '# Estado de las pruebas\n\nLa suite de pruebas con la cobertura de los módulos que se ejecutan para el proyecto.\n\n| Elemento | Sesion Planeada |\n|---|---|\n| Tests estadisticos | 35 |',
    '# Stand der Tests\n\nDie Tests sind mit der Abdeckung und den Modulen für das Projekt auf dem Stand.\n\n- Tests gesamt: 1,234',
    // Spanish: tests still missing, a bare count with no goal, status or tests added around it
    '# Estado de las pruebas\n\nLa suite de pruebas con la cobertura de los módulos que se ejecutan para el proyecto.\n\n4. Identificar 160 tests faltantes para 70% cobertura',
    '# Estado de las pruebas\n\nLa suite de pruebas con la cobertura de los módulos que se ejecutan para el proyecto.\n\n- Se ejecutaron 538 tests en la sesion',
    '✅ **83个测试框架**建立',
    '| 模块 | 新增测试数 |\n|---|---|\n| vm-interface | 36 |',
    // a Chinese header that names no count: a long file name's row says nothing of its figure
    '| 测试文件 | 说明 |\n|---|---|\n| `SemanticModelAnalyzerTests.cs` | 25 |',
    // a value header alone: the row, not the header, names the figure
    '| 模組 | 數量 |\n|---|---|\n| `internal/worker` | 13 |',
    '- vm-service有3个测试需要调整API使用',
    // Russian: a count of no file, of several files, of test files, or with another count between the file and it
    '**Итого**: 54 теста (+43), 6 test suites (+4)',
    '- Провалившиеся тесты: 5 тестов в двух файлах',
    '- `a.test.ts` и `b.test.ts` - 12 тестов',
    '- `a.test.ts` - 5 тестовых файлов',
    '- `tests/` - 5 файлов, 40 тестов',
    '- ⚠️ VoiceRecorder.test.tsx - 8 функций, 4 теста',
    // new tests of no file are a change to the suite, not its size (w27:10, 425)
    '任务 P2-10 成功添加了 **50 个新的单元测试**',
    '- **新测试**: 50 个新测试（任务 P2-10）',
    '- CompilationCache: 9 个新测试',
    // a remark in the cell that is no word of new tests ("部分", partly) leaves the cell unread
    '| 测试文件 | 测试数 | 覆盖内容 |\n|---|---|---|\n| `CacheTests.cs` | **9 (部分)** | 并发竞争 |',
    '- 新增测试：6 个（database 3 个）',
    '- **测试文件**: 37个',
    '- 执行时间: ~18s，共 37 个文件',
    // a count with a verb but no tests around it counts something else
    'Of 40 endpoints, 5 are failing health checks.',
    'The nightly job ran 3 times and 2 fails were logged.',
    // a metric row whose label is no test status, or a value column that is no current value
    '| Metric | Value |\n|---|---|\n| Open issues | 12 |\n| Contributors | 4 |',
    '| Metric | Sept 30 | Oct 7 |\n|---|---|---|\n| Passed | 1,417 | 2,003 |',
    '| Passed | Notes |\n|---|---|\n| yes | 3 |',
    'Lines: 431 added / 444 total',
    'No one reads the test failures log.',
    'Tests run 3-4x faster on 2K files',
    'We have 2K tests',
    '222 total passing builds',
    'Endpoint no longer returns 422 errors, though still returns null values.',
    'Account lockout after 5 failures.',
    'Serves the OpenAPI 3.0 spec at /api/docs',
    '**Total**: 6 commits in this session',
    'Total: 24-34 hours remaining',
    '**Total: 4,184+ lines** of documentation',
    '- Fixed: 5 API assertion issues',
    '- **Failing**: 1 test file',
    '| Bucket | Count |\n| --- | ---: |\n| Electron entrypoints | 34 |',
    '| Area | Total |\n| --- | ---: |\n| Issues | 34 |',
    '- 33 entrypoints crash with an import cycle',
    'Significant progress: **+10 tests** added.',
    'Python: 3.11.2, pytest 8.4.1',
    // tests a plan asks for, in its item or under it, are not tests that exist
    '1. ✅ **Add 20 tests** for uncovered components\n   - AdjusterDashboard (8 tests)\n   - WorkflowEditor (10 tests)',
    '- Add auth module tests (30-40 test cases)',
    // hooks and TODOs are no tests
    '**Pre-commit hooks:** All 13 passing (black, isort, ruff)',
    '- **todos** (high): 9 TODO(s) in training path',
    '**Test Packages:** 14/14 passing',
    'Test Suites: 1 failed, 4 passed, 5 total',
    'Test Files  74 passed (74)',
    '- **Date**: 2025-07-13',
    'Error rate: ≤ 1% (7-day window)',
    'P99 latency: 23.4ms (well under 50ms target)',
    '31/32 entrypoints passed',
    '```json\n{ "tests": 12, "passed": 12 }\n```',
    'We added 12 new tests this sprint.',
    '### 1.2 Unit Tests',
    '74 test files were touched.',
    'The error rate is 0.1%.',
    '```bash\nnpm test # 431 passing\n```',
    // a test noun that is half of a compound counts something else
    '- ✅ 14/14 test packages passing',
    '- ✅ 4/4 test issues resolved',
    '- Fixed: 3 test assertion issues',
    '12 spec files were rewritten: 3 test case updates',
    // Counts of other things, by the noun after the status or the label before the count.
    '- 5 failed login attempts were blocked by the rate limiter',
    '- 3 failed deployments in the last month',
    '- 2 failing health probes on the worker',
    '- Endpoints: 40 passing, 2 failing',
    '- Containers: 9 running, 0 failed',
    '- Health checks: 12/12 passing',
  ],
}, [figureTestStatus]);
