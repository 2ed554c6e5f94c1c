import extractor from '../../extractors/diffstat.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: '`main..feature`: 117 files changed, 17,051 insertions(+), 1,234 deletions(-)', claims: [
      { kind: 'git.diffstat', subject: { name: 'main..feature' }, value: 117, text: '117 files changed' },
      { value: 17051, text: '17,051 insertions(+)' },
      { value: 1234, text: '1,234 deletions(-)' },
    ] },
    { markdown: '**Lines Changed**: ~10,000+ insertions, ~600 deletions', claims: [{ subject: { scope: 'all' }, value: 10000 }, { subject: { scope: 'all' }, value: 600, qualifier: 'approx' }] },
    { markdown: 'Commit `a1b2c3d`: 3 files changed, 40 insertions(+)', claims: [{ subject: { name: 'a1b2c3d' }, value: 3 }, { value: 40 }] },
    // a short hash with no letter, named as a commit
    { markdown: 'Commit `1234567`: 2 files changed, 3 insertions(+)', claims: [{ subject: { name: '1234567' }, value: 2 }, { value: 3 }] },
    // the merged branch named by the item it stands under (001)
    { markdown: '1. **Merged sprint/51-phase2-harden** into sprint/52-platform-alignment\n   - 117 files changed, 17,051 insertions', claims: [
      { subject: { name: 'sprint/51-phase2-harden' }, value: 117, text: '117 files changed' },
      { subject: { name: 'sprint/51-phase2-harden' }, value: 17051 },
    ] },
    { markdown: 'Merged `feature/login` into main: 3 files changed, 6 insertions(+)', claims: [{ subject: { name: 'feature/login' }, value: 3 }, { value: 6 }] },
    // a count of changed files beside git's words in its section (202, 002_fd), as a label's value too (001, 002_fd)
    { markdown: '## Files\n\n- **17 files changed** ✅\n- **9,771 insertions, 55 deletions** ✅', claims: [
      { subject: { scope: 'all' }, value: 17, text: '17 files changed' }, { value: 9771 }, { value: 55 },
    ] },
    { markdown: '**Lines Changed**: ~10,000+ insertions, ~600 deletions\n\n**Files Changed**: 40+', claims: [
      { value: 10000 }, { value: 600 }, { subject: { scope: 'all' }, value: 40, qualifier: 'atLeast', text: 'Files Changed: 40+' },
    ] },
    // git's words in another section leave a count of changed files alone
    { markdown: '## A\n\n- 9,771 insertions\n\n## B\n\n- **17 files changed**', claims: [{ value: 9771 }] },
  ],
  invalid: [
    '12 files changed to use the new API.', 'Reviewed 4 pull requests.',
    // no git word in the section
    '## Refactor\n\n- **Files Changed:** 12 files total\n- 40 lines rewritten',
  ],
});
