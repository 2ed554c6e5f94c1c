/**
 * A title whose parenthesis holds its figure names that figure's part, and
 * the list it leads: each case is a report and the subject of the claim read
 * from the figure on its last line.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/commands/claims.js';
import { partNamedByTitle } from '../../src/figures/part-title.js';

const lastLineClaim = (markdown: string, kind: string) => {
  const line = markdown.split('\n').length;
  return readReport('case.md', markdown).claims.find((c) => c.position.line === line && c.kind === kind);
};

const cases: Array<[string, string, string, object]> = [
  ['a numbered heading over Before/After (501)', '### Detailed Changes\n\n#### 1. CI/CD & Deployment (+3.0 points)', 'change', { name: 'CI/CD & Deployment' }],
  ['a bold title leading its Before/After list (408)', '### Module-Level Improvements\n\n**Dashboard Module (+25%)**\n- Before: 5% (6/128 lines)', 'ratio',
    { name: 'Dashboard Module' }],
  // a coverage figure in the list such a title leads is that part's too, its count beside it with it (408:276)
  ['coverage in a list a bold title leads (408)', '## Coverage Improvement Analysis\n\n### Module-Level Improvements\n\n**Dashboard Module (+25%)**\n- Before: 5% (6/128 lines)',
    'coverage.lines', { name: 'Dashboard Module' }],
  // The whole stays the whole:
  ['coverage in a list a task leads (w38:305)', '## Coverage\n\n### This Week\n\n**Add toast package tests** (Priority 2)\n- Focus on 0% coverage methods',
    'coverage.functions', { scope: 'all' }],
  ['coverage in a title of its own state (102:116)', '## Coverage\n\nCurrent coverage (35.12%) is below target (90.00%).', 'coverage.lines', { scope: 'all' }],
  ['a title with figures of its own (202)', '### Summary\n\n### From 73/100 to 91/100 (+18 points)', 'change', { scope: 'all' }],
  ['a list led by a title without a figure', '### Module-Level Improvements\n\n**Dashboard Module**\n- Before: 5% (6/128 lines)', 'ratio', { scope: 'all' }],
];

describe('part-title: a title names the part of its figure', () => {
  it.each(cases)('%s', (_, markdown, kind, subject) => {
    expect(lastLineClaim(markdown, kind)?.subject).toEqual(subject);
  });

  it.each([
    ['1. CI/CD & Deployment', 'CI/CD & Deployment'],
    ['Dashboard Module', 'Dashboard Module'],
    ['Error Handling', 'Error Handling'],
    ['From 73/100 to 91/100', undefined],
    ['P0 Critical Blockers - COMPLETE', undefined],
    ['Test Coverage', undefined],
    ['Overall Progress', undefined],
    ['Newly Added Tests', undefined], // tests added: a change of the whole suite, not a part
    ['测试覆盖率提升', undefined],
    ['One two three four five six seven', undefined],
  ])('%j names %j', (title, part) => {
    expect(partNamedByTitle(title)).toBe(part);
  });
});
