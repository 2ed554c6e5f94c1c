import classifier from '../../extractors/figure-coverage-history.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(classifier, {
  valid: [
    // the steps of a history (204): past states of the project's coverage
    { markdown: '### Coverage History\n\n- **Phase 1 Refactoring:** 85%\n- **Phase 2 Testing:** 88%', claims: [
      { kind: 'coverage.lines', value: 85, tense: 'historical', subject: { scope: 'all' } },
      { kind: 'coverage.lines', value: 88, tense: 'historical', subject: { scope: 'all' } },
    ] },
    // the steps of a timeline toward a goal (408): projections
    { markdown: '### Timeline to 85% Coverage\n\n- **After Phase 1:** 35% (2 hours)', claims: [{ kind: 'coverage.lines', value: 35, tense: 'projected', subject: { scope: 'all' } }] },
    { markdown: '## Test Coverage Trend\n\n- Sprint 3: 62%', claims: [{ kind: 'coverage.lines', value: 62, subject: { scope: 'all' } }] },
  ],
  invalid: [
    // a label that is no step of a series (read by the other coverage classifiers)
    '### Coverage History\n\n- **Current:** 91%',
    // a heading that names a part, or no record
    '### API Coverage History\n\n- **Phase 1:** 85%',
    '### Coverage\n\n- **Phase 1:** 85%',
    // a history of something else
    '### Test Count History\n\n- **Phase 1:** 85%',
    // a figure that counts something else
    '### Coverage History\n\n- **Phase 1:** 85% of the modules',
  ],
});
