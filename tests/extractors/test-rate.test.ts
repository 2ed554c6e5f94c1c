import extractor from '../../extractors/test-rate.js';
import figureTestRate from '../../extractors/figure-test-rate.js';
import { runCases } from '../helpers/extractor-cases.js';

// A percentage and the rate words after it ("97.1% pass rate", "95.3% passing") are read by the figure classifier figure-test-rate, alongside.

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
    { markdown: 'Test success rate: 96%', claims: [{ kind: 'tests.passRate', value: 96 }] },
    { markdown: '## Test Results\n\nSuccess rate: 98%', claims: [{ kind: 'tests.passRate', value: 98 }] },
    { markdown: 'Integration success rate: 91%', claims: [{ kind: 'tests.passRate', value: 91, subject: { category: 'integration' } }] },
    { markdown: '## Test Results\n\n| Suite | Success Rate |\n| --- | --- |\n| Total | 97% |', claims: [{ kind: 'tests.passRate', value: 97 }] },
    // Chinese (src/figures/localized-counts.ts)
    { markdown: '| 指标 | 结果 | 状态 |\n|---|---|---|\n| **通过率** | 100% | ✅ |', claims: [{ kind: 'tests.passRate', value: 100, subject: { scope: 'all' } }] },
    { markdown: '- **总通过率**: **95.5%**', claims: [{ kind: 'tests.passRate', value: 95.5, precision: 1 }] },
    { markdown: '✅ 94.94%的测试通过率', claims: [{ kind: 'tests.passRate', value: 94.94 }] },
    { markdown: '- 所有测试用例100%通过', claims: [{ kind: 'tests.passRate', value: 100 }] },
    { markdown: '- **通过**: 9 (53%)', claims: [{ kind: 'tests.passRate', value: 53 }] },
    { markdown: '# Estado de las pruebas\n\nLa suite de pruebas con la cobertura de los módulos que se ejecutan para el proyecto.\n\n| Metrica | Valor |\n|---|---|\n| Tests pasando | 538 (100%) |', claims: [{ kind: 'tests.passRate', value: 100 }] },
    { markdown: '| 模块 | 通过率 |\n|---|---|\n| vm-service | 81.25% |', claims: [{ kind: 'tests.passRate', value: 81.25, subject: { name: 'vm-service' } }] },
  ],
  invalid: [
    // Chinese: a rate that is no test pass rate
    '- 10万键添加成功率: 高',
    '- ✅ +100%',
    '| Metric | Value |\n|---|---|\n| Uptime | 99.9% |',
    '| Metric | Target |\n|---|---|\n| Pass rate | 95% |',
    '- **Errors:** 5 tests (2.6%)',
    'Production services: 100% healthy',
    'Availability: ≥ 99.9% uptime (30-day window)',
    '| Module | Coverage |\n| --- | --- |\n| a | 96% |',
    '```bash\necho "100% pass rate"\n```','Error rate < 0.1%', 'Pass rates vary by module.', '97.1% of users agree',
    // A word before the rate names what it is of: not the test suite.
    'Deployment success rate: 99.5%',
    'The request success rate was 98.2% over the week.',
    'Build pass rate: 92%',
    'Nightly backups kept a 99.9% success rate.',
    '| Service | Success Rate |\n| --- | --- |\n| api | 97% |',
    '| Metric | Value |\n| --- | --- |\n| Backup success rate | 100% |',
    '| Service | Deploy Failure Rate |\n| --- | --- |\n| Total | 2% |',
  ],
}, [figureTestRate]);
