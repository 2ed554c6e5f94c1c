import extractor from '../../extractors/test-duration.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: '## Test results\n\nDuration: 41.98s', claims: [{ kind: 'tests.duration', value: 41.98, precision: 2, unit: 'seconds', qualifier: 'exact', subject: { scope: 'all' } }] },
    { markdown: '6 passed, 2 skipped in 0.03s', claims: [{ kind: 'tests.duration', value: 0.03, precision: 2 }] },
    { markdown: 'Test duration: 350 ms', claims: [{ kind: 'tests.duration', value: 0.35, precision: 3 }] },
    // the whole suite named by a label before the time, or by the tests after it (204:347, 204:351, 408:304, 502:245)
    { markdown: '- **Full Suite:** 29.18 seconds', claims: [{ kind: 'tests.duration', value: 29.18, subject: { scope: 'all' } }] },
    { markdown: '### Performance\n\n- Full suite: 14.73s (including new tests)', claims: [{ kind: 'tests.duration', value: 14.73, subject: { scope: 'all' } }] },
    { markdown: '- **Status:** ✅ Excellent (< 30s for 545 tests)', claims: [{ kind: 'tests.duration', value: 30, qualifier: 'atMost' }] },
    { markdown: '### Unit Tests\n\n- ✅ Fast execution (< 1 second for all tests)', claims: [{ kind: 'tests.duration', value: 1, qualifier: 'atMost', subject: { scope: 'all' } }] },
    { markdown: 'The test suite ran, duration 2m 15s', claims: [{ kind: 'tests.duration', value: 135, precision: 0 }] },
    // a label of the run's speed before its time, in a heading or an item (408:301, 406:88)
    { markdown: '## Test Quality Metrics\n\n### Execution Performance: <15 seconds', claims: [{ kind: 'tests.duration', value: 15, qualifier: 'atMost', subject: { scope: 'all' } }] },
    { markdown: '### Test Quality\n\n- **Test Speed**: 6.68 seconds', claims: [{ kind: 'tests.duration', value: 6.68, subject: { scope: 'all' } }] },
    { markdown: 'Test run time: 3 minutes', claims: [{ kind: 'tests.duration', value: 180, qualifier: 'range', range: [150, 210] }] },
    { markdown: '| Metric | Value |\n| --- | --- |\n| Test duration | ~12s |', claims: [{ kind: 'tests.duration', value: 12, qualifier: 'approx' }] },
    { markdown: '| Check | Evidence |\n| --- | --- |\n| All tests passing | 31 passed, 3 skipped (3.19s) |', claims: [{ kind: 'tests.duration', value: 3.19, precision: 2, text: '3.19s' }] },
    // the heading above names the kind of tests timed
    { markdown: '# Report\n\n### Unit Tests\n- **Count:** 320 tests\n- **Execution Time:** ~10 seconds', claims: [{ kind: 'tests.duration', value: 10, subject: { category: 'unit' } }] },
    // a bound on the run's time: at most that long; asked to be kept, a target
    { markdown: '## Test Suite Status\n\n- **Execution Time**: < 2 seconds', claims: [{ kind: 'tests.duration', value: 2, qualifier: 'atMost', tense: 'current', subject: { scope: 'all' } }] },
    { markdown: '| Metric | Value |\n| --- | --- |\n| Test Execution Time | < 2s |', claims: [{ kind: 'tests.duration', value: 2, qualifier: 'atMost' }] },
    { markdown: '- Keep test execution time under 15 seconds', claims: [{ kind: 'tests.duration', value: 15, qualifier: 'atMost', tense: 'target' }] },
    { markdown: '4. **Maintain test speed** - Keep suite under 10 seconds', claims: [{ kind: 'tests.duration', value: 10, qualifier: 'atMost', tense: 'target', subject: { scope: 'all' } }] },
    { markdown: '- Maintain the full test suite below 2 minutes', claims: [{ kind: 'tests.duration', value: 120, qualifier: 'atMost', tense: 'target' }] },
    { markdown: 'Test run time: under 2 minutes', claims: [{ kind: 'tests.duration', value: 120, qualifier: 'atMost' }] },
    // a time the words after it give to the whole suite
    { markdown: '- **Test Speed**: 6.68 seconds for full suite (excellent!)', claims: [{ kind: 'tests.duration', value: 6.68, qualifier: 'exact', subject: { scope: 'all' } }] },
    { markdown: '- **Efficiency**: Tests run quickly (< 1 second for test suite)', claims: [{ kind: 'tests.duration', value: 1, qualifier: 'atMost', text: '< 1 second' }] },
  ],
  invalid: [
    // the speed of something else than a test run
    '## Deployment\n\n- Page performance: 3 seconds to first paint',
    '## Deployment\n\n- Execution performance: 3 seconds per request','- **Fast feedback**: 5s for full build', 'Keep page load under 2 seconds', '- Suite setup takes 3s for each test', '31 passed, 3 skipped (DB integration tests)', '- **Slowest Tests:** E2E tests (~100ms each)', '4 tests failed (timeout 30s per test, see log)', 'Deploy duration: 5 min', 'The build took 3 minutes.', 'Tests were added in 2024.', 'Duration of the outage: 41s', '- Full build: 41s', 'Allow 5s for 3 retries', 'Keep suite setup to 10 seconds', 'Keep the API under 200ms per request', 'The suite took under 10 seconds to keep green'],
});
