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
  ],
  invalid: ['12 files changed to use the new API.', 'Reviewed 4 pull requests.'],
});
