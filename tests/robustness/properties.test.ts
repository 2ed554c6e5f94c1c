/**
 * Properties of extraction over generated markdown: it never throws, every
 * claim's position points inside the report at the claim's own text, and
 * extracting twice gives the same claims. fast-check is not a dependency yet,
 * so a seeded generator of corpus-shaped pieces stands in for it: the same
 * seed always gives the same cases, and a failure names its seed.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract.js';

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)] as T;
const int = (r: Random, max: number) => Math.floor(r() * max);

/** Figures as reports write them, and some that only look like figures. */
const figures = (r: Random) =>
  pick(r, [
    `${int(r, 2000)}`, `${int(r, 100)}%`, `${int(r, 100)}.${int(r, 10)}%`, `~${int(r, 9000).toLocaleString('en-US')}`, `${int(r, 500)}+`,
    `${int(r, 100)}/100`, `${int(r, 30)}/${int(r, 30) + 1}`, `${int(r, 90)} → ${int(r, 100)}`, `+${int(r, 40)} points`, `${int(r, 60)}-${int(r, 40) + 60}%`,
    `v${int(r, 9)}.${int(r, 9)}.${int(r, 9)}`, `2025-${1 + int(r, 12)}-${1 + int(r, 28)}`, `${int(r, 900)}ms`, `${int(r, 50)} KB`, `#${int(r, 999)}`, '١٢٣', '½',
  ]);

const nouns = ['tests', 'passing', 'failing', 'skipped', 'lines', 'files', 'alert rules', 'jobs', 'commits', 'coverage', 'of 8 criteria met', 'issues', 'score', 'panels'];
const paths = ['`scripts/backup.sh`', '`src/a b.ts`', '`/etc/nginx/nginx.conf`', '`../x.py`', '`C:\\tools\\x.ps1`', 'docs/AUDIT.md', '`tests/$(id).py`', '`a|b`'];
const words = ['Coverage', 'Status', 'All', 'target', 'was', 'will be', 'before', 'now', 'approximately', 'over', 'at least', 'Score', 'TOTAL', 'commit', '**Tests:**', 'é', '🚀', '\u200b', '\t', '`code`', '[link](http://x/1.2)', '<!-- claimcheck-ignore-next-line -->'];

function phrase(r: Random): string {
  const parts: string[] = [];
  const n = 1 + int(r, 6);
  for (let i = 0; i < n; i++) {
    const roll = r();
    if (roll < 0.35) parts.push(`${figures(r)} ${pick(r, nouns)}`);
    else if (roll < 0.5) parts.push(`${pick(r, paths)} (${int(r, 900)} lines)`);
    else if (roll < 0.6) parts.push(`\`${(0x1000000 + int(r, 0xfffffff)).toString(16)}\``);
    else parts.push(pick(r, words));
  }
  return parts.join(pick(r, [' ', ', ', ': ', ' — ', ' | ', '; ']));
}

function block(r: Random): string {
  const kind = int(r, 9);
  if (kind === 0) return `${'#'.repeat(1 + int(r, 4))} ${phrase(r)}`;
  if (kind === 1) {
    const cols = 2 + int(r, 3);
    const row = () => `| ${Array.from({ length: cols }, () => phrase(r).replace(/\|/g, '/')).join(' | ')} |`;
    return [row(), `|${' --- |'.repeat(cols)}`, ...Array.from({ length: 1 + int(r, 5) }, row)].join('\n');
  }
  if (kind === 2) return Array.from({ length: 1 + int(r, 5) }, () => `${'  '.repeat(int(r, 3))}${pick(r, ['-', '*', '1.', '- [x]', '- [ ]'])} ${phrase(r)}`).join('\n');
  if (kind === 3) return '```' + pick(r, ['', 'sh', 'text']) + '\n' + phrase(r) + '\n' + phrase(r) + '\n```';
  if (kind === 4) return `> ${phrase(r)}`;
  if (kind === 5) return '---\ntitle: x\n---';
  if (kind === 6) return `${phrase(r)}\n${phrase(r)}`;
  if (kind === 7) return pick(r, ['', '\r\n', '   ', '<div>', '</div>', '***', '| broken | table', '```', '\\']);
  return phrase(r);
}

function document(seed: number): string {
  const r = prng(seed);
  const blocks = Array.from({ length: 1 + int(r, 12) }, () => block(r));
  const text = blocks.join(pick(r, ['\n\n', '\n', '\r\n\r\n']));
  return r() < 0.1 ? '\uFEFF' + text : text;
}

/** Cases per property; each seed is one generated report. */
const seeds = Array.from({ length: 300 }, (_, i) => 1_000 + i * 7_919);

describe('extraction over generated markdown', () => {
  it('the generator is deterministic and varied', () => {
    expect(document(seeds[0] as number)).toBe(document(seeds[0] as number));
    expect(new Set(seeds.map(document)).size).toBe(seeds.length);
    const claimed = seeds.filter((seed) => extractClaims('g.md', document(seed)).length > 0).length;
    // Most generated reports hold claims, so the position property is exercised.
    expect(claimed).toBeGreaterThan(seeds.length / 2);
  });

  it('never throws, points inside the report at the claim text, and is deterministic', () => {
    for (const seed of seeds) {
      const text = document(seed);
      let claims: ReturnType<typeof extractClaims> = [];
      expect(() => (claims = extractClaims('g.md', text)), `seed ${seed}`).not.toThrow();
      const lines = text.split('\n');
      for (const claim of claims) {
        const { offset, line, column } = claim.position;
        const where = `seed ${seed}, claim ${JSON.stringify(claim.text)} at ${line}:${column}`;
        expect(offset, where).toBeGreaterThanOrEqual(0);
        expect(offset, where).toBeLessThan(text.length);
        expect(line, where).toBeGreaterThanOrEqual(1);
        expect(line, where).toBeLessThanOrEqual(lines.length);
        // Line and column name the same place as the offset.
        const lineStart = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
        expect(lineStart + column - 1, where).toBe(offset);
        // The claim's text starts there, up to whitespace and markdown markup between its words.
        const squeeze = (s: string) => s.replace(/[\s*_`|>\\]+/g, '');
        expect(squeeze(text.slice(offset, offset + claim.text.length * 3 + 40)).startsWith(squeeze(claim.text).slice(0, 12)), where).toBe(true);
      }
      expect(extractClaims('g.md', text), `seed ${seed}`).toEqual(claims);
    }
  });
});
