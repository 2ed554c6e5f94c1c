import classifier from '../../extractors/figure-coverage-goal.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(classifier, {
  valid: [
    // a threshold beside the measured figure (105): the metric the line names, tense target
    { markdown: '- **Branch Coverage**: 0.0% (threshold: 90%)', claims: [{ kind: 'coverage.branches', value: 90, tense: 'target', subject: { scope: 'all' } }] },
    // a target after a measured figure in one sentence (102)
    { markdown: 'Current coverage (35.12%) is below target (90.00%).', claims: [{ kind: 'coverage.lines', value: 90, tense: 'target' }] },
    // a goal of a list of steps (204), and a goal's own noun (102)
    { markdown: '4. Achieve 93%+ overall coverage', claims: [{ kind: 'coverage.lines', value: 93, qualifier: 'atLeast', tense: 'target' }] },
    { markdown: '- ✅ Coverage threshold updated to 90%', claims: [{ kind: 'coverage.lines', value: 90, tense: 'target' }] },
    // a goal's label under a coverage heading (204, 106)
    { markdown: '### Coverage History\n\n- **Target:** 93%+', claims: [{ kind: 'coverage.lines', value: 93, tense: 'target' }] },
  ],
  invalid: [
    // the measured figure itself, and one its words state as the present
    '- **Line Coverage**: 36.9% (threshold: 80%)'.replace(' (threshold: 80%)', ''),
    '✅ **Coverage Target** - In progress - current 35.12%',
    // a share of another measure on a coverage line
    '- Coverage target: 98% of the modules above the bar',
    // a target with no coverage on its line, label or heading
    '### Performance\n\n- **Target:** 95%',
    // a change of coverage is no goal
    'Need +14.83% coverage',
  ],
});
