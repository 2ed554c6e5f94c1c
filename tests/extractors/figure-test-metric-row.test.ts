import classifier from '../../extractors/figure-test-metric-row.js';
import { runCases } from '../helpers/extractor-cases.js';

const states = (rows: string) => `## Metrics\n\n| Metric | Baseline | Target | Final |\n|---|---|---|---|\n${rows}\n`;

runCases(classifier, {
  valid: [
    // a count alone in each state column of a row that names tests: tense from the column
    {
      markdown: states('| **Total Tests** | 3,144 | ~8,000 | **3,300** |'),
      claims: [
        { kind: 'tests.total', value: 3144, tense: 'before', subject: { scope: 'all' }, position: { line: 5, column: 21, offset: 89 } },
        { kind: 'tests.total', value: 8000, tense: 'target', qualifier: 'approx' },
        { kind: 'tests.total', value: 3300, tense: 'current' },
      ],
    },
    // a status row: its counts are that status, its share in parentheses and its lone percentage the rate
    {
      markdown: states('| **Tests Passing** | 2,825 (89.8%) | 100% | **2824** |'),
      claims: [
        { kind: 'tests.passed', value: 2825, tense: 'before' },
        { kind: 'tests.passRate', value: 89.8, tense: 'before' },
        { kind: 'tests.passRate', value: 100, tense: 'target' },
        { kind: 'tests.passed', value: 2824, tense: 'current' },
      ],
    },
    // columns of successive periods hold the row at each period's end (104:80): tense from their order (tense.ts)
    { markdown: '| Metric | Sprint 2 Exit | Sprint 3a Exit |\n|---|---|---|\n| Tests | 549 | 627 |\n', claims: [{ kind: 'tests.total', value: 549, tense: 'before' }, { kind: 'tests.total', value: 627, tense: 'current' }] },
    // a rate row
    { markdown: '| Metric | Before | After |\n|---|---|---|\n| **Test Pass Rate** | 100% | **98%** ✅ |\n', claims: [{ kind: 'tests.passRate', value: 100, tense: 'before' }, { kind: 'tests.passRate', value: 98, tense: 'current' }] },
    // a row naming a kind of tests
    { markdown: '| Metric | Before | After |\n|---|---|---|\n| Unit Tests | 40 | 52 |\n', claims: [{ kind: 'tests.total', value: 40, subject: { category: 'unit' } }, { kind: 'tests.total', value: 52, subject: { category: 'unit' } }] },
    // a share after a count, in a row that names only a status, under a heading that names the tests
    { markdown: '# Report\n\n### Unit Tests\n\n| Status | Count |\n|---|---|\n| ✅ Passed | 1366 (89.6%) |\n| ❌ Failed | 119 (7.8%) |\n', claims: [{ kind: 'tests.passRate', value: 89.6, subject: { category: 'unit' } }, { kind: 'tests.failRate', value: 7.8, subject: { category: 'unit' } }] },
    { markdown: '## Summary\n\n| Metric | Value |\n|---|---|\n| **Passing Tests** | 66/66 (100%) |\n', claims: [{ kind: 'tests.passRate', value: 100, subject: { scope: 'all' } }] },
  ],
  invalid: [
    // a column that is no state of the row: a change, a sprint alone
    '| Metric | Before | Change |\n|---|---|---|\n| Total Tests | | +143 |\n',
    '| Metric | Sprint 2 Exit | Notes |\n|---|---|---|\n| Tests | 549 | stable |\n',
    // a row that names something else than tests, or tests of another thing
    states('| Service classes | 6 | 8 | 8 |'),
    states('| **Tests Generated** | 8 | 273 | 0 |'),
    // a count with its own noun, a count in a rate row, a percentage in a total row
    states('| Total Tests | 8 files | 273 files | 0 files |'),
    states('| Test Pass Rate | 12 | 14 | 15 |'),
    states('| Total Tests | 90% | 95% | 99% |'),
    // a share in a row that names no status, or whose tests nothing names
    '| Metric | Value |\n|---|---|\n| Coverage | 120 (45%) |\n',
    '## Deploys\n\n| Status | Count |\n|---|---|\n| Passed | 12 (80%) |\n',
    // words in the cell besides the figure
    states('| Total Tests | about 3,144 tests | 8,000 | 3,300 of them |').replace('8,000', 'eight thousand').replace('3,144 tests', '3,144 written'),
  ],
});
