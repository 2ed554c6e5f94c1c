/** Running a named regular expression over text blocks. */
import type { TextBlock } from './markdown.js';
import { needsDigit } from './needs-digit.js';

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
 * An array, not a generator: resuming one per match was a hot spot of
 * extraction, and callers read every match.
 */
export function scan(blocks: readonly TextBlock[], re: RegExp, filter?: (block: TextBlock) => boolean): BlockMatch[] {
  if (!re.global) throw new Error(`scan needs a global regular expression: ${re.source}`);
  // Most blocks hold no digit; an expression that needs one cannot match them (needs-digit.ts).
  const digit = needsDigit(re);
  const matches: BlockMatch[] = [];
  for (const block of blocks) {
    // Before the filter, which is costlier; filters are predicates of the block alone.
    if (digit && !holdsDigit(block)) continue;
    if (filter && !filter(block)) continue;
    re.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = re.exec(block.text)) !== null) {
      if (match[0] === '') {
        re.lastIndex++;
        continue;
      }
      matches.push({ block, match, groups: match.groups ?? {}, start: match.index, end: match.index + match[0].length });
    }
  }
  return matches;
}

const digitRe = /\d/;

/** Whether `block.text` holds an ASCII digit: as read (markdown.ts), else tested here. */
function holdsDigit(block: TextBlock): boolean {
  return block.digits ?? digitRe.test(block.text);
}

/** Start offset of named group `name` in a match made with the `d` flag, else the match start. */
export function groupStart(m: BlockMatch, name: string): number {
  return m.match.indices?.groups?.[name]?.[0] ?? m.start;
}
