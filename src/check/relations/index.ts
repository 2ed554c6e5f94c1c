/** Every relation of the report with itself, in the order they are judged. */
import type { ReportRelation } from './types.js';
import rateFromParts from './rate-from-parts.js';
import totalAndBreakdown from './total-and-breakdown.js';
import totalAndRows from './total-and-rows.js';
import countAndItems from './count-and-items.js';
import countOverList from './count-over-list.js';
import oneSubjectTwoValues from './one-subject-two-values.js';
import columnMean from './column-mean.js';
import scoreFromTable from './score-from-table.js';
import statusCounts from './status-counts.js';
import shareOfColumn from './share-of-column.js';
import rateFromReportCounts from './rate-from-report-counts.js';
import totalOverNestedList from './total-over-nested-list.js';
import pointsGap from './points-gap.js';
import sumOfColumns from './sum-of-columns.js';
import changeColumnTotal from './change-column-total.js';
import shareOfStatedTotal from './share-of-stated-total.js';
import scoreRowChange from './score-row-change.js';
import partWithinWhole from './part-within-whole.js';
import coverageRow from './coverage-row.js';
import achievementColumn from './achievement-column.js';
import coverageColumn from './coverage-column.js';
import headingTotalRow from './heading-total-row.js';
import coverageWithCounts from './coverage-with-counts.js';

export const relations: readonly ReportRelation[] = [rateFromParts, totalAndBreakdown, totalAndRows, countAndItems, countOverList, oneSubjectTwoValues, columnMean, scoreFromTable, statusCounts, shareOfColumn, rateFromReportCounts, totalOverNestedList, pointsGap, sumOfColumns, changeColumnTotal, shareOfStatedTotal, scoreRowChange, partWithinWhole, coverageRow, achievementColumn, coverageColumn, headingTotalRow, coverageWithCounts];
export type { ReportRelation, RelationInput, RelationJudgement } from './types.js';
