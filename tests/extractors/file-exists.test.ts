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
    // Test files listed under a lead or heading that names files, each with what it is for (realworld w06:46–55, w53:19–60).
    { markdown: '### ✅ **Working Test Files:**\n- `tests/unit/test_config.py` - Configuration management (key fixes)', claims: [{ subject: { path: 'tests/unit/test_config.py' }, value: true }] },
    { markdown: '### Models Tests (9 files)\n1. ? **FeatureFlagsTests.cs** - Feature flags\n   - Default values', claims: [{ subject: { path: 'FeatureFlagsTests.cs' }, value: true }] },
    { markdown: '**Files Created:**\n- `tests/Feature/EmailPipelineIsolationTest.php`\n- `app/Jobs/Intake/ExtractEmailDataJob.php`', claims: [{ subject: { path: 'tests/Feature/EmailPipelineIsolationTest.php' }, value: true }] },
    { markdown: '### 测试文件\n- `tests/unit/test_config.py` - 配置', claims: [{ subject: { path: 'tests/unit/test_config.py' }, value: true }] },
  ],
  invalid: ['Log: see reports/a.log and reports/b.log for details', 'Output: 3 files', 'The backup script exists.', 'scripts/backup.sh exists', '`backup` exists',
    // A test file in prose, one to write, or with no result, is not said to be there.
    'tag-template.test.ts - All passing', '- [ ] tag-template.test.ts - tests passing once written', '- Add tag-template.test.ts - covers templates',
    '- tag-template.test.ts', '- README.md - All passing', '- ✅ `src/test.c` - All passing',
    // With a count, the count is the claim: measuring it finds the file.
    // Test files under a heading that names no files, or files still to write, gone or missing, or with a count.
    '### Working Tests\n- `tests/unit/test_config.py` - Configuration management', '### Test Files to Create\n- `tests/unit/test_config.py` - Configuration',
    '### Removed Test Files\n- `tests/unit/test_old.py` - Old parser', '### Test Files\n- ❌ `tests/unit/test_config.py` - Configuration (missing)',
    '### Test Files\n- [ ] `tests/unit/test_config.py` - Configuration', 'Unit tests across 3 files:\n  - `test_quality_checker.py`: 578 lines', '### Test Files\n- `tests/unit/test_config.py` - Configuration (12 tests)',
    '- ✅ pipeline-path-based.test.ts - All 21 tests passing', '- `tests/test_auth.py` - 21 tests (18 passed, 3 skipped)', '- test_parser.py: 12/12 passing'],
});
