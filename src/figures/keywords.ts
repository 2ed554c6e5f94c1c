/**
 * The keyword prefilter of extractors (`Extractor.keywords`): an extractor
 * whose expressions all need one of a few words is given only the blocks that
 * hold one. Most blocks of a report hold none of an extractor's words, and
 * running every expression over every block was the largest cost of
 * extraction after the markdown parse.
 */
import type { TextBlock } from '../read/markdown.js';

/**
 * What a block's keywords are looked for in, lower case: its text and, for a
 * table cell, its column header and row label (a cell's meaning is given by
 * them: "`main`" in a Branch row, "70%" in a Coverage column).
 */
export function keywordText(block: TextBlock): string {
  const table = block.context.table;
  const text = table ? `${block.text}\n${table.header}\n${table.row}` : block.text;
  return text.toLowerCase();
}

const specialRe = /[.*+?^${}()|[\]\\]/g;
/** One expression per keyword list, built once: testing it is three times faster than a search per keyword. */
const patterns = new WeakMap<readonly string[], RegExp>();

function patternOf(keywords: readonly string[]): RegExp {
  let pattern = patterns.get(keywords);
  if (pattern === undefined) {
    pattern = new RegExp(keywords.map((keyword) => keyword.replace(specialRe, '\\$&')).join('|'));
    patterns.set(keywords, pattern);
  }
  return pattern;
}

/** Whether `text` (from `keywordText`) holds one of `keywords` (lower case). */
export function holdsKeyword(text: string, keywords: readonly string[]): boolean {
  return keywords.length > 0 && patternOf(keywords).test(text);
}

/**
 * The blocks an extractor with `keywords` is given, in document order: those
 * holding one of them; all blocks when it declares none. `texts` holds each
 * block's `keywordText`, computed once per report for all extractors.
 */
export function blocksWithKeywords(blocks: readonly TextBlock[], texts: readonly string[], keywords: readonly string[] | undefined): readonly TextBlock[] {
  if (keywords === undefined) return blocks;
  const pattern = patternOf(keywords);
  return keywords.length === 0 ? [] : blocks.filter((_, index) => pattern.test(texts[index] ?? ''));
}
