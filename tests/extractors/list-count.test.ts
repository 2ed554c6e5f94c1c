import extractor from '../../extractors/list-count.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: '**Files Created**: 2\n- `a.sh`\n- `b.sh`', claims: [{ kind: 'listCount', value: 2, text: 'Files Created: 2' }] },
    { markdown: '## Tools (27 total)\n\nSome tools:\n\n- one', claims: [{ kind: 'listCount', value: 27 }] },
    { markdown: '**Failing Tests Analysis (269 total)**:\n- API (~100 tests)\n- Other (~169 tests)', claims: [{ kind: 'listCount', value: 269 }] },
  ],
  invalid: ['**Files Created**: 2\n\nNo list follows.', '**Total Failures:** 0', '- Emergency restore checklist (14 items)', 'Version: 3\n\n# Next'],
});
