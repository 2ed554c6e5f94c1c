import extractor from '../../extractors/test-rate.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: 'Overall: 97.1% pass rate', claims: [{ kind: 'tests.passRate', value: 97.1, precision: 1, unit: 'percent' }] },
    { markdown: 'Failure rate: 2.9%', claims: [{ kind: 'tests.failRate', value: 2.9 }] },
    { markdown: '**99.8% test pass rate** with two failures', claims: [{ kind: 'tests.passRate', value: 99.8 }] },
    { markdown: '| Suite | Pass Rate |\n| --- | --- |\n| Total | 96% |', claims: [{ kind: 'tests.passRate', value: 96, subject: { scope: 'all' } }] },
    { markdown: 'Target pass rate: 100%', claims: [{ kind: 'tests.passRate', value: 100, tense: 'target' }] },
  ],
  invalid: ['Error rate < 0.1%', 'Pass rates vary by module.', '97.1% of users agree'],
});
