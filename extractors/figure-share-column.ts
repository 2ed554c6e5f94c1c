import type { ClaimKind, Figure } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import { hasWord, type Words } from '../src/figures/words.js';
import { isCountHeader, isShareHeader, ownWholeWords } from '../src/figures/share-column.js';
import { rowSubject } from '../src/figures/subjects.js';

/**
 * A percentage in a share column of a table that also counts its rows:
 * "| ✅ PASSED | 2069 | 80.9% |", "| Fully Native | 7 | 26% |". The cell
 * is the row's count as a part of the column's whole, a `ratio`; in a table
 * of test statuses the passed and failed rows' shares are the run's pass and
 * fail rates over all tests. The relation share-of-column judges them.
 */
function classify(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  const table = figure.context.table;
  const columns = place?.block.columns;
  if (figure.unit !== 'percent' || !table || !columns || figure.context.block !== 'cell') return undefined;
  if (!isShareHeader(table.header) || hasWord(table.header, ownWholeWords)) return undefined;
  const others = columns.slice(1).filter((h) => h !== table.header);
  // A column of covered lines or of scores makes the table's percentages each row's own coverage or score.
  if (!others.some(isCountHeader) || others.some((h) => hasWord(h, ownWholeWords))) return undefined;
  const subject = rowSubject(figure.context) ?? { scope: 'all' as const };
  const where = [table.caption ?? '', ...figure.context.headings.slice(-2)].join(' | ');
  const kind: ClaimKind = hasWord(where, words.testNouns) && hasWord(table.row, words.passed)
    ? 'tests.passRate'
    : hasWord(where, words.testNouns) && hasWord(table.row, words.failed) ? 'tests.failRate' : 'ratio';
  return kind === 'ratio' ? { kind, subject } : { kind, subject: { scope: 'all' } };
}

export default {
  id: 'figure-share-column',
  description: 'A percentage in a share column ("Percentage", "%") beside a column of counts: the row\'s part of the column\'s whole.',
  kinds: ['ratio', 'tests.passRate', 'tests.failRate'],
  classify,
} satisfies FigureClassifier;
