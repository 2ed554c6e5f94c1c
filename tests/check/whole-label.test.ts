import { describe, expect, it } from 'vitest';
import { isLocalizedWholeLabel } from '../../src/check/whole-label.js';

/** A line's lead and whether it labels the whole (true) or may name a part (false). */
const cases: Array<[string, boolean]> = [
  ['总测试数', true],
  ['**总测试数**', true],
  ['測試總數', true],
  ['通过率', true],
  ['总计', true],
  ['覆盖率', true],
  ['テスト', true],
  // A part's name, and English labels (row-name.ts reads those word by word).
  ['数据模块', false],
  ['CompilationCache', false],
  ['总测试数据', false],
  ['Total tests', false],
];

describe('isLocalizedWholeLabel', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c[1]) && cases.some((c) => !c[1])).toBe(true);
  });
  for (const [name, whole] of cases) {
    it(`${JSON.stringify(name)} → ${whole ? 'whole' : 'may be a part'}`, () => expect(isLocalizedWholeLabel(name)).toBe(whole));
  }
});
