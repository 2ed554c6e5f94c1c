import classifier from '../../extractors/figure-rate-section.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(classifier, {
  valid: [
    // state labels under a heading that names the pass rate: the tense from the label
    {
      markdown: '# Report\n\n## Pass Rate Trend\n\nTarget: **≥95.0%**\nCurrent: **83.94%**\nGap: **11.1%**\n',
      claims: [
        { kind: 'tests.passRate', value: 95, qualifier: 'atLeast', tense: 'target', subject: { scope: 'all' }, position: { line: 5, column: 11, offset: 40 } },
        { kind: 'tests.passRate', value: 83.94, tense: 'current', subject: { scope: 'all' }, position: { line: 6, column: 12 } },
      ],
    },
    // kinds of tests as item labels, the passed count and the total in the parenthesis
    {
      markdown: '# Report\n\n### Pass Rates\n- **Unit Tests**: 100% (70/70)\n- **Feature Tests**: 96% (48/50)\n',
      claims: [
        { kind: 'tests.passRate', value: 100, subject: { category: 'unit' } },
        { kind: 'tests.passed', value: 70, subject: { category: 'unit' } },
        { kind: 'tests.total', value: 70, subject: { category: 'unit' } },
        { kind: 'tests.passRate', value: 96, subject: { category: 'feature' } },
        { kind: 'tests.passed', value: 48, subject: { category: 'feature' } },
        { kind: 'tests.total', value: 50, subject: { category: 'feature' }, text: '50' },
      ],
    },
    { markdown: '# Report\n\n## Failure Rate\n\n- Overall: 2.5%\n', claims: [{ kind: 'tests.failRate', value: 2.5, subject: { scope: 'all' } }] },
  ],
  invalid: [
    // a heading that names no rate of tests
    '# Report\n\n## Coverage Trend\n\nTarget: **95%**\nCurrent: **83.94%**\n',
    '# Report\n\n## Deployment Success\n\n- Current: 99%\n',
    // labels that name another figure or something else than tests
    '# Report\n\n## Pass Rate Trend\n\nGap: **11.1%**\nChange: +3%\n',
    '# Report\n\n### Pass Rates\n- **Build pipeline**: 98%\n- **Coverage**: 80%\n',
    // a figure with its own noun, or no label before it
    '# Report\n\n## Pass Rate\n\n- Current: 83% of the endpoints\n',
    '# Report\n\n## Pass Rate\n\nThe suite passed at 83% last week.\n',
    // a ratio with no rate before it
    '# Report\n\n### Pass Rates\n- **Unit Tests**: (70/70)\n',
  ],
});
