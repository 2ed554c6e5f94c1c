import classifier from '../../extractors/figure-file-words.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(classifier, {
  valid: [
    // a heading naming a document and its length (w57:121)
    { markdown: '## Documentation Created\n\n### 1. CONTINUATION_GUIDE.md (6,500+ words)\n', claims: [{ kind: 'file.words', subject: { path: 'CONTINUATION_GUIDE.md' }, value: 6500, qualifier: 'atLeast' }] },
    // an item (w10:369)
    { markdown: '- ✅ PHASE1_WEEK2_PLAN.md (24,000 words)\n', claims: [{ kind: 'file.words', subject: { path: 'PHASE1_WEEK2_PLAN.md' }, value: 24000, qualifier: 'exact' }] },
    // a path in code
    { markdown: '- `docs/GUIDE.md` (~1,200 words)\n', claims: [{ kind: 'file.words', subject: { path: 'docs/GUIDE.md' }, value: 1200, qualifier: 'approx' }] },
  ],
  invalid: [
    // a description names no file (w10:370, w57:367)
    '- ✅ Research report (8,500 words)\n',
    '- 20,000+ words of comprehensive documentation\n',
    // the count is not in the parenthesis right after the name
    '- PHASE1_WEEK2_PLAN.md - the plan for the week (24,000 words)\n',
    // another noun
    '- `docs/GUIDE.md` (120 lines)\n',
    // a table cell
    '| File | Size |\n|---|---|\n| GUIDE.md | 1,200 words |\n',
  ],
});
