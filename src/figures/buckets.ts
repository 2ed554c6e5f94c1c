/**
 * Percentages that bound a bucket of a distribution rather than measure
 * anything: "| **70-99%** | 9 |" in a table of modules by coverage level,
 * "- 80-100%: 12 files", "Modules with <30% coverage: 25". The figure names a
 * class of files; it is no coverage of the project nor of a component.
 */
import type { TextBlock } from '../read/markdown.js';
import { atLeastPrefixSource, atMostPrefixSource, quantitySource } from './numbers.js';

/** A column whose cells name buckets: "Coverage Level", "Range", "Band", "Tier". */
const bucketHeaderRe = /\b(?:levels?|ranges?|bands?|buckets?|brackets?|tiers?|thresholds?|distribution|intervals?)\b/i;

/** A cell or label that is a percentage and nothing more: "**70-99%**", "<30%", "90%+", "0% (unused)". */
const percentLabelRe = new RegExp(String.raw`^[\s*_]*(?:${quantitySource})\s*%(?<plusAfter>\+)?[\s*_]*(?:\([^)]*\))?\s*$`);

/** Things that a bucket holds. */
const thingsSource = String.raw`(?:files|modules|packages|classes|components|functions|methods|crates|services|directories|folders|suites)`;

/** A line that opens with a bucket, then what falls in it: "80-100%: 12 files", "**<50% coverage** – 3 modules". */
const labelLeadRe = new RegExp(
  String.raw`^[\s*_]*(?:${quantitySource})\s*%(?<plusAfter>\+)?[\s*_]*(?:(?:line|branch|statement|function|test|code)\s+)?(?:coverage)?[\s*_]*(?::|–|—|-\s)` +
    String.raw`(?<rest>[\s*_]*(?<count>\d[\d,]*\s+${thingsSource}\b)?)`,
  'i',
);

/** Plural things right before a figure, with the comparison that makes it their bound: "Modules with <", "3 files below ". */
const thingsBoundRe = new RegExp(
  String.raw`\b${thingsSource}\s+(?:(?:with|having|have|at|scoring|reaching)\s+)?(?:(?:line|branch|statement|function|test|code)\s+)?(?:coverage\s+)?(?:(?:of|at|is)\s+)?` +
    String.raw`(?:(?:${atLeastPrefixSource}|${atMostPrefixSource}|above|between)\s*)?[~≈]?\s*$`,
  'i',
);

/** Whether a matched percentage is a range or a bound rather than a single value. */
function isBounded(groups: Record<string, string | undefined> | undefined): boolean {
  return Boolean(groups?.num2 ?? groups?.atLeast ?? groups?.atMost ?? groups?.plus ?? groups?.plusAfter);
}

/**
 * Whether the percentage at `[start, end)` of `block.text` bounds a bucket: a
 * table's row label that is a percentage range or bound (or any percentage in a
 * column of levels), a line that opens with a range or bound followed by what
 * falls in it, or a figure right after plural things it qualifies.
 */
export function isBucketBound(block: TextBlock, start: number, end: number): boolean {
  const table = block.context.table;
  if (block.kind === 'cell' && table && block.text.trim() === table.row) {
    const label = percentLabelRe.exec(block.text);
    if (label && (isBounded(label.groups) || bucketHeaderRe.test(table.header))) return true;
  }
  if (block.kind === 'paragraph') {
    const label = labelLeadRe.exec(block.text);
    if (label && end <= label[0].length - (label.groups?.rest?.length ?? 0) && (isBounded(label.groups) || label.groups?.count)) return true;
  }
  return thingsBoundRe.test(block.text.slice(0, start));
}
