import type { Extractor } from '../src/figures/extract.js';
import { checkedRevision, refSource } from '../src/measure/git-pieces.js';
import { scan } from '../src/read/scan.js';

/**
 * "Branch: main", "Current branch: `feature/x`" at the start of a line or list item: any line of a
 * paragraph, since metadata heads are one paragraph of hard-broken lines ("**Date:** …" then "**Branch:** main").
 */
const labelRe = new RegExp(String.raw`^(?:Current\s+|Git\s+|Working\s+)?[Bb]ranch\s*:[ \t]*\`?(?<name>${refSource})\`?`, 'gdm');
/** "on branch `feature/x`", "the `release/2.0` branch": only backticked names, bare words are prose. */
const tickedRe = new RegExp(String.raw`\b[Bb]ranch\s+\`(?<name>${refSource})\`|\`(?<before>${refSource})\`\s+branch\b`, 'gd');
/** A table cell in a row labelled "Branch". */
const cellRe = new RegExp(String.raw`^\s*\`?(?<name>${refSource})\`?`, 'gd');

export default {
  id: 'branch-name',
  description: 'Branches a report names: "Branch: main", "on branch `feature/x`", a Branch row of a table.',
  kinds: ['git.branch'],
  keywords: ['branch'],
  extract(blocks, ctx) {
    // A "Branch:" label states the branch the report's work is on, even in a closing block under "Next Steps";
    // a branch named in prose may be one still to create ("then open branch `release/2.0`").
    const sources = [
      { re: labelRe, filter: (b: (typeof blocks)[number]) => b.kind !== 'code', stated: true },
      { re: tickedRe, filter: (b: (typeof blocks)[number]) => b.kind !== 'code', stated: false },
      { re: cellRe, filter: (b: (typeof blocks)[number]) => b.kind === 'cell' && /^branch$/i.test(b.context.table?.row ?? '') && b.context.table?.header !== b.context.table?.row && b.text.trim().toLowerCase() !== 'branch', stated: false },
    ];
    for (const { re, filter, stated } of sources) {
      for (const m of scan(blocks, re, filter)) {
        const written = m.groups.name ?? m.groups.before;
        const name = checkedRevision(written);
        if (!written || !name || name.includes('..')) continue;
        const start = m.start + m.match[0].indexOf(written);
        ctx.claim(m.block, start, start + written.length, {
          kind: 'git.branch', subject: { name }, value: true, unit: 'none', qualifier: 'exact', precision: 0,
          ...(stated ? { tense: 'current' as const } : {}),
        });
      }
    }
  },
} satisfies Extractor;
