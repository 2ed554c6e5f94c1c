import type { Figure } from '../src/model.js';
import type { Classification, FigureClassifier } from '../src/figures/classify.js';
import { hasWord, type Words } from '../src/figures/words.js';

/** A file name ends with an extension: a folder's "lines" are a sum no single file has. */
const fileExtensionRe = /\.[A-Za-z][\w]{0,9}$/;

/**
 * A line count of a named file: a figure in lines with the file's path a few
 * words before it in the same item or row ("`installer/install.py` -
 * Full-featured installer (330 lines)"). Not lines covered by tests.
 */
function classify(figure: Figure, words: Words): Classification | undefined {
  if (figure.unit !== 'lines' || !Number.isInteger(figure.value)) return undefined;
  const name = figure.context.name;
  if (name === undefined || !fileExtensionRe.test(name) || /^(?:https?:|www\.)/i.test(name)) return undefined;
  // "120 lines covered", "Coverage: 120 lines": lines of a coverage report, not the file's length.
  if (hasWord(`${figure.context.noun ?? ''} | ${figure.context.label ?? ''} | ${figure.context.table?.header ?? ''}`, words.coverage)) return undefined;
  return { kind: 'file.lines', subject: { path: name } };
}

export default {
  id: 'figure-lines',
  description: 'Line counts of a file named before the figure in the same item or row: "`installer/install.py` - Full-featured installer (330 lines)".',
  kinds: ['file.lines'],
  classify,
} satisfies FigureClassifier;
