import { describe, expect, it } from 'vitest';
import { rowName } from '../../src/check/row-name.js';

/** A line, the column of its figure (where the figure text starts), and the name read, or undefined. */
const cases: Array<[string, string, string | undefined]> = [
  ['  Classification                                      93.6% (78 tests, 18 failed)', '78', 'Classification'],
  ['   • Classification: 18 failures out of 96 tests', '96', 'Classification'],
  ['- Login endpoint: 5 tests', '5', 'Login endpoint'],
  ['**Pre-commit hooks:** All 13 passing', '13', 'Pre-commit hooks'],
  ['ConfigLoad\t\t0.0% (37 tests, 0 failed)', '37', 'ConfigLoad'],
  // A label of the whole, of a statement, or of a time names no part.
  ['Total Test Cases:           270', '270', undefined],
  ['Failed Tests:               18', '18', undefined],
  ['**Recommended Tests**: 25-30 test cases', '25', undefined],
  ['**Achievement:** 100% Test Pass Rate (862/877 tests)', '862', undefined],
  ['- **Initial:** 320 tests', '320', undefined],
  ['- **Phase 4 Complete:** 845 tests (+300)', '845', undefined],
  ['- Target: ~720+ total tests', '720', undefined],
  // The same labels in the other languages of the word table: "total tests", "pass rate", "total".
  ['**总测试数**: 16', '16', undefined],
  ['- **通过率**: 95%', '95', undefined],
  ['- 总计: 190', '190', undefined],
  ['- 数据模块: 16 个测试', '16', '数据模块'],
  // Prose, and a figure before the name, name nothing.
  ['We run 32 security tests on every commit.', '32', undefined],
  ['45 tests: Backend', '45', undefined],
  ['The parser module has 45 tests', '45', undefined],
];

describe('rowName', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c[2] !== undefined) && cases.some((c) => c[2] === undefined)).toBe(true);
  });
  for (const [line, figure, name] of cases) {
    it(`${JSON.stringify(line)} → ${name ?? 'no name'}`, () => expect(rowName(line, line.indexOf(figure) + 1)).toBe(name));
  }
});
