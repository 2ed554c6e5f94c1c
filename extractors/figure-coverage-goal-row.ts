/**
 * Coverage in the status, result or notes cell of a row that states a
 * coverage goal: "| Test Coverage >95% | ⚠️ **91% - Below target** |
 * Currently 91%, needs improvement to reach 95%. |" (201), "| Expand coverage
 * to 85% | 🟡 Partial | 24% achieved (50% progress) |" (408). The row names
 * the measure and its bar; the other cells say where the project's coverage
 * stands against it (or, "to reach 95%", the bar again, whose tense the cell's
 * own words give). A figure its noun gives to another measure ("50%
 * progress") or a share of other things ("50% of the modules") is left alone.
 */
import type { Figure } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import { findWord, hasWord, remarkColumns, type Words } from '../src/figures/words.js';
import { isSignedFigure } from '../src/figures/coverage-subject.js';
import { otherMeasureNouns } from './figure-coverage-goal.js';

/** Columns that say how a row's goal stands: its status, its result, notes on it. */
const outcomeColumns: readonly string[] = [...remarkColumns, 'result', 'results', 'outcome', 'actual', 'achieved', 'current'];
/** A goal written in a row's label: a bar ("Test Coverage >95%", "≥ 80%") or where to get ("Expand coverage to 85%"). */
const goalInRowRe = /(?:[<>]=?|[≥≤]|\bto\b|\bof\b|\breach\b|\bat\s+least\b)\s*~?\d+(?:\.\d+)?\s*%/i;
/** A share of other things right after the figure: "50% of the modules". */
const shareOfAfterRe = /^\s*(?:of|des|de)\b/i;

function classify(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  const c = figure.context;
  const table = c.table;
  if (!place || table === undefined || figure.unit !== 'percent' || figure.value > 100 || c.sign !== undefined || isSignedFigure(figure.text)) return undefined;
  // The row's label states the coverage goal; this figure stands in another cell, under a column of its outcome.
  if (place.block.text.trim() === table.row.trim() || !hasWord(table.row, words.coverage) || !goalInRowRe.test(table.row)) return undefined;
  if (findWord(table.header, outcomeColumns) === undefined || hasWord(table.header, words.coverage)) return undefined;
  if ((c.noun !== undefined && hasWord(c.noun, otherMeasureNouns)) || shareOfAfterRe.test(place.text.slice(place.end))) return undefined;
  return { kind: 'coverage.lines', subject: { scope: 'all' } };
}

export default {
  id: 'figure-coverage-goal-row',
  description: 'Coverage in the status, result or notes cell of a row that states a coverage goal: "| Test Coverage >95% | ⚠️ 91% - Below target |", "| Expand coverage to 85% | Partial | 24% achieved |".',
  kinds: ['coverage.lines'],
  classify,
} satisfies FigureClassifier;
