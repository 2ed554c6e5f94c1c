/** Whether a table column counts tests, in every language of the word table (src/figures/test-column.ts). */
import { describe, expect, it } from 'vitest';
import { countsTestsColumn } from '../../src/figures/test-column.js';

const cases: Array<[what: string, header: string, want: boolean]> = [
  ['English tests', 'Tests', true],
  ['an English count of tests', 'Test Count', true],
  ['a Chinese count of tests (w36:5)', '测试数量', true],
  ['a traditional Chinese count of tests (w13:8)', '測試數量', true],
  ['a Japanese count of tests', 'テスト数', true],
  ['Spanish tests, a whole word', 'Pruebas', true],
  ['a Chinese column of test files (w13:8)', '测试文件', false],
  ['a Japanese column of test files', 'テストファイル', false],
  ['a Chinese column of status', '状态', false],
  ['an English column of criteria', 'Total Criteria', false],
  ['a word holding a test noun inside it', 'Contestadas', false],
];

describe('countsTestsColumn', () => {
  it.each(cases)('%s', (_what, header, want) => expect(countsTestsColumn(header)).toBe(want));
});
