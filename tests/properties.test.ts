/**
 * Property-based tests over generated markdown (fast-check): extraction
 * never throws, every claim's position points inside the report at the
 * claim's own text, and extraction is deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/extract.js';
import { LineIndex } from '../src/markdown.js';

/** Pieces in the shapes real reports use, so generated reports reach every extractor. */
const figure = fc.oneof(
  fc.integer({ min: 0, max: 20000 }).map(String),
  fc.integer({ min: 1000, max: 99999 }).map((n) => n.toLocaleString('en-US')),
  fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 9 })).map(([a, b]) => `${a}.${b}`),
  fc.constantFrom('~', 'about ', 'over ', 'at least ', '<').chain((q) => fc.integer({ min: 1, max: 999 }).map((n) => `${q}${n}`)),
  fc.integer({ min: 1, max: 999 }).map((n) => `${n}+`),
  fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 51, max: 99 })).map(([a, b]) => `${a}-${b}`),
);
const noun = fc.constantFrom('tests', 'passing', 'failing', 'skipped', '% coverage', '% pass rate', 'lines', 'alert rules', 'jobs', 'commits', 'files changed', 'passed', 'errors', 'total');
const path = fc.constantFrom('`scripts/backup.sh`', 'README.md', '`/home/a/repo/src/x.ts`', 'docs/SECURITY.md', '`../../etc/passwd`', '`a b/c$(touch x).sh`');
const words = fc.constantFrom('Target:', 'Before:', 'was', '→', '->', 'up from', 'would reach', '(estimated)', 'Score', '/100', 'of', 'and', '**', '*', '`', '|', ':', '(', ')', '✅', '‚úÖ', '\\*', '&amp;', '<!-- claimcheck-ignore-next-line -->');
/** A figure with the noun that makes it a claim: "431 passing", "`x.sh` (90 lines)". */
const claimLike = fc.oneof(
  fc.tuple(figure, noun).map(([f, n]) => `${f} ${n}`),
  fc.tuple(path, figure).map(([p, f]) => `${p} (${f} lines)`),
  fc.tuple(fc.constantFrom('Pass rate', 'Coverage', 'Passing', 'Failing', 'Total tests'), figure).map(([l, f]) => `**${l}:** ${f}`),
);
const phrase = fc
  .array(fc.oneof({ arbitrary: claimLike, weight: 3 }, figure, noun, path, words, fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 10 })
  .map((parts) => parts.join(' '));
const line = fc.oneof(
  phrase,
  phrase.map((p) => `- ${p}`),
  phrase.map((p) => `- [x] ${p}`),
  phrase.map((p) => `## ${p}`),
  fc.tuple(phrase, phrase).map(([a, b]) => `| ${a} | ${b} |`),
  fc.constant('| File | Lines |'),
  fc.constant('| --- | --- |'),
  fc.constant('```'),
  fc.constant('```bash'),
  fc.constant(''),
  fc.constant('---'),
  phrase.map((p) => `  - ${p}`),
  phrase.map((p) => `> ${p}`),
);
const report = fc.array(line, { maxLength: 40 }).map((lines) => lines.join('\n'));

const runs = { numRuns: 300, seed: 20261123 };

describe('extraction over generated markdown', () => {
  it('never throws, points inside the report at the claim, and is deterministic', () => {
    let found = 0;
    fc.assert(
      fc.property(report, (source) => {
        const claims = extractClaims('gen.md', source);
        found += claims.length;
        const index = new LineIndex(source);
        for (const claim of claims) {
          const { offset, line, column } = claim.position;
          expect(offset).toBeGreaterThanOrEqual(0);
          expect(offset).toBeLessThan(Math.max(source.length, 1));
          expect(index.position(offset)).toEqual({ line, column, offset });
          // The claim's first character stands at its position, unless the text was repaired from mojibake there.
          const first = claim.text.trimStart()[0];
          if (first !== undefined && !/[\u0080-\uffff]/.test(source.slice(offset, offset + 12))) {
            expect(source[offset]).toBe(first);
          }
        }
        expect(extractClaims('gen.md', source)).toEqual(claims);
      }),
      runs,
    );
    // The generator must reach the extractors, or the property says nothing.
    expect(found).toBeGreaterThan(300);
  });
});
