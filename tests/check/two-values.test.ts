/** Two percentages of one subject: when they can be one written value (src/check/two-values.ts). */
import { describe, expect, it } from 'vitest';
import { sameValue } from '../../src/check/two-values.js';
import type { Figure } from '../../src/check/arithmetic.js';

const pct = (text: string): Figure => {
  const precision = text.split('.')[1]?.length ?? 0;
  return { value: Number(text), qualifier: 'exact', precision, rounded: true };
};

const cases: Array<[string, string, boolean]> = [
  // One value written at two precisions: the finer one rounds or cuts to the coarser.
  ['65.28', '65.3', true],
  ['62.5', '63', true],
  ['62.5', '62', true],
  ['53.60', '53.6', true],
  ['65.28', '65.2', true], // cut, as istanbul does
  ['74', '74', true],
  // Two values: equal precision and not equal, or the finer one far from the coarser.
  ['63', '64', false],
  ['61', '63', false],
  ['62', '63', false],
  ['65.28', '65.1', false],
  ['81', '74', false],
  ['61.4', '62', false],
];

describe('two-values: two percentages that can be one written value', () => {
  it.each(cases)('%s and %s: one value %s', (a, b, same) => {
    expect(sameValue(pct(a), pct(b))).toBe(same);
    expect(sameValue(pct(b), pct(a))).toBe(same);
  });
});
