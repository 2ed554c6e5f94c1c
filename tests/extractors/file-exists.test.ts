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
  ],
  invalid: ['Log: see reports/a.log and reports/b.log for details', 'Output: 3 files', 'The backup script exists.', 'scripts/backup.sh exists', '`backup` exists'],
});
