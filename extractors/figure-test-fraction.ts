import type { Figure, Subject } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import { ownLabelOf } from '../src/figures/classify.js';
import type { Words } from '../src/figures/words.js';
import { headingCategory } from '../src/figures/test-subject.js';
import { testGroupHeading } from '../src/figures/ratio-subject.js';

/** A pass rate written right before the fraction: "100% (75/75)", "100% passing (137/137)". Group `pct`. */
const rateBeforeRe = /(?<pct>\d+(?:\.\d+)?)%\s*(?:pass(?:ing|ed)?\s*)?\(\s*$/i;
/** A pass rate written right after the fraction: "75/75 (100%)". Group `pct`. */
const rateAfterRe = /^\s*\(\s*(?<pct>\d+(?:\.\d+)?)%\s*\)/;
/** A status right after the fraction inside its parenthesis: "(75/75 passing)". */
const passingAfterRe = /^\s+pass(?:ing|ed)\b/i;
/** Words of a label, or between the rate and the fraction, that make it a rate of passing tests. */
const passWordsRe = /\bpass(?:ing|ed)?\b|\bsuccess(?:ful)?\b/i;
/** Words of a label that count other things than tests: "Coverage: 100% (12/12 files)" is no pass rate. */
const otherThingsRe = /\b(?:coverage|covered|files?|modules?|endpoints?|criteria|tasks?|items?|checks?|requirements?|features?|goals?)\b/i;

/**
 * A pass rate with its parts in parentheses: "**Pass Rate:** 100% (75/75)", "100% passing (137/137)",
 * "Total Success: 75/75 (100%)". The fraction states the tests that passed and all the tests (`also`), when
 * the percentage beside it is the fraction's: a fraction the percentage does not give is some other share.
 */
function classify(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  if (!place || figure.unit !== 'ratio' || figure.of === undefined || figure.of === 0 || figure.context.noun) return undefined;
  if (!Number.isInteger(figure.value) || !Number.isInteger(figure.of) || figure.value > figure.of) return undefined;
  const before = place.text.slice(Math.max(0, place.start - 40), place.start);
  const after = place.text.slice(place.end);
  const pctBefore = rateBeforeRe.exec(before);
  const pctAfter = pctBefore ? undefined : rateAfterRe.exec(after);
  const pct = pctBefore ?? pctAfter;
  if (!pct?.groups?.pct) return undefined;
  const rate = Number(pct.groups.pct);
  // The percentage as written must be the fraction's, to its own precision.
  const decimals = pct.groups.pct.split('.')[1]?.length ?? 0;
  if (Math.abs((figure.value / figure.of) * 100 - rate) > 0.5 * 10 ** -decimals + 1e-9) return undefined;
  const label = ownLabelOf(figure);
  const statedPass = passWordsRe.test(label) || passWordsRe.test(pct[0]) || passingAfterRe.test(after);
  if (!statedPass || otherThingsRe.test(label)) return undefined;
  // "### Phase 2: API Endpoint Tests" over "- 100% passing (137/137)": the group the heading names.
  const group = testGroupHeading(figure.context.headings.at(-1), words);
  const subject: Subject = group !== undefined ? { category: group } : headingCategory(figure.context.headings) ?? { scope: 'all' };
  // The percentage itself is the rate classifiers' (figure-test-rate, test-rate): only the parts are read here.
  return { kind: 'tests.passed', subject, also: [{ kind: 'tests.total', subject, value: figure.of }] };
}

export default {
  id: 'figure-test-fraction',
  description: 'A pass rate with its parts in parentheses: "Pass Rate: 100% (75/75)", "100% passing (137/137)", "75/75 (100%)": tests passed, tests in all, and the rate.',
  kinds: ['tests.passed', 'tests.total', 'tests.passRate'],
  classify,
} satisfies FigureClassifier;
