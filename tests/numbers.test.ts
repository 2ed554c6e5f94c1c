import { describe, expect, it } from 'vitest';
import { formatNumber, parseNumber, quantitySource, readQuantity } from '../src/figures/numbers.js';

const quantityRe = new RegExp(`^${quantitySource}$`);

describe('readQuantity', () => {
  it.each([
    ['1,250', { value: 1250, qualifier: 'exact', precision: 0 }],
    ['10,100+', { value: 10100, qualifier: 'atLeast' }],
    ['~5,139', { value: 5139, qualifier: 'approx' }],
    ['about 40', { value: 40, qualifier: 'approx' }],
    ['at least 300', { value: 300, qualifier: 'atLeast' }],
    ['over 40', { value: 40, qualifier: 'atLeast' }],
    ['< 5', { value: 5, qualifier: 'atMost' }],
    ['55-85', { value: 55, qualifier: 'range', range: [55, 85] }],
    ['96.3', { value: 96.3, precision: 1 }],
  ])('%s', (text, expected) => {
    const match = quantityRe.exec(text);
    expect(match?.groups).toBeDefined();
    expect(readQuantity(match?.groups ?? {})).toMatchObject(expected);
  });
});

describe('parseNumber and formatNumber', () => {
  it('keeps precision as written', () => {
    expect(parseNumber('96.30')).toEqual({ value: 96.3, precision: 2 });
    expect(formatNumber(17051, 0, true)).toBe('17,051');
    expect(formatNumber(96.349, 1)).toBe('96.3');
  });
});
