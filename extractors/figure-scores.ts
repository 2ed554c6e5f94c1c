import type { Figure, Subject } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import { ownLabelOf } from '../src/figures/classify.js';
import { findWord, hasWord, type Words } from '../src/figures/words.js';
import { isTenseLabel, scoreSubject, scoreWords } from '../src/figures/score-subject.js';
import { arrowSource } from '../src/figures/numbers.js';

/** Row labels of a scorecard's sum: the whole project's score. */
const totalRowRe = /^\W*(?:total|overall|final|sum|grand total|weighted total)\b/i;
/** Nouns after "N/M" that still leave it a score: "15/15 points", "18/20 ✅ VERIFIED (Not 19/20 as claimed)". */
const scoreNounRe = /^(?:points?|pts|score|as\b|is\b|verified|actual|accurate|overall|production)/i;

/** A heading that gives a part its score: "1. Code Quality: 15/15 ✅ VERIFIED". */
const scoredHeadingRe = /:\s*\**\s*\d+(?:\.\d+)?\s*\/\s*\d+/;

/** The `Label:` part of a heading ("1. Code Quality: 15/15 ✅ VERIFIED" → "1. Code Quality"), or the whole heading. */
function headingLabel(heading: string): string {
  const cut = heading.indexOf(':');
  return cut < 0 ? heading : heading.slice(0, cut);
}

/** Whether the scale of an "N/M" figure alone makes it a score: out of 100 and no thing counted after it. */
function outOfHundred(figure: Figure): boolean {
  return figure.of === 100 && figure.context.noun === undefined;
}

/** The words of the structure right around a figure that may name it a score: label, column, caption, and the nearest heading. */
function scoreNamed(figure: Figure, words: Words): boolean {
  const c = figure.context;
  const near = [c.label, c.table?.header, c.table?.caption, c.noun].filter((x) => x !== undefined).join(' | ');
  if (hasWord(near, scoreWords)) return true;
  // A scorecard section: "## Score Verification by Category" then "### 1. Code Quality: 15/15" and its "**Before**: 11/15",
  // or a table under "## Final Score". A labelled item there ("All runbooks complete (10/10)") counts something else.
  const labelGivesNoThing = c.block === 'heading' || c.block === 'cell' || (c.block === 'paragraph' && (c.label === undefined || isTenseLabel(ownLabelOf(figure))));
  return labelGivesNoThing && c.headings.slice(-2).some((h) => hasWord(h, scoreWords)) && !hasWord(near, words.testNouns.filter((w) => w !== 'testing'));
}

/** The subject of a score: its row, its own label, else the label of the heading it stands under, else the whole project. */
function subjectOf(figure: Figure, words: Words): Subject | undefined {
  const c = figure.context;
  if (c.table) {
    const row = c.table.row;
    if (totalRowRe.test(row)) return { scope: 'all' };
    return scoreSubject(row, words) ?? { scope: 'all' };
  }
  const label = ownLabelOf(figure);
  if (label !== '' && !isTenseLabel(label)) return scoreSubject(label, words);
  // Only a heading that is itself a scorecard line ("### 1. Code Quality: 15/15") names the part its labels score.
  const heading = c.block === 'heading' ? undefined : c.headings.at(-1);
  if (heading === undefined || !scoredHeadingRe.test(heading)) return { scope: 'all' };
  return scoreSubject(headingLabel(heading), words) ?? { scope: 'all' };
}

/**
 * The right side of a pair that writes the scale once, at its end: " → 91/100" after the "73" of "(73 → 91/100)"
 * (202:238), as "(7 → 40%)" writes its "%" once (408:481, arrow-units.ts). Group `of`, the scale.
 */
const scaleAfterArrowRe = new RegExp(String.raw`^\s*\**\s*${arrowSource}\s*\**\s*[~≈]?\d[\d.,]*\s*\/\s*(?<of>\d+)(?![\d.,/])`);

/** The figure with the scale the right side of its pair writes for both sides, when it writes none of its own. */
function withPairScale(figure: Figure, place: FigurePlace | undefined): Figure {
  if (figure.of !== undefined || place === undefined || figure.unit !== 'count') return figure;
  const of = scaleAfterArrowRe.exec(place.text.slice(place.end))?.groups?.of;
  return of === undefined ? figure : { ...figure, of: Number(of) };
}

/**
 * A score read from structure: an "N/M" figure (never more than its scale)
 * under a label, column, caption or heading that names a score ("**Overall
 * Readiness Score:** 78/100", a `Category | Score` table, "## Score by
 * Category" then "### 1. Code Quality: 15/15" and its "**Before**: 11/15"),
 * or out of 100 with nothing counted after it; the left side of a pair takes the scale its right side writes
 * ("(73 → 91/100)"). Its subject is the category
 * its row, label or heading names, or the whole project.
 */
function classify(read: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  const figure = withPairScale(read, place);
  if (figure.of === undefined || figure.of <= 0 || figure.value > figure.of || figure.unit === 'percent') return undefined;
  const noun = figure.context.noun;
  if (noun !== undefined && !scoreNounRe.test(noun)) return undefined;
  const c = figure.context;
  // Tests, coverage or a status count ("Passing: 45/50") is a figure of its own kind, even in a scored section.
  const own = [ownLabelOf(figure), c.table?.header ?? ''].join(' | ');
  if (findWord(own, [...words.passed, ...words.failed, ...words.skipped, ...words.coverage]) !== undefined) return undefined;
  if (!scoreNamed(figure, words) && !outOfHundred(figure)) return undefined;
  const subject = subjectOf(figure, words);
  return subject ? { kind: 'score', subject } : undefined;
}

export default {
  id: 'figure-scores',
  description: 'Scores read from structure: "N/M" under a score label, column, caption or heading ("1. Code Quality: 15/15", "**Before**: 11/15", a `Category | Score` table), or out of 100.',
  kinds: ['score'],
  classify,
} satisfies FigureClassifier;
