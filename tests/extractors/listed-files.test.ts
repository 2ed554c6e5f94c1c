import extractor from '../../extractors/listed-files.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    // w23's "**Files Created**:" over numbered items, each a path and what the file does.
    {
      markdown: '### Phase 12\n**Files Created**:\n1. `into/compile_errors/TypeMismatchSpec.scala` - Tests for type mismatch\n2. `into/compile_errors/DebugTypeCheckSpec.scala` - Placeholder for debugging',
      claims: [
        { kind: 'file.exists', subject: { path: 'into/compile_errors/TypeMismatchSpec.scala' }, value: true, tense: 'current', text: 'into/compile_errors/TypeMismatchSpec.scala' },
        { subject: { path: 'into/compile_errors/DebugTypeCheckSpec.scala' }, value: true },
      ],
    },
    // w06's heading with a mark over a bulleted list.
    { markdown: '### ✅ **Working Test Files:**\n- `tests/unit/test_config.py` - Configuration management (key fixes)', claims: [{ subject: { path: 'tests/unit/test_config.py' } }] },
    // 504's bold bare file names under "### Test Files Created:".
    { markdown: '### Test Files Created:\n\n1. **govc_test.go** - Integration tests for library API', claims: [{ subject: { path: 'govc_test.go' } }] },
    // 401's bare paths under "### Test Files Modified", a path alone on its item.
    { markdown: '### Test Files Modified\n1. tests/config_test.rs\n2. tests/e2e_test.rs', claims: [{ subject: { path: 'tests/config_test.rs' } }, { subject: { path: 'tests/e2e_test.rs' } }] },
    // A label that only names files: w32's "**Workflow files:**", 016's "File:" over one test file.
    { markdown: '**Workflow files:**\n- `.github/workflows/linter.yml` - Code quality checks', claims: [{ subject: { path: '.github/workflows/linter.yml' } }] },
    { markdown: 'File:\n\n- `packages/worktrees/src/main/remove-worktree.test.ts`', claims: [{ subject: { path: 'packages/worktrees/src/main/remove-worktree.test.ts' } }] },
    // f09's "### Created (3 files)" heading.
    { markdown: '### Created (3 files)\n1. `installer/install.py` - Python installer', claims: [{ subject: { path: 'installer/install.py' } }] },
    // w53's heading that counts the files it lists, over bold bare names after a mangled mark.
    { markdown: '### Models Tests (9 files)\n1. ? **FeatureFlagsTests.cs** - Feature flags\n   - Default values', claims: [{ subject: { path: 'FeatureFlagsTests.cs' } }] },
    // w63's counts with a word naming the files, w10's and w56's with a remark after a comma.
    { markdown: '**API Tests (5 test files)**\n- `auth.test.js` - Authentication and authorization tests', claims: [{ subject: { path: 'auth.test.js' } }] },
    { markdown: '**Integration Tests (1 test file)**\n- `tests/e2e.test.ts` - End-to-end workflow', claims: [{ subject: { path: 'tests/e2e.test.ts' } }] },
    { markdown: '**Existing Fixtures** (2 files, unchanged):\n- `/Tests/Fixtures/test-constitution.md`', claims: [{ subject: { path: '/Tests/Fixtures/test-constitution.md' } }] },
  ],
  invalid: [
    // A label that says nothing of the files being there.
    '**Files to review:**\n- `docs/a.md` - the design',
    // A heading that names tests but no files, or counts files inside its words rather than at its end.
    '### Working Tests\n- `tests/unit/test_config.py` - Configuration management',
    '### 9 files changed by the refactor, reviewed\n- `src/a.ts` - the parser',
    // More than one word between the count and "files", or a count of something else.
    '### Parser (5 big test files)\n- `src/a.test.ts` - the parser',
    '### API Tests (5 tests)\n- `auth.test.js` - Authentication',
    '### Setup (4 files to write, later)\n- `src/a.ts` - the parser',
    // More words than a name of files: a sentence about them.
    '**Files the next sprint should split:**\n- `src/a.ts` - the parser',
    // Files still to make, or gone.
    '**Files to create:**\n- `src/a.ts` - the parser',
    '### Missing Test Files\n- `tests/test_a.py` - parser',
    '### Files Removed\n- `src/old.ts`',
    // A figure on the item is the claim: measuring "(21 tests)" or "(13 KB)" finds the file or not.
    '## Test Files Created\n1. **internal/storage/sqlite_test.go** (21 tests)',
    '## FILES CREATED\n1. `core/src/SQLGenerator.java` (13 KB)',
    // An item marked as not there, an open task box.
    '**Files Created**:\n- ❌ `src/b.ts` - not written yet',
    '**Files Created**:\n- [ ] `src/c.ts` - the parser',
    // Words, not a path, open the item.
    '**New files:**\n- The parser in `src/a.ts`',
    // A path inside the item's words, not opening it.
    '**Files Created**:\n- Tests for `src/a.ts`',
  ],
});
