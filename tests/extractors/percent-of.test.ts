import extractor from '../../extractors/percent-of.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: 'Coverage is 78% (130% of target), against a target of 60%.', claims: [{ kind: 'percentOf', value: 130, unit: 'percent' }] },
    { markdown: 'Target 60%: reached 78% (130% of target)', claims: [{ kind: 'percentOf', value: 130 }] },
  ],
  invalid: ['Coverage is 78% (130% of target).', '100% of targets met', 'We hit 90% of the goal.'],
});
