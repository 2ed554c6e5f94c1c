import type { Extractor } from '../src/figures/extract.js';
import { quantitySource, readQuantity } from '../src/figures/numbers.js';
import { checkedRevision, rangeSource, refSource } from '../src/measure/git-pieces.js';
import { scan, groupStart } from '../src/read/scan.js';
import { counters } from '../src/figures/number-forms.js';
import { alternation } from '../src/figures/language-words.js';

const commitsSource = String.raw`${quantitySource}\s+(?:new\s+|more\s+)?commits?`;
/** "6 commits ahead of origin", "3 commits ahead of `origin/main`". */
const aheadRe = new RegExp(String.raw`${commitsSource}\s+ahead\s+of\s+\`?(?<base>${refSource})\`?`, 'gd');
/** "6 new commits (fbd76a5...c7d6981)", "12 commits in `v1.0..v1.1`", "4 commits between main..feature". */
const inRangeRe = new RegExp(String.raw`${commitsSource}\s*(?:\(\s*|\s+(?:in|between|from)\s+)\`?(?<range>${rangeSource})\`?`, 'gd');
/** Words after "since" that begin prose, not a revision: "since the last release", "since yesterday". */
const sinceProseSource = String.raw`(?:the|a|an|this|that|these|last|previous|our|my|its|their|then|yesterday|today|launch|release|start|beginning|inception|merging|review)(?![\w./-])`;
/** "14 commits since v1.2.0". */
const sinceRe = new RegExp(String.raw`${commitsSource}\s+since\s+(?!${sinceProseSource})\`?(?<since>${refSource})\`?`, 'gdi');
/**
 * A count of commits that names no range: "All code committed (7 commits)", "**Git提交**: 2个commits" (a counter
 * between). The work's commits, which no range of the repository pins down: claimed so a reader sees it, and left
 * unverifiable by the git verifier. Not a count the forms above read with its range, nor one of commits to come.
 */
const bareCountRe = new RegExp(String.raw`(?<![\w.,/+-])${quantitySource}\s*(?:${alternation(counters)})?\s*(?:new\s+)?commits\b(?!\s+(?:ahead|behind|in|between|from|since|to)\b|\s*\(\s*\w+\.\.)`, 'gdi');
/**
 * Words before a count of commits that make it one still to make, a rule, or commits that are gone: "Squash into 3
 * commits", "max 5 commits", "Squashed 3 commits", "reverted 2 commits".
 */
const notDoneLeadRe = /\b(?:into|max(?:imum)?|at most|up to|per|every|split|squash(?:ed)?|dropped|reverted|rebased|need|needs|should|will|would|planned|next)\s*$/i;

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
    for (const m of scan(blocks, bareCountRe, (b) => b.kind !== 'code')) {
      const numStart = groupStart(m, 'num');
      if (notDoneLeadRe.test(m.block.text.slice(Math.max(0, numStart - 20), numStart))) continue;
      const q = readQuantity(m.groups);
      ctx.claim(m.block, groupStart(m, 'num'), m.end, {
        kind: 'git.commits', subject: { scope: 'all' }, value: q.value, unit: 'count', qualifier: q.qualifier, precision: 0,
        ...(q.range ? { range: q.range } : {}),
      });
    }
  },
} satisfies Extractor;
