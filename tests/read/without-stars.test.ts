/** withoutStars and withoutEmphasis: a report's text with its star (or star and underscore) emphasis taken out, and nothing else. */
import { describe, expect, it } from 'vitest';
import { withoutEmphasis, withoutStars } from '../../src/read/without-stars.js';

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

describe('withoutEmphasis', () => {
  it.each([
    ['**Total**', 'Total'],
    ['__Total__', 'Total'],
    ['_Before_: 84%', 'Before: 84%'],
    ['Coverage_Report', 'CoverageReport'],
  ])('%j → %j', (text, plain) => {
    expect(withoutEmphasis(text)).toBe(plain);
  });

  it.each([
    ['Total: 84%', 'Total: 84%'],
    ['✅ 3 × 4', '✅ 3 × 4'],
    ['', ''],
  ])('keeps %j as it is', (text, same) => {
    expect(withoutEmphasis(text)).toBe(same);
  });
});
