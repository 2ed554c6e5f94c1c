import type { Extractor } from '../src/extract.js';
import type { TextBlock } from '../src/markdown.js';
import { pathSource } from '../src/subjects.js';
import { pathGroup, pathOf } from '../src/path-pieces.js';
import { scan } from '../src/scan.js';

const lineRangeSource = String.raw`(?<from>\d{1,7})(?:\s*(?:-|–|—|to)\s*(?<to>\d{1,7}))?`;

/** "`auth/tokens.py:40-72`", "setup.sh:1799-1800", "`web/app.py:251`". */
const pathColonLinesRe = new RegExp(String.raw`(?:\`(?<p>${pathSource}):${lineRangeSource}\`|(?<![\w/.:-])(?<p_bare>${pathSource}):${lineRangeSource.replace(/\?<(\w+)>/g, '?<$1_bare>')}(?![\w:]))`, 'gd');
/** "lines 40-72 of auth/tokens.py", "line 12 in `x.py`". */
const linesOfPathRe = new RegExp(String.raw`\b[Ll]ines?\s+${lineRangeSource}\s+(?:of|in)\s+${pathGroup('p')}`, 'gd');
/** "`auth/tokens.py` lines 40-72", "`x.py` (line 12)", "`x.py`, L40-L72". */
const pathThenLinesRe = new RegExp(String.raw`${pathGroup('p')}\s*(?:\(|,\s*)?(?:[Ll]ines?\s+|L)(?<from>\d{1,7})(?:\s*(?:-|–|—|to)\s*L?(?<to>\d{1,7}))?`, 'gd');

/** Code shown right after a reference: " — `refresh_token()`", " (`def refresh`)", ": `timeout = 30`". */
const codeAfterRe = /^\)?\s*(?:[-–—:]\s*|\(\s*|\s)`(?<code>[^`\n]{2,200})`/;
/** Code shown right before a reference: "`refresh_token()` at ", "`main` in ". */
const codeBeforeRe = /`(?<code>[^`\n]{2,200})`\s*(?:at|in|on|\(|[-–—])\s*(?:[Ll]ines?\s*)?$/;
/** A shown "code" that is itself a file reference names no code. */
const fileRefRe = new RegExp(String.raw`^${pathSource}(?::\d+)?$`);

function codeBeside(block: TextBlock, start: number, end: number): string | undefined {
  const after = codeAfterRe.exec(block.text.slice(end))?.groups?.code;
  const before = codeBeforeRe.exec(block.text.slice(Math.max(0, start - 220), start))?.groups?.code;
  const code = after ?? before;
  return code && !fileRefRe.test(code.trim()) ? code.trim() : undefined;
}

export default {
  id: 'code-at-lines',
  description: 'Code at lines of a file: "`setup.sh:1799-1800`", "lines 40-72 of auth/tokens.py", with the code or name shown beside it.',
  kinds: ['file.snippet'],
  extract(blocks, ctx) {
    for (const re of [pathColonLinesRe, linesOfPathRe, pathThenLinesRe]) {
      for (const m of scan(blocks, re, (b) => b.kind !== 'code')) {
        const path = pathOf(m.groups, 'p');
        const from = Number(m.groups.from ?? m.groups.from_bare);
        const to = Number(m.groups.to ?? m.groups.to_bare ?? from);
        // A URL's port ("host.com:8080") is not a line.
        if (!path || !Number.isInteger(from) || to < from || /:\/\/$/.test(m.block.text.slice(Math.max(0, m.start - 3), m.start))) continue;
        const code = codeBeside(m.block, m.start, m.end);
        ctx.claim(m.block, m.start, m.end, {
          kind: 'file.snippet', subject: { path }, value: code ?? true, unit: 'none', qualifier: 'exact', precision: 0, range: [from, to],
        });
      }
    }
  },
} satisfies Extractor;
