import extractor from '../../extractors/file-exists.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: '`scripts/backup.sh` exists and runs nightly.', claims: [{ kind: 'file.exists', subject: { path: 'scripts/backup.sh' }, value: true }] },
    { markdown: '- `docs/RUNBOOK.md` is missing', claims: [{ kind: 'file.exists', subject: { path: 'docs/RUNBOOK.md' }, value: false }] },
    { markdown: 'Missing: `deploy/rollback.sh`', claims: [{ subject: { path: 'deploy/rollback.sh' }, value: false }] },
    { markdown: '- 📄 Log: reports/coverage/unit_tests.log', claims: [{ subject: { path: 'reports/coverage/unit_tests.log' }, value: true }] },
    { markdown: 'Log: /var/log/app.log', claims: [{ subject: { path: '/var/log/app.log' }, value: true }] },
    { markdown: '**Results file:** `out/junit.xml`', claims: [{ subject: { path: 'out/junit.xml' }, value: true }] },
    // A test file whose tests an item reports on was run, so it is there.
    { markdown: '**Passing**:\n- ✅ tag-template.test.ts - All passing', claims: [{ subject: { path: 'tag-template.test.ts' }, value: true }] },
    { markdown: '**Passing**:\n- ✅ `tests/test_arena.c` - All passing', claims: [{ subject: { path: 'tests/test_arena.c' }, value: true }] },
    { markdown: '- ❌ `tests/idempotency.test.ts` - failing (race condition)', claims: [{ subject: { path: 'tests/idempotency.test.ts' }, value: true }] },
    { markdown: '- test_parser.py: passing', claims: [{ subject: { path: 'test_parser.py' }, value: true }] },
    { markdown: '- ✅ pkg/auth/login_test.go (passed)', claims: [{ subject: { path: 'pkg/auth/login_test.go' }, value: true }] },
  ],
  invalid: ['Log: see reports/a.log and reports/b.log for details', 'Output: 3 files', 'The backup script exists.', 'scripts/backup.sh exists', '`backup` exists',
    // A test file in prose, one to write, or with no result, is not said to be there.
    'tag-template.test.ts - All passing', '- [ ] tag-template.test.ts - tests passing once written', '- Add tag-template.test.ts - covers templates',
    '- tag-template.test.ts', '- README.md - All passing', '- ✅ `src/test.c` - All passing',
    // With a count, the count is the claim: measuring it finds the file.
    '- ✅ pipeline-path-based.test.ts - All 21 tests passing', '- `tests/test_auth.py` - 21 tests (18 passed, 3 skipped)', '- test_parser.py: 12/12 passing'],
});
