import classifier from '../../extractors/figure-coverage-pair.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(classifier, {
  valid: [
    // a label of the progress made, under a heading naming coverage (406)
    { markdown: '# Test Coverage Improvement - Week 1 Summary\n\n**Achievement**: 46.36% → 49.06% (+2.70%)', claims: [
      { kind: 'coverage.lines', value: 46.36, tense: 'before', subject: { scope: 'all' }, position: { line: 3, column: 18, offset: 63 } },
      { kind: 'coverage.lines', value: 49.06, tense: 'current', subject: { scope: 'all' } },
    ] },
    // the label says coverage, the change comes first (406)
    { markdown: '### Day 1\n\n- Coverage gain: +0.68% (46.36% → 47.04%)', claims: [
      { kind: 'coverage.lines', value: 46.36, tense: 'before' },
      { kind: 'coverage.lines', value: 47.04, tense: 'current' },
    ] },
    // "from A% to B%" in a clause that says coverage (408)
    { markdown: '## Completed Tasks\n\nImproved coverage from 15% to 24% (+9%)', claims: [
      { kind: 'coverage.lines', value: 15, tense: 'before' },
      { kind: 'coverage.lines', value: 24, tense: 'current' },
    ] },
    // a file named before the pair, in a step of a plan: where it stands, and its goal (204)
    { markdown: '## Coverage Improvement Plan\n\n### Phase 1: Quick Wins\n\n- [ ] Add boundary tests to utils.py (92% → 95%)', claims: [
      { kind: 'coverage.lines', value: 92, tense: 'current', subject: { path: 'utils.py' } },
      { kind: 'coverage.lines', value: 95, tense: 'target', subject: { path: 'utils.py' } },
    ] },
    // steps of an estimate, a left side without its "%": where it stands, then a projection (406)
    { markdown: '# Report\n\n### Estimated Additional Coverage Potential\n\n- **Week 2**: 49 → 55% (+6% realistic)', claims: [
      { kind: 'coverage.lines', value: 49, tense: 'current' },
      { kind: 'coverage.lines', value: 55, tense: 'projected' },
    ] },
    // a closing summary under a plan's last heading is no step of it (408)
    { markdown: '# Report\n\n### Remaining Work\n\n- Expand tests\n\n**Coverage Gain:** +9% (15% → 24%)', claims: [
      { kind: 'coverage.lines', value: 15, tense: 'before' },
      { kind: 'coverage.lines', value: 24, tense: 'current' },
    ] },
    // a step marked done under "Final Recommendations" states what was done (005)
    { markdown: '# Report\n\n## Summary & Final Recommendations\n\n### Strengths\n\n7. ✅ Overall coverage improved (27% → 30%)', claims: [
      { kind: 'coverage.lines', value: 27, tense: 'before' },
      { kind: 'coverage.lines', value: 30, tense: 'current' },
    ] },
    // the right side in bold, and the whole system named by its label (407)
    { markdown: '### Coverage Gains:\n\n- System overall: ~24% → **~26%** (+2%)', claims: [
      { kind: 'coverage.lines', value: 24, qualifier: 'approx', tense: 'before', subject: { scope: 'all' } },
      { kind: 'coverage.lines', value: 26, qualifier: 'approx', tense: 'current', subject: { scope: 'all' } },
    ] },
    // a step of a plan that names the part it works on (408)
    { markdown: '# Coverage Report\n\n### Recommended Expansion Plan\n\n#### Phase 1: Scheduler Module (7% → 40% = +33%)', claims: [
      { kind: 'coverage.lines', value: 7, tense: 'current', subject: { name: 'Scheduler Module' } },
      { kind: 'coverage.lines', value: 40, tense: 'target', subject: { name: 'Scheduler Module' } },
    ] },
    // a verb after the figure says nothing of what it counts (405)
    { markdown: '## Conclusion\n\nThe coverage increase from 74.29% to 92.47% represents a significant improvement.', claims: [
      { kind: 'coverage.lines', value: 74.29, tense: 'before' },
      { kind: 'coverage.lines', value: 92.47, tense: 'current' },
    ] },
    // a step of work names the part (pair-part.ts): "Dashboard coverage increased 5× (5% → 30%)" (408:473)
    { markdown: '## Key Achievements\n\n- Dashboard coverage increased 5× (5% → 30%)', claims: [
      { kind: 'coverage.lines', value: 5, tense: 'before', subject: { name: 'Dashboard' } },
      { kind: 'coverage.lines', value: 30, tense: 'current', subject: { name: 'Dashboard' } },
    ] },
  ],
  invalid: [
    // another metric named by the label
    '## Test Coverage\n\n- **Pass rate**: 90% → 100%',
    // a part named by a lead-in that is no step of work: its subject is unknown
    '## Key Achievements\n\n- Dashboard coverage highlights (5% → 30%)',
    // nothing says coverage
    '## Results\n\n**Achievement**: 46.36% → 49.06%',
    // "to" without "from" is no pair: "increased 5 to 30%"
    '## Coverage\n\nThe suite increased 5 to 30% of files',
    // a table cell is read by the column classifiers
    '| Metric | Change |\n| --- | --- |\n| Coverage | 15% → 24% |',
    // a noun after the pair counts tests
    '## Coverage\n\n- Improved from 80% to 90% of tests passing',
    // a signed figure is a change
    '## Coverage\n\n- Coverage: +5% → +9%',
  ],
});
