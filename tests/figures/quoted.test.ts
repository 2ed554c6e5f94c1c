/** Figures in quotation marks are quoted text (an example, another's words): no claim of the report. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/commands/claims.js';

const claimsOf = (markdown: string) => extractClaims('r.md', markdown).map((c) => `${c.kind} ${String(c.value)}`);

describe('quoted figures', () => {
  it.each([
    ['Counts of things such as "18 alert rules" or "6 jobs" are measured.', []],
    ['| counts | "`backend/` (193 TypeScript files)" |', []],
    ['The old audit said “431 passing tests”.', []],
  ])('are no claims: %s', (markdown, claims) => {
    expect(claimsOf(markdown)).toEqual(claims);
  });

  it.each([
    ['- 431 passing tests', ['tests.passed 431']],
    // a quote that closes before the figure leaves it the report's own
    ['The "smoke" suite: 12 passing tests', ['tests.passed 12']],
    // an unclosed quotation mark quotes nothing
    ['- 5" screen, 431 passing tests', ['tests.passed 431']],
  ])('are claims outside quotation marks: %s', (markdown, claims) => {
    expect(claimsOf(markdown)).toEqual(claims);
  });
});
