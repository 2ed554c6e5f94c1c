import { describe, expect, it } from 'vitest';
import { qualifierOf } from '../../src/check/subject-qualifier.js';

const cases: Array<{ line: string; category: string; want: string | undefined }> = [
  { line: '| **Integration Tests (Neo4j)** | 521 | ✅ All passing |', category: 'integration', want: 'neo4j' },
  { line: '3. Run the 9 E2E tests (currently deselected)', category: 'e2e', want: 'currently deselected' },
  { line: '| **E2E Tests (M2.7)** | 18 | 📝 Created |', category: 'e2e', want: 'm2.7' },
  { line: '5. **TODO:** Run 6 E2E tests (file processing + user edits)', category: 'e2e', want: 'file processing + user edits' },
  { line: '- `unit` test cases (parser only): 12', category: 'unit', want: 'parser only' },
  // words after a colon, before the figure, narrow it the same way
  { line: '### Unit Tests: Core (26 tests)', category: 'unit', want: 'core' },
  { line: '### Unit Tests: macOS (22 tests)', category: 'unit', want: 'macos' },
  { line: '- **Integration tests**: API layer (14 tests)', category: 'integration', want: 'api layer' },
  // a parenthesis stating a figure or a status says something about the same count
  { line: 'Integration tests (12 files): 125', category: 'integration', want: undefined },
  { line: 'Security tests (100%): 32', category: 'security', want: undefined },
  { line: 'Unit tests (all passing): 40', category: 'unit', want: undefined },
  { line: 'E2E tests (~80%)', category: 'e2e', want: undefined },
  // no parenthesis, or one that is not right after the category and its noun
  { line: 'We run 32 security tests on every commit.', category: 'security', want: undefined },
  { line: 'Security tests: 32 (see the appendix)', category: 'security', want: undefined },
  // after a colon: the count itself, a status, or a figure is no qualifier
  { line: '- **Unit Tests:** 53', category: 'unit', want: undefined },
  { line: '**Unit Tests**: ✅ 12/12 PASSING', category: 'unit', want: undefined },
  { line: 'Unit tests: all passing (40)', category: 'unit', want: undefined },
  { line: 'Unit tests: 26 (Core)', category: 'unit', want: undefined },
];

describe('qualifierOf', () => {
  it.each(cases)('$line', ({ line, category, want }) => {
    expect(qualifierOf(line, category)).toBe(want);
  });
});
