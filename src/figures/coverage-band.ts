/**
 * A heading that names a band of coverage: "#### High Priority (0%
 * Coverage)", "### Known Gaps (0% Coverage)", "#### Medium Priority (28-57%
 * Coverage)". The figure bounds the group of parts listed under the
 * heading; it is neither a part's coverage nor the project's, so no claim is
 * read from it. A parenthesis that states a goal ("### Immediate (To Meet
 * 75% Coverage)") is no band.
 */
import type { TextBlock } from '../read/markdown.js';
import { hasWord, isWord } from './words.js';
import { coverageBandWords, coverageGrades } from './coverage-words.js';

/** Words inside the parenthesis before the figure that make it a goal: "(To Meet 75% Coverage)", "(Target: 80%)". */
const goalWords: readonly string[] = ['to', 'target', 'goal', 'reach', 'meet', 'minimum', 'required'];

/** Whether the figure starting at `start` (0-based, in `block.text`) stands in the parenthesis of a heading that names a band. */
export function isCoverageBand(block: TextBlock, start: number): boolean {
  if (block.kind !== 'heading') return false;
  const before = block.text.slice(0, start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0 || hasWord(before.slice(open + 1), goalWords)) return false;
  const words = before.slice(0, open).toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => isWord(w, coverageBandWords) || isWord(w, coverageGrades));
}
