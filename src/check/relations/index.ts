/** Every relation of the report with itself, in the order they are judged. */
import type { ReportRelation } from './types.js';
import rateFromParts from './rate-from-parts.js';

export const relations: readonly ReportRelation[] = [rateFromParts];
export type { ReportRelation, RelationInput, RelationJudgement } from './types.js';
