import extractor from '../../extractors/file-lines.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: '- `scripts/backup.sh` (90 lines)', claims: [{ kind: 'file.lines', value: 90, unit: 'lines', subject: { path: 'scripts/backup.sh' }, position: { line: 1, column: 3, offset: 2 } }] },
    { markdown: 'backup.sh: 96 lines', claims: [{ kind: 'file.lines', value: 96, subject: { path: 'backup.sh' } }] },
    { markdown: '`docs/OPERATIONS.md`, 500+ lines', claims: [{ kind: 'file.lines', value: 500, qualifier: 'atLeast' }] },
    { markdown: '`.env.production` template (366 lines)', claims: [{ kind: 'file.lines', value: 366, subject: { path: '.env.production' } }] },
    { markdown: '`/home/alice/repo/scripts/x.sh` (12 lines)', claims: [{ subject: { path: '/home/alice/repo/scripts/x.sh' } }] },
    { markdown: '- **Script:** `scripts/db_restore_check.py` (296 lines)', claims: [{ kind: 'file.lines', value: 296, subject: { path: 'scripts/db_restore_check.py' } }] },
    { markdown: '- BACKUP_PROCEDURES.md: 1,074 lines', claims: [{ value: 1074, subject: { path: 'BACKUP_PROCEDURES.md' } }] },
    { markdown: '- BACKUP_TEST.md: ~400 lines', claims: [{ value: 400, qualifier: 'approx' }] },
    // the file named above the figure: a heading, a path-only line, a list's lead
    { markdown: '#### scripts/setup.sh\n\n**Purpose:** bootstrap\n**Size:** 2,015 lines', claims: [{ kind: 'file.lines', value: 2015, subject: { path: 'scripts/setup.sh' }, text: 'Size: 2,015 lines' }] },
    { markdown: '**scripts/a.sh**\n\n**Purpose:** x\n\n**Lines:** 30', claims: [{ value: 30, subject: { path: 'scripts/a.sh' } }] },
    { markdown: '- `docs/RUNBOOK.md`\n  - LOC: ~120', claims: [{ value: 120, qualifier: 'approx', subject: { path: 'docs/RUNBOOK.md' } }] },
    // a record's file line below its lines label names the file before its heading does (w60:121)
    { markdown: '### 4. Test Suite (oauth2_handler_test.go)\n**Lines**: 455 lines\n**Location**: tests/auth/oauth2_handler_test.go', claims: [{ value: 455, subject: { path: 'tests/auth/oauth2_handler_test.go' } }] },
    { markdown: '### 1. Service (oauth2.go)\n**Lines**: 217 lines\n**File**: `internal/auth/oauth2.go`', claims: [{ value: 217, subject: { path: 'internal/auth/oauth2.go' } }] },
    // two file lines in the record name no one file: the heading's
    { markdown: '### 2. Store (store.go)\n**Lines**: 63 lines\n**Location**: a/store.go\n**Path**: b/store.go', claims: [{ value: 63, subject: { path: 'store.go' } }] },
  ],
  invalid: [
    '| Module | Lines |\n| --- | --- |\n| Parser | 365 |\n| **Total** | 900 |',
    '| File | Tests |\n| --- | --- |\n| `src/cli.ts` | 36 |',
    '`a.sh` (2K lines)',
    '### scripts/a.sh\n\nSize: 2K lines',
    '### scripts/a.sh\n\nSize: 2 KB',
    '### Coverage of src/a.ts\n\nLines: 30',
    '### `a.sh` and `b.sh`\n\nSize: 20 lines',
    '### Scripts\n\nSize: 20 lines',
    'Files created/modified, ~2,700 lines',
    '```bash\nwc -l scripts/x.sh # 12 lines\n```',
    'docs/audit/2025-10-07/AUDIT-REPORT.md','The script has many lines.', 'version 1.2 (40 lines of notes)', 'See https://example.com/a.md (12 lines)', 'Added 40 lines to the parser.'],
});
