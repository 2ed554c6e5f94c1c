import extractor from '../../extractors/code-at-lines.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: '**Location:** `/home/calounx/repo/scripts/setup.sh:1799-1800`', claims: [{ kind: 'file.snippet', subject: { path: '/home/calounx/repo/scripts/setup.sh' }, range: [1799, 1800], value: true }] },
    { markdown: '- **Location:** `web/app.py:251` - `timeout = max(exposure + 30, 60)`', claims: [{ subject: { path: 'web/app.py' }, range: [251, 251], value: 'timeout = max(exposure + 30, 60)' }] },
    { markdown: 'See lines 40-72 of auth/tokens.py (`refresh_token()`).', claims: [{ subject: { path: 'auth/tokens.py' }, range: [40, 72], value: 'refresh_token()' }] },
    { markdown: '`verify()` in `auth/tokens.py` lines 10-12', claims: [{ range: [10, 12], value: 'verify()' }] },
    // The name beside it: the row's label, another cell that is only a name, an item's lead words, a code span in the sentence.
    { markdown: '| Feature | Location |\n| --- | --- |\n| Start Agent | `agents.go:16` |', claims: [{ subject: { path: 'agents.go' }, range: [16, 16], value: 'Start Agent' }] },
    { markdown: '| Location | Handler |\n| --- | --- |\n| `agents.go:16` | `StopAgent` |', claims: [{ range: [16, 16], value: 'StopAgent' }] },
    { markdown: '- **Validate config**: `PLAN.md:40-60`', claims: [{ subject: { path: 'PLAN.md' }, range: [40, 60], value: 'Validate config' }] },
    { markdown: 'The fix is in `agents.go:16`, see `Agent.StopAgent` there.', claims: [{ range: [16, 16], value: 'Agent.StopAgent' }] },
    // Nothing that names a definition: one plain word, a sentence, a file, a name in the next sentence.
    { markdown: '| Area | Location |\n| --- | --- |\n| Authentication | `auth.go:40` |', claims: [{ range: [40, 40], value: true }] },
    { markdown: '- `agents.go:16` - handles the restart logic for every agent', claims: [{ range: [16, 16], value: true }] },
    { markdown: 'See `agents.go:16` and `docs/agents.md`.', claims: [{ range: [16, 16], value: true }] },
    { markdown: '**File 1: `src/services/openai.ts:1`**', claims: [{ range: [1, 1], value: true }] },
    { markdown: 'Fixed in `agents.go:16`. Later `StopAgent` changed too.', claims: [{ range: [16, 16], value: true }] },
    // A triage or audit table's ID and severity cells label the finding, not the code at its lines (w67:91, corpus 008).
    { markdown: '| ID | Severity | Source | Disposition |\n| --- | --- | --- | --- |\n| H-1 sum2 | HIGH | [JwtBearerConfigurator.cs:46-55](x) | filed |', claims: [{ range: [46, 55], value: true }] },
    { markdown: '| ID | Severity | Source |\n| --- | --- | --- |\n| F6 | MEDIUM | [ProductSnapshotContractTests.cs:19-41](x) |', claims: [{ range: [19, 41], value: true }] },
    { markdown: '| ID | Severity | Location |\n| --- | --- | --- |\n| SEC-001 | Medium | `lib/state.sh:40` |', claims: [{ range: [40, 40], value: true }] },
    { markdown: '| Status | Location |\n| --- | --- |\n| RESOLVED | `lib/state.sh:40` |', claims: [{ range: [40, 40], value: true }] },
    // A constant in a code span, and a name beside the ID, still name the code.
    { markdown: '| ID | Constant | Location |\n| --- | --- | --- |\n| C1 | `MAX_RETRIES` | `config.py:12` |', claims: [{ range: [12, 12], value: 'MAX_RETRIES' }] },
    { markdown: '| ID | Function | Location |\n| --- | --- | --- |\n| A1 | StopAgent | `agents.go:16` |', claims: [{ range: [16, 16], value: 'StopAgent' }] },
    // a threshold beside the reference is the other figure's target: the file is referred to as it is
    { markdown: '- ✅ Coverage threshold: 90% enforced in `.github/workflows/ci.yml:233`', claims: [{ range: [233, 233], tense: 'current' }] },
  ],
  invalid: ['Manual Backup Procedures (Lines 42-134)', 'Open http://example.com:8080 in a browser', 'Fixed at line 40.'],
});
