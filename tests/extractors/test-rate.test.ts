import extractor from '../../extractors/test-rate.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: '| Metric | Value |\n|---|---|\n| Pass rate | 83.3% |\n| Failure rate | 8.3% |', claims: [{ kind: 'tests.passRate', value: 83.3, precision: 1, subject: { scope: 'all' } }, { kind: 'tests.failRate', value: 8.3 }] },
    { markdown: 'Overall: 97.1% pass rate', claims: [{ kind: 'tests.passRate', value: 97.1, precision: 1, unit: 'percent' }] },
    { markdown: 'Failure rate: 2.9%', claims: [{ kind: 'tests.failRate', value: 2.9 }] },
    { markdown: '**99.8% test pass rate** with two failures', claims: [{ kind: 'tests.passRate', value: 99.8 }] },
    { markdown: '| Suite | Pass Rate |\n| --- | --- |\n| Total | 96% |', claims: [{ kind: 'tests.passRate', value: 96, subject: { scope: 'all' } }] },
    { markdown: 'Target pass rate: 100%', claims: [{ kind: 'tests.passRate', value: 100, tense: 'target' }] },
    { markdown: '**Core Tests Passing**: 1255/1257 (99.8%)', claims: [{ kind: 'tests.passRate', value: 99.8, text: '99.8%' }] },
    { markdown: '**Test Results:** 24/87 passing (27.6%)', claims: [{ kind: 'tests.passRate', value: 27.6 }] },
    { markdown: '- **Failing:** 4 tests (2.1%)', claims: [{ kind: 'tests.failRate', value: 2.1 }] },
    { markdown: '**Test Status:** 95.3% passing (182/191 tests)', claims: [{ kind: 'tests.passRate', value: 95.3, precision: 1 }] },
    { markdown: '- Core functionality: 100% passing', claims: [{ kind: 'tests.passRate', value: 100 }] },
    { markdown: '**Test Success Rate**: 99.3% → **86.6%**', claims: [{ kind: 'tests.passRate', value: 99.3, tense: 'before' }, { kind: 'tests.passRate', value: 86.6, tense: 'current' }] },
    { markdown: '```\nSummary: 9 Passed, 0 Failed (100% Pass Rate)\n```', claims: [{ kind: 'tests.passRate', value: 100, position: { line: 2, column: 30, offset: 33 } }] },
    { markdown: 'Pass rate of ~98%', claims: [{ kind: 'tests.passRate', value: 98, qualifier: 'approx' }] },
  ],
  invalid: [
    '| Metric | Value |\n|---|---|\n| Uptime | 99.9% |',
    '| Metric | Target |\n|---|---|\n| Pass rate | 95% |',
    '- **Errors:** 5 tests (2.6%)',
    'Production services: 100% healthy',
    'Availability: ≥ 99.9% uptime (30-day window)',
    '| Module | Coverage |\n| --- | --- |\n| a | 96% |',
    '```bash\necho "100% pass rate"\n```','Error rate < 0.1%', 'Pass rates vary by module.', '97.1% of users agree'],
});
