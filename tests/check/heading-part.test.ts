/** The named part a claim's section is about: the nearest heading that names a part whose tests a heading counts. */
import { describe, expect, it } from 'vitest';
import { partOfHeadings } from '../../src/check/heading-part.js';

describe('partOfHeadings', () => {
  it.each([
    // the nearest heading naming a part, as a whole word, case aside
    [['Coverage By Service', 'UserService (23 tests total)'], ['UserService', 'ProductService'], 'UserService'],
    [['ProductService (26 tests)', 'Unit Tests'], ['UserService', 'ProductService'], 'ProductService'],
    [['api: `tests/auth.test.ts` (5 tests)'], ['tests/auth.test.ts'], 'tests/auth.test.ts'],
    // the longest of two names a heading holds
    [['ProductServiceMapper (4 tests)'], ['ProductService', 'ProductServiceMapper'], 'ProductServiceMapper'],
    [['Product Service Mapper'], ['Product Service', 'Product Service Mapper'], 'Product Service Mapper'],
    // a name inside another word, or no heading naming one
    [['Cartridge'], ['Cart'], undefined],
    [['Summary', 'Unit Tests'], ['UserService'], undefined],
    [[], ['UserService'], undefined],
  ] as const)('%j, %j → %s', (headings, parts, want) => {
    expect(partOfHeadings(headings, parts)).toBe(want);
  });
});
