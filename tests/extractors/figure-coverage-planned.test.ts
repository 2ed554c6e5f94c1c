import classifier from '../../extractors/figure-coverage-planned.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(classifier, {
  valid: [
    // a component's goal in a list of recommendations (504)
    { markdown: '2. **Medium Priority**:\n   - Increase main package coverage to >50%', claims: [{ kind: 'coverage.lines', value: 50, qualifier: 'atLeast', tense: 'target', subject: { name: 'main package' } }] },
    { markdown: '- Improve AI search coverage to >50%', claims: [{ kind: 'coverage.lines', value: 50, tense: 'target', subject: { name: 'AI search' } }] },
    // a glob's goal (504)
    { markdown: '- Increase pkg/* coverage to >70%', claims: [{ kind: 'coverage.lines', value: 70, tense: 'target', subject: { path: 'pkg/*' } }] },
    // the project's goal (501, 002, w02), and a metric named between verb and noun
    { markdown: '- Expand test coverage to 50%', claims: [{ kind: 'coverage.lines', value: 50, qualifier: 'exact', tense: 'target', subject: { scope: 'all' } }] },
    { markdown: '4. Increase test coverage to 50%', claims: [{ kind: 'coverage.lines', value: 50, tense: 'target', subject: { scope: 'all' } }] },
    { markdown: '2. Improve test coverage to 80%+ (if needed after fixes)', claims: [{ kind: 'coverage.lines', value: 80, qualifier: 'atLeast', tense: 'target', subject: { scope: 'all' } }] },
    { markdown: '- Raise branch coverage to 90%', claims: [{ kind: 'coverage.branches', value: 90, tense: 'target', subject: { scope: 'all' } }] },
    { markdown: '- Increase `src/api/handlers.py` coverage to 85%', claims: [{ kind: 'coverage.lines', value: 85, tense: 'target', subject: { path: 'src/api/handlers.py' } }] },
  ],
  invalid: [
    // what was done: the figure is where coverage stands
    '- Increased test coverage to 80%',
    'We improved coverage to 72% this sprint.',
    // a verb that is no goal's
    '- Measured coverage to 80%',
    // a change still to make from one figure to another is tense.ts's planned change, read by the others
    '- Increase coverage from 30% to 80%'.replace('to 80%', 'by 50 points'),
    // a sentence whose words before "coverage" are more than a name
    '- Increase the number of tests that give the worker module its coverage to 90%',
    // a change of coverage, signed
    '- Increase coverage to +5%',
  ],
});
