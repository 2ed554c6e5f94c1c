/**
 * A heading or a parent item that is only a part's name gives the figures
 * under it that part: each case is a report and the subject of the claim
 * read from the figure on its last line.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/commands/claims.js';
import { partNamedAlone } from '../../src/figures/part-heading.js';

const lastLineClaim = (markdown: string, kind: string) => {
  const line = markdown.split('\n').length;
  return readReport('case.md', markdown).claims.find((c) => c.position.line === line && c.kind === kind);
};

const cases: Array<[string, string, string, object]> = [
  ['a heading naming a test file with its status (w55:15)', '#### 1. handler_doc_versions_test.go ✅ ACTIVE\n- **Status**: mostly passing\n- **Test Count**: 23 tests', 'tests.total', { path: 'handler_doc_versions_test.go' }],
  ['a numbered heading naming a file (204)', '### Per file\n\n#### 1. constants.py\n- **Statements:** 19\n- **Coverage:** 100%', 'coverage.lines', { path: 'constants.py' }],
  ['a parent item naming a test file (301)', '### New test files\n\n1. `vm/vm-interface/tests/interface_tests.rs`\n   - Tests: 36 test cases',
    'tests.total', { path: 'vm/vm-interface/tests/interface_tests.rs' }],
  ['a heading naming a folder', '### `pkg/storage/`\n- **Coverage:** 60.4%', 'coverage.lines', { path: 'pkg/storage/' }],
  // The whole stays the whole:
  ['a heading that says more than a name', '### Changes to src/app.py and docs\n- **Coverage:** 60.4%', 'coverage.lines', { scope: 'all' }],
  ['a heading naming a document', '### COVERAGE.md\n- **Coverage:** 60.4%', 'coverage.lines', { scope: 'all' }],
  ['a test count under a source file that is no test file', '### Suites\n\n#### 1. parser.c\n- Tests: 36 test cases', 'tests.total', { scope: 'all' }],
  ['a line that says overall', '#### 1. constants.py\n- **Coverage:** 100% overall', 'coverage.lines', { scope: 'all' }],
];

describe('part-heading: a heading or parent item that is a part\'s name', () => {
  it.each(cases)('%s', (_, markdown, kind, subject) => {
    expect(lastLineClaim(markdown, kind)?.subject).toEqual(subject);
  });

  it.each([
    ['1. constants.py', 'constants.py'],
    ['✅ `src/store/engine.py`', 'src/store/engine.py'],
    ['**test_dashboard_integration.py** (16 tests)', 'test_dashboard_integration.py'],
    ['src/api/:', 'src/api/'],
    // a status mark and its words after the name (w55:15, 54; w09:14)
    ['1. handler_doc_versions_test.go ✅ ACTIVE', 'handler_doc_versions_test.go'],
    ['2. handler_reports_test.go 📝 CREATED', 'handler_reports_test.go'],
    // a status that says the part is not there (yet) under its name names no part
    ['2. handler_field_reports_test.go 📝 CREATED (needs activation)', undefined],
    ['3. new_feature_test.go 🚧 PLANNED', undefined],
    ['3. new_feature_test.go (planned)', undefined],
    ['IntranetContentServiceImplTest.java ✅', 'IntranetContentServiceImplTest.java'],
    ['handler_auth_test.go ✅ tests for login', undefined],
    ['src/main.rs Tests', undefined],
    ['Cargo.lock', undefined],
    ['Summary', undefined],
    ['', undefined],
  ])('%j names %j', (text, part) => {
    expect(partNamedAlone(text)).toBe(part);
  });
});
