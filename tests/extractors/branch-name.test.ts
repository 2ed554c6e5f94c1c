import extractor from '../../extractors/branch-name.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: '- **Branch:** `sprint/52-platform-alignment`', claims: [{ kind: 'git.branch', subject: { name: 'sprint/52-platform-alignment' }, value: true }] },
    { markdown: '**Branch**: main (6 commits ahead of origin)', claims: [{ subject: { name: 'main' } }] },
    { markdown: 'Work happens on branch `feature/x`.', claims: [{ subject: { name: 'feature/x' } }] },
    { markdown: '| Item | Value |\n| --- | --- |\n| Branch | develop |', claims: [{ subject: { name: 'develop' } }] },
    // a metadata head is one paragraph of broken lines: the label starts a line, not the paragraph
    { markdown: '**Date:** 2026-02-07\n**Branch:** main\n**Commit:** 43f9038', claims: [{ kind: 'git.branch', subject: { name: 'main' } }] },
    // a closing block after the last section states the report's branch, not a step still to take (205)
    { markdown: '## Next Steps\n\n1. Create PR and merge\n\n---\n\n**Date**: February 24, 2026\n**Branch**: `test/invoice-count-total`', claims: [{ subject: { name: 'test/invoice-count-total' }, tense: 'current' }] },
  ],
  invalid: ['Triggers: Push to phase3 branch, PR to main', 'Missing branch protection enforcement', 'Branch: -delete', '**Date**: 2026-02-24\n**Main Branch**: Has 27 pre-existing compilation errors', '**Status:** done\n**Branch:**\nmain'],
});
