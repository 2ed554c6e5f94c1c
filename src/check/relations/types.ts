/**
 * A relation of the report with itself: figures stated in different places
 * (a rate and its counts, a total and its parts, a count and its items, one
 * subject stated twice) that must agree. Each relation reads the report's
 * claims and structure and says which claim it judges, against which
 * computation; the consistency verifier turns that into the verdict, so every
 * relation is judged by one rule (src/arithmetic.ts).
 */
import type { Root } from 'mdast';
import type { Claim } from '../../model.js';
import type { Figure, Reading } from '../arithmetic.js';

/** What a relation reads: every claim of the report, its text and its tree. */
export interface RelationInput {
  claims: readonly Claim[];
  source: string;
  tree: Root;
}

/** One figure of the report put against the figures it must agree with. */
export interface RelationJudgement {
  /** Index in `RelationInput.claims` of the claim judged; its line is where the finding goes. */
  index: number;
  stated: Figure;
  /** The computations from the other figures; the figure holds when one of them can read as it. */
  readings: Reading[];
  /** Unit shown after computed values (`%`). */
  suffix?: string;
  /** Source lines of the other figures involved (1-based, ascending). */
  lines: number[];
  /**
   * The message on the report's own terms, when the computation alone does
   * not say it (a subject stated twice); otherwise the arithmetic is shown.
   */
  message?: { holds: string; fails: string };
}

export interface ReportRelation {
  /** Equals the module's file name. */
  id: string;
  description: string;
  judge(input: RelationInput): RelationJudgement[];
}
