import classifier from '../../extractors/figure-added-tests.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(classifier, {
  valid: [
    // a heading naming tests added: its own count and the counts of the sections under it
    { markdown: '# Test Summary\n\n#### Newly Added Tests (30 tests)\n\n##### Client Resolution Tests (5 tests)\n- `resolve_client_id_prefers_header`', claims: [
      { kind: 'change', value: 30, subject: { scope: 'all' }, tense: 'current' },
      { kind: 'change', value: 5, subject: { name: 'Client Resolution Tests' }, tense: 'current' },
    ] },
    // a heading label with its count, and the items under it
    { markdown: '# Session Summary\n\n### **Tests Created: 54+**\n1. Audit Service: 38 tests\n2. Permissions Middleware: 31 tests', claims: [
      { kind: 'change', value: 54, qualifier: 'atLeast' },
      { kind: 'change', value: 38, subject: { name: 'Audit Service' } },
      { kind: 'change', value: 31, subject: { name: 'Permissions Middleware' } },
    ] },
    // a label before a verb of making names who made the tests, a status label names no part (407, w10, w17)
    { markdown: '# Agents\n\n**TESTER Agent**: Created 186 comprehensive tests', claims: [{ kind: 'change', value: 186, subject: { scope: 'all' } }] },
    { markdown: '# Report\n\n### Tests Added\n- Completed: 23 tests', claims: [{ kind: 'change', value: 23, subject: { scope: 'all' } }] },
    { markdown: '**TESTER Agent**: Created 186 comprehensive tests exceeding targets.', claims: [{ kind: 'change', value: 186, subject: { scope: 'all' } }] },
    { markdown: '**Completed:**\n- ✅ Added 23 new tests (all passing)', claims: [{ kind: 'change', value: 23, subject: { scope: 'all' } }] },
    { markdown: '- **Tests Added**: 12 new focused tests in `ultra_final_tests.rs`', claims: [{ kind: 'change', value: 12, subject: { path: 'ultra_final_tests.rs' } }] },
    // the part added to: the title leading the list, the test group of the heading, the kind the noun names, the file of the section
    { markdown: '**Dashboard Module (+25%)**\n- Before: 5%\n- Tests Added: 16 new test cases', claims: [{ kind: 'change', value: 16, subject: { name: 'Dashboard Module' } }] },
    { markdown: '# Status\n\n### Phase 2: API Endpoint Tests ✅\n- Created 137 endpoint tests', claims: [{ kind: 'change', value: 137, subject: { category: 'API Endpoint' } }] },
    { markdown: '# Status\n\n### Phase 4: Completeness Tests ✅\n- Created 36 error handling tests', claims: [{ kind: 'change', value: 36, subject: { category: 'error handling' } }] },
    { markdown: '# Summary\n\n### 1. Inline Tests in src/main.rs\n\n#### Newly Added Tests (30 tests)', claims: [{ kind: 'change', value: 30, subject: { path: 'src/main.rs' } }] },
    // the verb of making, what the tests went into, then "with" and the count (408:5, w49:140)
    { markdown: 'Expanded coverage by creating 5 new test modules with 103 test cases.', claims: [{ kind: 'change', value: 103, subject: { scope: 'all' } }] },
    // the verb of making before things that are not tests: the modules are not counted, the tests in them are
    { markdown: '- Created 5 new test modules with 103 test cases', claims: [{ kind: 'change', value: 103, subject: { scope: 'all' } }] },
    { markdown: '**Files Created**: 4 test suites with 48 test cases', claims: [{ kind: 'change', value: 48, subject: { scope: 'all' } }] },
    // the verb of making opens the clause
    { markdown: '- Created 213 tests from scratch', claims: [{ kind: 'change', value: 213, subject: { scope: 'all' } }] },
    { markdown: 'Created **24 comprehensive configuration parsing tests**:', claims: [{ kind: 'change', value: 24 }] },
    // a dated log entry's count labelled as tests added: a change, whose tense pair-chain.ts settles (406:48)
    { markdown: '# Log\n\n### Day 1 (2025-10-04 AM)\n\n**Results**:\n- Tests added: 64', claims: [{ kind: 'change', value: 64, subject: { scope: 'all' } }] },
    // or follows its doer, or the word joining it to the clause before (406:9, :165; w55:185)
    { markdown: 'Through systematic testing, we added **143 high-quality tests** across 5 modules.', claims: [{ kind: 'change', value: 143, subject: { scope: 'all' } }] },
    { markdown: '- Maintained 100% test pass rate while adding 143 tests', claims: [{ kind: 'change', value: 143, subject: { scope: 'all' } }] },
    { markdown: 'Despite challenges, successfully created **110 comprehensive tests** covering:', claims: [{ kind: 'change', value: 110 }] },
    // a title setting two things against each other is a lesson, no part the tests were added to
    { markdown: '2. **Coverage vs Quality Balance**\n   - Maintained 100% test pass rate while adding 143 tests', claims: [{ kind: 'change', value: 143, subject: { scope: 'all' } }] },
    // existing tests set beside new ones: the suite before, and the change
    { markdown: 'The module holds **143+ existing tests** plus **30+ newly added tests**.', claims: [
      { kind: 'tests.total', value: 143, qualifier: 'atLeast', tense: 'before' },
      { kind: 'change', value: 30, qualifier: 'atLeast', tense: 'current' },
    ] },
    // a count whose noun says the tests' age, alone: new tests are the work's growth, existing ones the suite before it (201:228)
    { markdown: '**Note:** Comprehensive test suite has been added (165+ new tests) but not run yet.', claims: [{ kind: 'change', value: 165, qualifier: 'atLeast', subject: { scope: 'all' } }] },
    { markdown: 'The module had 143 existing tests.', claims: [{ kind: 'tests.total', value: 143, tense: 'before' }] },
    // a heading naming only the tests there before: its count is the suite's size before the work (506:12)
    { markdown: '# Summary\n\n### 1. Inline Tests in src/main.rs\n\n#### Existing Test Coverage (143 tests)', claims: [{ kind: 'tests.total', value: 143, tense: 'before', subject: { path: 'src/main.rs' } }] },
    { markdown: '- **Coverage**: 173+ tests (143 existing + 30 new) covering core algorithms', claims: [
      { kind: 'tests.total', value: 143, subject: { scope: 'all' }, tense: 'before' },
      { kind: 'change', value: 30, subject: { scope: 'all' } },
    ] },
  ],
  invalid: [
    // tests in files the line does not say were made
    'Reviewed 5 test modules with 103 test cases.',
    // a heading that names test coverage is no heading of tests added: the count under it is the suite's size (505)
    '## ACHIEVEMENT: 100% API Test Coverage Created\n\n**After:** 213 comprehensive tests',
    // a plan to add tests is no work done
    '# Report\n\n## Recommended New Tests to Add\n\n- Parser: 12 tests',
    // a heading naming test files: the counts under it are each file's size
    '### Test Files Created (10)\n\n1. **test_arena.c** - 15 tests',
    '## New Test Files Created\n\n### 1. **test_dashboard.py** (16 tests)',
    // a passed count under "New Tests" stays a passed count, as does a result of new or existing tests
    '# Report\n\n### New Tests\n\n- 30 passing',
    '- 4 new tests now passing',
    // a label of existing tests before a count of another noun is the suite now; new test files are no tests
    '- **Existing tests analyzed:** 892 mock-based tests',
    '# Summary\n\n#### Existing Test Coverage Gaps (12 tests)',
    '- Tests: 20 existing tests continue passing',
    'Generated 0 new real code test files.',
    '- Created 3 environment files',
    '- The suite grew while we ran 143 tests',
    '- We reviewed 143 tests while adding none',
    '- Implemented 400+ comprehensive test cases',
    // one day's entry of a log: its count under another label is history this reading cannot tell
    '# Log\n\n### Day 1 (2025-10-04 AM)\n\n**Results**:\n- Tests: 64',
    // a report titled as new tests: its title says nothing of one section
    '# New Test Suite Report\n\n- Parser: 12 tests',
  ],
});
