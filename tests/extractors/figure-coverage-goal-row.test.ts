import classifier from '../../extractors/figure-coverage-goal-row.js';
import { runCases } from '../helpers/extractor-cases.js';

const summary = (row: string, header = '| Requirement | Status | Notes |') => `## Summary\n\n${header}\n| --- | --- | --- |\n${row}`;

runCases(classifier, {
  valid: [
    // the status and notes of a row whose label states a coverage bar (201:207): where coverage stands, and the bar again
    { markdown: summary('| Test Coverage >95% | ⚠️ **91% - Below target** | Currently 91%, needs improvement to reach 95%. |'), claims: [
      { kind: 'coverage.lines', value: 91, tense: 'current', subject: { scope: 'all' } },
      { kind: 'coverage.lines', value: 91, tense: 'current', subject: { scope: 'all' } },
      { kind: 'coverage.lines', value: 95, tense: 'target', subject: { scope: 'all' } },
    ] },
    // the result of an objective "Expand coverage to 85%" (408:15); its "(50% progress)" is another measure
    { markdown: summary('| Expand coverage to 85% | 🟡 Partial | 24% achieved (50% progress) |', '| Objective | Status | Result |'), claims: [
      { kind: 'coverage.lines', value: 24, tense: 'current', subject: { scope: 'all' } },
    ] },
  ],
  invalid: [
    // a row naming coverage with no goal; a row of another measure's goal; a column that is no outcome
    summary('| Test Coverage | ✅ 91% | measured |'),
    summary('| Pass rate >95% | ⚠️ 91% | Currently 91% |'),
    summary('| Test Coverage >95% | 91% | 80% |', '| Requirement | Baseline | Weight |'),
    // a share of other things in the outcome
    summary('| Expand coverage to 85% | Partial | 50% of the modules |', '| Objective | Status | Result |'),
    summary('| Expand coverage to 85% | Partial | 50% progress |', '| Objective | Status | Result |'),
  ],
});
