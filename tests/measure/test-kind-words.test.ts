/** Files of kinds of a component's tests: `LruCacheBoundaryTests.cs` tests `LruCache` as `LruCacheTests.cs` does. */
import { describe, expect, it } from 'vitest';
import { isKindOfTestsOf } from '../../src/measure/test-kind-words.js';

const cases: Array<[stem: string, name: string, want: boolean]> = [
  ['lrucacheboundary', 'lrucache', true],
  ['adaptivecachemanagerintegration', 'adaptivecachemanager', true],
  ['workspacemanagerunit', 'workspacemanager', true],
  ['dateedgecase', 'date', true],
  ['lrucache', 'lrucache', false], // the file named after it, not a kind of its tests
  ['lrucachereader', 'lrucache', false], // another component
  ['cacheboundary', 'lrucache', false],
  ['lrucacheboundaryextra', 'lrucache', false],
];

describe('isKindOfTestsOf', () => {
  it('has positive and negative cases', () => expect(cases.some((c) => c[2]) && cases.some((c) => !c[2])).toBe(true));
  it.each(cases)('%s of %s → %s', (stem, name, want) => expect(isKindOfTestsOf(stem, name)).toBe(want));
});
