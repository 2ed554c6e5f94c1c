/**
 * A section whose heading names goals or the steps still to take ("### Long-term
 * Goals (Ongoing)", "## Next Steps", "### Short-term Actions (2-3 Weeks)"):
 * a figure in it states where the work should get, not where it is, unless
 * its own words say it is the present ("currently at 0.8%"), which tense.ts
 * reads first. A section whose heading says its figures are expected or
 * estimated ("### Expected Coverage: ≥95%", "## Performance Analysis
 * (Estimated)") states a projection the same way.
 */
import type { ClaimContext, TenseReading } from '../model.js';
import { doneWords, findWord, goalHeadingWords, presentWords, projectionHeadingWords, wordsSource } from './words.js';

/** Words of a heading that sets the present beside the projection or estimates the present: "Expected vs Actual", "Current Coverage (Estimated)". */
const presentHeadingRe = new RegExp(String.raw`\b${wordsSource([...presentWords, 'measured', 'vs', 'versus'])}\b`, 'i');
/** Words of a heading that says its steps are taken, or looks back: "Goals Achieved ✅", "Recommended Sequence Followed". */
const doneHeadingRe = new RegExp(String.raw`✅|\b${wordsSource(doneWords)}\b`, 'i');

/**
 * The tense a goal section gives a figure outside any table, or undefined. `estimate`: the figure is written as an
 * estimate ("~20 tests", "(est. 12)"), which a section of steps to take makes a projection of what they will bring,
 * not a goal they must reach (104:117 under "What's Next", as labels README's recall11 reads an estimate of a step to
 * come). Default false.
 */
export function goalSectionTense(context: ClaimContext, estimate = false): TenseReading | undefined {
  if (context.table !== undefined) return undefined;
  const heading = context.headings.at(-1);
  if (heading === undefined || doneHeadingRe.test(heading)) return undefined;
  const word = findWord(heading, goalHeadingWords);
  if (word !== undefined && estimate) return { tense: 'projected', reason: `under "${heading.trim()}", an estimate of a step to take` };
  if (word !== undefined) return { tense: 'target', reason: `under "${heading.trim()}"` };
  if (presentHeadingRe.test(heading) || findWord(heading, projectionHeadingWords) === undefined) return undefined;
  return { tense: 'projected', reason: `under "${heading.trim()}", a section of expected figures` };
}
