import type { Extractor } from '../src/figures/extract.js';
import type { Subject } from '../src/model.js';
import type { TextBlock } from '../src/read/markdown.js';
import { quantitySource, readQuantity } from '../src/figures/numbers.js';
import { checkedRevision, hashOnlySource, namedHashSource, rangeSource, refSource } from '../src/measure/git-pieces.js';
import { scan, groupStart } from '../src/read/scan.js';

/** "117 files changed", "17,051 insertions(+)", "~600 deletions". */
const figureRe = new RegExp(
  String.raw`${quantitySource}\s+(?<what>files?\s+changed|insertions?(?:\(\+\))?|deletions?(?:\(-\))?)(?![\w-])`,
  'gd',
);
/** The count of files as a label's value: "**Files Changed:** 128 files total", "**Files Changed**: 40+". */
const labelFigureRe = new RegExp(String.raw`\bfiles?\s+changed\s*:\s*${quantitySource}(?![\d.,]*\s*%)(?!\s+files?\s+changed)`, 'gid');
/** Git's own vocabulary: "files changed" alone is too common in prose to count as a diffstat. */
const gitWordsRe = /\b(?:insertions?|deletions?)\b/;
/** A count of changed files, in either form: read as a diffstat when git's words stand in its block or its section. */
const filesChangedRe = /\bfiles?\s+changed\b/i;
/** What the figures are a diffstat of, in the same block: a range, or one commit. */
const rangeRe = new RegExp(String.raw`(?<![\w/.-])\`?(?<range>${rangeSource})\`?`);
const commitRe = new RegExp(String.raw`(?:\b[Cc]ommit\s+\`?(?<hash2>${namedHashSource})\b\`?|\`(?<hash>${hashOnlySource})\`)`);
/** A branch merged into another: "Merged sprint/51-phase2-harden into sprint/52-platform-alignment". The diffstat under it is what the merge brought. */
const mergedBranchRe = new RegExp(String.raw`\bmerged?\s+\`?(?<branch>${refSource})\`?\s+into\b`, 'i');

/** The range, commit or merged branch `text` names, if git may be asked about it. */
function revisionIn(text: string): string | undefined {
  const range = rangeRe.exec(text)?.groups?.range;
  const commit = commitRe.exec(text)?.groups;
  return checkedRevision(range ?? commit?.hash2 ?? commit?.hash ?? mergedBranchRe.exec(text)?.groups?.branch);
}

/** The sections (heading paths) whose blocks hold git's words, computed once per report. */
function gitSections(blocks: readonly TextBlock[]): Set<string> {
  return new Set(blocks.filter((b) => gitWordsRe.test(b.text)).map((b) => b.context.headings.join('\n')));
}

export default {
  id: 'diffstat',
  description: 'Diffstats: "117 files changed, 17,051 insertions(+), 1,234 deletions(-)", of the range, commit or merged branch named beside them or in their lead-in.',
  kinds: ['git.diffstat'],
  extract(blocks, ctx) {
    let sections: Set<string> | undefined;
    // A count of changed files with no git word in its block is a diffstat's when its section holds one ("**17 files changed**" over "- **9,771 insertions, 55 deletions**").
    const isDiffstat = (b: TextBlock): boolean => gitWordsRe.test(b.text) || (sections ??= gitSections(blocks)).has(b.context.headings.join('\n'));
    for (const re of [figureRe, labelFigureRe]) {
      for (const m of scan(blocks, re, (b) => (gitWordsRe.test(b.text) || filesChangedRe.test(b.text)) && isDiffstat(b))) {
        // The diffstat's own block names what it is of, else the item or lead-in it stands under ("1. **Merged X** into Y" then "- 117 files changed").
        const name = revisionIn(m.block.text) ?? (m.block.context.list === undefined ? undefined : revisionIn(m.block.context.list));
        const subject: Subject = name ? { name } : { scope: 'all' };
        const q = readQuantity(m.groups);
        ctx.claim(m.block, re === figureRe ? groupStart(m, 'num') : m.start, m.end, {
          kind: 'git.diffstat', subject, value: q.value, unit: 'count', qualifier: q.qualifier, precision: 0,
          ...(q.range ? { range: q.range } : {}),
        });
      }
    }
  },
} satisfies Extractor;
