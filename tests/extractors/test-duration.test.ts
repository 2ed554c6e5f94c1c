import extractor from '../../extractors/test-duration.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: '## Test results\n\nDuration: 41.98s', claims: [{ kind: 'tests.duration', value: 41.98, precision: 2, unit: 'seconds', qualifier: 'exact', subject: { scope: 'all' } }] },
    { markdown: '6 passed, 2 skipped in 0.03s', claims: [{ kind: 'tests.duration', value: 0.03, precision: 2 }] },
    { markdown: 'Test duration: 350 ms', claims: [{ kind: 'tests.duration', value: 0.35, precision: 3 }] },
    { markdown: 'The test suite ran, duration 2m 15s', claims: [{ kind: 'tests.duration', value: 135, precision: 0 }] },
    { markdown: 'Test run time: 3 minutes', claims: [{ kind: 'tests.duration', value: 180, qualifier: 'range', range: [150, 210] }] },
    { markdown: '| Metric | Value |\n| --- | --- |\n| Test duration | ~12s |', claims: [{ kind: 'tests.duration', value: 12, qualifier: 'approx' }] },
    { markdown: '| Check | Evidence |\n| --- | --- |\n| All tests passing | 31 passed, 3 skipped (3.19s) |', claims: [{ kind: 'tests.duration', value: 3.19, precision: 2, text: '3.19s' }] },
    // the heading above names the kind of tests timed
    { markdown: '# Report\n\n### Unit Tests\n- **Count:** 320 tests\n- **Execution Time:** ~10 seconds', claims: [{ kind: 'tests.duration', value: 10, subject: { category: 'unit' } }] },
  ],
  invalid: ['31 passed, 3 skipped (DB integration tests)', '- **Slowest Tests:** E2E tests (~100ms each)', '4 tests failed (timeout 30s per test, see log)', 'Deploy duration: 5 min', 'The build took 3 minutes.', 'Tests were added in 2024.', 'Duration of the outage: 41s'],
});
