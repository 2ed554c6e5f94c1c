/**
 * A percentage of target per row: "| Overall Coverage | 46.36% | 49.06% |
 * +2.70% | 50% | **98%** |" under "Before | After | Change | Target |
 * Achievement": the row's value reached over its target. The value reached
 * is the column named so (Achieved, Actual, After, Current), else the
 * nearest figure left of the achievement column that is no target, before
 * or change. A target stated as a floor ("100+") is that figure; one stated
 * as a range ("120-150") stands for any value of it. A row whose value or target is no figure ("Good",
 * "Zero-copy"), or whose two figures are not of one unit, is not judged.
 */
import type { Claim } from '../../model.js';
import type { Figure } from '../arithmetic.js';
import type { ReportRelation } from './types.js';
import { div, intervalOf, showFigure } from '../arithmetic.js';
import { tableAt } from '../../read/report-structure.js';
import { changeHeaderRe, readCellFigure } from '../relation-forms.js';
import { isAchievementColumn, reachedColumn, targetColumn } from '../../figures/achievement-column.js';
import { hasWord } from '../../figures/words.js';
import { eachClaim, reading } from './shared.js';

/** Headers of columns that hold no value reached: a before-value or a change. */
const notReachedWords = ['before', 'baseline', 'previous', 'initial', 'original', 'was', 'gap', 'remaining', 'priority', 'weight'] as const;

export default {
  id: 'achievement-column',
  description: 'A percentage of target in a table row against the row\'s value reached over its target.',
  judge({ claims, tree }) {
    return eachClaim(claims, (claim: Claim) => {
      if (claim.kind !== 'percentOf' || claim.unit !== 'percent' || !claim.context.table || typeof claim.value !== 'number') return;
      const view = tableAt(tree, claim.position.offset);
      if (!view || view.row < 0 || !isAchievementColumn(view.header, view.column)) return;
      const cells = view.rows[view.row] ?? [];
      const target = targetColumn(view.header) as number;
      const candidates = view.header.map((h, i) => i).filter((i) => i > 0 && i !== target && i < view.column && !changeHeaderRe.test(view.header[i] ?? '') && !hasWord(view.header[i] ?? '', notReachedWords));
      const reached = reachedColumn(view.header, target) ?? candidates.filter((i) => readCellFigure(cells[i] ?? '') !== undefined).at(-1);
      if (reached === undefined || reached === view.column) return;
      const value = readCellFigure(cells[reached] ?? '');
      const stated = readCellFigure(cells[target] ?? '');
      // A target written as a floor ("100+ tests") is that figure: 115 tests reach 115% of it, not anything up to 115%.
      const goal = stated && (stated.qualifier === 'atLeast' || stated.qualifier === 'atMost') ? { ...stated, qualifier: 'exact' as const } : stated;
      if (!value || !goal || value.percent !== goal.percent || goal.value <= 0) return;
      const suffix = value.percent ? '%' : '';
      const show = (f: Figure) => showFigure(f, suffix);
      const label = `columns "${view.header[reached] ?? ''}" over "${view.header[target] ?? ''}"`;
      const readings = [reading(`${show(value)} / ${show(goal)}`, (value.value / goal.value) * 100, div(intervalOf(value), intervalOf(goal), 100), label)];
      return { readings, suffix: '%', lines: [claim.position.line] };
    });
  },
} satisfies ReportRelation;
