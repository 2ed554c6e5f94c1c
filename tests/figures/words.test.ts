/** The word lists: keyed by language, lower case, no duplicates; matched as whole words. */
import { describe, expect, it } from 'vitest';
import { absentWords, findWord, goalLeadWords, goalNouns, hasWord, lineLabelWords, planWords, saysAbsent, wordsByLanguage, wordsSource } from '../../src/figures/words.js';

describe('word lists', () => {
  it.each(Object.entries(wordsByLanguage))('%s: every list is lower case, without duplicates', (_, words) => {
    for (const [name, list] of Object.entries(words) as Array<[string, readonly string[]]>) {
      expect(list.length, name).toBeGreaterThan(0);
      for (const word of list) expect(word, name).toBe(word.toLowerCase());
      expect(new Set(list).size, name).toBe(list.length);
    }
  });

  it.each([
    ['Coverage (global): Statements', 'statements', true],
    ['26 passed', 'passed', true],
    ['bypassed checks', 'passed', false],
    ['Baseline', 'baseline', true],
    ['line-coverage', 'line', true],
    ['outlines', 'lines', false],
  ])('%j holds %j as a whole word: %s', (text, word, expected) => {
    expect(hasWord(text, [word])).toBe(expected);
  });

  it.each([
    [['test', 'tests'], 'tests', 'tests'],
    [['test case', 'test'], 'test   cases', 'test   case'],
    [['no.', 'n/a'], 'n/a', 'n/a'],
    [['no.', 'n/a'], 'nox', undefined],
    [['spec'], 'specs', 'spec'],
    [['spec'], 'suite', undefined],
  ] as const)('wordsSource(%j) on %j matches %j, longest phrase first', (list, text, expected) => {
    expect(new RegExp(wordsSource(list), 'i').exec(text)?.[0]).toBe(expected);
  });

  it('the goal lists are lower case and without duplicates, the nouns among the lead words but "targets"', () => {
    for (const list of [goalNouns, goalLeadWords]) {
      for (const word of list) expect(word).toBe(word.toLowerCase());
      expect(new Set(list).size).toBe(list.length);
    }
    expect(goalNouns.filter((w) => !goalLeadWords.includes(w))).toEqual(['targets']);
  });

  it('finds the first listed phrase a text holds', () => {
    expect(findWord('3 failed, 40 passed', ['passed', 'failed'])).toBe('passed');
    expect(findWord('all green', ['failed'])).toBeUndefined();
  });

  it.each([
    ['**Missing functions:**', false, true],
    ['`refresh()` - not implemented', false, true],
    ['- ❌ `test_refresh`', true, true],
    ['main.py    (planned)', false, true],
    ['未实现的函数', false, true],
    ['Missing listen field', true, false], // marks only: the words describe a test
    ['`verify_client_token()` 関数', false, false],
    ['Uncovered lines:', false, false],
  ])('%j says what it names is not there (marks only: %s): %s', (text, marksOnly, absent) => {
    expect(saysAbsent(text, marksOnly)).toBe(absent);
  });

  it.each([['absentWords', absentWords], ['lineLabelWords', lineLabelWords], ['planWords', planWords]] as const)('%s is lower case, without duplicates', (_, list) => {
    for (const word of list) expect(word).toBe(word.toLowerCase());
    expect(new Set(list).size).toBe(list.length);
  });
});
