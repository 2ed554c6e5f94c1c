/** A document's length in words, read two ways (src/measure/word-count.ts), and when a claim is near enough to prove nothing. */
import { describe, expect, it } from 'vitest';
import { countWords, nearWordCount } from '../../src/measure/word-count.js';

const texts: Array<[what: string, text: string, words: number, tokens: number]> = [
  ['prose', 'The quick brown fox jumps.', 5, 5],
  ['markdown marks are no words to an editor', '## Title\n\n- one\n- two\n\n| a | b |\n|---|---|\n', 5, 12],
  ['code: identifiers are words, braces are not', 'fn main() {\n  run(x);\n}\n', 3, 5],
  ['other scripts', 'Пропуск паттерна 和 测试', 4, 4],
  ['nothing', '  \n\t', 0, 0],
];

describe('countWords', () => {
  it.each(texts)('%s', (_what, text, words, tokens) => expect(countWords(text)).toEqual({ words, tokens }));
});

const read = { words: 1600, tokens: 1900 };
const claims: Array<[what: string, low: number, high: number, want: boolean]> = [
  ['between the readings', 1700, 1700, true],
  ['within the slack below the words', 1450, 1450, true],
  ['within the slack above the tokens', 2080, 2080, true],
  ['a floor far above (w57:121, 6,500+)', 6500, Number.POSITIVE_INFINITY, false],
  ['an exact count far above (w10:369, 24,000)', 24000, 24000, false],
  ['far below', 500, 500, false],
  ['a ceiling above the words', 0, 2000, true],
];

describe('nearWordCount', () => {
  it.each(claims)('%s', (_what, low, high, want) => expect(nearWordCount(low, high, read)).toBe(want));
});
