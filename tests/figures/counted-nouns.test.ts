/** Counts of what tests check, not of tests: the noun right after a figure, maybe after a kind of tests. */
import { describe, expect, it } from 'vitest';
import { countsNonTests } from '../../src/figures/counted-nouns.js';
import { categoryWords } from '../../src/figures/subjects.js';

describe('counted-nouns: a count of assertions is no count of tests', () => {
  it.each([
    ['150+ assertions', '150+', true],
    ['**Assertion Count**: 150 assertions', '150', true],
    ['25 assertions debiles', '25', true],
    ['12 assertions failing', '12', true],
    ['40 unit assertions', '40', true],
    ['(40) expectations met', '(40', true],
    // w18:307: the lines of the tests, not a count of tests
    ['**Lines of Code**: ~5,000 test lines', '~5,000', true],
    ['1,200 spec lines', '1,200', true],
    // tests, and other nouns
    ['12 test suites', '12', false],
    ['150 tests', '150', false],
    ['4 real Vitest assertion regressions', '4', false],
    ['12 unit tests', '12', false],
    ['96/96 APIs tested', '96/96', false],
    ['12', '12', false],
  ])('%j', (text, figure, expected) => {
    const end = text.indexOf(figure) + figure.length;
    expect(countsNonTests(text, end, categoryWords)).toBe(expected);
  });
});
