/** Whether a table column counts tests, in every language of the word table (src/figures/test-column.ts). */
import { describe, expect, it } from 'vitest';
import { countsSubtests, countsTestsColumn, tableCountsTests, testsAboveSubtests } from '../../src/figures/test-column.js';

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

const tables: Array<[what: string, columns: string[], own: number, caption: string | undefined, want: boolean]> = [
  ['a bare Count column under a test heading (w39:197)', ['Surface', 'Count'], 0, 'Test sweep', true],
  ['a Tests column beside the row label', ['Folder', 'Tests'], 0, undefined, true],
  ['a bold # column under a caption naming specs', ['Area', '**#**'], 0, 'Spec results', true],
  ['the only test column is the cell\'s own', ['Tests', 'Owner'], 0, undefined, false],
  ['a bare Count column under a heading naming no tests', ['Folder', 'Count'], 0, 'Documentation', false],
  ['a Files column under a test heading', ['Folder', 'Files'], 0, 'Test sweep', false],
  ['a column of test files', ['Module', 'Test Files'], 0, 'Test coverage', false],
];

describe('tableCountsTests', () => {
  it.each(tables)('%s', (_what, columns, own, caption, want) => expect(tableCountsTests(columns, own, caption)).toBe(want));
});

const subtests: Array<[what: string, text: string, want: boolean]> = [
  ['English subtests', 'Subtests', true],
  ['hyphenated', 'sub-tests', true],
  ['Portuguese (w62:129)', 'Subtestes', true],
  ['tests', 'Tests', false],
  ['a word that opens with sub', 'Subtotal', false],
];

describe('countsSubtests', () => {
  it.each(subtests)('%s', (_what, text, want) => expect(countsSubtests(text)).toBe(want));
});

const levels: Array<[what: string, columns: string[], header: string, want: boolean]> = [
  ['a tests column beside subtests (w62:129)', ['Módulo', 'Testes', 'Subtestes', 'Cobertura'], 'Testes', true],
  ['in English', ['Module', 'Tests', 'Subtests'], 'Tests', true],
  ['the subtests column itself', ['Module', 'Tests', 'Subtests'], 'Subtests', false],
  ['a tests column with no subtests beside it', ['Module', 'Tests', 'Coverage'], 'Tests', false],
  ['a coverage column beside subtests', ['Module', 'Subtests', 'Coverage'], 'Coverage', false],
];

describe('testsAboveSubtests', () => {
  it.each(levels)('%s', (_what, columns, header, want) => expect(testsAboveSubtests(columns, header)).toBe(want));
});
