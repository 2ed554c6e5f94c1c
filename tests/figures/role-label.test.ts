/**
 * A label that gives a line its role ("Target:", "Requirement:") and a row or
 * parent item that names a task ("Maintain test pass rate") name no part of
 * the project: each case is a report and the subject of the claim read from
 * its last line.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/commands/claims.js';
import { isMetricRow, isRoleLabel, isTaskLead } from '../../src/figures/role-label.js';

const lastLineClaim = (markdown: string, kind: string) => {
  const line = markdown.split('\n').length;
  return readReport('case.md', markdown).claims.find((c) => c.position.line === line && c.kind === kind);
};

const cases: Array<[string, string, string, object]> = [
  ['a requirement label (106)', '# Report\n\n## Summary\n- **Requirement:** >75% coverage ⚠️ **NEEDS IMPROVEMENT**', 'coverage.lines', { scope: 'all' }],
  ['a label of praise (405)', '# Report\n\n## Conclusion\n\n**Mission Accomplished: 92.47% Coverage Achieved! 🚀**', 'coverage.lines', { scope: 'all' }],
  ['a state label under a parent naming a module (408)', '# Report\n\n## Modules\n- **NLP Module** (Maintained 63%)\n  - Stable: 63% coverage maintained',
    'coverage.lines', { name: 'NLP Module' }],
  ['a task row (408)', '# Report\n\n| Objective | Status | Result |\n|---|---|---|\n| Maintain test pass rate | ✅ Complete | 100% (75/75 passing) |',
    'tests.passed', { scope: 'all' }],
  ['a task row (402)', '# Report\n\n| Task | Status | Details |\n|---|---|---|\n| **Verify 100% test coverage across all systems** | ⚠️ PARTIAL | Current coverage is 7.5% |',
    'coverage.lines', { scope: 'all' }],
  ['a label under a task item (501)', '# Report\n\n## Next Steps\n1. **Add More Tests**\n   - Target: 20-30% coverage in next sprint', 'coverage.lines', { scope: 'all' }],
  ['a kind of part before "at" (406)', '# Report\n\n## Day 2\n\n**Key Achievement**: First module at 100% coverage!', 'coverage.lines', { name: 'First module' }],
  ['a row naming a measure of coverage (408; also 024, 405)', '# Report\n\n| Category | Before | After | Change |\n|---|---|---|---|\n| Covered Statements | 160 | 258 | +98 |',
    'change', { scope: 'all' }],
  // A part stays a part:
  ['a row naming a component called Percentage (w01)', '# Report\n\n## Tests by Component\n\n| Component | Tests | Status |\n|---|---|---|\n| Percentage | 3 | ✅ Pass |',
    'tests.total', { name: 'Percentage' }],
  ['a label naming a component, narrowed by the words after the figure (coverage-object.ts)', '# Report\n\n## Modules\n- **Payment/Billing**: 100% coverage on billing analytics', 'coverage.lines', { category: 'billing analytics' }],
  ['a label naming a component', '# Report\n\n## Modules\n- **Payment/Billing**: 100% coverage', 'coverage.lines', { name: 'Payment/Billing' }],
  ['a row naming a file that opens with a verb\'s letters', '# Report\n\n| Module | Coverage |\n|---|---|\n| verify_deployment_readiness.py | 12% |',
    'coverage.lines', { path: 'verify_deployment_readiness.py' }],
];

describe('role-label: a role label or a task names no part', () => {
  it.each(cases)('%s', (_, markdown, kind, subject) => {
    expect(lastLineClaim(markdown, kind)?.subject).toEqual(subject);
  });

  it.each([
    ['Target', true], ['Key Achievement', true], ['**Expected Result**', true], ['Current', true], ['Reason', true], ['**Output**', true],
    ['Payment/Billing', false], ['Session Management', false], ['AB Testing', false], ['', false],
  ] as const)('label %j is a role: %j', (label, role) => {
    expect(isRoleLabel(label)).toBe(role);
  });

  it.each([
    ['Lines', true], ['**Covered Statements**', true], ['Coverage %', true], ['Coverage', false], ['Percentage', false], ['Parser', false], ['', false],
  ] as const)('row %j names a measure: %j', (row, metric) => {
    expect(isMetricRow(row)).toBe(metric);
  });

  it.each([
    ['Maintain test pass rate', true], ['1. Implement comprehensive test suites', true], ['**Add More Tests**', true],
    // a run of the suites is a piece of work too (402:28); a one-word "Runtime" is no verb
    ['**Run comprehensive test suites**', true], ['Runtime checks', false],
    ['Fix AB Testing Failures', false], ['verify_deployment_readiness.py', false], ['Audit Service', false], ['Verify', false],
  ] as const)('lead %j is a task: %j', (lead, task) => {
    expect(isTaskLead(lead)).toBe(task);
  });
});
