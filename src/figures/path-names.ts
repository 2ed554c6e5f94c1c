/**
 * The names a report gives its files. A report that lists
 * "`installer/install.py` - Python installer" and later tabulates
 * "| Python installer | 0 lines | 330 lines |" names the same file twice;
 * the row's figures are that file's, as a reader takes them.
 */
import type { TextBlock } from '../read/markdown.js';
import { cleanPath, pathSource } from './subjects.js';

/**
 * An item or line that opens with a path in backticks and a description
 * after a dash or colon, up to a parenthesis or the line's end:
 * "1. `installer/install.py` - Full-featured Python installer (330 lines)".
 */
const namedPathRe = new RegExp(String.raw`^[^\p{L}\p{N}\x60\n]*(?:\d+[.)]\s+)?(?:[\p{L} ]{1,20}:\s*)?\x60(?<path>${pathSource})\x60\**\s*(?:[-–—:]\s*)(?<name>[^()\n\x60]+?)\s*(?:\(|$)`, 'gmu');
/** A file's name of one word is a kind ("installer", "tests"), not a name: only names of two to six words are kept. */
const minWords = 2;
const maxWords = 6;

/** The words of a name, lowercased, marks and emphasis gone: "**Python Installer**" → "python installer". */
function nameKey(text: string): string {
  return text.replace(/[*_]+/g, '').replace(/[^\p{L}\p{N}.+#-]+/gu, ' ').trim().toLowerCase();
}

/**
 * The name → path table of a report: each description, and each tail of it
 * of at least two words ("Full-featured Python installer" also names
 * "python installer"). A name two paths share names neither.
 */
function buildTable(blocks: readonly TextBlock[]): ReadonlyMap<string, string> {
  const found = new Map<string, string | null>();
  for (const block of blocks) {
    if (block.kind === 'cell' || block.kind === 'heading') continue;
    if (block.kind === 'code' && block.lang !== '') continue;
    // The expression needs a path in backticks; most blocks hold none, and it is tried at every line start of every block.
    if (!block.text.includes('`')) continue;
    for (const match of block.text.matchAll(namedPathRe)) {
      const path = cleanPath(match.groups?.path ?? '');
      const words = nameKey(match.groups?.name ?? '').split(' ').filter((w) => w !== '');
      for (let from = 0; from <= words.length - minWords; from++) {
        const tail = words.slice(from);
        if (tail.length > maxWords) continue;
        const key = tail.join(' ');
        const known = found.get(key);
        found.set(key, known === undefined || known === path ? path : null);
      }
    }
  }
  const table = new Map<string, string>();
  for (const [key, path] of found) if (path !== null) table.set(key, path);
  return table;
}

const tables = new WeakMap<readonly TextBlock[], ReadonlyMap<string, string>>();

/** The path the report names `name` for elsewhere ("Python installer" → "installer/install.py"), or undefined. */
export function pathNamed(blocks: readonly TextBlock[], name: string): string | undefined {
  let table = tables.get(blocks);
  if (!table) {
    table = buildTable(blocks);
    tables.set(blocks, table);
  }
  return table.size === 0 ? undefined : table.get(nameKey(name));
}
