/**
 * Labels of the whole in the languages of the word table other than
 * English: "总测试数" (total tests), "通过率" (pass rate), "总计" (total). A
 * line led by one ("**总测试数**: 16") states the figure of what it stands
 * under, as "**Total tests**: 16" does in English, and names no part of it.
 * English labels are split into words and read by row-name.ts; CJK labels
 * have no spaces to split on, so the label must be one of these whole.
 */
import { wordsByLanguage } from '../figures/language-words.js';

const labelLists = ['total', 'totalRows', 'testNouns', 'passed', 'failed', 'skipped', 'errors', 'passRate', 'coverage'] as const;

const wholeLabels: ReadonlySet<string> = new Set(
  Object.entries(wordsByLanguage)
    .filter(([language]) => language !== 'en')
    .flatMap(([, words]) => labelLists.flatMap((list) => words[list]))
    .map((label) => label.toLowerCase()),
);

/** Whether `name` (a line's lead, emphasis and spaces aside) is a label of the whole in another language. */
export function isLocalizedWholeLabel(name: string): boolean {
  return wholeLabels.has(name.replace(/[*_\s]/g, '').toLowerCase());
}
