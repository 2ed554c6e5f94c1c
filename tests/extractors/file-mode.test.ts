import extractor from '../../extractors/file-mode.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: '`scripts/backup.sh` is executable (permissions: 700)', claims: [{ kind: 'file.mode', value: true, subject: { path: 'scripts/backup.sh' } }, { kind: 'file.mode', value: '700' }] },
    { markdown: '- `config/secrets.env` (permissions: 600)', claims: [{ value: '600', subject: { path: 'config/secrets.env' } }] },
    { markdown: '`run.sh` is not executable', claims: [{ value: false }] },
    { markdown: '`bin/tool` with mode 0755', claims: [{ value: '755' }] },
  ],
  invalid: ['Executable permissions set', 'The file has permissions 755.', '`x.sh` (permissions: 999)'],
});
