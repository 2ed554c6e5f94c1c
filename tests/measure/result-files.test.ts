import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coveragePlaces, placesLooked, testResultPlaces } from '../../src/measure/result-files.js';

describe('placesLooked', () => {
  const cases: Array<{ name: string; patterns: readonly string[]; usual: readonly string[]; said: string }> = [
    { name: 'the usual coverage places: the first three and how many', patterns: coveragePlaces, usual: coveragePlaces, said: `looked in the ${coveragePlaces.length} usual places: coverage/lcov.info, lcov.info, coverage.xml, …` },
    { name: 'the usual test result places', patterns: testResultPlaces, usual: testResultPlaces, said: `looked in the ${testResultPlaces.length} usual places: junit*.xml, test-results/**/*.xml, reports/junit*.xml, …` },
    { name: 'configured paths: every one of them', patterns: ['a/lcov.info', 'b/lcov.info', 'c/lcov.info', 'd/lcov.info'], usual: coveragePlaces, said: 'looked for a/lcov.info, b/lcov.info, c/lcov.info, d/lcov.info' },
    { name: 'a configured list equal to the usual one is still the user’s', patterns: [...coveragePlaces], usual: coveragePlaces, said: `looked for ${coveragePlaces.join(', ')}` },
    { name: 'few usual places: all of them', patterns: ['x.xml', 'y.xml'], usual: ['x.xml', 'y.xml'], said: 'looked for x.xml, y.xml' },
  ];
  it.each(cases)('$name', ({ patterns, usual, said }) => {
    expect(placesLooked(patterns, usual)).toBe(said);
  });
});

describe('the usual places', () => {
  it('are all listed in the README, which the findings send readers to', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const missing = [...testResultPlaces, ...coveragePlaces].filter((place) => !readme.includes(`\`${place}\``));
    expect(missing).toEqual([]);
  });
});
