import classifier from '../../extractors/figure-coverage-count.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(classifier, {
  valid: [
    // a metrics table's row that names covered lines (w14): the whole project's count
    { markdown: '## 📊 Executive Summary\n\n| Metric | Value | Status |\n|---|---|---|\n| **Lines Covered** | **408/625** | ⚡ Growing |', claims: [
      { kind: 'coverage.lines', value: '408/625', subject: { scope: 'all' } },
    ] },
    // a file's count before its share, in a list under a coverage lead-in
    { markdown: '### 4. Code Coverage\n- **Coverage by Module**:\n  - src/config.rs: 120/161 (74.53%)\n  - src/lib.rs: 119/138 (86.23%)', claims: [
      { kind: 'coverage.lines', value: '120/161', unit: 'count', subject: { path: 'src/config.rs' }, position: { line: 3, column: 20, offset: 66 } },
      { kind: 'coverage.lines', value: '119/138', subject: { path: 'src/lib.rs' } },
    ] },
    // the count after a Before/After share of the whole project's coverage: its noun names lines, its label the tense
    { markdown: '### Overall Coverage\n- **Before**: 74.29% (4,609/6,204 lines)\n- **After**: 92.47% (15,459/16,679 lines)', claims: [
      { kind: 'coverage.lines', value: '4609/6204', tense: 'before', subject: { scope: 'all' } },
      { kind: 'coverage.lines', value: '15459/16679', tense: 'current', subject: { scope: 'all' } },
    ] },
    // a cell of a metrics table: the row names the metric
    { markdown: '## Coverage Metrics\n\n| Metric | Before | After |\n| --- | --- | --- |\n| **Functions** | - | 94.15% (1,385/1,471) |', claims: [
      { kind: 'coverage.functions', value: '1385/1471', subject: { scope: 'all' } },
    ] },
    // coverage said by a heading further out, under a title naming the part: the count of covered lines says the share is coverage (408:276)
    { markdown: '## Coverage Improvement Analysis\n\n### Module-Level Improvements\n\n**Dashboard Module (+25%)**\n- Before: 5% (6/128 lines)', claims: [
      { kind: 'coverage.lines', value: '6/128', tense: 'before', subject: { name: 'Dashboard Module' } },
    ] },
    { markdown: '## Coverage Analysis\n\n- Coverage: 94% (1990/2119 lines)', claims: [{ kind: 'coverage.lines', value: '1990/2119', subject: { scope: 'all' } }] },
    // a label naming covered lines, under a coverage heading
    { markdown: '### 4. Code Coverage\n- **Lines Covered**: 502/617', claims: [{ kind: 'coverage.lines', value: '502/617', subject: { scope: 'all' } }] },
    // a column naming covered lines, in a row naming a file
    { markdown: '## Coverage\n\n| File | Lines Covered | Percentage |\n| --- | --- | --- |\n| Core.java | 280/295 | ~95% |', claims: [
      { kind: 'coverage.lines', value: '280/295', subject: { path: 'Core.java' } },
    ] },
  ],
  invalid: [
    // a row of covered units in a column of changes
    '| Metric | Before | Change |\n|---|---|---|\n| **Lines Covered** | 300/625 | 108/625 |'.replace('| 300/625 ', '| 300 '),
    // a share of something else beside a count
    '## Results\n\n- **Healthy Containers:** 42/42 (100%)',
    '### Coverage\n\n- **Passing Tests**: 66/66 (100%)',
    // the share is not the count's
    '### Overall Coverage\n- **Before**: 50% (6/128 lines)',
    // a noun that is no metric: the count is of something else
    '### Overall Coverage\n- **After**: 92% (23/25 tests)',
    // a part named by a heading, no coverage word near: no whole-project reading
    '#### Dashboard Module\n- Before: 5% (6/128 lines)',
    // coverage said further out, but the count is of no coverage metric
    '## Coverage Improvement Analysis\n\n### Module-Level Improvements\n\n**Dashboard Module (+25%)**\n- Before: 5% (6/128 tests)',
    // a covered-lines label with no coverage heading, and a row that names no file
    '### Summary\n- **Lines Covered**: 502/617',
    '## Coverage\n\n| Area | Lines Covered |\n| --- | --- |\n| backend | 280/295 |',
    // more covered than there are
    '### Overall Coverage\n- **Lines Covered**: 700/617',
  ],
});
