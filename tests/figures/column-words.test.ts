/** The header and label words of a report's own tables: lower case, no duplicates, matched as whole words. */
import { describe, expect, it } from 'vitest';
import * as columnWords from '../../src/figures/column-words.js';
import { wordsSource } from '../../src/figures/words.js';

describe('column words', () => {
  it.each(Object.entries(columnWords))('%s is lower case, without duplicates', (_, list) => {
    expect(list.length).toBeGreaterThan(0);
    for (const word of list) expect(word).toBe(word.toLowerCase());
    expect(new Set(list).size).toBe(list.length);
  });

  it.each([
    ['beforeColumnWords', 'Baseline (v1.2)', true],
    ['beforeColumnWords', 'Beforehand', false],
    ['afterColumnWords', 'Actual After', true],
    ['afterColumnWords', 'Afterwards', false],
    ['maximumColumnWords', 'Out  of', true],
    ['maximumColumnWords', 'Maxed', false],
    ['scoreColumnWords', 'Points', true],
    ['stillNeededColumnWords', 'New Tests Needed', true],
    ['stillNeededColumnWords', 'Tests to  Add', true],
    ['stillNeededColumnWords', 'Needs', false],
    ['scoreColumnWords', 'Scored by', false],
    ['overallScoreWords', 'Final Health Score', true],
    ['overallScoreWords', 'Totally', false],
  ] as const)('%s reads %j: %s', (name, header, expected) => {
    expect(new RegExp(String.raw`\b${wordsSource(columnWords[name])}\b`, 'i').test(header)).toBe(expected);
  });
});
