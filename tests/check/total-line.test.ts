/** Lines that state a total by their label: the whole label ("Total:") and a label naming a total among other words. */
import { describe, expect, it } from 'vitest';
import { isTotalLabelLine, isTotalLine } from '../../src/check/total-line.js';

describe('isTotalLine', () => {
  it.each([
    ['**Total**: 65 tests', true],
    ['- Total: 65', true],
    ['**总计**: 16 个测试文件', true],
    ['**Frontend Total Tests:** 58 tests', false],
    ['Coverage: 80% in total', false],
  ])('%j → %s', (line, want) => expect(isTotalLine(line)).toBe(want));
});

describe('isTotalLabelLine', () => {
  it.each([
    ['**Frontend Total Tests:** 58 tests', true],
    ['- **Total**: 106 tests', true],
    ['Total test count: 40', true],
    ['Tests: 65 total', false],
    ['| Total | 58 |', false],
    ['A line about the totally new parser: 3 tests', false],
  ])('%j → %s', (line, want) => expect(isTotalLabelLine(line)).toBe(want));
});
