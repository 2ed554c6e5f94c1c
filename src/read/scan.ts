/** Running a named regular expression over text blocks. */
import type { TextBlock } from './markdown.js';

export interface BlockMatch {
  block: TextBlock;
  match: RegExpExecArray;
  groups: Record<string, string | undefined>;
  start: number;
  end: number;
}

/**
 * Every match of `re` (which must carry the `g` flag) in each block's text,
 * in document order. `filter` picks the blocks to read (default: all).
 */
export function* scan(blocks: readonly TextBlock[], re: RegExp, filter?: (block: TextBlock) => boolean): Generator<BlockMatch> {
  if (!re.global) throw new Error(`scan needs a global regular expression: ${re.source}`);
  for (const block of blocks) {
    if (filter && !filter(block)) continue;
    re.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = re.exec(block.text)) !== null) {
      if (match[0] === '') {
        re.lastIndex++;
        continue;
      }
      yield { block, match, groups: match.groups ?? {}, start: match.index, end: match.index + match[0].length };
    }
  }
}

/** Start offset of named group `name` in a match made with the `d` flag, else the match start. */
export function groupStart(m: BlockMatch, name: string): number {
  return m.match.indices?.groups?.[name]?.[0] ?? m.start;
}
