/** needsDigit: which expressions `scan` may skip on a block without a digit, and that scanning gives the same matches. */
import { describe, expect, it } from 'vitest';
import { needsDigit } from '../../src/read/needs-digit.js';
import { scan } from '../../src/read/scan.js';
import type { TextBlock } from '../../src/read/markdown.js';

describe('needsDigit', () => {
  it.each([
    // a digit in every match
    ['\\d', /\d/g, true],
    ['a literal digit', /v2/g, true],
    ['a digit class', /[0-9]+%/g, true],
    ['a class of digit escapes and digits', /[\d5]/g, true],
    ['a class of digits by \\x escapes', /[\x30-\x39]/g, true],
    ['a digit after optional words', /(?:about\s+)?(?<num>\d+(?:\.\d+)?)\s*%/g, true],
    ['every alternative holds one', /(?:\d+ tests|tests: \d+)/g, true],
    ['a positive lookahead needing one', /(?=[0-9a-f]*[0-9])[0-9a-f]{7,40}/g, true],
    ['a positive lookbehind needing one', /(?<=\d)\s*tests/g, true],
    ['a digit in a group quantified at least once', /(?:x\d)+/g, true],
    ['a digit in a group repeated {2,}', /(?:x\d){2,}/g, true],
    ['properties and code points before a digit', /(?:\p{Extended_Pictographic}|\u{FE0F})*\d/gu, true],
    ['a named back-reference after a digit', /(?<n>\d)\k<n>/g, true],
    ['a class with \\p before a digit', /[^\p{L}\s\x60]*\d/gu, true],
    // no digit needed, or not followed
    ['words only', /\btests?\b/g, false],
    ['an optional digit', /tests?\s*\d?/g, false],
    ['a digit repeated zero or more times', /x\d*/g, false],
    ['a digit in a group repeated {0,3}', /(?:\d){0,3}y/g, false],
    ['one alternative without a digit', /\d+ tests|no tests/g, false],
    ['a negated digit class', /[^0-9]/g, false],
    ['a class mixing digits and letters', /[0-9a-f]{7}/g, false],
    ['a digit only in a negative lookahead', /tests(?!\s*\d)/g, false],
    ['a digit only in a negative lookbehind', /(?<!\d)tests/g, false],
    ['\\D', /\D+/g, false],
    ['a Unicode decimal property (not ASCII)', /\p{Nd}/gu, false],
    ['a numbered back-reference (not followed)', /(\d)\1/g, false],
    ['a lone brace (not followed)', /a{b\d/g, false],
    ['v mode (not followed)', /[\d--[5]]/gv, false],
    ['an empty alternative', /(?:\d|)/g, false],
  ])('%s', (_name, re, expected) => {
    expect(needsDigit(re)).toBe(expected);
  });
});

const block = (text: string): TextBlock => ({ kind: 'paragraph', text, context: { headings: [] }, sourceStart: 0, segments: [{ textStart: 0, sourceStart: 0, length: text.length }] });

describe('scan skips blocks without a digit only for expressions that need one', () => {
  const blocks = ['Tests: 42 passed', 'All tests passed', 'No failures', 'coverage 81%', 'Zero skipped'].map(block);
  it.each([
    ['an expression needing a digit', /(?<num>\d+)\s*(?:passed|%)/g, ['42 passed', '81%']],
    ['an expression that matches without one', /\b(?:passed|no|zero)\b/gi, ['passed', 'passed', 'No', 'Zero']],
  ])('%s', (_name, re, expected) => {
    expect([...scan(blocks, re)].map((m) => m.match[0])).toEqual(expected);
  });
});
