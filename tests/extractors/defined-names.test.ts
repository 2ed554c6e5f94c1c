import extractor from '../../extractors/defined-names.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    // A heading names a test class; its items are test names, in a list or as numbered lines of a paragraph (w32).
    {
      markdown: '### StockAdjustmentTest (13 tests)\n\n**Setup:**\n1. ✅ `test_can_create_draft`\n\n**Posting Workflow:**\n6. ✅ `test_can_post`',
      claims: [
        { kind: 'file.defines', subject: { name: 'StockAdjustmentTest' }, value: 'test_can_create_draft', text: '`test_can_create_draft`' },
        { subject: { name: 'StockAdjustmentTest' }, value: 'test_can_post', text: '`test_can_post`' },
      ],
    },
    // A heading or a parent item names a test file; names, titles and bare test names (w01, 016, 506).
    { markdown: '### 2. Configuration Tests (tests/config_test.rs)\n\n- `test_minimal_valid_config`: Minimal required fields', claims: [{ subject: { path: 'tests/config_test.rs' }, value: 'test_minimal_valid_config' }] },
    { markdown: '### 2. `src/client/Panel.test.tsx`\n\n- Failing tests:\n  - `switches to history and back`', claims: [{ subject: { path: 'src/client/Panel.test.tsx' }, value: 'switches to history and back' }] },
    { markdown: '### test_math_game.py (20 tests)\n\n1. **TestHighscoreManager** (5 tests)\n   - ✅ test_load_no_file - Verify empty load', claims: [{ subject: { path: 'test_math_game.py' }, value: 'TestHighscoreManager' }, { subject: { path: 'test_math_game.py' }, value: 'test_load_no_file' }] },
    // A test file's items describe tests: "Missing listen field" is what the test checks.
    { markdown: '### tests/config_test.rs\n\n- `test_invalid_config_missing_listen`: Missing listen field', claims: [{ value: 'test_invalid_config_missing_listen' }] },
    // A file of source code: the functions it defines, not tests (w35:47, 104).
    {
      markdown: '### oiduna_auth\n\n- `dependencies.py` の `verify_client_token()`, `get_current_client_id()` 関数',
      claims: [
        { subject: { path: 'dependencies.py' }, value: 'verify_client_token()', text: '`verify_client_token()`' },
        { subject: { path: 'dependencies.py' }, value: 'get_current_client_id()' },
      ],
    },
    { markdown: '### src/core/readiness.py\n\n**Patterns followed:**\n- `assess_from_report()` separated from `assess()`', claims: [{ subject: { path: 'src/core/readiness.py' }, value: 'assess_from_report()' }] },
  ],
  invalid: [
    // The tests of a source file are in another file (w34's "### ✅ build_modifier.py" over test names; 405's "(result.rs)").
    '### ✅ calculator/engine.py (18 строк)\n- `test_init_with_custom_modifier_system` - покрывает строки 106-121',
    // A title under a file of source code is no name of it.
    '### src/app.ts\n- `starts the server on boot`',
    // Nothing names the file.
    '### Unit tests\n- `test_can_post`',
    // A heading naming a document, not code.
    '### README.md\n- `install`: how to install',
    // A list of what is not there: missing, to add, crossed out.
    '### src/auth.py\n**Missing functions:**\n- `refresh_token()`',
    '### src/auth.py\n- `refresh_token()` - not implemented',
    '### tests/test_auth.py\n- ❌ `test_refresh`',
    // A file in backticks, a command, a sentence: no names.
    '### tests/test_auth.py\n- `tests/helpers.py` - shared fixtures\n- `pytest -k auth --maxfail=1 -q`',
    // Commands in backticks under a test file are no test titles: a program first, or a flag.
    '### tests/test_auth.py\n- `npm test` - runs the suite\n- `pytest -v`\n- `go test ./...`',
    '### src/Panel.test.tsx\n- `run all --watch`',
    // A name later in the item is not what the item opens with.
    '### tests/test_auth.py\n- Checks that `test_refresh` passes',
  ],
});
