/** Every relation of the report with itself, in the order they are judged. */
import type { ReportRelation } from './types.js';
import rateFromParts from './rate-from-parts.js';
import totalAndBreakdown from './total-and-breakdown.js';

export const relations: readonly ReportRelation[] = [rateFromParts, totalAndBreakdown];
export type { ReportRelation, RelationInput, RelationJudgement } from './types.js';
