import extractor from '../../extractors/list-count.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    // a count of failures over a list naming the failing tests counts them (f01:64)
    { markdown: '**idempotency-extended.test.ts (2 failures)**:\n- `should hash directories recursively`\n- `should load valid cache file`', claims: [{ kind: 'listCount', value: 2 }] },
    { markdown: '**Files Created**: 2\n- `a.sh`\n- `b.sh`', claims: [{ kind: 'listCount', value: 2, text: 'Files Created: 2' }] },
    { markdown: '## Tools (27 total)\n\nSome tools:\n\n- one', claims: [{ kind: 'listCount', value: 27 }] },
    { markdown: '### High Priority: 1 ⚠️\n1. **Session tests hang** - blocks the suite', claims: [{ kind: 'listCount', value: 1 }] },
    { markdown: '### Critical Issues: 0 ❌\nNo critical issues.', claims: [{ kind: 'listCount', value: 0 }] },
    { markdown: '**Failing Tests Analysis (269 total)**:\n- API (~100 tests)\n- Other (~169 tests)', claims: [{ kind: 'listCount', value: 269 }] },
    { markdown: '### Hybrid Tools (19 tools - 70%)\n\nThese use Go first:\n\n1. **health** - native', claims: [{ kind: 'listCount', value: 19 }] },
    { markdown: '### Bridge Tools (1 tool, 4%)\n\nOnly one:\n\n1. **mlx**', claims: [{ kind: 'listCount', value: 1 }] },
    // a count of files over items that name files counts them (206:66)
    { markdown: '### Root Directory (4 files)\n- README.md - Main documentation\n- CHANGELOG.md - Version history', claims: [{ kind: 'listCount', value: 4 }] },
    // a heading ranking a count of things over their list names them as written (407:44, 002_fd:41)
    { markdown: '### **Top 3 Modules:**\n1. **A:** 80%\n2. **B:** 70%\n3. **C:** 60%', claims: [{ kind: 'listCount', value: 3, subject: { name: 'Top 3 Modules' } }] },
    // a count with a word before its noun, in a heading over the lists of its sub-sections (402:52, w10:289)
    { markdown: '## IMPLEMENTED SYSTEMS (19 Major Systems)\n\n### Core Systems\n1. **TinyURL System** - URLs\n2. **DNS System** - names', claims: [{ kind: 'listCount', value: 19, subject: { category: 'IMPLEMENTED SYSTEMS' } }] },
    { markdown: '## FILES CREATED (15 NEW FILES)\n\n### Core (9 files)\n1. `core/src/A.java` (13 KB)\n2. `core/src/B.java` (6 KB)', claims: [{ kind: 'listCount', value: 15 }, { kind: 'listCount', value: 9 }] },
    // what is counted: the title up to the noun it counts, with the noun of the parentheses or of the heading above
    { markdown: '## Tools Analysis (27 total)\n\nAll of them:\n\n- one', claims: [{ subject: { category: 'Tools' } }] },
    { markdown: '### All Resources Are Native (21 resources - 100%)\n\nList:\n\n- one', claims: [{ subject: { category: 'Resources' } }] },
    { markdown: '### Root Directory (4 files)\n- README.md\n- a.md\n- b.md\n- c.md', claims: [{ subject: { category: 'Root Directory files' } }] },
    { markdown: '## Issues Summary\n\n### High Priority: 1 ⚠️\n1. **Session tests hang**', claims: [{ subject: { category: 'High Priority Issues' } }] },
    { markdown: '## Issues Summary\n\n### Critical Issues: 0 ❌\nNone.', claims: [{ subject: { category: 'Critical Issues' } }] },
    { markdown: '### Summary (3 total)\n\nItems:\n\n- a', claims: [{ subject: { scope: 'all' } }] },
    // a count and its noun ending an item or paragraph with the colon of the list under it (104:111, w10:180, w25:166, 002_fd:173)
    { markdown: '- `src/api/gap_routes.py` with 4 endpoints:\n  - GET /gaps\n  - GET /rules', claims: [{ kind: 'listCount', value: 4, subject: { path: 'src/api/gap_routes.py' } }] },
    { markdown: 'The migration is well-structured with 5 steps:\n\n1. Add fields\n2. Add index', claims: [{ kind: 'listCount', value: 5, subject: { category: 'steps' } }] },
    // a count of tests over a list of test functions, one an item (w59:105, w01:52)
    { markdown: '**Tests Implemented** (12 tests, all passing):\n\n1. `test_mixer_creation_valid` - Valid mixer\n2. `test_mix_mode_sum` - Sum mode\n3. `test_reset` - Reset', claims: [{ kind: 'listCount', value: 12 }] },
    { markdown: '**Test Class: TestWebApp** (8 tests)\n- ✅ testIndexPage\n- ✅ testLogin()\n- ✅ TestLogout_Redirects - back home', claims: [{ kind: 'listCount', value: 8 }] },
  ],
  invalid: ['**Files Created**: 2\n\nNo list follows.',
    // a count of failures over a list that describes them counts tests, not items (503:209)
    '1. **Repo Controller Tests (30 failures)**\n   - All authenticated endpoints failing with 401\n   - Root cause: Test setup conn not persisting session',
    // a count of files over items naming no file describes kinds of files (206:72, w53:124)
    '### docs/ Directory (15 files)\n- API guides and references\n- Operations runbooks',
    '### Helpers (1 file)\n**TestHelpers.cs** - 15+ utility methods\n- Configuration builders\n- Mock builders', '**Total Failures:** 0', '- Emergency restore checklist (14 items)', 'Version: 3\n\n# Next', '### Priority: 2 ⚠️ of 5\n- one', '**Coverage**: 80 ✅', '### Phase 1 (2 days)\n\nWork:\n\n- a', '**Monitoring modules** (697 statements):\n- blocker', '### Unit Tests (12 tests)\n\nFiles:\n\n- `a.test.ts`',
    // a ranked count with no list in its section, or not a heading
    '### Top 3 Risks\n\n## Next', '**Top 3 modules** are covered well.',
    // a word before the noun, where either word counts something other than items (f10:561, w40:14), or files over items naming none
    '### Non-Critical Issues (4 Test Failures)\n\n1. **Module Resolution (1 test)**', '### Fully Tested (47 tests passing)\n\n- one',
    '## FILES CREATED (15 NEW FILES)\n\n### Core\n- the runtime\n- the generator', '**Systems (19 Major Systems)**\n\n- one',
    // a number that is part of a name before the colon: "Sesion 31", "v1alpha1" (304:243, 009:223); a count of tests
    'La Sesion 31 logro:\n\n- one\n- two',
    '**Low Priority - v1alpha1 Test Fixes:**\n\n- one',
    '- Add 5 tests:\n  - one',
    // a count of tests over classes or areas of them, or over one test only: not one test an item
    '**Unit tests** (9 tests):\n- TestDashboardMetrics (4 tests)\n- TestDashboardState (5 tests)',
    '**Security Tests** (14 tests):\n- SQL injection\n- XSS payloads',
    '**Tests** (3 tests):\n- `test_a` - one\n- Edge cases of the parser',
    '**Tests** (1 test):\n- `test_a` - one'],
});
