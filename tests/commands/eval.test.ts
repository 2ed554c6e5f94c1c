/** eval's `locates`: which labelled figure a figure of the report is, by line and value. */
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/commands/claims.js';
import { locates, type LabelledClaim } from '../../src/commands/eval.js';

const label = (value: number): LabelledClaim => ({ line: 1, kind: 'figure', value, qualifier: 'exact', tense: 'current' });
const locatedBy = (markdown: string, value: number) => readReport('case.md', markdown).figures.some((f) => locates(label(value), f));

describe('eval: locating a labelled figure', () => {
  it.each([
    // the value as written, a range end, the number after a slash
    ['Coverage is 73.45%', 73.45],
    ['Estimated 8-12 hours', 12],
    ['20/21 green', 21],
    // a figure written with a minus sign is the negative number the label gives (305:39, 202:270, 408:269)
    ['- Warped → original: 95.78% (diferencia -2.24%)', -2.24],
    ['- **Testing** (-5 points):', -5],
  ])('locates %j as %d', (markdown, value) => {
    expect(locatedBy(markdown, value)).toBe(true);
  });

  it.each([
    // an unsigned or rising figure is no negative one, a negative figure no positive label of another line's value
    ['Coverage is 2.24%', -2.24],
    ['- **Testing** (+5 points):', -5],
    ['Coverage is 73.45%', 73.4],
  ])('does not locate %j as %d', (markdown, value) => {
    expect(locatedBy(markdown, value)).toBe(false);
  });
});
