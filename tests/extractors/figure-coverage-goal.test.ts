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
    // a bare goal named by its noun, in a report whose title names coverage (408:470, 102:173, 406:273)
    { markdown: '# Test Coverage Expansion - Session Report\n\n## Summary\n\n✅ Identified clear path to 85% target', claims: [
      { kind: 'coverage.lines', value: 85, tense: 'target', subject: { scope: 'all' } },
    ] },
    { markdown: '# FINAL COVERAGE REPORT\n\n## Conclusion\n\nIterative refinement continuing to achieve 90%+ target.', claims: [
      { kind: 'coverage.lines', value: 90, qualifier: 'atLeast', tense: 'target' },
    ] },
    // a goal named right before the parenthesis that opens on it (406:170, as 102:116 "below target (90.00%)")
    { markdown: '# Test Coverage Week 1 Summary\n\n### Challenges Overcome\n\n- Stayed focused on Week 1 target (50%)', claims: [
      { kind: 'coverage.lines', value: 50, tense: 'target', subject: { scope: 'all' } },
    ] },
    // a role label's goal under a plan step's heading naming the part, in a report about coverage (407:79)
    { markdown: '# Session Summary - Test Coverage\n\n#### Priority 2: Tenant Isolation Service\n- Need: +26.41% (to reach 95%)', claims: [
      { kind: 'coverage.lines', value: 95, tense: 'target', subject: { name: 'Tenant Isolation Service' } },
    ] },
    // a goal word before the figure and the part after it, under a title naming coverage (405:133; 501:167 says coverage on its line)
    { markdown: '# Coverage Achievement Report\n\n## Future Goals\n\n- Target 95% for critical files (engine.rs, result.rs)', claims: [
      { kind: 'coverage.lines', value: 95, tense: 'target', subject: { category: 'critical files' } },
    ] },
    // a goal the text holds the measured figure against, under a coverage heading (201:18)
    { markdown: '### Current Coverage Status\n\n**Overall: 91%** (Below 95% requirement)', claims: [{ kind: 'coverage.lines', value: 95, qualifier: 'exact', tense: 'target', subject: { scope: 'all' } }] },
    // a goal in a cell of a row naming coverage (201:207)
    { markdown: '| Requirement | Status | Notes |\n| --- | --- | --- |\n| Test Coverage | ⚠️ Below target | Currently 91%, needs improvement to reach 95%. |', claims: [
      { kind: 'coverage.lines', value: 95, tense: 'target', subject: { scope: 'all' } },
    ] },
  ],
  invalid: [
    // a goal in a cell of a row naming another measure
    '| Requirement | Status | Notes |\n| --- | --- | --- |\n| Response time | ⚠️ Slow | needs improvement to reach 95% |',
    // a step heading's goal in a report that never says coverage; a goal for a part in a report not about coverage
    '# Session Summary\n\n#### Priority 2: Tenant Isolation Service\n- Need: +26.41% (to reach 95%)',
    '# Performance Report\n\n## Future Goals\n\n- Target 95% for critical files',
    // a bare goal in a report whose title names no coverage; a goal named by a label of another measure
    // (a goal for a part, "- Target 95% for critical files", is that part's: see the valid cases)
    '# Session Report\n\n## Summary\n\n✅ Identified clear path to 85% target',
    '# Test Coverage Report\n\n## Scaling\n\n- CPU Target: 70%',
    '# Session Report\n\n### Challenges\n\n- Stayed focused on Week 1 target (50%)',
    '# Test Coverage Report\n\n### Notes\n\n- The target (50 requests) was met',
    '# Test Coverage Report\n\n## Next\n\n- Complete the context manager to 95%',
    '# Test Coverage Improvement\n\n### Day 2 (2025-10-04 PM)\n\n**Key Achievement**: Exceeded 50% target by 41%!',
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
