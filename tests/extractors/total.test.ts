import extractor from '../../extractors/total.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    // the total line under a table of tests per file (106:42, w23, w37), with the kind of tests its label names
    { markdown: '| Test Suite | Test Count | Status |\n| --- | --- | --- |\n| **a.test.js** | 3 tests | ✅ |\n| **b.test.js** | 5 tests | ✅ |\n\n**Frontend Test Suites:** 2 suites\n**Frontend Total Tests:** 8 tests',
      claims: [{ kind: 'total', value: 8, subject: { category: 'frontend' }, text: '8 tests' }] },
    { markdown: '| Spec | Tests |\n| --- | --- |\n| ASpec | 18 |\n| BSpec | 15 |\n\n**Total**: 33 tests', claims: [{ kind: 'total', value: 33, subject: { scope: 'all' } }] },
    // an item totalling the things its nested items count (018:12, w47:12)
    { markdown: '- **Tools:** 27 total tools\n  - **Fully Native:** 7 tools (26%)\n  - **Hybrid:** 19 tools (70%)\n  - **Bridge:** 1 tool (4%)',
      claims: [{ kind: 'total', value: 27, subject: { category: 'tools' }, text: '27 total tools' }] },
    { markdown: '- **Total Tests:** 60 tests passing (100%)\n  - `a_test.py`: 27 tests\n  - `b_test.py`: 33 tests', claims: [{ kind: 'total', value: 60, subject: { scope: 'all' } }] },
    // an item that only counts, over the nested list a sibling item introduces, with the kind of tests its section names (204:56)
    { markdown: '# Test Report\n\n### Integration Tests\n- **Count:** 53 tests\n- **Purpose:** API endpoint testing\n- **Areas Covered:**\n  - Products API (20 tests)\n  - Dishes API (18 tests)\n  - System API (15 tests)\n- **Execution Time:** ~12 seconds',
      claims: [{ kind: 'total', value: 53, subject: { category: 'integration' }, text: '53 tests' }] },
    // a total line right under the list it adds up: the things counted, or for a size the things its heading names (505:117, 101:39, w56:150)
    { markdown: '**Every public API has tests:**\n\n- Arena: 5/5 APIs ✅\n- Socket: 25/25 APIs ✅\n- Except: 7/7 features ✅\n\n**Total: 37/37 APIs tested (100%)**',
      claims: [{ kind: 'total', value: 37, subject: { category: 'APIs' }, text: '37/37 APIs' }] },
    { markdown: '# Audit\n\n### Report Files (2 total)\n1. ✅ AUDIT_REPORT.md (52 KB)\n2. ✅ tests.csv (445 bytes)\n\nTotal size: ~53 KB of audit documentation',
      claims: [{ kind: 'total', value: 53, qualifier: 'approx', subject: { category: 'Report Files' }, text: '~53 KB' }] },
    // a heading stating a total right before the section that breaks it down, each sub-section heading one part (203:9, w32:19)
    { markdown: '# Report\n\n## GRAND TOTAL: **700 Lines**\n\n## Breakdown by Category\n\n### 1. Python Code (500 lines - 71%)\n\n### 2. Documentation (200 lines - 29%)',
      claims: [{ kind: 'total', value: 700, subject: { scope: 'all' }, text: '700 Lines' }] },
    { markdown: '# Report\n\n### Total Test Coverage: 25 Tests\n\n## Test Breakdown\n\n### StockTest (13 tests)\n\n### RecallTest (12 tests)',
      claims: [{ kind: 'total', value: 25, subject: { scope: 'all' } }] },
    { markdown: 'We run 612 tests (580 unit + 32 e2e).', claims: [{ kind: 'total', value: 612, text: '612 tests (580 unit + 32 e2e)' }] },
    { markdown: '164/164 unit tests + 21 feature tests = **222 total tests passing**', claims: [{ kind: 'total', value: 222 }] },
    { markdown: 'The repository holds 128 files = 117 + 11.', claims: [{ kind: 'total', value: 128 }] },
    // what is added up: the things a label or the table's heading names, else the whole
    { markdown: '3. **Runbooks**: 10 complete (9 new + 1 existing)', claims: [{ kind: 'total', value: 10, subject: { category: 'Runbooks' } }] },
    { markdown: '### Tools Migration Progress\n\n| Category | Count |\n|---|---|\n| Native | 7 |\n| Hybrid | 20 |\n| **Total** | **27** |', claims: [{ kind: 'total', value: 27, subject: { category: 'Tools' } }] },
    { markdown: '### Key Metrics\n\n| Suite | Tests |\n|---|---|\n| Unit | 7 |\n| E2E | 20 |\n| **Total Tests** | **27** |', claims: [{ kind: 'total', value: 27, subject: { scope: 'all' } }] },
    // a Total row's parts are the rows above that are no totals themselves: "Total test files" adds up 7 and 5 (w24:13)
    { markdown: '| Metric | Count |\n|---|---|\n| Total source files | 975 |\n| Co-located tests | 7 |\n| Centralized tests | 5 |\n| Total test files | 12 |', claims: [{ kind: 'total', value: 12 }] },
    { markdown: '| Suite | Tests |\n| --- | --- |\n| Unit | 1 |\n| **TOTAL** | **1** |', claims: [{ kind: 'total', value: 1, subject: { scope: 'all' } }] },
    // a table of changes sums its figures, not "changes"; a remark cell of the Total row is no total of its column
    { markdown: '## Score Changes Summary\n\n| Category | Previous | Updated | Notes |\n| --- | --- | --- | --- |\n| Security | 1.0 | 3.5 | hardened |\n| **TOTAL** | **13.5** | **26.5** | **96% improvement** |', claims: [
      { kind: 'total', value: 13.5, subject: { scope: 'all' }, tense: 'before' },
      { kind: 'total', value: 26.5, subject: { scope: 'all' }, tense: 'current' },
    ] },
    { markdown: '| Area | Weight | Score | Weighted |\n| --- | --- | --- | --- |\n| Docs | 5% | 85/100 | 4.25 |', claims: [{ kind: 'total', value: 4.25, precision: 2 }] },
    // a SUBTOTAL row adds up its own table: the part the table's title names; its share is no sum (203:23)
    { markdown: '### 1. Python Code (49,714 lines - 59.1%)\n\n| Component | Lines | Percentage |\n| --- | --- | --- |\n| **Source Code** | **28,687** | 34.1% |\n| **Test Code** | **21,027** | 25.0% |\n| **SUBTOTAL** | **49,714** | **59.1%** |', claims: [
      { kind: 'total', value: 49714, subject: { category: 'Python' } },
    ] },
    { markdown: '**Total effort**: 12 hours\n\n- Setup: 4 hours\n- Fixes: 8 hours', claims: [{ kind: 'total', value: 12 }] },
    // a coverage column's Total row is the mean of the rows, which the relations judge (fixtures/e2e/py-app)
    { markdown: '| Module | Stmts | Coverage |\n| --- | --- | --- |\n| a.py | 20 | 90% |\n| b.py | 25 | 80% |\n| **TOTAL** | **45** | **84%** |', claims: [
      { kind: 'total', value: 45 }, { kind: 'total', value: 84 },
    ] },
    // a share column's Total row adds up its shares (018, 005)
    { markdown: '| Category | Count | Percentage |\n| --- | --- | --- |\n| Native | 7 | 26% |\n| Hybrid | 20 | 74% |\n| **Total** | **27** | **100%** |', claims: [
      { kind: 'total', value: 27 }, { kind: 'total', value: 100 },
    ] },
  ],
  invalid: [
    // a total line under no table of tests, or counting test files
    '## Tests\n\n**Total**: 33 tests', '| Module | Coverage |\n| --- | --- |\n| a | 80% |\n\n**Total**: 33 tests',
    '| Spec | Tests |\n| --- | --- |\n| ASpec | 18 |\n\n**Total**: 2 test files',
    // nested items that do not all count the same things (018:17)
    '- **Resources:** 21 total resources\n  - **Fully Native:** All 21 resources (100%)\n  - All resources use native Go',
    // a total line under a list of other things, of percentages, or of one item; a total line that is itself an item
    '- a_test.java (15 tests)\n- b_test.java (4 tests)\n\n**Total**: 19 new files, ~73 KB production code',
    '8. **session.py** (86%)\n9. **billing.py** (90%)\n\n**Total**: 2 modules at 85%+ coverage!',
    '- a.py (8 tests)\n\n**Total**: 8 tests',
    '- a.py (5 tests)\n- b.py (3 tests)\n- **Total**: 8 tests',
    // a total heading before a section that breaks nothing down, or whose sub-sections state no single part each
    '# Report\n\n## Total: 25 tests\n\n## Next Steps\n\n### StockTest (13 tests)\n\n### RecallTest (12 tests)',
    '# Report\n\n## Total: 25 tests\n\n## Test Breakdown\n\n### StockTest (13 tests)\n\n### Recall\n\n### Ledger (12 tests)',
    // a counting item whose siblings introduce no breakdown, or two, or a breakdown of other things (204:47, the relation's negatives)
    '### Unit Tests\n- **Count:** 320 tests\n- **Modules Covered:** All 11 modules\n- **Execution Time:** ~10 seconds',
    '- **Count:** 53 tests\n- **Areas:**\n  - Products API (20 tests)\n  - Dishes API (33 tests)\n- **Owners:**\n  - Alice (30 tests)\n  - Bob (23 tests)',
    '- **Count:** 53 tests\n- **Areas Covered:**\n  - Products API (20 tests)\n  - Dishes API\n  - System API (15 tests)',
    '- **Count:** 3 workflows\n- **Workflows Covered:**\n  - Complete nutrition tracking workflow\n  - Complete fasting workflow\n  - Authentication workflow',
    '~50 hours audit + 18 hours implementation', '| Suite | Tests |\n| --- | --- |\n| Unit | 1 |', 'TLS 1.2 + 1.3 support', '**Total Audit Time**: ~50+ hours\n**Implementation Time**: ~18 hours\n\n- Fixes: 3 hours\n- Docs: 10 hours',
    // a row naming the whole project's coverage is no sum of the rows above it
    '| Metric | Before | After |\n| --- | --- | --- |\n| **Overall Coverage** | 46.36% | **49.06%** |',
    // a Total row under rows of rates, or a table's first row, is a measure of its own, no sum of the rows above it (403, 406, 102)
    '| Metric | Value |\n| --- | --- |\n| **Pass Rate** | 83.94% |\n| **Total Tests** | 2559 |',
    '| Metric | Before | After |\n| --- | --- | --- |\n| **Overall Coverage** | 46.36% | **49.06%** |\n| **Total Tests** | 670 | **813** |',
    '| Metric | Count |\n| --- | --- |\n| Total | 1533 |\n| Passed | 1366 |',
    // a Total row under other Total or Overall rows only adds up nothing: each row is a measure of its own (203:50, 406:17)
    '| Metric | Value |\n| --- | --- |\n| **Total Lines** | **84,095** |\n| **Total Files** | **234** |',
    '| Metric | Before | Achievement |\n| --- | --- | --- |\n| **Overall Coverage** | 46.36% | **98%** |\n| **Total Tests** | 670 | **114%** |',
    // a Total row's percentage under a column of achievement is its own share of its target, no sum of the shares above (406:17)
    '| Metric | After | Target | Achievement |\n| --- | --- | --- | --- |\n| **Overall Coverage** | 49.06% | 50% | **98%** |\n| **Total Tests** | 813 | ~715 | **114%** |'],
});
