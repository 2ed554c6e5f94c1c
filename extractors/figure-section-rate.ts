import type { Figure } from '../src/model.js';
import type { Classification, FigureClassifier } from '../src/figures/classify.js';
import { ownLabelOf } from '../src/figures/classify.js';
import type { Words } from '../src/figures/words.js';
import { rateLabelKind } from '../src/figures/section-rate.js';

/**
 * A rate labelled by the run's words alone: "Success Rate: 99%", "Pass
 * rate: 98%", "Passing: 99%". A label that names what the rate is of
 * ("Deployment Success Rate", "Coverage") is not one; the words name no
 * tests, so the claim stands only where its section states the test counts
 * it is made from ("442 passed, 0 failed"): `settleSectionRates` drops it
 * elsewhere.
 */
function classify(figure: Figure, _words: Words): Classification | undefined {
  const c = figure.context;
  if (figure.unit !== 'percent' || c.table !== undefined || c.block === 'heading' || c.noun !== undefined) return undefined;
  const kind = rateLabelKind(ownLabelOf(figure));
  return kind === undefined ? undefined : { kind, subject: { scope: 'all' } };
}

export default {
  id: 'figure-section-rate',
  description: 'A pass or fail rate labelled by the run\'s words alone ("Success Rate: 99%"), in a section that states the test counts it is made from.',
  kinds: ['tests.passRate', 'tests.failRate'],
  classify,
} satisfies FigureClassifier;
