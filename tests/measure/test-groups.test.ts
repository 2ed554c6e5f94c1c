import { describe, expect, it } from 'vitest';
import { findGroup, groupKey } from '../../src/measure/test-groups.js';

const files = [
  { file: 'a.test.ts', groups: { 'Schema Structure': { tests: 3, generated: false }, 'Fork Support (E04-T010)': { tests: 16, generated: false }, Twice: { tests: 2, generated: false, twice: true } } },
  { file: 'b.test.ts', groups: { 'Type Safety': { tests: 3, generated: false }, Shared: { tests: 1, generated: false } } },
  { file: 'c.test.ts', groups: { shared: { tests: 4, generated: false } } },
];

/** A name in a report and the file and count of the group it names, or undefined. */
const cases: Array<[string, [string, number] | undefined]> = [
  ['Schema Structure', ['a.test.ts', 3]],
  ['schema  structure', ['a.test.ts', 3]], // case and spaces aside
  ['Fork Support', ['a.test.ts', 16]], // the title's closing parenthesis aside
  ['Type safety', ['b.test.ts', 3]],
  // No group, a title two groups bear (in one file or two), an empty name.
  ['Schema', undefined],
  ['Twice', undefined],
  ['Shared', undefined],
  ['', undefined],
];

describe('findGroup', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c[1] !== undefined) && cases.some((c) => c[1] === undefined)).toBe(true);
  });
  for (const [name, want] of cases) {
    it(`${JSON.stringify(name)} → ${want ? want.join(': ') : 'none'}`, () => {
      const found = findGroup(name, files);
      expect(found ? [found.file, found.group.tests] : undefined).toEqual(want);
    });
  }
  it('keys a title without its closing parenthesis', () => expect(groupKey('Session State Enum (Updated)')).toBe('session state enum'));
});
