import type { Extractor } from '../src/extract.js';
import { pathSource } from '../src/subjects.js';
import { pathOf } from '../src/path-pieces.js';
import { scan } from '../src/scan.js';

/** "`scripts/backup.sh` exists", "`docs/RUNBOOK.md` is missing". Only backticked paths: bare words are too often names. */
const pathThenStateRe = new RegExp(
  String.raw`\`(?<p>${pathSource})\`\s+(?:(?<no>does\s+not\s+exist|doesn't\s+exist|is\s+missing|is\s+absent|(?:was\s+)?not\s+found)|(?<yes>exists|is\s+present|is\s+in\s+place))\b`,
  'gd',
);
/** "Missing: `docs/RUNBOOK.md`". */
const stateThenPathRe = new RegExp(String.raw`\b(?:Missing|Not\s+found|No\s+such\s+file)\s*:?\s+\`(?<p>${pathSource})\``, 'gd');

export default {
  id: 'file-exists',
  description: 'Whether a named file exists: "`scripts/backup.sh` exists", "`docs/X.md` is missing".',
  kinds: ['file.exists'],
  extract(blocks, ctx) {
    for (const [re, negative] of [[pathThenStateRe, undefined], [stateThenPathRe, true]] as const) {
      for (const m of scan(blocks, re, (b) => b.kind !== 'code')) {
        const path = pathOf(m.groups, 'p');
        if (!path) continue;
        const value = negative === undefined ? m.groups.no === undefined : false;
        ctx.claim(m.block, m.start, m.end, { kind: 'file.exists', subject: { path }, value, unit: 'none', qualifier: 'exact', precision: 0 });
      }
    }
  },
} satisfies Extractor;
