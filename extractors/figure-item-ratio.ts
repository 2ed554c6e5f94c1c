import type { Figure, Subject } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import { ownLabelText } from '../src/figures/file-subject.js';
import { isRoleLabel } from '../src/figures/role-label.js';
import { scoreWords } from '../src/figures/score-subject.js';
import { findWord, hasWord, isWord, shareStatusWords, type Words } from '../src/figures/words.js';

/** Marks and emphasis around a label's or noun's words. */
const marksRe = /[^\p{L}\p{N}\s/&+-]+/gu;
/** A plural noun, the things a whole counts: "APIs", "runbooks", "issues" (not "class", "status"). */
const pluralRe = /^\p{L}[\p{L}-]*[^s\W]s$/iu;
/** Words after a whole that measure it rather than name the things counted: time, size, effort. */
const measureNouns: readonly string[] = [
  'seconds', 'secs', 'minutes', 'mins', 'hours', 'hrs', 'days', 'weeks', 'months', 'years', 'bytes', 'lines', 'statements', 'branches',
  'functions', 'points', 'pts', 'stars', 'votes',
];

/** A percentage: "(100%)", "95 %". */
const percentRe = /\d\s*%/;

/** Whether the figure's line also gives a percentage: "3/3 deviations detected (100%)" is the ratio extractor's share. */
function percentOnLine(place: FigurePlace): boolean {
  const start = place.text.lastIndexOf('\n', place.start - 1) + 1;
  const end = place.text.indexOf('\n', place.end);
  return percentRe.test(place.text.slice(start, end < 0 ? place.text.length : end));
}

/** A text's words without marks, emphasis or parenthesised remarks. */
function wordsOf(text: string): string[] {
  return text.replace(/\([^)]*\)?/g, ' ').replace(marksRe, ' ').split(/\s+/).filter((w) => w !== '' && !/^\d/.test(w));
}

/** The singular of a plain English plural, to compare "runbook" with "runbooks". */
const singular = (word: string): string => word.toLowerCase().replace(/(?:es|s)$/, '');

/** The first word of the noun after the whole, when it is a plural that names the things counted ("5/5 APIs ✅" → "APIs"). */
function countedNoun(figure: Figure, words: Words): string | undefined {
  const first = wordsOf(figure.context.noun ?? '')[0];
  if (first === undefined || !pluralRe.test(first) || isWord(first, measureNouns) || isWord(first, words.testNouns)) return undefined;
  return first;
}

/**
 * The part a share in a list item is of: the item's own label names it
 * ("Arena: 5/5 APIs" → Arena), unless the label is only the counted things
 * and how they stand ("Runbooks complete: 10/10 runbooks", "All runbooks
 * complete (10/10)" → runbooks); with no such label, the things counted.
 */
function subjectOf(label: string, noun: string | undefined, totalWords: readonly string[]): Subject {
  const named = wordsOf(label).filter((w) => !isWord(w, shareStatusWords) && !isWord(w, totalWords));
  if (named.length === 0 || isRoleLabel(label)) return noun !== undefined ? { category: noun } : { scope: 'all' };
  // A label that holds the counted noun (or, with no noun, is one plural and its status) names those things, not a part.
  const things = noun !== undefined ? named.filter((w) => singular(w) === singular(noun)) : named.filter((w) => pluralRe.test(w));
  if (things.length > 0 && named.length === 1) return { category: things[0] as string };
  return { name: named.join(' ') };
}

/**
 * A part of a whole with no percentage in a list item: "- Arena: 5/5 APIs
 * ✅", "- **Data Quality Validation:** 0/3 issues", "- ✅ All runbooks
 * complete (10/10)". The share needs a plural noun after it naming the things
 * counted, or a status word in the label ("complete", "verified"); tests,
 * coverage and scores are other classifiers', and a share the item also
 * gives as a percentage is the ratio extractor's. The relation
 * count-over-list judges such a share against a list under it, when there is one.
 */
function classify(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  const c = figure.context;
  if (place === undefined || percentOnLine(place)) return undefined;
  if (figure.unit !== 'ratio' || figure.of === undefined || c.block !== 'item' || c.table !== undefined) return undefined;
  if (figure.qualifier !== 'exact' || !Number.isInteger(figure.value) || !Number.isInteger(figure.of) || figure.of <= 0 || figure.value > figure.of) return undefined;
  const label = ownLabelText(figure);
  const noun = countedNoun(figure, words);
  const status = findWord(label, shareStatusWords) !== undefined;
  if (noun === undefined && !(status && c.noun === undefined)) return undefined;
  const around = [label, c.noun ?? '', c.before ?? ''].join(' | ');
  // "Lines Covered: 502/617", "Tests: 8/10 passing", "Security: 14/15 points": coverage, tests and scores are read elsewhere.
  if (hasWord(around, [...words.coverage, ...words.testNouns, ...words.passed, ...words.failed, ...scoreWords])) return undefined;
  // "Phase 2/5", "Step 3/4": a place in a series.
  const last = wordsOf(label).at(-1);
  if (last !== undefined && isWord(last, words.ordinalNouns)) return undefined;
  return { kind: 'ratio', subject: subjectOf(label, noun, words.totals) };
}

export default {
  id: 'figure-item-ratio',
  description: 'A part of a whole with no percentage in a list item: "- Arena: 5/5 APIs ✅", "- ✅ All runbooks complete (10/10)".',
  kinds: ['ratio'],
  classify,
} satisfies FigureClassifier;
