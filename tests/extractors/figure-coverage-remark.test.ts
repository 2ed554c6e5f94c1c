import classifier from '../../extractors/figure-coverage-remark.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(classifier, {
  valid: [
    // a part named before "has" (504)
    { markdown: '- The embedding system has excellent coverage (82.9%) despite being over-engineered', claims: [{ kind: 'coverage.lines', value: 82.9, tense: 'current', subject: { name: 'embedding system' } }] },
    // a grade after "coverage", after a status label (204)
    { markdown: '**Status:** ✅ Coverage Excellent (94%), ✅ All Tests Passing (845)', claims: [{ kind: 'coverage.lines', value: 94, tense: 'current', subject: { scope: 'all' } }] },
    // the project's coverage in a sentence about the project (shared f01), and a graded one in a list (w02)
    { markdown: '**Flowcraft is production-ready** with solid test coverage (81%) and all core features tested.', claims: [{ kind: 'coverage.lines', value: 81, subject: { scope: 'all' } }] },
    { markdown: '- Test coverage too low (50.4%) - risky to refactor', claims: [{ kind: 'coverage.lines', value: 50.4, subject: { scope: 'all' } }] },
    // the measured figure after the bar it met in a checked task (401)
    { markdown: '- [x] Code coverage > 80% (81.36%)', claims: [{ kind: 'coverage.lines', value: 81.36, tense: 'current', subject: { scope: 'all' } }] },
    // a metric named before "coverage"
    { markdown: 'The parser has good branch coverage (71%).', claims: [{ kind: 'coverage.branches', value: 71, subject: { name: 'parser' } }] },
  ],
  invalid: [
    // bands that define a grade: a heading, a lead-in label
    '### Perfect Coverage (100%)',
    '- **High Coverage (>90%):** Core camera implementations',
    // a range is a band too
    '- Modules with good coverage (70-90%) are listed below',
    // the parenthesis says what it counts
    'SpawnerSphereCore.java has low coverage (~5% uncovered)',
    // words other than grades between "coverage" and the figure
    '**3. Zero Coverage Modules (0%)**',
    // a sentence whose words before "coverage" are more than a name
    '- We should add tests where the code has coverage (40%) below the bar',
    // a signed figure is a change
    '- Overall coverage improved (+5%)',
  ],
});
