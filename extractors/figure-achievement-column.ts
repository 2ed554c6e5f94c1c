import type { Figure } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import type { Words } from '../src/figures/words.js';
import { isAchievementColumn } from '../src/figures/achievement-column.js';

/**
 * A percentage in a table's achievement column ("| Target | Achievement |",
 * "| Target | Achieved | Percentage |"): the row's value as a share of its
 * target, a `percentOf` of the whole project. The relation
 * achievement-column judges it against the row's value and target. A
 * percentage written with a sign or an arrow ("✅ +19%" beside a target of
 * 80% and 99% achieved) is how far the value passed the target, a
 * difference, never a share of it.
 */
function classify(figure: Figure, _words: Words, place?: FigurePlace): Classification | undefined {
  const table = figure.context.table;
  const columns = place?.block.columns;
  if (figure.unit !== 'percent' || !table || !columns || figure.context.block !== 'cell') return undefined;
  if (figure.context.sign !== undefined) return undefined;
  const column = columns.indexOf(table.header);
  if (column < 0 || !isAchievementColumn(columns, column)) return undefined;
  return { kind: 'percentOf', subject: { scope: 'all' } };
}

export default {
  id: 'figure-achievement-column',
  description: 'A percentage in an achievement column beside a target column: the row\'s value as a share of its target.',
  kinds: ['percentOf'],
  classify,
  readsClaimed: true,
} satisfies FigureClassifier;
