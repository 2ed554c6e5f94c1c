/** Columns of file counts headed in Chinese, Japanese or Korean: the kind of file they count. */
import { describe, expect, it } from 'vitest';
import { localizedFileColumnKind } from '../../src/figures/localized-file-column.js';

const cases: Array<[header: string, kind: string | undefined]> = [
  ['测试文件数', 'Test'], // w29: "number of test files"
  ['**测试文件数**', 'Test'],
  ['測試文件數量', 'Test'],
  ['测试文件', 'Test'],
  ['文件数', ''], // files of any kind
  ['测试文件总数', 'Test'], // w29's label: "total number of test files"
  ['- **测试文件总数**：', 'Test'], // marks and a full-width colon around it
  ['テストファイル数', 'Test'],
  ['主源文件数', undefined], // main source files: not read
  ['测试数', undefined], // tests, not files
  ['覆盖率', undefined],
  ['Test Files', undefined], // English headers are read word by word elsewhere
  ['测试文件说明', undefined], // "description of the test file": no count
];

describe('localizedFileColumnKind', () => {
  it('has positive and negative cases', () => expect(cases.some((c) => c[1] !== undefined) && cases.some((c) => c[1] === undefined)).toBe(true));
  it.each(cases)('%s → %s', (header, kind) => expect(localizedFileColumnKind(header)).toBe(kind));
});
