import extractor from '../../extractors/test-count.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: '431 passing, 13 failing', claims: [
      { kind: 'tests.passed', value: 431, qualifier: 'exact', subject: { scope: 'all' }, position: { line: 1, column: 1, offset: 0 } },
      { kind: 'tests.failed', value: 13, position: { line: 1, column: 14, offset: 13 } },
    ] },
    { markdown: '- **Passing:** 74 test files, 1255 tests', claims: [{ kind: 'tests.passed', value: 1255 }] },
    { markdown: 'Total Tests: 310+', claims: [{ kind: 'tests.total', value: 310, qualifier: 'atLeast' }] },
    { markdown: 'We ran 444 tests.', claims: [{ kind: 'tests.total', value: 444 }] },
    { markdown: 'Results: 431/444 tests passing', claims: [
      { kind: 'tests.passed', value: 431 },
      { kind: 'tests.total', value: 444 },
    ] },
    { markdown: '25 integration tests passing', claims: [{ kind: 'tests.passed', value: 25, subject: { category: 'integration' } }] },
    { markdown: '```\nSummary: 9 Passed, 0 Failed\n```', claims: [
      { kind: 'tests.passed', value: 9, position: { line: 2, column: 10, offset: 13 } },
      { kind: 'tests.failed', value: 0 },
    ] },
    { markdown: 'Passing: ~1,407', claims: [{ kind: 'tests.passed', value: 1407, qualifier: 'approx' }] },
    { markdown: 'Coverage was 40 passing before the refactor → 52 passing', claims: [
      { kind: 'tests.passed', value: 40, tense: 'before' },
      { kind: 'tests.passed', value: 52, tense: 'current' },
    ] },
  ],
  invalid: [
    'We added 12 new tests this sprint.',
    '### 1.2 Unit Tests',
    '74 test files were touched.',
    'The error rate is 0.1%.',
    '```bash\nnpm test # 431 passing\n```',
  ],
});
