import extractor from '../../extractors/commit-hash.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: '- `c7d6981` - Initial security fixes', claims: [{ kind: 'git.commit', subject: { name: 'c7d6981' }, value: true, text: 'c7d6981' }] },
    { markdown: 'Fixed in commit 2709e06.', claims: [{ subject: { name: '2709e06' } }] },
    { markdown: '**Commits**: 6 new commits (fbd76a5...c7d6981)', claims: [{ subject: { name: 'fbd76a5' } }, { subject: { name: 'c7d6981' } }] },
    { markdown: '| Task | Commit |\n| --- | --- |\n| Fix | c7d6981, fbd76a5 |', claims: [{ subject: { name: 'c7d6981' } }, { subject: { name: 'fbd76a5' } }] },
    { markdown: '```\n2709e06 feat: add tests\n```', claims: [{ subject: { name: '2709e06' } }] },
    // a short hash may have no letter; named as a commit it is still one
    { markdown: '- Commit `1234567`: 2 files changed', claims: [{ subject: { name: '1234567' } }] },
  ],
  invalid: ['Build 1234567 passed', '`1234567` rows imported', '3 commits 1234567 lines', 'Color `#abcdef1`', 'the deadbeef value', '| Task | Owner |\n| --- | --- |\n| Fix | c7d6981 |'],
});
