import extractor from '../../extractors/file-exists.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: '`scripts/backup.sh` exists and runs nightly.', claims: [{ kind: 'file.exists', subject: { path: 'scripts/backup.sh' }, value: true }] },
    { markdown: '- `docs/RUNBOOK.md` is missing', claims: [{ kind: 'file.exists', subject: { path: 'docs/RUNBOOK.md' }, value: false }] },
    { markdown: 'Missing: `deploy/rollback.sh`', claims: [{ subject: { path: 'deploy/rollback.sh' }, value: false }] },
  ],
  invalid: ['The backup script exists.', 'scripts/backup.sh exists', '`backup` exists'],
});
