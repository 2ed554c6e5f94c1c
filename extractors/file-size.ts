import type { Extractor } from '../src/figures/extract.js';
import { quantitySource, readQuantity } from '../src/figures/numbers.js';
import { pathGroup, pathOf } from '../src/figures/path-pieces.js';
import { sizeUnitSource } from '../src/measure/sizes.js';
import { scan, groupStart } from '../src/read/scan.js';

/**
 * "`docs/SECURITY_GUIDE.md` - Comprehensive guide (127 KB)", "`app.bin`: 1.2 MB":
 * a path, a few words of description, then a size in parentheses or after a separator.
 */
const pathThenSizeRe = new RegExp(
  String.raw`${pathGroup('p')}[^\`\n|;]{0,60}?(?:\(|:\s|,\s|[-–—]\s)\s*${quantitySource}\s*(?<unit>${sizeUnitSource})`,
  'gd',
);

export default {
  id: 'file-size',
  description: 'Sizes of named files: "`docs/SECURITY_GUIDE.md` (127 KB)", "`dump.sql`: 1.2 MB".',
  kinds: ['file.bytes'],
  keywords: ['b'],
  extract(blocks, ctx) {
    for (const m of scan(blocks, pathThenSizeRe, (b) => b.kind !== 'code')) {
      const path = pathOf(m.groups, 'p');
      if (!path) continue;
      const q = readQuantity(m.groups);
      const start = groupStart(m, 'num');
      ctx.claim(m.block, start, m.end, {
        kind: 'file.bytes', subject: { path }, value: q.value, unit: 'bytes', qualifier: q.qualifier, precision: q.precision,
        ...(q.range ? { range: q.range } : {}),
      });
    }
  },
} satisfies Extractor;
