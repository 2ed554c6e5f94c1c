import extractor from '../../extractors/code-at-lines.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: '**Location:** `/home/calounx/repo/scripts/setup.sh:1799-1800`', claims: [{ kind: 'file.snippet', subject: { path: '/home/calounx/repo/scripts/setup.sh' }, range: [1799, 1800], value: true }] },
    { markdown: '- **Location:** `web/app.py:251` - `timeout = max(exposure + 30, 60)`', claims: [{ subject: { path: 'web/app.py' }, range: [251, 251], value: 'timeout = max(exposure + 30, 60)' }] },
    { markdown: 'See lines 40-72 of auth/tokens.py (`refresh_token()`).', claims: [{ subject: { path: 'auth/tokens.py' }, range: [40, 72], value: 'refresh_token()' }] },
    { markdown: '`verify()` in `auth/tokens.py` lines 10-12', claims: [{ range: [10, 12], value: 'verify()' }] },
  ],
  invalid: ['Manual Backup Procedures (Lines 42-134)', 'Open http://example.com:8080 in a browser', 'Fixed at line 40.'],
});
