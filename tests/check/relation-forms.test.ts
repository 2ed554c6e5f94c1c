/** The written forms of a change with its delta: the unit of the delta as readChange reads it. */
import { describe, expect, it } from 'vitest';
import { readChange } from '../../src/check/relation-forms.js';

describe('readChange: the unit of a delta', () => {
  it.each([
    ['30% → 73.23% (+43.23 percentage points)', 'points'],
    ['30% → 31% (+1 percentage point)', 'points'],
    ['61 → 88 (+27 points, +44%)', 'points'],
    ['84% → 95% (+11 pts)', 'points'],
    ['84% → 95% (+11pts)', 'points'],
    ['84% → 95% (+11 pt)', 'points'],
    ['84% → 95% (+11pp)', 'points'],
    ['84% → 95% (+11 PP)', 'points'],
    ['84% → 95% (+11%)', 'percent'],
    // a word that only starts like a unit of points is a noun
    ['14 → 24 (+10 pointers)', 'same'],
    ['84% → 95% (+11 percentage)', 'same'],
    ['1,417 → 2,003 tests (+586 tests, +41%)', 'same'],
  ])('%j: the first delta is in %s', (text, unit) => {
    expect(readChange(text)?.deltas[0]?.unit).toBe(unit);
  });

  it('reads no change without a delta', () => {
    expect(readChange('84% → 95%')).toBeUndefined();
  });
});
