import type { Extractor } from '../src/figures/extract.js';
import { pathGroup, pathOf } from '../src/figures/path-pieces.js';
import { scan, groupStart } from '../src/read/scan.js';

/** "`scripts/backup.sh` is executable", "`run.sh` (executable)", "`x.sh` is not executable". */
const executableRe = new RegExp(String.raw`${pathGroup('p')}\s*(?:is\s+|\(|[-–—,:]\s*)(?<not>not\s+)?(?<word>executable)\b`, 'gd');
/** "`secrets.env` (permissions: 600)", "`backup.sh` is executable (permissions: 700)", "`x` with mode 0755". */
const permissionsRe = new RegExp(
  String.raw`${pathGroup('p')}[^\`\n|;.]{0,40}?\b(?:permissions?|perms|mode)\s*(?:of\s+|set\s+to\s+|is\s+|:\s*|=\s*)?(?<octal>0?[0-7]{3})(?![\d])`,
  'gd',
);

export default {
  id: 'file-mode',
  description: 'Modes of named files: "`backup.sh` is executable", "`secrets.env` (permissions: 600)".',
  kinds: ['file.mode'],
  keywords: ['executable', 'perm', 'mode'],
  extract(blocks, ctx) {
    for (const m of scan(blocks, executableRe, (b) => b.kind !== 'code')) {
      const path = pathOf(m.groups, 'p');
      if (!path) continue;
      ctx.claim(m.block, groupStart(m, m.groups.not ? 'not' : 'word'), m.end, { kind: 'file.mode', subject: { path }, value: m.groups.not === undefined, unit: 'none', qualifier: 'exact', precision: 0 });
    }
    for (const m of scan(blocks, permissionsRe, (b) => b.kind !== 'code')) {
      const path = pathOf(m.groups, 'p');
      const octal = m.groups.octal;
      if (!path || !octal) continue;
      ctx.claim(m.block, groupStart(m, 'octal'), m.end, { kind: 'file.mode', subject: { path }, value: octal.slice(-3), unit: 'none', qualifier: 'exact', precision: 0 });
    }
  },
} satisfies Extractor;
