import extractor from '../../extractors/percent-of.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: 'Coverage is 78% (130% of target), against a target of 60%.', claims: [{ kind: 'percentOf', value: 130, unit: 'percent', text: '78% (130% of target), against a target of 60%' }] },
    { markdown: 'Target 60%: reached 78% (130% of target)', claims: [{ kind: 'percentOf', value: 130 }] },
    // The share as written, when its operands are not both in the block: the verifier says it cannot recompute it.
    { markdown: 'Coverage is 78% (130% of target).', claims: [{ kind: 'percentOf', value: 130, text: '130% of target' }] },
    { markdown: 'We hit 90% of the goal.', claims: [{ kind: 'percentOf', value: 90, subject: { scope: 'all' } }] },
    { markdown: 'Week 1 achieved **98% of the 50% target** with quality.', claims: [{ kind: 'percentOf', value: 98, text: '98% of the 50% target', tense: 'current' }] },
    { markdown: '**Achievement**: 46.36% → 49.06% (+2.70%) - 98% of Week 1 target!', claims: [{ kind: 'percentOf', value: 98, text: '98% of Week 1 target' }] },
    { markdown: '**Status:** ✅ **50% progress toward 85% coverage target**', claims: [{ kind: 'percentOf', value: 50, text: '50% progress toward 85% coverage target' }] },
    { markdown: '| Module | Coverage | Progress |\n|---|---|---|\n| **TOTAL** | **24%** | **50% to goal** |', claims: [{ kind: 'percentOf', value: 50, subject: { scope: 'all' } }] },
    { markdown: '- **Progress:** 50% of way there (9% of 18% gap closed)', claims: [{ kind: 'percentOf', value: 50, text: '50% of way there' }] },
    { markdown: '| File | Share |\n|---|---|\n| `src/auth.py` | 80% of target |', claims: [{ kind: 'percentOf', value: 80, subject: { path: 'src/auth.py' } }] },
    // A label that names how much of the target was reached (406:101, w78:433).
    { markdown: '- **Target achievement rate**: 114% (exceeded targets)', claims: [{ kind: 'percentOf', value: 114, subject: { scope: 'all' }, tense: 'current' }] },
    { markdown: '- **Target Achievement:** 103% (432 tests / 419 target)', claims: [{ kind: 'percentOf', value: 103, text: 'Target Achievement: 103%' }] },
  ],
  invalid: [
    '- **Coverage Target:** 100% (24.5% / 24.5% target)',
    '- **Achievement:** 98%',
    '- **Target achievements:** 3 of 4',
    '100% of targets met',
    '50% of the tests hit their target',
    'Coverage rose 50% to 60% against the goal.',
    'We are 80% of the way through the migration.',
    '50% progress on the refactor',
    '9% of 18% gap closed',
    '```\n90% of the goal\n```',
  ],
});
