import type { Extractor } from '../src/figures/extract.js';
import type { Subject } from '../src/model.js';
import { quantitySource, readQuantity } from '../src/figures/numbers.js';
import { checkedRevision, hashOnlySource, namedHashSource, rangeSource } from '../src/measure/git-pieces.js';
import { scan, groupStart } from '../src/read/scan.js';

/** "117 files changed", "17,051 insertions(+)", "~600 deletions". */
const figureRe = new RegExp(
  String.raw`${quantitySource}\s+(?<what>files?\s+changed|insertions?(?:\(\+\))?|deletions?(?:\(-\))?)(?![\w-])`,
  'gd',
);
/** Git's own vocabulary: "files changed" alone is too common in prose to count as a diffstat. */
const gitWordsRe = /\b(?:insertions?|deletions?)\b/;
/** What the figures are a diffstat of, in the same block: a range, or one commit. */
const rangeRe = new RegExp(String.raw`(?<![\w/.-])\`?(?<range>${rangeSource})\`?`);
const commitRe = new RegExp(String.raw`(?:\b[Cc]ommit\s+\`?(?<hash2>${namedHashSource})\b\`?|\`(?<hash>${hashOnlySource})\`)`);

export default {
  id: 'diffstat',
  description: 'Diffstats: "117 files changed, 17,051 insertions(+), 1,234 deletions(-)", of the range or commit named beside them.',
  kinds: ['git.diffstat'],
  extract(blocks, ctx) {
    for (const m of scan(blocks, figureRe, (b) => gitWordsRe.test(b.text))) {
      const range = rangeRe.exec(m.block.text)?.groups?.range;
      const commit = commitRe.exec(m.block.text)?.groups;
      const name = checkedRevision(range ?? commit?.hash2 ?? commit?.hash);
      const subject: Subject = name ? { name } : { scope: 'all' };
      const q = readQuantity(m.groups);
      ctx.claim(m.block, groupStart(m, 'num'), m.end, {
        kind: 'git.diffstat', subject, value: q.value, unit: 'count', qualifier: q.qualifier, precision: 0,
        ...(q.range ? { range: q.range } : {}),
      });
    }
  },
} satisfies Extractor;
