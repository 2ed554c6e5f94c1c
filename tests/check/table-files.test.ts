/** The test files a table of tests per file names, read from the report's source above a total line or a TOTAL row. */
import { describe, expect, it } from 'vitest';
import { countsTests, tableFileRows } from '../../src/check/table-files.js';

const headers: Array<[string, boolean]> = [
  ['Tests', true],
  ['Test Count', true],
  ['测试数', true], // w27: "number of tests"
  ['測試數量', true], // w13
  ['テスト数', true],
  ['Specs', true],
  ['File', false],
  ['Lines', false],
  ['Latest', false], // "test" inside a word is no test noun
  ['覆盖内容', false],
  ['Test Files', false], // files of tests, not tests
  ['测试文件数', false],
];

describe('countsTests', () => {
  it('has positive and negative cases', () => expect(headers.some((c) => c[1]) && headers.some((c) => !c[1])).toBe(true));
  it.each(headers)('%s → %s', (header, want) => expect(countsTests(header)).toBe(want));
});

const w27Table = ['| 测试文件 | 测试数 | 覆盖内容 |', '|---------|--------|----------|', '| `LruCacheTests.cs` | 20 | 基础功能 |', '| `LruCacheBoundaryTests.cs` | **13 (新增)** | 访问顺序 |'];

/** A report's lines, the 1-based line of the total, and the files read (undefined: no table of test files). */
const cases: Array<[what: string, lines: string[], line: number, want: string[] | undefined]> = [
  ['a total line under a table (w27), a row whose count has a remark', [...w27Table, '', '**总测试数**: 33'], 6, ['LruCacheTests.cs', 'LruCacheBoundaryTests.cs']],
  ['a total line right under the table', [...w27Table, '**Total**: 33 tests'], 5, ['LruCacheTests.cs', 'LruCacheBoundaryTests.cs']],
  ['a table of one file', ['| File | Tests |', '|---|---|', '| `tests/a.test.js` | 2 |', '', '**Total**: 2'], 5, ['tests/a.test.js']],
  ['a TOTAL row of the table', ['| File | Tests |', '|---|---|', '| **a_test.go** | 2 |', '| **b_test.go** | 3 |', '| **TOTAL** | 5 |'], 5, ['a_test.go', 'b_test.go']],
  // nothing to read
  ['a paragraph between the table and the line', [...w27Table, '', 'Words.', '', '**总测试数**: 33'], 8, undefined],
  ['a row that names no file', ['| File | Tests |', '|---|---|', '| `tests/a.test.js` | 2 |', '| Other | 3 |', '', '**Total**: 5'], 6, undefined],
  ['a row that names two files', ['| File | Tests |', '|---|---|', '| `a.test.js` vs `b.test.js` | 2 |', '', '**Total**: 2'], 5, undefined],
  ['a table with no column of tests', ['| File | Lines |', '|---|---|', '| `src/a.js` | 20 |', '', '**Total**: 20'], 5, undefined],
  ['a line with no table above', ['Some text.', '', '**Total**: 20'], 3, undefined],
  ['a table with no delimiter row', ['| File | Tests |', '| `a.test.js` | 2 |', '', '**Total**: 2'], 4, undefined],
];

describe('tableFileRows', () => {
  it('has positive and negative cases', () => expect(cases.some((c) => c[3]) && cases.some((c) => !c[3])).toBe(true));
  it.each(cases)('%s', (_what, lines, line, want) => {
    expect(tableFileRows(lines.join('\n'), line)?.map((row) => row.file)).toEqual(want);
  });
  it('gives each row its line', () => {
    expect(tableFileRows([...w27Table, '', '**总测试数**: 33'].join('\n'), 6)?.map((row) => row.line)).toEqual([3, 4]);
  });
});
