import classifier from '../../extractors/figure-all-passing.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(classifier, {
  valid: [
    { markdown: '- [x] All tests passing (284 tests)', claims: [{ kind: 'tests.passed', value: 284, subject: { scope: 'all' }, text: '284 tests', position: { line: 1, column: 26, offset: 25 } }] },
    { markdown: '**Status:** ✅ Coverage Excellent (94%), ✅ All Tests Passing (845)', claims: [{ kind: 'tests.passed', value: 845, subject: { scope: 'all' }, text: '845' }] },
    { markdown: '### ✅ All Unit Tests Passing: 150 tests (417 assertions)', claims: [{ kind: 'tests.passed', value: 150, subject: { category: 'unit' } }] },
  ],
  invalid: [
    // a kind of tests that is no category, a ratio, a rate, a bound
    '- [x] All critical tests passing (1,734)',
    '- ✅ All tests passing (862/877)',
    '- ✅ **All tests passing** (100% pass rate)',
    '- All tests passing (300+ tests)',
    // a count of something else, or a count not right after the words
    '- ✅ `pkg/auth` - All tests passing (1 skipped)',
    '- All tests passing (3 assertions)',
    '- All tests passing after 3 retries',
  ],
});
