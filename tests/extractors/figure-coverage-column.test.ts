import classifier from '../../extractors/figure-coverage-column.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(classifier, {
  valid: [
    // a percentage alone in a coverage column: the row's file, folder or component
    { markdown: '| File | Coverage |\n| --- | --- |\n| `src/a.ts` | 70% |', claims: [{ kind: 'coverage.lines', value: 70, subject: { path: 'src/a.ts' } }] },
    { markdown: '| Test File | Coverage |\n| --- | --- |\n| `tests/test_utils.py` | 91% |', claims: [{ kind: 'coverage.lines', value: 91, subject: { path: 'tests/utils.py' } }] },
    { markdown: '| File | Lines | Coverage |\n| --- | --- | --- |\n| `tests/cart.test.js` | 44 | 97.73% |', claims: [{ kind: 'coverage.lines', value: 97.73, subject: { path: 'tests/cart.test.js' } }] },
    { markdown: '| Module | Coverage |\n| --- | --- |\n| AB Testing | 89% |', claims: [{ kind: 'coverage.lines', value: 89, subject: { name: 'AB Testing' } }] },
    { markdown: '| Module | Coverage |\n| --- | --- |\n| API | <30% |', claims: [{ kind: 'coverage.lines', value: 30, qualifier: 'atMost', subject: { name: 'API' } }] },
    { markdown: '| Criteria Met | Coverage |\n| --- | --- |\n| 6 of 8 | 81% |', claims: [{ kind: 'coverage.lines', value: 81, tense: 'current' }] },
    { markdown: '| Component | Coverage |\n| --- | --- |\n| Storage (`store/engine.py`) | 62% |', claims: [{ kind: 'coverage.lines', value: 62, subject: { path: 'store/engine.py' } }] },
    // the column names the metric; the claim's text is the cell's, its emphasis left out
    { markdown: '| File | Branch Coverage |\n| --- | --- |\n| `src/a.ts` | **64%** |', claims: [{ kind: 'coverage.branches', value: 64, text: '64%', position: { line: 3, column: 18 } }] },
  ],
  invalid: [
    // the edges of buckets in a distribution of files by coverage are no coverage figure
    '| Coverage Level | Module Count |\n| --- | --- |\n| **100%** | 8 |\n| **70-99%** | 9 |\n| **<30%** | 25 |',
    // more than the figure in the cell: a phrase, read by the coverage-percent extractor if at all
    '| Module | Coverage |\n| --- | --- |\n| API | 30% (estimated from 2 files) |',
    // a change of coverage, and a column that is no coverage
    '| Module | Coverage |\n| --- | --- |\n| API | +5% |',
    '| Module | Owner |\n| --- | --- |\n| AB | 89% |',
    // a percentage that is not in a table
    'Coverage\n\n87%',
  ],
});
