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

/**
 * A label that names a total among other words, up to its colon: "**Frontend Total Tests:**", "- **Total**:". One line;
 * the label holds no cell bar. Group `label`.
 */
export const totalLabelSource = String.raw`(?<label>[^:|\n]{0,40}\btotal\b[^:|\n]{0,30}):`;

/** A line led by a label that names a total: "**Frontend Total Tests:** 58 tests" (106:42). */
const totalLabelLineRe = new RegExp(String.raw`^[^\S\n]*(?:[-*+][^\S\n]+)?${totalLabelSource}`, 'i');

/** Whether `text` (one line) is led by a label that names a total among other words. */
export function isTotalLabelLine(text: string): boolean {
  return totalLabelLineRe.test(text);
}

/** Whether `text` (one line) states a total by its label. */
export function isTotalLine(text: string): boolean {
  if (totalLineRe.test(text)) return true;
  const label = lineLabelRe.exec(text)?.groups?.label;
  return label !== undefined && isLocalizedWholeLabel(label);
}
