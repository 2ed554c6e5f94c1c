/**
 * Properties of extraction over generated markdown, with fast-check: it never
 * throws, every claim's position points inside the report at the claim's own
 * text, and extracting twice gives the same claims. The generator assembles
 * reports from corpus-shaped pieces (figures, nouns, paths, tables, lists,
 * code, quotes, front matter), plus figures that only look like claims.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/commands/claims.js';

const int = (max: number) => fc.integer({ min: 0, max });
/** Figures as reports write them, and some that only look like figures. */
const figure = fc.oneof(
  int(20000).map(String),
  int(99999).map((n) => n.toLocaleString('en-US')),
  int(100).map((n) => `${n}%`),
  fc.tuple(int(100), int(9)).map(([a, b]) => `${a}.${b}%`),
  int(9000).map((n) => `~${n.toLocaleString('en-US')}`),
  int(500).map((n) => `${n}+`),
  fc.constantFrom('about ', 'over ', 'at least ', '<').chain((q) => int(999).map((n) => `${q}${n}`)),
  int(100).map((n) => `${n}/100`),
  fc.tuple(int(30), int(30)).map(([a, b]) => `${a}/${a + b + 1}`),
  fc.tuple(int(90), int(100)).map(([a, b]) => `${a} → ${b}`),
  int(40).map((n) => `+${n} points`),
  fc.tuple(int(60), int(40)).map(([a, b]) => `${a}-${b + 60}%`),
  fc.constantFrom('v1.2.3', '2025-10-07', '250ms', '50 KB', '#123', '3-4x', '2K', '١٢٣', '½'),
);
const noun = fc.constantFrom('tests', 'passing', 'failing', 'skipped', 'lines', 'files', 'alert rules', 'jobs', 'commits', 'coverage', '% pass rate', 'of 8 criteria met', 'issues', 'score', 'panels', 'total', 'errors');
const path = fc.constantFrom('`scripts/backup.sh`', '`src/a b.ts`', '`/etc/nginx/nginx.conf`', '`../x.py`', '`C:\\tools\\x.ps1`', 'docs/AUDIT.md', '`tests/$(id).py`', '`a|b`', '`/home/a/repo/src/x.ts`');
const word = fc.constantFrom(
  'Coverage', 'Status', 'All', 'target', 'Target:', 'was', 'will be', 'would reach', 'before', 'Before:', 'up from', '(estimated)', 'now', 'approximately',
  'over', 'at least', 'Score', 'TOTAL', 'commit', '**Tests:**', '**Passing:**', 'é', '🚀', '✅', '‚úÖ', '‚Üí', '\u200b', '\t', '`code`', '[link](http://x/1.2)',
  '<!-- claimcheck-ignore-next-line -->', '\\*', '&amp;',
);
const hash = fc.integer({ min: 0x1000000, max: 0xfffffff }).map((n) => `\`${n.toString(16)}\``);
const piece = fc.oneof(
  { arbitrary: fc.tuple(figure, noun).map(([f, n]) => `${f} ${n}`), weight: 4 },
  { arbitrary: fc.tuple(path, int(900)).map(([p, n]) => `${p} (${n} lines)`), weight: 2 },
  { arbitrary: hash, weight: 1 },
  { arbitrary: word, weight: 3 },
  { arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
);
const separator = fc.constantFrom(' ', ', ', ': ', ' — ', ' | ', '; ');
const phrase = fc.tuple(fc.array(piece, { minLength: 1, maxLength: 6 }), separator).map(([parts, sep]) => parts.join(sep));

const table = fc
  .tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 1, max: 5 }))
  .chain(([cols, rows]) =>
    fc.array(fc.array(phrase.map((p) => p.replace(/\|/g, '/')), { minLength: cols, maxLength: cols }), { minLength: rows + 1, maxLength: rows + 1 }).map((cells) =>
      [`| ${cells[0]!.join(' | ')} |`, `|${' --- |'.repeat(cols)}`, ...cells.slice(1).map((row) => `| ${row.join(' | ')} |`)].join('\n'),
    ),
  );
const list = fc
  .array(fc.tuple(int(2), fc.constantFrom('-', '*', '1.', '- [x]', '- [ ]'), phrase), { minLength: 1, maxLength: 5 })
  .map((items) => items.map(([indent, marker, text]) => `${'  '.repeat(indent)}${marker} ${text}`).join('\n'));
const block = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 4 }), phrase).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`),
  table,
  list,
  fc.tuple(fc.constantFrom('', 'sh', 'text'), phrase, phrase).map(([lang, a, b]) => '```' + lang + '\n' + a + '\n' + b + '\n```'),
  phrase.map((p) => `> ${p}`),
  fc.constant('---\ntitle: x\n---'),
  fc.tuple(phrase, phrase).map(([a, b]) => `${a}\n${b}`),
  fc.constantFrom('', '\r\n', '   ', '<div>', '</div>', '***', '| broken | table', '```', '\\'),
  phrase,
);
const report = fc
  .tuple(fc.array(block, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n\n', '\n', '\r\n\r\n'), fc.boolean())
  .map(([blocks, joiner, bom]) => (bom ? '\uFEFF' : '') + blocks.join(joiner));

/** Whitespace and markup between a claim's words do not count when finding it at its position. */
const squeeze = (s: string) => s.replace(/[\s*_`|>\\]+/g, '');

describe('extraction over generated markdown (fast-check)', () => {
  it('never throws, points inside the report at the claim text, and is deterministic', () => {
    let found = 0;
    fc.assert(
      fc.property(report, (text) => {
        const claims = extractClaims('g.md', text);
        found += claims.length;
        const lines = text.split('\n');
        for (const claim of claims) {
          const { offset, line, column } = claim.position;
          expect(offset).toBeGreaterThanOrEqual(0);
          expect(offset).toBeLessThan(text.length);
          // Line and column name the same place as the offset.
          const lineStart = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
          expect(lineStart + column - 1).toBe(offset);
          // The claim's text starts there; mojibake is repaired in the claim's text, so compare only where the source is plain.
          if (!/[\u0080-\uffff]/.test(text.slice(offset, offset + claim.text.length * 3 + 40))) {
            expect(squeeze(text.slice(offset, offset + claim.text.length * 3 + 40)).startsWith(squeeze(claim.text).slice(0, 12))).toBe(true);
          }
        }
        expect(extractClaims('g.md', text)).toEqual(claims);
      }),
      { numRuns: 300, seed: 20261123 },
    );
    // The generator must reach the extractors, or the properties say nothing.
    expect(found).toBeGreaterThan(300);
  });
});
