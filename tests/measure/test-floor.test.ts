import { describe, expect, it } from 'vitest';
import { belowFloor } from '../../src/measure/test-floor.js';
import type { Claim } from '../../src/model.js';

const claim = (value: number, qualifier: Claim['qualifier'] = 'exact', kind: Claim['kind'] = 'tests.total') =>
  ({ kind, value, qualifier, unit: 'count', subject: { path: 'x_test.go' } }) as unknown as Claim;

/** A claim, the readings of the declarations, and the floor it falls below (or undefined). */
const cases: Array<[string, Claim, number[], number | undefined]> = [
  ['7 of a file of 8', claim(7), [8], 8],
  ['3 under both readings (5 cases, 4 methods)', claim(3), [5, 4], 4],
  ['8 of a file of 8', claim(8), [8], undefined],
  ['12 of a file of 8: the run may make the rest', claim(12), [8], undefined],
  ['4 between the readings (5 cases, 4 methods)', claim(4), [5, 4], undefined],
  ['~7: no exact count', claim(7, 'approx'), [8], undefined],
  ['7 passing: some may fail', claim(7, 'exact', 'tests.passed'), [8], undefined],
  ['no readings', claim(7), [], undefined],
];

describe('belowFloor', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c[3] !== undefined) && cases.some((c) => c[3] === undefined)).toBe(true);
  });
  for (const [name, c, readings, want] of cases) {
    it(name, () => expect(belowFloor(c, readings)).toBe(want));
  }
});
