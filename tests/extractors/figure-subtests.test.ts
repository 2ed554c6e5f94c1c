import classifier from '../../extractors/figure-subtests.js';
import { runCases } from '../helpers/extractor-cases.js';

const table = (header: string, rows: string) => `### Por Módulo de Teste\n\n| Módulo | Testes | ${header} | Cobertura |\n|---|---|---|---|\n${rows}\n`;

runCases(classifier, {
  valid: [
    // a subtests column beside a tests column (w62:129)
    { markdown: table('Subtestes', '| PIX | 8 | 32 | ~85% |'), claims: [{ kind: 'tests.total', value: 32, subject: { name: 'PIX' } }] },
    { markdown: '| Module | Tests | Subtests |\n|---|---|---|\n| **Refund** | 5 | 13 |\n', claims: [{ kind: 'tests.total', value: 13, subject: { name: 'Refund' } }] },
    // a cell whose noun says subtests (corpus 009:179)
    { markdown: '| Test | Status | Count |\n|---|---|---|\n| Backend detection | ✅ PASS | 15 subtests |\n', claims: [{ kind: 'tests.total', value: 15, subject: { name: 'Backend detection' }, text: '15 subtests' }] },
    // a line that counts both levels under a label naming only tests (w62:227)
    { markdown: '### Atual\n\n- **Testes:** 32 principais (119 subtestes)\n', claims: [{ kind: 'tests.total', value: 119, subject: { scope: 'all' }, text: '119 subtestes' }] },
    { markdown: 'Tests: 8 functions, 13 subtests\n', claims: [{ kind: 'tests.total', value: 13, subject: { scope: 'all' } }] },
  ],
  invalid: [
    // the tests column of such a table is another level, no subtests
    table('Notas', '| PIX | 8 | ok | ~85% |'),
    // a total row stands for the rows above it
    table('Subtestes', '| **Total** | 32 | 119 | ~78% |'),
    // a heading that names a part's tests makes the line that part's (corpus 009:22)
    '### API Type Tests\n\n```\nTests: 8 functions, 13 subtests\n```\n',
    // a named test's subtests (w60:136)
    '- Test Coverage (18 test cases + 1 benchmark):\n  12. ✅ TestOAuth2Client_IsActive (4 sub-tests)\n',
    // subtests with no coarser count before them, or a label naming more than tests
    '- **Total v1alpha2 subtests:** 53+\n',
    '- **Unit tests:** 12 files (40 subtests)\n',
    // a decimal
    table('Subtestes', '| PIX | 8 | 3.5 | ~85% |'),
  ],
});
