/**
 * A percentage alone in a cell of a column that says coverage ("| Module |
 * Coverage |", "| File | Line Coverage |"): that row's coverage, of the
 * metric the column names. Read here from the figure's cell, in place of the
 * coverage-percent extractor's cell expression; the claim's text, place,
 * subject and tense are those the extractor gave.
 */
import type { Figure } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import { hasWord, type Words } from '../src/figures/words.js';
import { coverageSubject, isSignedFigure } from '../src/figures/coverage-subject.js';
import { isBucketBound } from '../src/figures/buckets.js';
import { metricKind } from './figure-coverage.js';

/** A cell holding only the figure, its marks and spaces: "**87%**", " 63% ". */
const onlyFigureRe = /^[\s*]*$/;

function classify(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  const header = place?.block.context.table?.header;
  if (!place || place.block.kind !== 'cell' || header === undefined || figure.unit !== 'percent') return undefined;
  if (!hasWord(header, words.coverage)) return undefined;
  const { text, start, end } = place;
  if (!onlyFigureRe.test(text.slice(0, start)) || !onlyFigureRe.test(text.slice(end))) return undefined;
  // A signed figure is a change of coverage; "70-99%" heading a row of modules is a bucket's edge, not a measured figure.
  if (isSignedFigure(text.slice(place.numStart, end)) || isBucketBound(place.block, start, end)) return undefined;
  const span = { start: text.length - text.trimStart().length, end: text.trimEnd().length };
  return { kind: metricKind(header, words) ?? 'coverage.lines', subject: coverageSubject(place.block, span.start, false), span };
}

export default {
  id: 'figure-coverage-column',
  description: 'Coverage in a table column that says coverage: a percentage alone in its cell ("| auth.py | 87% |" under "| File | Coverage |").',
  kinds: ['coverage.lines', 'coverage.branches', 'coverage.functions', 'coverage.statements'],
  classify,
  readsClaimed: true,
} satisfies FigureClassifier;
