/**
 * A before-value given beside an overall figure that sums up a table of
 * before and after columns: "**Overall Platform Readiness:** 🟢 **89%** (up
 * from 🟡 66%)" under a table whose Post-Merge column averages 89% and whose
 * Pre-Merge column holds 70%, 40%, 60%, 90%, 70%. The current figure is the
 * mean of one column (relation column-mean judges it); the value it is "up
 * from" must be the mean of the table's one before-column (a header such as
 * "Before", "Baseline", "Pre-Merge"), read the same way.
 *
 * Only a before-value written after the current figure on its line and led
 * by "from" takes part, and only when the current figure is a column's mean:
 * otherwise the line says nothing about the table.
 */
import type { Claim } from '../../model.js';
import { judge } from '../arithmetic.js';
import type { TableView } from '../../read/report-structure.js';
import { changeHeaderRe } from '../relation-forms.js';
import { beforeHeaderRe } from '../../figures/tense.js';
import type { ReportRelation } from './types.js';
import { eachClaim, figureOf, tablesAbove, viewsOf } from './shared.js';
import { introduces, meanReadings, overallRe } from './column-mean.js';
import { withoutStars } from '../../read/without-stars.js';

/** The words that lead a before-value after the current one: "(up from 🟡 66%)", "from 27%". */
const fromLeadRe = /\bfrom\s*[^\p{L}\p{N}]*$/iu;

/** The columns of `table` other than its row names, its changes and its before-values. */
const currentColumns = (table: TableView) => table.header.map((h, c) => c).filter((c) => c > 0 && !changeHeaderRe.test(table.header[c] ?? '') && !beforeHeaderRe.test(table.header[c] ?? ''));

export default {
  id: 'before-column-mean',
  description: 'A before-value given beside an overall figure that is a column mean ("89% (up from 66%)"): the mean of the table\u2019s before-column.',
  judge({ claims, source, tree }) {
    const views = viewsOf({ source, tree });
    return eachClaim(claims, (claim: Claim) => {
      if (claim.tense !== 'before' || claim.context.table || typeof claim.value !== 'number') return;
      const at = claim.position.line;
      const raw = views.lines[at - 1] ?? '';
      if (!fromLeadRe.test(withoutStars(raw.slice(0, claim.position.column - 1)))) return;
      // The current figure the line sums the table up with, before the before-value.
      const plain = withoutStars(raw);
      const current = claims.find((c) => c.position.line === at && c.tense === 'current' && c.unit === claim.unit && c.position.offset < claim.position.offset);
      if (!current || typeof current.value !== 'number' || !introduces(overallRe.exec(plain), plain, current)) return;
      const table = tablesAbove(views, at).at(-1);
      if (!table) return;
      const percent = claim.unit === 'percent';
      const suffix = percent ? '%' : '';
      // The current figure must be one column's mean, or the table is not what the line sums up.
      const after = currentColumns(table).map((c) => meanReadings(table, c, percent)).filter((f) => f !== undefined);
      if (!after.some((f) => judge(figureOf(current), f.readings, suffix).verdict === 'consistent')) return;
      const before = table.header.map((h, c) => c).filter((c) => c > 0 && beforeHeaderRe.test(table.header[c] ?? ''));
      if (before.length !== 1) return;
      const found = meanReadings(table, before[0] as number, percent);
      return found ? { readings: found.readings, suffix, lines: found.rowLines } : undefined;
    });
  },
} satisfies ReportRelation;
