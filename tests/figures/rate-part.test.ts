/**
 * A rate of tests is the rate of the tests its own line or section counts:
 * each case is a report and the subject of the rate claim read from its last
 * line.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/commands/claims.js';
import { testsLabelPart } from '../../src/figures/rate-part.js';

const lastLineClaim = (markdown: string, kind: string) => {
  const line = markdown.split('\n').length;
  return readReport('case.md', markdown).claims.find((c) => c.position.line === line && c.kind === kind);
};

const cases: Array<[string, string, string, object]> = [
  ['a rate beside a count of the heading\'s kind (404)', '# Report\n\n#### **Framework Integration Tests**\n- **Total Tests:** 39\n- **Passed:** 6 (15.4%)',
    'tests.passRate', { category: 'framework integration' }],
  ['a failure rate beside its count (404)', '# Report\n\n#### **Unit Test Suite (pytest)**\n- **Total Tests:** 305\n- **Failed:** 0 (0%)', 'tests.failRate', { category: 'unit' }],
  ['a labelled rate under a heading naming a kind (404)', '# Report\n\n### 🧪 **SMOKE Tests** (Basic Framework Functionality)\n- **Passed:** 5\n- **Success Rate:** 17.2%',
    'tests.passRate', { category: 'smoke' }],
  ['a rate under a phase heading naming a kind (206)', '# Report\n\n### Phase 2: API Endpoint Tests ✅\n- Created 137 endpoint tests\n- 100% passing',
    'tests.passRate', { category: 'api endpoint' }],
  // the fraction's parts on the line are read from the same heading (figure-test-fraction), as written there
  ['a rate beside its parts under a phase heading (206)', '# Report\n\n### Phase 2: API Endpoint Tests ✅\n- Created 137 endpoint tests\n- 100% passing (137/137)',
    'tests.passRate', { category: 'API Endpoint' }],
  ['a rate whose parenthesis names the kind its count counts (013)', '# Report\n\n⚠️ **Test Status:** 95.3% passing (182/191 non-session tests)',
    'tests.passRate', { category: 'non-session' }],
  ['a change beside the levels of a named part (407; 406 with a path)', '# Report\n\n### Coverage Gains:\n- **Enhanced Context Manager:** 75.29% → **80.17%** (+4.88%)',
    'change', { name: 'Enhanced Context Manager' }],
  // the rate's own label names its tests (408, f01, f10, w06)
  ['a rate in parentheses after a heading\'s title naming a kind (f01)', '# Report\n\n### Unit Tests (95.3% passing)', 'tests.passRate', { category: 'unit' }],
  // a tree in a plain-text block, left open so that its last line is the report's
  ['a rate in parentheses after a tree node naming a kind (408)', '# Report\n\n```\ntests/\n├── Core Unit Tests (100% passing)', 'tests.passRate', { category: 'core unit' }],
  ['a rate after a label naming a kind (f10)', '# Report\n\n## Results\n- All AI integration tests: 100% passing', 'tests.passRate', { category: 'ai integration' }],
  // a label naming what passes before a rate written with its status (013, w16)
  ['a rate with its status after a label naming a part (013)', '# Report\n\n## Sign-Off\n- Core functionality: 100% passing', 'tests.passRate', { category: 'core functionality' }],
  ['a rate with its status after a label naming a class (w16)', '# Report\n\n**Summary**:\n- VendingViewModel: 46% passing (known dispatcher limitation)', 'tests.passRate', { name: 'VendingViewModel' }],
  // The whole stays the whole:
  ['a rate with its status after a label naming no part (f01)', '# Report\n\n## Results\n- Test coverage: 81% passing', 'tests.passRate', { scope: 'all' }],
  ['a rate with its status after a role label', '# Report\n\n## Results\n- **Status:** 100% passing', 'tests.passRate', { scope: 'all' }],
  ['a rate after a label naming a practice', '# Report\n\n## Quality\n- **Zero-regression testing**: 100% pass rate maintained', 'tests.passRate', { scope: 'all' }],
  ['a change beside the whole\'s levels', '# Report\n\n### Coverage Gains:\n- System overall: ~24% → ~26% (+2%)', 'change', { scope: 'all' }],
  ['a rate under a heading naming no kind', '# Report\n\n## Test Results\n- **Passed:** 305 (100%)', 'tests.passRate', { scope: 'all' }],
  ['a rate under a heading naming a file', '# Report\n\n### 3. VerifiedNN/Testing/Integration.lean\n- Current pass rate: ~14%', 'tests.passRate', { scope: 'all' }],
  ['a rate under the report\'s title only', '# Unit Test Report\n\n- **Passed:** 305 (100%)', 'tests.passRate', { scope: 'all' }],
];

describe('rate-part: a rate of tests is of the tests its line or section counts', () => {
  it.each(cases)('%s', (_, markdown, kind, subject) => {
    expect(lastLineClaim(markdown, kind)?.subject).toEqual(subject);
  });
});

describe('testsLabelPart: the kind of tests a label ending in a test noun names', () => {
  it.each([
    ['Core Unit Tests', { category: 'core unit' }],
    ['**Unit Specs**:', { category: 'unit' }],
    ['Integration test cases', { category: 'integration' }],
    ['E2E Test', { category: 'e2e' }],
    // a practice, not tests counted one by one
    ['Zero-regression testing', undefined],
    ['Integration test suites', undefined],
    ['Unit Tests coverage', undefined],
    [undefined, undefined],
  ])('%j names %j', (label, subject) => {
    expect(testsLabelPart(label)).toEqual(subject);
  });
});
