import classifier from '../../extractors/figure-lines.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(classifier, {
  valid: [
    // a file named before its line count, in backticks or bare with an extension
    { markdown: '- `scripts/backup.sh` (90 lines)', claims: [{ kind: 'file.lines', value: 90, unit: 'lines', subject: { path: 'scripts/backup.sh' }, position: { line: 1, column: 24, offset: 23 } }] },
    { markdown: 'backup.sh: 96 lines', claims: [{ kind: 'file.lines', value: 96, subject: { path: 'backup.sh' } }] },
    { markdown: '`docs/OPERATIONS.md`, 500+ lines', claims: [{ kind: 'file.lines', value: 500, qualifier: 'atLeast' }] },
    { markdown: '`.env.production` template (366 lines)', claims: [{ kind: 'file.lines', value: 366, subject: { path: '.env.production' } }] },
    { markdown: '`/home/alice/repo/scripts/x.sh` (12 lines)', claims: [{ subject: { path: '/home/alice/repo/scripts/x.sh' } }] },
    { markdown: '- **Script:** `scripts/db_restore_check.py` (296 lines)', claims: [{ kind: 'file.lines', value: 296, subject: { path: 'scripts/db_restore_check.py' } }] },
    { markdown: '- BACKUP_PROCEDURES.md: 1,074 lines', claims: [{ value: 1074, subject: { path: 'BACKUP_PROCEDURES.md' } }] },
    { markdown: '- BACKUP_TEST.md: ~400 lines', claims: [{ value: 400, qualifier: 'approx' }] },
    { markdown: '- `installer/install.py` - Full-featured installer (330 lines)', claims: [
      { kind: 'file.lines', value: 330, unit: 'lines', subject: { path: 'installer/install.py' }, position: { line: 1, column: 53, offset: 52 } },
    ] },
    { markdown: '- `src/app.ts` — the entry point, wires the routes (~120 lines)', claims: [{ kind: 'file.lines', value: 120, qualifier: 'approx', subject: { path: 'src/app.ts' } }] },
    { markdown: '```\nscripts/deploy.sh   deploy script   212 lines\n```', claims: [{ kind: 'file.lines', value: 212, subject: { path: 'scripts/deploy.sh' } }] },
    { markdown: '**BEFORE (v1.2)**:\n\n- `src/big.ts` - everything in one file (2,400 lines)', claims: [{ kind: 'file.lines', value: 2400, tense: 'before' }] },
  ],
  invalid: [
    '`a.sh` (2K lines)',
    'Files created/modified, ~2,700 lines',
    'version 1.2 (40 lines of notes)',
    'Coverage:\n\n- `src/a.ts`: 120 lines',
    'Added 40 lines to the parser.',
    '- `src/` - the sources (4,000 lines)',
    '- `src/a.ts` - 120 lines covered',
    '```ts\nconst x = 12; // `a.ts` 12 lines\n```',
    'See https://example.com/a.md (12 lines)',
  ],
});
