import classifier from '../../extractors/figure-test-rate.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(classifier, {
  valid: [
    // a percentage and the words of a rate after it: the claim's text is both
    { markdown: 'All green: 97.1% pass rate.', claims: [{ kind: 'tests.passRate', value: 97.1, precision: 1, text: '97.1% pass rate', position: { line: 1, column: 12, offset: 11 } }] },
    { markdown: '- 99.8% test pass rate', claims: [{ kind: 'tests.passRate', value: 99.8, subject: { scope: 'all' }, text: '99.8% test pass rate' }] },
    { markdown: '- 100% Unit Test Pass Rate', claims: [{ kind: 'tests.passRate', value: 100, subject: { category: 'unit' }, text: '100% Unit Test Pass Rate' }] },
    // a rate whose own label names a kind of tests by its noun (408:199 in a plain-text tree, f01:37 in a heading)
    { markdown: '```\n├── Core Unit Tests (100% passing)\n```', claims: [{ kind: 'tests.passRate', value: 100, subject: { category: 'core unit' } }] },
    { markdown: '# Status\n\n### Unit Tests (95.3% passing)', claims: [{ kind: 'tests.passRate', value: 95.3, subject: { category: 'unit' } }] },
    // a kind of tests named after the rate's words (408:466)
    { markdown: '✅ Maintained 100% pass rate on core tests', claims: [{ kind: 'tests.passRate', value: 100, subject: { category: 'core' } }] },
    { markdown: '- 98% pass rate for the integration tests', claims: [{ kind: 'tests.passRate', value: 98, subject: { category: 'integration' } }] },
    // after it, words that name no kind of tests leave the whole run's rate
    { markdown: '- 100% pass rate on all tests', claims: [{ kind: 'tests.passRate', value: 100, subject: { scope: 'all' } }] },
    // a label naming a practice, not a kind of tests: the whole run's rate
    { markdown: '- **Zero-regression testing**: 100% pass rate maintained', claims: [{ kind: 'tests.passRate', value: 100, subject: { scope: 'all' } }] },
    { markdown: '- 2.9% failure rate', claims: [{ kind: 'tests.failRate', value: 2.9 }] },
    // "success" needs tests named before it or in a heading
    { markdown: '- 100% test success rate', claims: [{ kind: 'tests.passRate', value: 100 }] },
    { markdown: '## Test Results\n\n- 100% success rate', claims: [{ kind: 'tests.passRate', value: 100 }] },
    // the share of a count of passing tests in a parenthesis after it (408:17, w16:200)
    { markdown: '| Objective | Status | Result |\n| --- | --- | --- |\n| Maintain test pass rate | ✅ Complete | 100% (75/75 passing) |', claims: [
      { kind: 'tests.passRate', value: 100, subject: { scope: 'all' } },
    ] },
    { markdown: '2. **High Pass Rate**: 84% (42/50 tests passing)', claims: [{ kind: 'tests.passRate', value: 84 }] },
    // or earlier in the clause of its figure (402:28, 408:5)
    { markdown: '| Task | Details |\n| --- | --- |\n| **Run suites** | All tests passing with 100% success rate |', claims: [{ kind: 'tests.passRate', value: 100 }] },
    // a status after the percentage
    { markdown: '- 95.3% passing', claims: [{ kind: 'tests.passRate', value: 95.3, text: '95.3% passing' }] },
    { markdown: '- 100% of tests passing', claims: [{ kind: 'tests.passRate', value: 100, text: '100% of tests passing' }] },
    { markdown: '- 3% failing', claims: [{ kind: 'tests.failRate', value: 3 }] },
    // the row names the part
    { markdown: '| Suite | Status |\n|---|---|\n| `api` | 100% passing |', claims: [{ kind: 'tests.passRate', value: 100, subject: { name: 'api' } }] },
  ],
  invalid: [
    // a rate of something else than the tests
    '- 99.9% deployment success rate',
    '- 100% success rate',
    // a share the count does not give is some other figure
    '- Coverage: 50% (42/50 tests passing)',
    // tests named in another clause
    '- All tests pass. Deploys ran with 100% success rate',
    '- 98% build pass rate',
    // a share of something else, a change, a bound after an arrow
    '- 100% of modules passing',
    '- +5% passing',
    '- (85% → 90%+ passing)',
    '- 95% coverage',
  ],
});
