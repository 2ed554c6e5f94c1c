/**
 * A coverage figure followed by "of/on/for <part>" is that part's, not the
 * whole project's: each case is a report and the subject of the coverage
 * claim read from its last line.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/commands/claims.js';
import { coverageObject, isOwnPhrase } from '../../src/figures/coverage-object.js';

const lastLineCoverage = (markdown: string): unknown[] => {
  const line = markdown.split('\n').length;
  return readReport('case.md', markdown).claims.filter((c) => c.position.line === line && c.kind.startsWith('coverage.')).map((c) => c.subject);
};

const reports: Array<[string, string, unknown]> = [
  // The words after the figure name a part (502, 406, 501, w14).
  ['coverage of a part (502:191)', '# Report\n\n## Integration Test Requirements\n\nWhile unit tests provide 100% coverage of core logic, these tests run in-game.', { category: 'core logic' }],
  ['a target of a part (502:7)', '# Report\n\n## Summary\n\n**Coverage Target**: 100% of core business logic', { category: 'core business logic' }],
  ['coverage on a part after a label (406:207)', '# Report\n\n## Modules\n\n- **Payment/Billing**: 100% coverage on billing analytics', { category: 'billing analytics' }],
  ['coverage for a part', '# Report\n\n## Goals\n\n- Target: 50% coverage for critical paths', { category: 'critical paths' }],
  // No part: the whole project, a time, a run, a path beside it.
  ['of production code (203:65)', '# Report\n\n## Metrics\n\n- **Coverage:** ~75% of production code', { scope: 'all' }],
  ['in the next sprint (501:266)', '# Report\n\n## Plan\n\n- Target: 20-30% coverage in next sprint', { scope: 'all' }],
  ['across all systems (402:21)', '# Report\n\n## Status\n\nWe reached 100% test coverage across all systems.', { scope: 'all' }],
  ['across the workspace (the whole of a Rust workspace or monorepo)', '# Report\n\n## Details\n\nOverall coverage stands at 74% across the workspace.', { scope: 'all' }],
  ['a path beside it', '# Report\n\n## Files\n\n- `src/app.ts`: 90% coverage of the request handlers', { path: 'src/app.ts' }],
  ['plain coverage', '# Report\n\n## Status\n\nCoverage: 87%', { scope: 'all' }],
  // A row named by the figure's own phrase states the project's criterion (201:207, 002:294, 003:246).
  ['a criterion row', '# Report\n\n## Criteria\n\n| Criterion | Status |\n|---|---|\n| Test Coverage >95% | Below target |', { scope: 'all' }],
];

describe('coverage-object: the part a coverage figure is of', () => {
  it.each(reports)('%s', (_, markdown, subject) => {
    expect(lastLineCoverage(markdown)).toEqual([subject]);
  });

  it.each([
    [' of core logic, these tests', { category: 'core logic' }],
    [' on core session operations', { category: 'core session operations' }],
    [' for **critical paths**', { category: 'critical paths' }],
    [' of business-critical code with 30 tests', { category: 'business-critical code' }],
    [' of the source code', undefined],
    [' in combined run', undefined],
    [' across all systems', undefined],
    [' across the workspace', undefined],
    [' across the board', undefined],
    [' of the target', undefined],
    [' of `src/app.ts`', undefined],
    [' of 12 modules', undefined],
    [' (estimated)', undefined],
    [' of the payment and billing analytics service modules', undefined],
  ] as const)('%j names %j', (after, subject) => {
    expect(coverageObject(after)).toEqual(subject);
  });

  it.each([
    ['Test Coverage >95%', '>95%', true],
    ['Test coverage 75.4% → 97.0%', '75.4%', true],
    ['10.1 80% code coverage', '80%', true],
    ['Test Coverage 60%', '60%', true],
    // a name with other words, or without the figure, names a part
    ['Parser coverage 80%', '80%', false],
    ['Payment/Billing', '100%', false],
    ['Modules at 100%', '100%', false],
  ] as const)('%j is the own phrase of %j: %s', (name, figure, own) => {
    expect(isOwnPhrase(name, figure)).toBe(own);
  });
});
