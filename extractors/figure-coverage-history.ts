/**
 * An entry of a record of the project's coverage through time: "-
 * **Phase 1 Refactoring:** 85%" under "### Coverage History", "- **After
 * Phase 2:** 45% (3.5 hours)" under "### Timeline to 85% Coverage". The
 * heading names the project's coverage and a record (history, timeline,
 * trend) and nothing else; the entry's label names a step of a series (a
 * phase, sprint, week). Its tense is the heading's: a history's entries are
 * past states, a timeline toward a goal holds projections.
 */
import type { Figure } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import { ownLabelOf } from '../src/figures/classify.js';
import { findWord, hasWord, isWord, type Words } from '../src/figures/words.js';
import { coverageHistoryWords, coveragePlanWords } from '../src/figures/coverage-words.js';
import { isSignedFigure } from '../src/figures/coverage-subject.js';

/** A label naming a step of a series: "Phase 1 Refactoring", "After Phase 2", "Sprint 3". Group `noun`. */
const stepLabelRe = /^\W*(?:(?:after|before|end\s+of|by)\s+)?(?<noun>\p{L}+)\s+\d+(?:\.\d+)?\b/iu;
/** A percentage in a heading: "85%" of "Timeline to 85% Coverage". */
const percentRe = /[~≈>≥]?\d+(?:\.\d+)?\s*%\+?/g;
/** A share of something named after the figure: "85% of the modules", "10% per hour". */
const shareAfterRe = /^\s*(?:of|per)\b/i;
/** Words a record's heading may hold beside coverage and its record word. */
const headingWords: readonly string[] = ['test', 'code', 'overall', 'line', 'project', 'to', 'target', 'the', 'of'];

/** Whether `heading` names the project's coverage and a record of it, and nothing else. */
function recordHeading(heading: string, words: Words): boolean {
  if (!hasWord(heading, words.coverage) || findWord(heading, coverageHistoryWords) === undefined) return false;
  let rest = heading.toLowerCase().replace(percentRe, ' ');
  for (const phrase of [...coverageHistoryWords, ...words.coverage]) rest = rest.replace(new RegExp(`\\b${phrase}\\b`, 'g'), ' ');
  return rest.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '').every((w) => isWord(w, headingWords));
}

function classify(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  const c = figure.context;
  if (!place || shareAfterRe.test(place.text.slice(place.end)) || figure.unit !== 'percent' || figure.value > 100 || c.sign !== undefined || isSignedFigure(figure.text) || c.noun !== undefined) return undefined;
  if (c.block !== 'item' && c.block !== 'paragraph' && c.block !== 'code-text') return undefined;
  const heading = c.headings.at(-1) ?? '';
  if (!recordHeading(heading, words)) return undefined;
  const noun = stepLabelRe.exec(ownLabelOf(figure))?.groups?.noun;
  if (noun === undefined || !isWord(noun, words.ordinalNouns)) return undefined;
  const plan = findWord(heading, coveragePlanWords);
  return {
    kind: 'coverage.lines', subject: { scope: 'all' },
    ...(plan !== undefined ? { tense: 'projected' as const, tenseReason: `a step of a plan under "${heading}"` } : {}),
  };
}

export default {
  id: 'figure-coverage-history',
  description: 'Entries of a record of the project\'s coverage: "**Phase 1 Refactoring:** 85%" under "Coverage History", "**After Phase 2:** 45%" under "Timeline to 85% Coverage".',
  kinds: ['coverage.lines'],
  classify,
} satisfies FigureClassifier;
