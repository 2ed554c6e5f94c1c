import type { Extractor } from '../src/figures/extract.js';
import { quantitySource, readQuantity } from '../src/figures/numbers.js';
import { checkedRevision, rangeSource, refSource } from '../src/measure/git-pieces.js';
import { scan, groupStart } from '../src/read/scan.js';

const commitsSource = String.raw`${quantitySource}\s+(?:new\s+|more\s+)?commits?`;
/** "6 commits ahead of origin", "3 commits ahead of `origin/main`". */
const aheadRe = new RegExp(String.raw`${commitsSource}\s+ahead\s+of\s+\`?(?<base>${refSource})\`?`, 'gd');
/** "6 new commits (fbd76a5...c7d6981)", "12 commits in `v1.0..v1.1`", "4 commits between main..feature". */
const inRangeRe = new RegExp(String.raw`${commitsSource}\s*(?:\(\s*|\s+(?:in|between|from)\s+)\`?(?<range>${rangeSource})\`?`, 'gd');
/** Words after "since" that begin prose, not a revision: "since the last release", "since yesterday". */
const sinceProseSource = String.raw`(?:the|a|an|this|that|these|last|previous|our|my|its|their|then|yesterday|today|launch|release|start|beginning|inception|merging|review)(?![\w./-])`;
/** "14 commits since v1.2.0". */
const sinceRe = new RegExp(String.raw`${commitsSource}\s+since\s+(?!${sinceProseSource})\`?(?<since>${refSource})\`?`, 'gdi');

export default {
  id: 'commit-count',
  description: 'Commit counts of a range: "6 commits ahead of origin", "6 new commits (fbd76a5...c7d6981)", "14 commits since v1.2.0".',
  kinds: ['git.commits'],
  keywords: ['commit'],
  extract(blocks, ctx) {
    for (const re of [aheadRe, inRangeRe, sinceRe]) {
      for (const m of scan(blocks, re, (b) => b.kind !== 'code')) {
        const written = m.groups.range ?? (m.groups.base ?? m.groups.since ?? '') + '..HEAD';
        const range = checkedRevision(written);
        if (!range) continue;
        const q = readQuantity(m.groups);
        ctx.claim(m.block, groupStart(m, 'num'), m.end, {
          kind: 'git.commits', subject: { name: range }, value: q.value, unit: 'count', qualifier: q.qualifier, precision: 0,
          ...(q.range ? { range: q.range } : {}),
        });
      }
    }
  },
} satisfies Extractor;
