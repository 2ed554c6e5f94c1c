import classifier from '../../extractors/figure-heading-counts.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(classifier, {
  valid: [
    // a share alone in a heading's parentheses, with the status it counts in the title
    { markdown: '## Healthy Services (9/11)\n\n- api', claims: [{ kind: 'ratio', value: 9, unit: 'ratio', subject: { category: 'Healthy Services' } }] },
    { markdown: '### ✅ **Verified Claims (7/8)**\n\n- a', claims: [{ kind: 'ratio', value: 7 }] },
    // a count alone in a heading's parentheses counts its list
    { markdown: '## 8. COMANDOS CLI DISPONIBLES (20)\n\n1. `train`', claims: [{ kind: 'listCount', value: 20, unit: 'count' }] },
    { markdown: '## Open Issues (4) ⚠️\n\n- one', claims: [{ kind: 'listCount', value: 4 }] },
    // a test noun that names what holds tests: the heading counts files (505)
    { markdown: '### Test Files Created (10)\n\n1. **test_arena.c** - 15 tests', claims: [{ kind: 'listCount', value: 10, subject: { category: 'Test Files Created' } }] },
  ],
  invalid: [
    // tests are the test classifiers', scores the score classifier's
    '## Failing Tests (4)\n\n- test_a',
    '#### Passing Tests (22/24)\n\n- ✅ Logging',
    '## Quality Score (9/10)\n\n- a',
    '## Scorecard\n\n### Security (14/15)\n\n- a',
    // a share without a status word, or larger than its whole
    '## Services (9/11)\n\n- api',
    '## Healthy Services (12/11)\n\n- api',
    // a count with its noun is another extractor's; a count in the title's words is no count of the list
    '### Root Directory (4 files)\n\n- a',
    '## Top 3 Modules\n\n- a',
    // a step, a version, an approximation
    '## Phase (3)\n\n- a',
    '## Python (3)\n\n- a',
    '## Open Issues (~4)\n\n- a',
    // a parenthesis in a paragraph, not a heading
    'Healthy Services (9/11)\n\n- api',
  ],
});
