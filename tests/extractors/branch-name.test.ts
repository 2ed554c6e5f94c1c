import extractor from '../../extractors/branch-name.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: '- **Branch:** `sprint/52-platform-alignment`', claims: [{ kind: 'git.branch', subject: { name: 'sprint/52-platform-alignment' }, value: true }] },
    { markdown: '**Branch**: main (6 commits ahead of origin)', claims: [{ subject: { name: 'main' } }] },
    { markdown: 'Work happens on branch `feature/x`.', claims: [{ subject: { name: 'feature/x' } }] },
    { markdown: '| Item | Value |\n| --- | --- |\n| Branch | develop |', claims: [{ subject: { name: 'develop' } }] },
  ],
  invalid: ['Triggers: Push to phase3 branch, PR to main', 'Missing branch protection enforcement', 'Branch: -delete'],
});
