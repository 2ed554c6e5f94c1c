import type { ClaimKind, Figure, Subject } from '../src/model.js';
import type { Classification, FigureClassifier } from '../src/figures/classify.js';
import { contextWords, ownLabelOf } from '../src/figures/classify.js';
import { findWord, hasWord, type Words } from '../src/figures/words.js';

/** The coverage kind a metric word gives. */
function metricKind(text: string, words: Words): ClaimKind | undefined {
  if (findWord(text, words.statements)) return 'coverage.statements';
  if (findWord(text, words.branches)) return 'coverage.branches';
  if (findWord(text, words.functions)) return 'coverage.functions';
  if (findWord(text, words.lines)) return 'coverage.lines';
  return undefined;
}

/** The file or folder a figure is about: the name before it, or a row naming a path; else the whole project. */
function subjectOf(figure: Figure): Subject {
  const name = figure.context.name;
  return name !== undefined ? { path: name } : { scope: 'all' };
}

/**
 * A percentage read as coverage from its structure: a metric named by its
 * label, column or row ("Statements: 89.79%" under "Coverage (global):"), or a
 * file named by its label under a coverage lead-in ("core/security.py: 100%"
 * in a plain-text block after "Module coverage:"), with coverage said by the
 * context around it.
 */
function classify(figure: Figure, words: Words): Classification | undefined {
  if (figure.unit !== 'percent' || figure.value > 100) return undefined;
  const c = figure.context;
  const around = contextWords(figure);
  if (!hasWord(around, words.coverage)) return undefined;
  // What names the figure itself: its own label, its column, its row — never a heading further out.
  const naming = [ownLabelOf(figure), c.table?.header ?? '', c.table?.row ?? '', c.noun ?? ''].join(' | ');
  const metric = metricKind(naming, words);
  if (metric) return { kind: metric, subject: subjectOf(figure) };
  if (c.name !== undefined && (ownLabelOf(figure) === c.name || c.table?.row === c.name)) return { kind: 'coverage.lines', subject: { path: c.name } };
  return undefined;
}

export default {
  id: 'figure-coverage',
  description: 'Coverage read from structure: a metric label under a coverage lead-in ("Coverage (global):" then "- Statements: 89.79%"), a file label in a coverage block ("core/security.py: 100%"), a metric column or row.',
  kinds: ['coverage.lines', 'coverage.branches', 'coverage.functions', 'coverage.statements'],
  classify,
} satisfies FigureClassifier;
