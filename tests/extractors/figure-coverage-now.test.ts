import classifier from '../../extractors/figure-coverage-now.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(classifier, {
  valid: [
    // a step of work in a coverage report's recommendations: the part it names, now (504)
    { markdown: '# govc Test Coverage Report\n\n### Recommendations:\n\n1. **Immediate Priority**:\n   - Add tests for AI/LLM package (currently at 0.8%)', claims: [
      { kind: 'coverage.lines', value: 0.8, tense: 'current', subject: { name: 'AI LLM package' } },
    ] },
    // a section that says coverage (w38)
    { markdown: '### Priority 2: Improve Poor Coverage\n\n- Add tests for tick() timer logic (currently 50%)', claims: [
      { kind: 'coverage.lines', value: 50, tense: 'current', subject: { name: 'tick timer logic' } },
    ] },
  ],
  invalid: [
    // nothing says coverage: a share of something else
    '### Next steps\n\n- Add tests for the parser (currently 50%)',
    // a step that names no part, a parenthesis that is no present state, a range
    '### Coverage plan\n\n- Add more tests (currently 40%)',
    '### Coverage plan\n\n- Add tests for the parser (target 80%)',
    '### Coverage plan\n\n- Add tests for the parser (currently 40-50%)',
    // a change, not a state
    '### Coverage plan\n\n- Add tests for the parser (currently +5%)',
  ],
});
