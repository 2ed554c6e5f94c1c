import classifier from '../../extractors/figure-test-fraction.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(classifier, {
  valid: [
    // a rate label, the percentage, then its parts
    { markdown: '### Pass Rate: 100% (75/75)\n', claims: [{ kind: 'tests.passed', value: 75, subject: { scope: 'all' } }, { kind: 'tests.total', value: 75, subject: { scope: 'all' } }] },
    { markdown: '**Test Success Rate:** 96.3% (26/27)\n', claims: [{ kind: 'tests.passed', value: 26 }, { kind: 'tests.total', value: 27 }] },
    // the parts, then the percentage in parentheses
    { markdown: '- Total Success: 9/12 (75%)\n', claims: [{ kind: 'tests.passed', value: 9 }, { kind: 'tests.total', value: 12 }] },
    // "passing" between the percentage and its parts; the group of tests the heading names
    { markdown: '### Phase 2: API Endpoint Tests ✅\n\n- 100% passing (137/137)\n', claims: [{ kind: 'tests.passed', value: 137, subject: { category: 'API Endpoint' } }, { kind: 'tests.total', value: 137 }] },
  ],
  invalid: [
    // a percentage that is not the fraction's
    '### Pass Rate: 90% (75/75)\n',
    // no word of passing: some other share
    '- Progress: 50% (4/8)\n',
    // a share of files or coverage, not of tests
    '- Coverage passing: 100% (12/12)\n',
    '- Files passing: 100% (12/12 files)\n',
    // a fraction with its own noun is another classifier's
    '- Pass rate: 100% (75/75 tests)\n',
    // a part larger than its whole
    '- Pass rate: 100% (12/10)\n',
  ],
});
