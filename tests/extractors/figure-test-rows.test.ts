import classifier from '../../extractors/figure-test-rows.js';
import { runCases } from '../helpers/extractor-cases.js';

const table = (header: string, rows: string) => `### tests/unit/test_readiness.py (717 lines, 72 tests)\n\n| ${header} | Count | What It Covers |\n|---|---|---|\n${rows}\n`;

runCases(classifier, {
  valid: [
    // a test class's row
    { markdown: table('Test Class', '| TestScoringLogic | 12 | Perfect score |'), claims: [{ kind: 'tests.total', value: 12, subject: { name: 'TestScoringLogic' } }] },
    { markdown: table('Test Class', '| **ReportModelTests** | 7 | Validation |'), claims: [{ kind: 'tests.total', value: 7, subject: { name: 'ReportModelTests' } }] },
    // a test file's row, under a section that names a status
    { markdown: '## ⏭️ Skipped Tests (21)\n\n### By Design\n\n| Test File | Count | Reason |\n|---|---|---|\n| `test_idempotency.py` | 6 | Awaiting service |\n', claims: [{ kind: 'tests.skipped', value: 6, subject: { path: 'test_idempotency.py' } }] },
    { markdown: '## Failing\n\n| File | Count |\n|---|---|\n| api.test.ts | 2 |\n', claims: [{ kind: 'tests.failed', value: 2, subject: { path: 'api.test.ts' } }] },
  ],
  invalid: [
    // a row that names no test class or test file
    table('Module', '| Scoring | 12 | Perfect score |'),
    table('Test Class', '| Others | 5 | Various |'),
    table('Module', '| Latest | 3 | a |'),
    // a column that names what it counts is another classifier's
    '| Test Class | Lines |\n|---|---|\n| TestScoringLogic | 120 |\n',
    '| Test Class | Assertions |\n|---|---|\n| TestScoringLogic | 12 |\n',
    // a count with its own noun
    table('Test Class', '| TestScoringLogic | 12 assertions | a |'),
    // a decimal
    table('Test Class', '| TestScoringLogic | 1.5 | a |'),
  ],
});
