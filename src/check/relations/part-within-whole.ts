/**
 * A part's count of tests by status against the whole's: "| **Unit Tests** |
 * ⚠️ Partial | 10 minor failures |" in one place and "- Failing: ~10" for the
 * whole suite in another. A part cannot have more tests of a status than the
 * whole has, so its count is at most the whole's; nothing more is asked (the
 * other parts may account for the rest). The whole must be one value: every
 * current count of that status the report gives for all tests agrees, and
 * the part is named (a category or a named suite). Bounds (`+`) and
 * estimates (`~`) are honoured as everywhere.
 */
import type { Claim, ClaimKind } from '../../model.js';
import type { ReportRelation } from './types.js';
import { intervalOf, showFigure, type Figure } from '../arithmetic.js';
import { describeSubject } from '../compare.js';
import { ascending, eachClaim, figureOf, reading, showLines } from './shared.js';

/** Statuses whose count of a part is within the whole's, and how a message names them. */
const statusNouns: ReadonlyMap<ClaimKind, string> = new Map([
  ['tests.passed', 'passing'], ['tests.failed', 'failing'], ['tests.skipped', 'skipped'], ['tests.errors', 'errored'],
]);

const isWhole = (c: Claim) => 'scope' in c.subject && c.subject.scope === 'all';
const isPart = (c: Claim) => 'category' in c.subject || 'name' in c.subject;

export default {
  id: 'part-within-whole',
  description: 'A part\'s count of tests by status ("10 minor failures" of the Unit Tests row) against the whole suite\'s count of that status: at most it.',
  judge({ claims }) {
    const current = (c: Claim) => c.tense === 'current' && c.unit === 'count' && typeof c.value === 'number' && c.qualifier !== 'atMost' && c.qualifier !== 'range';
    return eachClaim(claims, (claim) => {
      const noun = statusNouns.get(claim.kind);
      if (!noun || !current(claim) || !isPart(claim)) return;
      const wholes = claims.filter((c) => c.kind === claim.kind && current(c) && isWhole(c));
      if (new Set(wholes.map((w) => w.value)).size !== 1) return;
      const whole = figureOf(wholes[0] as Claim);
      const lines = ascending(wholes.map((w) => w.position.line));
      const at = showLines(lines);
      const say = lines.length === 1 ? 'says' : 'say';
      const bound = intervalOf(whole).hi;
      const stated: Figure = figureOf(claim);
      const shown = showFigure(whole);
      return {
        stated,
        readings: [reading(`at most ${shown}`, whole.value, { lo: 0, hi: bound }, `${noun} in all, ${at}`)],
        lines,
        message: {
          holds: `within the whole: ${at} ${say} ${shown} ${noun} in all, here ${showFigure(stated)} of ${describeSubject(claim)} (not measured)`,
          fails: `${at} ${say} ${shown} ${noun} in all, fewer than the ${showFigure(stated)} of ${describeSubject(claim)} here`,
        },
      };
    });
  },
} satisfies ReportRelation;
