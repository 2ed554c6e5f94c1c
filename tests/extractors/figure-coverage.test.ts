import classifier from '../../extractors/figure-coverage.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(classifier, {
  valid: [
    // a heading that is a coverage label and its value with a status mark between; the report's title names the group of tests (205:159)
    { markdown: '# Test Status Report - Invoice Count Tests\n\n### Coverage: ✅ EXPECTED ≥95%', claims: [
      { kind: 'coverage.lines', value: 95, qualifier: 'atLeast', tense: 'projected', subject: { category: 'invoice count' } },
    ] },
    // label-then-list: the lead-in says coverage, each item names its metric
    { markdown: 'Coverage (global):\n\n- Statements: 89.79%\n- Branches: 80.1%\n- Functions: 91%\n- Lines: 90.02%', claims: [
      { kind: 'coverage.statements', value: 89.79, precision: 2, subject: { scope: 'all' }, position: { line: 3, column: 15, offset: 34 } },
      { kind: 'coverage.branches', value: 80.1 },
      { kind: 'coverage.functions', value: 91 },
      { kind: 'coverage.lines', value: 90.02 },
    ] },
    // a plain-text block of module coverage under a lead-in
    { markdown: 'Module coverage:\n\n```\n- core/security.py: 100% ✓\n- core/db.py: 87%\n```', claims: [
      { kind: 'coverage.lines', value: 100, subject: { path: 'core/security.py' }, position: { line: 4, column: 21 } },
      { kind: 'coverage.lines', value: 87, subject: { path: 'core/db.py' } },
    ] },
    { markdown: '```text\nCoverage summary\n  Branches   : 71.5% ( 143/200 )\n```', claims: [{ kind: 'coverage.branches', value: 71.5 }] },
    // a table whose row names the metric, under a coverage heading
    { markdown: '## Coverage\n\n| Metric | Value |\n| --- | --- |\n| Branches | 64% |', claims: [{ kind: 'coverage.branches', value: 64, subject: { scope: 'all' } }] },
    // before-label: read, and its tense is before
    { markdown: '**BEFORE**:\n\n- Coverage (lines): 41%', claims: [{ kind: 'coverage.lines', value: 41, tense: 'before' }] },
    // a path in backticks as the label of each item under a coverage heading
    { markdown: '### Current Coverage Status\n\n- `file_crypto.py`: **100%** ✅\n- `database.py`: **97%** ✅', claims: [
      { kind: 'coverage.lines', value: 100, subject: { path: 'file_crypto.py' } },
      { kind: 'coverage.lines', value: 97, subject: { path: 'database.py' } },
    ] },
    // a label naming the whole project's coverage, a status mark between label and figure
    { markdown: '- **Actual Coverage:** ⚠️ **91%** (needs improvement)', claims: [{ kind: 'coverage.lines', value: 91, subject: { scope: 'all' } }] },
    // a heading that names a file, under a heading naming coverage
    { markdown: '### Modules with Excellent Coverage (90%+)\n\n#### 1. cache_manager.py (94%)', claims: [{ kind: 'coverage.lines', value: 94, subject: { path: 'cache_manager.py' } }] },
    // a row naming the whole project's coverage in a table of metrics: each column a state of it
    { markdown: '| Metric | Baseline | Target | Final |\n| --- | --- | --- | --- |\n| **Code Coverage** | 9.49% | 90.00% | **35.12%** |', claims: [
      { kind: 'coverage.lines', value: 9.49, tense: 'before', subject: { scope: 'all' } },
      { kind: 'coverage.lines', value: 90, tense: 'target' },
      { kind: 'coverage.lines', value: 35.12, tense: 'current' },
    ] },
    // "Overall" under a heading naming coverage
    { markdown: '### Current Coverage Status\n\n**Overall: 91%**', claims: [{ kind: 'coverage.lines', value: 91, subject: { scope: 'all' } }] },
    // a file's name then a dash, under a heading that names a range of coverage
    { markdown: '### Excellent Coverage (95%+)\n\n- `person.rs` - 99.96% ✅\n- `error.rs` - 99.65% ✅', claims: [
      { kind: 'coverage.lines', value: 99.96, subject: { path: 'person.rs' } },
      { kind: 'coverage.lines', value: 99.65, subject: { path: 'error.rs' } },
    ] },
    // per-module arrows in a report whose title says coverage: before, then current; the signed change is no level
    { markdown: '# Test Coverage Improvement\n\n### Day 1\n\n**Modules Completed**:\n- client_use_case.py: 20% → 62% (+42%)', claims: [
      { kind: 'coverage.lines', value: 20, tense: 'before', subject: { path: 'client_use_case.py' } },
      { kind: 'coverage.lines', value: 62, tense: 'current', subject: { path: 'client_use_case.py' } },
    ] },
    // a file's share of lines covered, written with its count ("120/161 (74.53%)"): its coverage, and a ratio too
    { markdown: '### 4. Code Coverage\n- **Coverage by Module**:\n  - src/config.rs: 120/161 (74.53%)', claims: [
      { kind: 'coverage.lines', value: 74.53, subject: { path: 'src/config.rs' } },
    ] },
    // a table of files whose columns are states, in a report about coverage
    { markdown: '# Coverage Week 1\n\n### Modules Improved\n\n| Module | Before | After |\n| --- | --- | --- |\n| **billing.py** | 34% | **100%** |', claims: [
      { kind: 'coverage.lines', value: 34, tense: 'before', subject: { path: 'billing.py' } },
      { kind: 'coverage.lines', value: 100, tense: 'current', subject: { path: 'billing.py' } },
    ] },
    // Before/After labels under a heading naming the whole project's coverage
    { markdown: '### Overall Coverage\n- **Before**: 74.29% (4,609/6,204 lines)\n- **After**: 92.47%', claims: [
      { kind: 'coverage.lines', value: 74.29, tense: 'before', subject: { scope: 'all' } },
      { kind: 'coverage.lines', value: 92.47, tense: 'current', subject: { scope: 'all' } },
    ] },
    { markdown: '### Overall Coverage\n- **Starting:** 15%', claims: [{ kind: 'coverage.lines', value: 15, tense: 'before' }] },
    // coverage said by a heading further out: the covered lines counted after the share say it is coverage (408:276, as 405:9 under its heading)
    { markdown: '## Coverage Improvement Analysis\n\n### Module-Level Improvements\n\n**Dashboard Module (+25%)**\n- Before: 5% (6/128 lines)\n- After: 30% (39/128 lines)', claims: [
      { kind: 'coverage.lines', value: 5, tense: 'before' }, { kind: 'coverage.lines', value: 30, tense: 'current' },
    ] },
    // the figure's own form as its label, in a list and in a plain-text summary block
    { markdown: '### 4. Code Coverage\n- **Coverage Percentage**: 81.36%', claims: [{ kind: 'coverage.lines', value: 81.36, subject: { scope: 'all' } }] },
    { markdown: '### Summary Statistics\n```\nTotal Statements:    2,119\nCoverage Percentage: 94%\n```', claims: [{ kind: 'coverage.lines', value: 94, subject: { scope: 'all' } }] },
    // a coverage label, then the file it is about, then the figure: the file's coverage, not the project's
    { markdown: '### ModConfigTest (10 tests)\n**Coverage**: ModConfig.java (100%)', claims: [{ kind: 'coverage.lines', value: 100, subject: { path: 'ModConfig.java' } }] },
    { markdown: '### CoreTest\n**Coverage**: `Core.java` (~95%)', claims: [{ kind: 'coverage.lines', value: 95, qualifier: 'approx', subject: { path: 'Core.java' } }] },
    // a heading naming one file, a coverage label under it
    { markdown: '#### 1. constants.py\n- **Statements:** 19\n- **Coverage:** 100%', claims: [{ kind: 'coverage.lines', value: 100, subject: { path: 'constants.py' } }] },
    // a heading naming a file with its figure, in a report whose title says coverage
    { markdown: '# Test Coverage Report\n\n### Modules Needing Improvement (< 90%)\n\n#### 1. nutrition_calculator.py (86%)', claims: [{ kind: 'coverage.lines', value: 86, subject: { path: 'nutrition_calculator.py' } }] },
    // a table of files with a Percentage column, under a coverage heading
    { markdown: '### Coverage by File\n\n| File | Lines Covered | Percentage |\n| --- | --- | --- |\n| ModConfig.java | All | 100% |', claims: [
      { kind: 'coverage.lines', value: 100, subject: { path: 'ModConfig.java' } },
    ] },
  ],
  invalid: [
    // a heading whose label names no coverage, or whose figure counts something named after it
    '### Testing: ✅ 100%', '### Overall Test Coverage: ⚠️ **55.4% Average**',
    // the share not covered: no tool states it as written (w45:102)
    '## Coverage by Component\n\nMinor gaps in coverage (4.5% uncovered lines) are primarily:',
    // the share of counted items that are no code (505)
    '## API Coverage\n\n**Total: 96/96 APIs tested (100%)**',
    // Before/After with no coverage around
    '### Build Time\n- **Before**: 74%\n- **After**: 92%',
    // a count after the share that is of no coverage metric, or no coverage said around it
    '## Coverage Improvement Analysis\n\n### Module-Level Improvements\n\n**Dashboard Module (+25%)**\n- Before: 5% (6/128 tests)',
    '## Refactoring\n\n### Module-Level Improvements\n\n**Dashboard Module (+25%)**\n- Before: 5% (6/128 lines)',
    // a state label with a word of its own names a part
    '### Overall Coverage\n- **Parser before**: 40%',
    // a file's name before a percentage in a report that never says coverage
    '# Refactoring\n\n- `person.rs` - 99.96% ✅',
    // a noun after the figure says what it counts
    '# Coverage\n\n- `person.rs` - 12% duplicated code',
    // more words than the file's name before the figure
    '# Coverage\n\n- `person.rs` duplication is 12%',
    // a count written like a path is no file
    '# Coverage Report\n\n| Metric | Value |\n| --- | --- |\n| **Passing Tests** | 66/66 (100%) |',
    // a table of files whose column is no state of coverage
    '# Coverage\n\n| Module | Mutation Score |\n| --- | --- |\n| billing.py | 34% |',
    'Coverage (global):\n\n- Pass rate: 95%',
    '- Statements: 89.79%',
    '```python\ncoverage = {"lines": 87}\nprint("Lines: 87%")\n```',
    'Performance:\n\n- Lines: 40%',
    '## Coverage\n\n| Metric | Value |\n| --- | --- |\n| Uptime | 99% |',
    // a row naming a file, in a column that is no coverage ("Estimated Mutation Score" beside "Code Coverage")
    'Based on code coverage and test quality:\n\n| Module | Estimated Mutation Score |\n| --- | --- |\n| constants.py | 95%+ |',
    // a yardstick column, and a row that names a change of coverage
    '| Metric | Industry Standard |\n| --- | --- |\n| Test Coverage | 60-80% |',
    '| Metric | Final |\n| --- | --- |\n| Coverage Improvement | 25.63% |',
    '| Criterion | Weight | Score |\n| --- | --- | --- |\n| Coverage | 30% | 90/100 |',
    // a signed figure is a change of coverage, not its level
    '### Coverage\n\n- `auth.py`: needs +5%',
    '- **Coverage (Line)**: +0.0%',
    '### Coverage Metrics\n\n| Metric | Before | After | Change |\n| --- | --- | --- | --- |\n| **Missing Statements** | ~8,189 | 3,131 | -5,058 (-62%) |',
    // "Overall" with no coverage around it, or with a noun saying what it counts
    '### Results\n\n**Overall: 91%**',
    '### Coverage Status\n\n**Overall: 91% passing**',
    // a label with a word of its own names something else
    '### Coverage\n\n- **Coverage Gap:** 24%',
    // a percentage label with no coverage around it
    '### Results\n- **Percentage**: 81%',
    // a heading naming a file and its figure, in a report that never says coverage
    '# Refactoring Report\n\n#### 1. nutrition_calculator.py (86%)',
    // a Percentage column of files in a table that is not about coverage
    '### Lines by File\n\n| File | Lines | Percentage |\n| --- | --- | --- |\n| app.py | 300 | 40% |',
    // a file's title with a noun after its figure that counts what is not covered
    '## Coverage Gaps\n\n### SpawnerSphereCore.java (~5% uncovered)',
    // a heading naming a file, a label under it that names something else
    '#### 1. constants.py\n- **Duplication:** 10%',
  ],
});
