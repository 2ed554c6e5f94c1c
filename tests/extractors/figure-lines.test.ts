import classifier from '../../extractors/figure-lines.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(classifier, {
  valid: [
    // the part a count's "lines of …" names, without praise (203:204, :219, :220; 005:555 "operational documentation")
    { markdown: '2. **29,230 lines of documentation** - Exceptionally well documented', claims: [
      { kind: 'file.lines', value: 29230, subject: { category: 'documentation' } },
    ] },
    { markdown: '✅ **29,230 lines** of thorough documentation', claims: [{ kind: 'file.lines', value: 29230, subject: { category: 'documentation' } }] },
    { markdown: '✅ **5,151 lines** of configuration and infrastructure', claims: [
      { kind: 'file.lines', value: 5151, subject: { category: 'configuration and infrastructure' } },
    ] },
    // a record whose file line names the file its Lines line measures (w17)
    { markdown: '### 1. EventsViewModelTest (29 tests)\n**File**: `shared/src/EventsViewModelTest.kt`\n**Lines**: 967\n**Duration**: 6.279s', claims: [{ kind: 'file.lines', value: 967, subject: { path: 'shared/src/EventsViewModelTest.kt' } }] },
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
    // a folder named with a trailing slash: everything under it
    { markdown: '- `src/` - the sources (4,000 lines)', claims: [{ kind: 'file.lines', value: 4000, subject: { path: 'src/**' } }] },
    // a folder named relative to the folder the heading above names
    { markdown: '### Source Code (`src/app/`) - 28,687 lines\n\n**Major Components:**\n- API Endpoints (`api/v1/`): ~4,500 lines', claims: [
      { kind: 'file.lines', value: 28687, subject: { path: 'src/app/**' } },
      { kind: 'file.lines', value: 4500, qualifier: 'approx', subject: { path: 'src/app/api/v1/**' } },
    ] },
    { markdown: '### Test Code (`tests/`) - 18,034 lines', claims: [{ value: 18034, subject: { path: 'tests/**' } }] },
    // a Lines column: the row names a file, a folder, a part, a subtotal of the table's part, or the whole
    { markdown: '## 1. Python Code (49,714 lines)\n\n| Component | Lines |\n| --- | --- |\n| **Source Code** (`src/`) | **28,687** |\n| **Root Python Files** | 894 |\n| **SUBTOTAL** | **49,714** |', claims: [
      { value: 49714, subject: { category: 'Python' } },
      { value: 28687, subject: { path: 'src/**' } },
      { value: 894, subject: { category: 'Root Python Files' } },
      { value: 49714, subject: { category: 'Python' } },
    ] },
    { markdown: '| File | Lines | Purpose |\n| --- | --- | --- |\n| `src/cli.ts` | 365 | CLI |\n| README.md | ~350 | Docs |', claims: [
      { kind: 'file.lines', value: 365, subject: { path: 'src/cli.ts' } },
      { kind: 'file.lines', value: 350, qualifier: 'approx', subject: { path: 'README.md' } },
    ] },
    // a coverage percentage alone beside a Lines column leaves it the file's length (fixtures/e2e/js-app)
    { markdown: '| File | Lines | Coverage | Status |\n| --- | --- | --- | --- |\n| `src/cart.js` | 37 | 100.00% | ✅ |', claims: [{ kind: 'file.lines', value: 37, subject: { path: 'src/cart.js' } }] },
    // a title over several files names a part; a total label the whole
    { markdown: '- Test Utilities (`conftest.py`, `factories.py`): ~534 lines', claims: [{ value: 534, subject: { category: 'Test Utilities' } }] },
    // in a list a title of line counts leads in, an item's label of words names a group of files (203:115, w59:16)
    { markdown: '**Root Documentation (17,181 lines):**\n- README.md: ~456 lines\n- Architecture docs: ~3,000 lines', claims: [
      { value: 456, subject: { path: 'README.md' } },
      { value: 3000, qualifier: 'approx', subject: { category: 'Architecture docs' } },
    ] },
    { markdown: '**Lines of Code Delivered**:\n- mod.rs: 50 lines\n- Integration tests: 455 lines', claims: [
      { value: 50, subject: { path: 'mod.rs' } },
      { value: 455, subject: { category: 'Integration tests' } },
    ] },
    // a count leading a list of files' line counts counts those files together, the part its label names (202:40, 203:104)
    { markdown: '- ✅ Unit tests created: 2,404 lines across 3 files\n  - `test_a.py`: 578 lines\n  - `test_b.py`: 596 lines\n  - Total: 100 test functions', claims: [
      { value: 2404, subject: { category: 'Unit tests created' } },
      { value: 578, subject: { path: 'test_a.py' } },
      { value: 596, subject: { path: 'test_b.py' } },
    ] },
    // one file listed under it is no list of files' line counts: lines created stay a change
    { markdown: '- Unit tests created: 2,404 lines\n  - `test_a.py`: 578 lines\n  - Other remarks', claims: [{ value: 578, subject: { path: 'test_a.py' } }] },
    { markdown: 'Docs written (1,000 lines):\n\n- `a.md`: 400 lines\n- `b.md`: 600 lines', claims: [
      { value: 1000, subject: { category: 'Docs written' } },
      { value: 400, subject: { path: 'a.md' } },
      { value: 600, subject: { path: 'b.md' } },
    ] },
    { markdown: '## GRAND TOTAL: **84,095 Lines**', claims: [{ value: 84095, subject: { scope: 'all' } }] },
    { markdown: '**Total Documentation**:\n- Total: 4,184+ lines', claims: [{ value: 4184, qualifier: 'atLeast', subject: { category: 'Documentation' } }] },
    { markdown: '### Documentation - 29,230 lines', claims: [{ value: 29230, subject: { category: 'Documentation' } }] },
    // a percentage elsewhere in the item, not right before the count, leaves it the file's length
    { markdown: '- `src/app.py` (96% covered) - the entry point (330 lines)', claims: [{ kind: 'file.lines', value: 330, subject: { path: 'src/app.py' } }] },
    { markdown: '### 1. Python Code (49,714 lines - 59.1%)', claims: [{ kind: 'file.lines', value: 49714 }] },
    { markdown: '- `docs/RUNBOOK.md`\n  - LOC: ~120', claims: [{ value: 120, qualifier: 'approx', subject: { path: 'docs/RUNBOOK.md' } }] },
  ],
  invalid: [
    // an item's label of words with no title of line counts above it, or under a sentence about the counts (202:40, :306)
    '- Unit tests created: 2,404 lines across 3 files',
    '**Verification**:\n- Integration tests with real models: 629 lines',
    'All file counts and line counts are VERIFIED and ACCURATE:\n\n- **Runbooks**: 3,873 lines (10 complete)',
    // lines of code or of tests are the code-lines and file-set readers' ("lines of production-ready code" is code)
    '✅ **28,687 lines** of production Python code',
    '✅ **18,034 lines** of comprehensive tests',
    '✅ **128 Files Updated** - 19,300+ lines of production-ready code',
    // a record naming two files, or a count that is no lines label of the record
    '**File**: `a/One.kt`\n**Path**: `b/Two.kt`\n**Lines**: 967',
    '**File**: `a/One.kt`\n**Tests**: 29',
    // w15: a SimpleCov table counts coverable lines, its TOTAL row sums them, not the files' lengths
    '| File | Lines Covered | Total Lines | Coverage |\n| --- | --- | --- | --- |\n| `app/models/user.rb` | 9 / 9 | 9 | **100.0%** |\n| **TOTAL MODELS** | **31 / 31** | **31** | **100.0%** |',
    // coverage.py's columns: statements and the missed ones
    '| Name | Lines | Miss | Cover |\n| --- | --- | --- | --- |\n| `src/a.py` | 40 | 4 | 90% |',
    // w18:307: the noun narrows the lines to the tests' (it was the repository's lines of code)
    '**Lines of Code**: ~5,000 test lines',
    // a change, lines per file, a function's length, a total nested under another item
    '**Lines Added in Recent Sessions:**\n- Test code: +6,500 lines',
    '| Metric | Value |\n| --- | --- |\n| **Code Density** | **361 lines/file** |',
    '- `parse()` in `src/a.ts`: the longest function (120 lines)',
    '- Runbooks complete\n  - Total lines: 3,873',
    '| File | Tests |\n| --- | --- |\n| `src/cli.ts` | 36 |',
    '| Module | Lines |\n| --- | --- |\n| Parser | 85% |',
    '`a.sh` (2K lines)',
    'Files created/modified, ~2,700 lines',
    'version 1.2 (40 lines of notes)',
    'Coverage:\n\n- `src/a.ts`: 120 lines',
    'Added 40 lines to the parser.',
    '- `src/a.ts` - 120 lines covered',
    '```ts\nconst x = 12; // `a.ts` 12 lines\n```',
    'See https://example.com/a.md (12 lines)',
    // w34 (in Russian): a line count right after a file's coverage percentage counts the lines the tool missed, not the file
    '### 1. pobapi/build_modifier.py - 96% (3 lines)\n**Uncovered lines:**\n- 149: `_pending_item_sets`',
    '- `src/app.py` - 96% (3 lines)',
    '- src/b.py: 91% coverage (12 lines missing)',
    '- `src/c.py`: 88%, ~40 lines',
    '#### `src/d.py` — **74%** (10 lines)',
  ],
});
