/**
 * A line that states a total by its label: "**Total**: 65 tests",
 * "Total: 65", and the labels of the whole in the other languages of the word
 * table ("**总测试数**: 33", "**总计**: 16 个测试文件，**196 个测试**"), read
 * whole from language-words.ts through whole-label.ts.
 */
import { isLocalizedWholeLabel } from './whole-label.js';

/** A line led by the English label: "**Total**: 65 tests", "- Total: 65". */
const totalLineRe = /^\s*(?:[-*+]\s+)?\**\s*total\s*\**\s*:/i;

/** A line's label before its colon: "**总测试数**: 33" → "**总测试数**". Group `label`. */
const lineLabelRe = /^\s*(?:[-*+]\s+)?(?<label>[^:：]{1,40})[:：]/;

/** Whether `text` (one line) states a total by its label. */
export function isTotalLine(text: string): boolean {
  if (totalLineRe.test(text)) return true;
  const label = lineLabelRe.exec(text)?.groups?.label;
  return label !== undefined && isLocalizedWholeLabel(label);
}
