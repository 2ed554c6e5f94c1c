/**
 * A goal in the parenthesis right after a measured figure: "### PROGRESS MADE: 35.12% (Target: 90.00%)" (102),
 * "- **Lines**: 37.37% (threshold: 80%) ❌" (w21), "✅ **config**: 94.4% (Target: 90%+)" (w28), "- Statements: 99.2%
 * (Target: 80%)" (w50). The parenthesis gives the figure before it its goal: the goal is the same measure of the same
 * part, stated as a target, though its own words name neither (no classifier reads "Target: 80%" alone as coverage).
 * A parenthesis that gives the value the figure corrects does the same with tense `historical`: "2,404 lines
 * (actually MORE than claimed 1,840)", "100 test functions (slightly less than claimed 105+, but accurate)" (202:195,
 * :196), "16 failures (claimed 13, actual 16)", "540 lines (claimed 536)" (development set f10:75, :162).
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

/** Measured kinds whose corrected value a parenthesis may give: counts of tests, lines and files, coverage. */
const claimedKinds: ReadonlySet<ClaimKind> = new Set<ClaimKind>([
  'tests.total', 'tests.passed', 'tests.failed', 'tests.skipped', 'tests.passRate', 'tests.failRate', 'file.lines', 'dir.files', 'code.lines',
  'coverage.lines', 'coverage.branches', 'coverage.functions', 'coverage.statements',
]);

/**
 * What stands between a measured figure and the value it corrects: its noun, an opening parenthesis, a few words of
 * comparison and "claimed" (" lines (actually MORE than claimed ", " failures (claimed "). No figure between.
 */
const claimedParenGapRe = /^[^\d()\n|]{0,30}\(\s*(?:[\p{L}]+\s+){0,5}claimed\s*:?\s*[~≈]?$/iu;

/** Whether `gap`, the text between a figure and the next one, makes the next one the claimed value the figure corrects. */
export function isClaimedParenGap(gap: string): boolean {
  return claimedParenGapRe.test(gap);
}

/** The roles a parenthesis after a measured figure gives the figure in it: its goal, or the value it corrects. */
const parenRoles = [
  { gap: isGoalParenGap, kinds: goalKinds, tense: 'target', reason: 'a goal in the parenthesis after the figure it is the goal of' },
  { gap: isClaimedParenGap, kinds: claimedKinds, tense: 'historical', reason: 'the claimed value in the parenthesis after the figure that corrects it' },
] as const;

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
    if ((claimsOf.get(goal)?.length ?? 0) > 0 || before.position.line !== goal.position.line || goal.of !== undefined) continue;
    const gap = source.slice(before.position.offset + before.text.length, goal.position.offset);
    // A goal is a percentage; a corrected value is a percentage when the figure is one ("claimed 1,840" after "2,404 lines" counts lines).
    const role = parenRoles.find((r) => r.gap(gap) && (r.tense === 'target' ? goal.unit === 'percent' : (goal.unit === 'percent') === (before.unit === 'percent')));
    if (role === undefined) continue;
    const unit = goal.unit === 'percent' ? 'percent' : undefined;
    const measured = (claimsOf.get(before) ?? []).filter((c) => live.has(c) && role.kinds.has(c.kind) && (unit === undefined || c.unit === unit) && c.tense === 'current');
    if (measured.length === 0) continue;
    const claims: Claim[] = measured.map((c) => ({
      id: '', kind: c.kind, subject: { ...c.subject }, value: goal.value, unit: c.unit, qualifier: goal.qualifier, precision: goal.precision,
      ...(goal.range ? { range: goal.range } : {}), tense: role.tense, tenseReason: role.reason, text: goal.text, position: goal.position,
      context: c.context, source: 'goal-paren',
    }));
    claimsOf.set(goal, claims);
    goal.kind = c0(claims).kind;
    goal.subject = c0(claims).subject;
    goal.tense = role.tense;
    goal.tenseReason = role.reason;
    added.push(...claims);
  }
  return added;
}
const c0 = (claims: readonly Claim[]): Claim => claims[0] as Claim;
