import type { Extractor } from '../src/figures/extract.js';
import { hashOnlySource, namedHashSource } from '../src/measure/git-pieces.js';
import { scan } from '../src/read/scan.js';

/** A hash in backticks, or right after "commit"/"SHA", or in a range "fbd76a5...c7d6981". */
const hashInProseRe = new RegExp(
  String.raw`(?:\`(?<tick>${hashOnlySource})\`|\b(?:[Cc]ommit|SHA|hash|rev)\s*:?\s*\`?(?<after>${namedHashSource})\b|\bcommits\s*:?\s*\`?(?<afterPlural>${hashOnlySource})\b|(?<![\w#/-])(?<range>${hashOnlySource})(?=\.{2,3}[0-9a-f]{7})|(?<=[0-9a-f]{7}\.{2,3})(?<rangeEnd>${hashOnlySource})\b)`,
  'gdi',
);
/** A table cell under a Commit/SHA column: "c7d6981, fbd76a5". */
const hashInCellRe = new RegExp(String.raw`(?<![\w#/-])(?<cell>${hashOnlySource})(?![\w-])`, 'gd');
/** `git log --oneline` output pasted in a plain code block: the hash starts the line. */
const onelineRe = new RegExp(String.raw`^(?:\*\s+)?(?<line>${hashOnlySource})\s+\S`, 'gd');
const commitHeaderRe = /\b(?:commits?|sha|hash|revision)\b/i;

export default {
  id: 'commit-hash',
  description: 'Commit hashes a report names: "`c7d6981`", "commit fbd76a5", a Commit column, `git log --oneline` lines.',
  kinds: ['git.commit'],
  extract(blocks, ctx) {
    const sources = [
      { re: hashInProseRe, filter: (b: (typeof blocks)[number]) => b.kind !== 'code' },
      { re: hashInCellRe, filter: (b: (typeof blocks)[number]) => b.kind === 'cell' && commitHeaderRe.test(b.context.table?.header ?? '') },
      { re: onelineRe, filter: (b: (typeof blocks)[number]) => b.kind === 'code' },
    ];
    for (const { re, filter } of sources) {
      for (const m of scan(blocks, re, filter)) {
        const name = ['tick', 'after', 'afterPlural', 'range', 'rangeEnd', 'cell', 'line'].map((g) => m.groups[g]).find((v) => v !== undefined);
        if (!name) continue;
        const offset = m.match[0].indexOf(name);
        const start = m.start + Math.max(offset, 0);
        ctx.claim(m.block, start, start + name.length, { kind: 'git.commit', subject: { name: name.toLowerCase() }, value: true, unit: 'none', qualifier: 'exact', precision: 0 });
      }
    }
  },
} satisfies Extractor;
