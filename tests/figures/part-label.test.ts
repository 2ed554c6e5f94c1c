/**
 * A `Location:`/`File:`/`Path:` label names the part of its block: each
 * case is a report and the subject of the claim read from the figure on
 * its last line.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/commands/claims.js';
import { partOfLabelLine } from '../../src/figures/part-label.js';

const lastLineClaim = (markdown: string, kind: string) => {
  const line = markdown.split('\n').length;
  return readReport('case.md', markdown).claims.find((c) => c.position.line === line && c.kind === kind);
};

const cases: Array<[string, string, string, object | undefined]> = [
  ['a Location item over its Coverage item (506)', '### Cargo.lock Tests\n- **Location**: tests/dependency_test.rs\n- **Coverage**: 13 tests covering file integrity',
    'tests.total', { path: 'tests/dependency_test.rs' }],
  ['a Location with words after the path (506)', '### src/main.rs Tests\n- **Location**: src/main.rs `#[cfg(test)]` module\n- **Purpose**: unit tests\n- **Coverage**: 173 tests covering core algorithms',
    'tests.total', { path: 'src/main.rs' }],
  ['a File line of the same paragraph', '### Parser\n**File**: `src/parser.py`\n**Tests**: 12 tests passing', 'tests.passed', { path: 'src/parser.py' }],
  ['a File line a hard break joined', '### Parser\n**File**: `src/parser.py`  \n**Tests**: 12 tests passing', 'tests.passed', { path: 'src/parser.py' }],
  ['a Module label', '### Storage\n- Module: `pkg/storage`\n- Coverage: 60.4% statement coverage', 'coverage.statements', { path: 'pkg/storage' }],
  // The whole stays the whole:
  ['the location of an HTML report (404)', '### HTML Coverage Reports\n- **Location:** `file:///C:/MyProjects/py_db_validator/htmlcov/index.html`\n- **Results:** 13 tests passing',
    'tests.passed', { scope: 'all' }],
  ['a line that says overall', '### Cargo.lock Tests\n- **Location**: tests/dependency_test.rs\n- **Coverage**: 13 tests overall', 'tests.total', { scope: 'all' }],
  ['a label of another list', '### Suite\n- **Location**: tests/dependency_test.rs\n\nSummary:\n\n- Total: 13 tests', 'tests.total', { scope: 'all' }],
  ['a label under another heading', '### Cargo.lock Tests\n- **Location**: tests/dependency_test.rs\n\n### All tests\n- **Coverage**: 13 tests', 'tests.total', { scope: 'all' }],
  ['a file named in a sentence', '### Parser\nThe file: `src/parser.py` was read. All 12 tests passing', 'tests.passed', { scope: 'all' }],
  ['a label listing several files', '### Parser\n- **Files**: `src/a.py`, `src/b.py`\n- **Tests**: 12 tests passing', 'tests.passed', { scope: 'all' }],
];

describe('part-label: a label names the part of its block', () => {
  it.each(cases)('%s', (_, markdown, kind, subject) => {
    expect(lastLineClaim(markdown, kind)?.subject).toEqual(subject);
  });

  it.each([
    ['- **Location**: tests/dependency_test.rs', 'tests/dependency_test.rs'],
    ['Location: `tests/test_dashboard_integration.py`', 'tests/test_dashboard_integration.py'],
    ['**Path:** `src/store/`', 'src/store/'],
    ['Test File: spec/user_spec.rb', 'spec/user_spec.rb'],
    ['**Source**: `security-reports/SECURITY_AUDIT_REPORT.md`', undefined],
    ['**Location:** `file:///C:/x/htmlcov/index.html`', undefined],
    ['**Purpose**: src/app.py', undefined],
    ['Files: src/a.py, src/b.py', undefined],
  ])('%j names %j', (line, part) => {
    expect(partOfLabelLine(line)).toBe(part);
  });
});
