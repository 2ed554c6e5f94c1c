/**
 * Whether an arrow after a figure joins two figures of one quantity. "84% →
 * 95%" and "7 → 40%" (the unit written once, at the end) change one figure;
 * "22 tests → 100% coverage" joins a count of tests to the coverage they
 * give: a cause and its effect, neither the before-value of the other.
 */

import { arrowSource } from './numbers.js';

/** The left figure and its noun (a word, not "%"), the arrow, then a percentage. */
const countArrowPercentRe = new RegExp(String.raw`^[~≈]?\d[\d.,]*\+?\s*(?<noun>\p{L}[\p{L}-]*)\s*${arrowSource}\s*[~≈]?\d[\d.,]*\s?%`, 'u');

/**
 * Whether the figure written `figure` (its text, maybe with its noun: "22",
 * "22 tests") and the text after it join it by an arrow to a figure in
 * another unit: a count with its noun to a percentage.
 */
export function arrowJoinsOtherUnit(figure: string, after: string): boolean {
  return countArrowPercentRe.test(figure.trim() + after);
}
