/** withoutStars: a report's text with its star emphasis taken out, and nothing else. */
import { describe, expect, it } from 'vitest';
import { withoutStars } from '../../src/read/without-stars.js';

describe('withoutStars', () => {
  it.each([
    ['**Total**', 'Total'],
    ['*Before*: 84%', 'Before: 84%'],
    ['***Core*** tests', 'Core tests'],
    ['| **92%** |', '| 92% |'],
  ])('%j → %j', (text, plain) => {
    expect(withoutStars(text)).toBe(plain);
  });

  it.each([
    ['Coverage_Report', 'Coverage_Report'],
    ['__init__.py', '__init__.py'],
    ['✅ 3 × 4', '✅ 3 × 4'],
    ['', ''],
  ])('keeps %j as it is', (text, same) => {
    expect(withoutStars(text)).toBe(same);
  });
});
