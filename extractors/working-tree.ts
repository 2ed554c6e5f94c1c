import type { Extractor } from '../src/figures/extract.js';
import { scan } from '../src/read/scan.js';

/** "Working tree: clean", "working tree is clean", "nothing to commit, working tree clean", "Working tree: dirty". */
const treeStateRe = /\bworking\s+(?:tree|directory|copy)\s*(?::\s*|is\s+|was\s+)?(?:(?<clean>clean)|(?<dirty>dirty|not\s+clean|has\s+uncommitted\s+changes))\b/dgi;
/** "no uncommitted changes", "nothing to commit". */
const nothingRe = /\b(?<clean>[Nn]o\s+uncommitted\s+changes|[Nn]othing\s+to\s+commit)\b/dg;

export default {
  id: 'working-tree',
  description: 'Whether the working tree is clean: "Working tree: clean", "no uncommitted changes".',
  kinds: ['git.clean'],
  keywords: ['working', 'uncommitted', 'nothing'],
  extract(blocks, ctx) {
    for (const re of [treeStateRe, nothingRe]) {
      for (const m of scan(blocks, re)) {
        ctx.claim(m.block, m.start, m.end, { kind: 'git.clean', subject: { scope: 'all' }, value: m.groups.clean !== undefined, unit: 'none', qualifier: 'exact', precision: 0 });
      }
    }
  },
} satisfies Extractor;
