/**
 * A goal in the parenthesis right after a measured figure: "### PROGRESS MADE: 35.12% (Target: 90.00%)" (102),
 * "- **Lines**: 37.37% (threshold: 80%) ❌" (w21), "✅ **config**: 94.4% (Target: 90%+)" (w28), "- Statements: 99.2%
 * (Target: 80%)" (w50). The parenthesis gives the figure before it its goal: the goal is the same measure of the same
 * part, stated as a target, though its own words name neither (no classifier reads "Target: 80%" alone as coverage).
 */
import type { Claim, ClaimKind } from '../model.js';
import type { ReadFigure } from './classify.js';
import { goalNouns, wordsSource } from './words.js';

/** The measures a goal in a parenthesis repeats: coverage and the rates of tests, all percentages. */
const goalKinds: ReadonlySet<ClaimKind> = new Set<ClaimKind>([
  'coverage.lines', 'coverage.branches', 'coverage.functions', 'coverage.statements', 'tests.passRate', 'tests.failRate',
]);

/**
 * What stands between the measured figure and its goal: emphasis, an opening parenthesis, a goal noun and its colon,
 * maybe a bound ("** (Target: ", " (threshold: ≥"). Nothing else: "35% (up from 20%, target 90%)" names the goal after
 * another figure.
 */
const goalParenGapRe = new RegExp(String.raw`^[*_]*\s*\(\s*[*_]*${wordsSource(goalNouns)}[*_]*\s*[:=]?\s*[*_]*\s*[~≈≥>]?\s*$`, 'i');

/** Whether `gap`, the text between a figure and the next one, makes the next one its goal in a parenthesis. */
export function isGoalParenGap(gap: string): boolean {
  return goalParenGapRe.test(gap);
}

/**
 * The claims of the goals written in a parenthesis right after a claimed figure, in `figures` (a report's figures in
 * order, `claimsOf` their claims, `source` the report's text): each goal no kind claimed repeats the percentage claims
 * of coverage or a test rate that the figure before it on its line makes, with the goal's value and tense `target`.
 * Each is added to its figure's claims, and the figure takes its kind, subject and tense.
 */
export function settleGoalParens(figures: readonly ReadFigure[], claimsOf: Map<ReadFigure, Claim[]>, source: string, live: ReadonlySet<Claim>): Claim[] {
  const added: Claim[] = [];
  for (let i = 1; i < figures.length; i++) {
    const goal = figures[i] as ReadFigure;
    const before = figures[i - 1] as ReadFigure;
    if (goal.unit !== 'percent' || (claimsOf.get(goal)?.length ?? 0) > 0 || before.position.line !== goal.position.line) continue;
    const measured = (claimsOf.get(before) ?? []).filter((c) => live.has(c) && goalKinds.has(c.kind) && c.unit === 'percent' && c.tense === 'current');
    if (measured.length === 0 || !isGoalParenGap(source.slice(before.position.offset + before.text.length, goal.position.offset))) continue;
    const claims: Claim[] = measured.map((c) => ({
      id: '', kind: c.kind, subject: { ...c.subject }, value: goal.value, unit: 'percent', qualifier: goal.qualifier, precision: goal.precision,
      ...(goal.range ? { range: goal.range } : {}), tense: 'target', tenseReason: goalReason, text: goal.text, position: goal.position,
      context: c.context, source: 'goal-paren',
    }));
    claimsOf.set(goal, claims);
    goal.kind = c0(claims).kind;
    goal.subject = c0(claims).subject;
    goal.tense = 'target';
    goal.tenseReason = goalReason;
    added.push(...claims);
  }
  return added;
}

const goalReason = 'a goal in the parenthesis after the figure it is the goal of';
const c0 = (claims: readonly Claim[]): Claim => claims[0] as Claim;
