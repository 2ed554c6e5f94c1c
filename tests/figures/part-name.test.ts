/**
 * A part named on a figure's own line: each case is a report and the
 * subject of the claim read from the figure on its last line.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/commands/claims.js';
import { partNamedOnLine } from '../../src/figures/part-name.js';

const lastLineClaims = (markdown: string, value: number) => {
  const line = markdown.split('\n').length;
  return readReport('case.md', markdown).claims.filter((c) => c.position.line === line && c.value === value);
};

const cases: Array<[string, string, number, string, object]> = [
  ['a module under a lead-in (401)', '### 4. Code Coverage\n- **Coverage by Module**:\n  - src/config.rs: 120/161 (74.53%)', 74.53, 'ratio',
    { path: 'src/config.rs' }],
  ['a label whose value names the class (502)', '### ModConfigTest (10 tests)\n**Coverage**: ModConfig.java (100%)', 100, 'coverage.lines',
    { path: 'ModConfig.java' }],
  ['a test file created, then its count (w06)', '### Tests Replaced:\n- Vector Store Tests - Created `test_vectorstore_simple.py` - 8 tests passing', 8,
    'tests.passed', { path: 'test_vectorstore_simple.py' }],
  ['a change beside a module\'s coverage (406)', '### Coverage by module\n- client_management_use_case.py: 20% → 62% (+42%)', 42, 'change',
    { path: 'client_management_use_case.py' }],
  // The whole stays the whole:
  ['a line that says total', '## Tests\n- Run from src/config.rs: 120 tests passing in total', 120, 'tests.passed', { scope: 'all' }],
  ['a change of the whole', '### Coverage\n- System overall: ~24% → ~26% (+2%)', 2, 'change', { scope: 'all' }],
  ['a ratio is no name', '## Status\n- Tests: 164/164 (100%)', 100, 'ratio', { scope: 'all' }],
  ['a report file is no part', '## Reports\n- Written to htmlcov/index.html: 120 tests passing', 120, 'tests.passed', { scope: 'all' }],
];

describe('part-name: the part named on a figure\'s line', () => {
  it.each(cases)('%s', (_, markdown, value, kind, subject) => {
    const claim = lastLineClaims(markdown, value).find((c) => c.kind === kind);
    expect(claim?.subject).toEqual(subject);
  });

  it.each([
    [{ name: 'src/app.py' }, 'Coverage: src/app.py 91%', 'src/app.py'],
    // the name came from another line of the block
    [{ name: 'src/app.py' }, 'File: src/app.py\nCoverage: 91%', undefined],
    [{ name: 'src/app.py' }, 'src/app.py: 91% of the total', undefined],
    [{ name: 'CI/CD' }, 'CI/CD: 91%', undefined],
    [{}, 'Coverage: 91%', undefined],
  ])('%j on %j', (context, text, part) => {
    expect(partNamedOnLine(context, text, text.indexOf('91'))).toBe(part);
  });
});
