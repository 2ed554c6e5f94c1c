/**
 * A section whose heading names goals or the steps still to take ("### Long-term
 * Goals (Ongoing)", "## Next Steps", "### Short-term Actions (2-3 Weeks)"):
 * a figure in it states where the work should get, not where it is, unless
 * its own words say it is the present ("currently at 0.8%"), which tense.ts
 * reads first.
 */
import type { ClaimContext } from '../model.js';
import { findWord } from './words.js';
import type { TenseReading } from './tense.js';

/** Words of a heading over goals or steps still to take. */
export const goalHeadingWords: readonly string[] = [
  'goals', 'goal', 'objectives', 'next steps', 'next session', 'future work', 'future enhancements', 'roadmap', 'action items',
  'to-do', 'todo', 'upcoming', 'immediate actions', 'short-term actions', 'long-term actions', 'long-term strategy',
];
/** Words of a heading that says its steps are taken, or looks back: "Goals Achieved ✅", "Recommended Sequence Followed". */
const doneHeadingRe = /✅|\b(?:done|complete[ds]?|achieved|finished|results?|followed|met|reached)\b/i;

/** The tense a goal section gives a figure outside any table, or undefined. */
export function goalSectionTense(context: ClaimContext): TenseReading | undefined {
  if (context.table !== undefined) return undefined;
  const heading = context.headings.at(-1);
  if (heading === undefined || doneHeadingRe.test(heading)) return undefined;
  const word = findWord(heading, goalHeadingWords);
  return word === undefined ? undefined : { tense: 'target', reason: `under "${heading.trim()}"` };
}
