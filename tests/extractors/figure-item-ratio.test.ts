import classifier from '../../extractors/figure-item-ratio.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(classifier, {
  valid: [
    // the item's label names the part, the noun after the whole the things counted
    { markdown: '**Every public API has tests:**\n\n- Arena: 5/5 APIs ✅\n- Socket: 25/25 APIs ✅', claims: [
      { kind: 'ratio', value: 5, unit: 'ratio', text: '5/5', subject: { name: 'Arena' } },
      { kind: 'ratio', value: 25, unit: 'ratio', subject: { name: 'Socket' } },
    ] },
    { markdown: '- **Data Quality Validation:** 0/3 issues (clean data as expected)', claims: [{ kind: 'ratio', value: 0, subject: { name: 'Data Quality Validation' } }] },
    // a label made of the counted things and their status names those things
    { markdown: '- ✅ Runbooks complete: 10/10 runbooks', claims: [{ kind: 'ratio', value: 10, subject: { category: 'Runbooks' } }] },
    // no noun: a status word in the title says what the share counts
    { markdown: '- ✅ All runbooks complete (10/10)', claims: [{ kind: 'ratio', value: 10, subject: { category: 'runbooks' } }] },
  ],
  invalid: [
    // the share beside its percentage is the ratio extractor's
    '- **Schema Validation:** 3/3 deviations detected (100%)',
    // tests, coverage and scores are other classifiers'
    '- Unit: 8/10 tests passing',
    '- **Lines Covered**: 502/617',
    '- Security: 14/15 points',
    // a measure, not things counted; no noun and no status word; a place in a series
    '- Rating: 4/5 stars',
    '- Elapsed: 3/5 hours',
    '- Progress: 3/5',
    '- Sprint: 3/5 complete',
    // a part larger than its whole, an approximation, a paragraph or a table cell
    '- Arena: 6/5 APIs',
    '- Arena: ~5/5 APIs',
    'Arena: 5/5 APIs',
    '| Module | APIs |\n| --- | --- |\n| Arena | 5/5 APIs |',
  ],
});
