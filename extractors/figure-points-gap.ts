import type { Figure } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import type { Words } from '../src/figures/words.js';
import { labelGapWord, pointsAfterRe, pointsGapAfterRe } from '../src/figures/points-gap.js';

/**
 * Points a score is from its scale or from another score, said in prose: "(9
 * points remaining)" under "91/100", "The 4-point difference is:" between
 * 91/100 and 95/100, "The 4-point overclaim", "**Overclaim**: -4 points" under
 * "Corrected Score: 91/100 (not 95/100)". The figure is a total of the points its list breaks
 * down, and the relation points-gap judges it against the scores stated in
 * its section and against that list.
 */
function classify(figure: Figure, _words: Words, place?: FigurePlace): Classification | undefined {
  if (!place || figure.unit !== 'count' || figure.qualifier !== 'exact' || figure.context.table !== undefined) return undefined;
  const after = place.text.slice(place.end);
  // A label that is the gap word says what the points are, sign and all: "**Overclaim**: -4 points".
  const labelled = labelGapWord(figure.context.label) !== undefined ? pointsAfterRe.exec(after) : null;
  if (labelled) return { kind: 'total', subject: { scope: 'all' }, span: { start: place.start, end: place.end + labelled[0].length } };
  // A signed figure otherwise is a change or a deduction ("(-2 points)"), never the gap itself.
  if (figure.context.sign !== undefined) return undefined;
  const m = pointsGapAfterRe.exec(after);
  if (!m) return undefined;
  return { kind: 'total', subject: { scope: 'all' }, span: { start: place.start, end: place.end + m[0].length } };
}

export default {
  id: 'figure-points-gap',
  description: 'Points a score is short of its scale or of another score, in prose: "9 points remaining", "the 4-point difference".',
  kinds: ['total'],
  classify,
} satisfies FigureClassifier;
