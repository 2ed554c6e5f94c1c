import type { Extractor, ExtractContext } from '../src/extract.js';
import type { TextBlock } from '../src/markdown.js';
import { quantitySource, readQuantity } from '../src/numbers.js';
import { cleanPath, pathSource } from '../src/subjects.js';
import { scan, groupStart } from '../src/scan.js';

const linesSource = String.raw`${quantitySource}\s*(?:lines?|LOC|loc)\b`;

/**
 * "`scripts/backup.sh` (90 lines)", "backup.sh: 90 lines", "SECURITY.md - 212 lines",
 * "`.env.production` template (366 lines)".
 */
const pathThenLinesRe = new RegExp(
  String.raw`(?<path>\`${pathSource}\`|(?<![\w/.-])${pathSource})\**(?:\s+[a-z][\w-]*){0,2}\s*(?:\(|:|-|–|—|,)\s*\**${linesSource}`,
  'gid',
);

const fileExtensionRe = /\.[A-Za-z][\w]{0,9}$/;

function extract(blocks: readonly TextBlock[], ctx: ExtractContext): void {
  for (const m of scan(blocks, pathThenLinesRe, (b) => b.kind !== 'code')) {
    const path = cleanPath(m.groups.path ?? '');
    // Skip URLs and version-like tokens ("v1.2"), which the path piece also matches.
    if (!path || /^(?:https?:|www\.)/i.test(path) || /^v?\d+(?:\.\d+)+$/.test(path)) continue;
    // A bare "created/modified" is two words; a bare path names a file by its extension.
    if (!m.groups.path?.startsWith('`') && !fileExtensionRe.test(path)) continue;
    const q = readQuantity(m.groups);
    ctx.claim(
      m.block, m.start, m.end,
      { kind: 'file.lines', subject: { path }, value: q.value, unit: 'lines', qualifier: q.qualifier, precision: 0, ...(q.range ? { range: q.range } : {}) },
      [groupStart(m, 'num'), m.end],
    );
  }
}

export default {
  id: 'file-lines',
  description: 'Line counts of named files: "`scripts/backup.sh` (90 lines)", "backup.sh: 90 lines".',
  kinds: ['file.lines'],
  extract,
} satisfies Extractor;
