/**
 * A share of a coverage target whose operands stand elsewhere in the report:
 * "**Achievement**: 46.36% → 49.06% (+2.70%) - 98% of Week 1 target!" with
 * "Week 1 target (50%)" further down; "achieved **98% of the 50% target**"
 * with the coverage reached stated elsewhere. The percent-of-target lane of
 * the consistency verifier reads the actual and the target from the claim's
 * own text; this relation takes the claims it could not read.
 *
 * - The target: the percentage written in the phrase ("of the 50% target"),
 *   else the one percentage written right after the phrase's named target
 *   elsewhere ("98% of Week 1 target" and "Week 1 target (50%)"), else the
 *   one percentage written as a target on the claim's own line ("98% of
 *   target (49.06% / 50% target)"). A target is set, not measured: "50%"
 *   means 50.
 * - The actual: the report's current whole-project coverage of one metric,
 *   stated on the claim's own line, else the value more than half of the
 *   report's statements of it give (one value as src/check/two-values.ts
 *   reads it; the finest of them is used).
 *
 * When either is missing or not one value, nothing is judged.
 */
import type { Claim } from '../../model.js';
import { div, intervalOf, point, showFigure, type Figure } from '../arithmetic.js';
import type { RelationJudgement, ReportRelation } from './types.js';
import { figureOf, reading, showLines, viewsOf } from './shared.js';
import { parseNumber } from '../../figures/numbers.js';
import { escapeRegExp } from '../../figures/words.js';
import { targetHeaderWords } from '../../figures/achievement-column.js';
import { pastRe } from './one-subject-two-values.js';
import { sameValue } from '../two-values.js';
import { readPercentOf } from '../relation-forms.js';

const targetWord = String.raw`(?:${targetHeaderWords.join('|')})s?\b`;
const percent = (name: string) => String.raw`(?<![\w.,])(?<${name}>\d[\d,]*(?:\.\d+)?)\s*%`;
/** "98% of Week 1 target", "98% of the 50% target", "98% of target": the share, the target's figure or its name. */
const shareOfTargetRe = new RegExp(String.raw`${percent('share')}\s+of\s+(?:the\s+)?(?:${percent('target')}\s+)?(?<name>(?:[\p{L}\d][\p{L}\d-]*\s+){0,3}?)${targetWord}`, 'iu');
/** A percentage written as a target on a line: "50% target", "50% coverage target", not "98% of target". */
const targetOnLineRe = new RegExp(String.raw`${percent('target')}\s+(?!of\b)(?:[\p{L}]+\s+)?${targetWord}`, 'giu');
/** A share of a target anywhere in a line, so that its own figure is never read as a target. */
const anyShareRe = new RegExp(shareOfTargetRe.source, 'giu');

const exact = (value: number): Figure => ({ value, qualifier: 'exact', precision: 0, rounded: false });
const valueOf = (text: string) => parseNumber(text).value;
/** "this line", "line 16", "lines 5, 16, 76". */
const place = (at: readonly number[], own: number) => (at.length === 1 && at[0] === own ? 'this line' : showLines(at));

/** Lines stating a target: the target figure and its line (1-based). */
interface Target {
  figure: Figure;
  line: number;
}

/** The one target percentage written right after "<name> target" on another line ("Week 1 target (50%)"). */
function namedTarget(name: string, lines: readonly string[], own: number): Target | undefined {
  const namedRe = new RegExp(String.raw`(?<![\p{L}\d])${escapeRegExp(name)}\s+${targetWord}[^\d\n%]{0,12}?${percent('target')}`, 'iu');
  const found: Target[] = [];
  lines.forEach((text, i) => {
    if (i + 1 === own) return;
    // "98% of Week 1 target achieved" shares the name but states a share, not the target.
    const m = namedRe.exec(text.replace(anyShareRe, ''));
    if (m?.groups?.target) found.push({ figure: exact(valueOf(m.groups.target)), line: i + 1 });
  });
  const values = new Set(found.map((t) => t.figure.value));
  return values.size === 1 ? found[0] : undefined;
}

