import extractor from '../../extractors/commit-count.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: '**Branch**: main (6 commits ahead of origin)', claims: [{ kind: 'git.commits', subject: { name: 'origin..HEAD' }, value: 6 }] },
    { markdown: '**Commits**: 6 new commits (fbd76a5...c7d6981)', claims: [{ subject: { name: 'fbd76a5...c7d6981' }, value: 6 }] },
    { markdown: '14 commits since `v1.2.0`', claims: [{ subject: { name: 'v1.2.0..HEAD' }, value: 14 }] },
    { markdown: '5 commits since release-2.0', claims: [{ subject: { name: 'release-2.0..HEAD' }, value: 5 }] },
    // a count of the work's commits that names no range: the whole work's, which the git verifier leaves unverifiable (505:138, 302:137)
    { markdown: '- [x] All code committed (7 commits)', claims: [{ kind: 'git.commits', subject: { scope: 'all' }, value: 7, tense: 'current' }] },
    { markdown: '**Git提交**: 2个commits', claims: [{ kind: 'git.commits', subject: { scope: 'all' }, value: 2 }] },
  ],
  invalid: ['**Total**: 6 commits in this session', 'Squashed 3 commits.', 'Split the change into 3 commits', 'Keep PRs to max 5 commits', '2 commits ahead of -upload-pack', '6 new commits since the last release', '3 commits since yesterday'],
});