/** The one target percentage written as a target on the claim's own line, its share aside. */
function lineTarget(text: string, line: number): Target | undefined {
  const values = new Set([...text.replace(anyShareRe, '').matchAll(targetOnLineRe)].map((m) => valueOf(m.groups?.target ?? '')));
  return values.size === 1 ? { figure: exact([...values][0] as number), line } : undefined;
}

/** Whether `claim` is a current whole-project coverage percentage that can be the actual. */
function isActual(claim: Claim, lines: readonly string[]): boolean {
  return claim.kind.startsWith('coverage.') && claim.unit === 'percent' && claim.tense === 'current' && claim.qualifier === 'exact'
    && 'scope' in claim.subject && claim.context.checked !== false && typeof claim.value === 'number'
    && !pastRe.test(lines[claim.position.line - 1] ?? '');
}

/** The actual coverage: stated on `line`, else the value more than half the report's statements give; undefined when not one. */
function actualOf(actuals: readonly Claim[], line: number): { claim: Claim; lines: number[] } | undefined {
  const own = actuals.filter((c) => c.position.line === line);
  const pool = own.length > 0 ? own : actuals;
  // One statement a line: a table's total read twice is one statement.
  const byLine = [...new Map(pool.map((c) => [c.position.line, c])).values()];
  const agreeing = (c: Claim) => byLine.filter((o) => sameValue(figureOf(o), figureOf(c)));
  const best = byLine.map((c) => ({ c, with: agreeing(c) })).sort((a, b) => b.with.length - a.with.length)[0];
  if (!best || best.with.length * 2 <= byLine.length) return undefined;
  // Every two of them must be one value, and the finest written is the one used.
  if (!best.with.every((a) => best.with.every((b) => sameValue(figureOf(a), figureOf(b))))) return undefined;
  const finest = [...best.with].sort((a, b) => b.precision - a.precision)[0] as Claim;
  return { claim: finest, lines: best.with.map((c) => c.position.line) };
}

export default {
  id: 'percent-of-target-elsewhere',
  description: 'A share of a coverage target ("98% of Week 1 target") against the coverage reached and the target the report states elsewhere.',
  judge({ claims, source, tree }) {
    const { lines } = viewsOf({ source, tree });
    const out: RelationJudgement[] = [];
    const actuals = claims.filter((c) => isActual(c, lines));
    // Only one metric can be the actual of an unnamed coverage target.
    if (new Set(actuals.map((c) => c.kind)).size !== 1) return out;
    claims.forEach((claim, index) => {
      if (claim.kind !== 'percentOf' || claim.tense !== 'current' || typeof claim.value !== 'number') return;
      // A claim whose own text gives both operands is judged by the percent-of-target lane.
      const m = shareOfTargetRe.exec(claim.text);
      if (!m?.groups || readPercentOf(claim.text)) return;
      const at = claim.position.line;
      const text = lines[at - 1] ?? '';
      const name = m.groups.name?.trim() ?? '';
      const target: Target | undefined = m.groups.target !== undefined
        ? { figure: exact(valueOf(m.groups.target)), line: at }
        : name ? namedTarget(name, lines, at) : lineTarget(text, at);
      const actual = actualOf(actuals, at);
      if (!target || !actual || target.figure.value === 0) return;
      const reached = figureOf(actual.claim);
      const where = [...actual.lines, target.line].filter((l) => l !== at);
      out.push({
        index, stated: figureOf(claim), suffix: '%', lines: [...new Set(where)].sort((a, b) => a - b),
        readings: [reading(
          `${showFigure(reached, '%')} / ${showFigure(target.figure, '%')}`,
          (reached.value / target.figure.value) * 100,
          div(intervalOf(reached), point(target.figure.value), 100),
          `coverage of ${place(actual.lines, at)} over the ${name ? `${name} ` : ''}target of ${place([target.line], at)}`,
        )],
      });
    });
    return out;
  },
} satisfies ReportRelation;
