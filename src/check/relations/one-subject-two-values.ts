/**
 * One subject, two figures: the same count of the same clearly named subject
 * (a test category, a file) stated twice as current in one report, e.g. "100
 * security tests" in one section and "32 security tests" in another, or a
 * file's line count in a list and again in a table. Both cannot hold; a
 * contradiction is reported on both lines. Before, target and estimated
 * figures (tense, `~`, `+`) take no part: only exact current figures do.
 */
import type { Claim, ClaimKind } from '../../model.js';
import { describeKind } from '../../kinds.js';
import type { RelationJudgement, ReportRelation } from './types.js';
import { counted, figureOf } from './shared.js';

const testKinds: readonly ClaimKind[] = ['tests.total', 'tests.passed', 'tests.failed', 'tests.skipped', 'tests.errors', 'tests.passRate', 'tests.failRate'];
/** Kinds whose subject is a file or folder, stated by path. */
const pathKinds: readonly ClaimKind[] = ['file.lines', 'file.bytes', 'dir.files'];

/**
 * Words that put a line's figures in the past even where the tense reading
 * took them as current ("Previously we had 20 security tests"): a count
 * that may be an old one is no second value of the current one.
 */
export const pastWords = ['previously', 'before', 'had', 'was', 'were', 'used', 'original', 'originally', 'initial', 'initially', 'earlier', 'formerly', 'old', 'baseline', 'prior', 'previous'] as const;
const pastRe = new RegExp(String.raw`\b(?:${pastWords.join('|')})\b`, 'i');

function named(claim: Claim, line: string): boolean {
  if (claim.tense !== 'current' || claim.qualifier !== 'exact' || claim.context.checked === false || pastRe.test(line) || claim.context.headings.some((h) => pastRe.test(h))) return false;
  if (testKinds.includes(claim.kind)) return claim.unit === 'count' && ('category' in claim.subject || 'path' in claim.subject);
  return pathKinds.includes(claim.kind) && 'path' in claim.subject;
}

const keyOf = (claim: Claim) => `${claim.kind}\0${JSON.stringify(claim.subject).toLowerCase()}`;
const says = (claim: Claim) => `${String(claim.value)} ${describeKind(claim)}`;

export default {
  id: 'one-subject-two-values',
  description: 'The same count of one named subject (test category, file) stated twice as current: the figures must agree.',
  judge({ claims, source }) {
    const lines = source.split('\n');
    const first = new Map<string, number>();
    const out: RelationJudgement[] = [];
    const earlierReported = new Set<string>();
    claims.forEach((claim, index) => {
      if (!named(claim, lines[claim.position.line - 1] ?? '')) return;
      const key = keyOf(claim);
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, index);
        return;
      }
      const before = claims[earlier] as Claim;
      if (before.position.line === claim.position.line) return;
      const a = before.position.line;
      const b = claim.position.line;
      out.push({
        index,
        stated: figureOf(claim),
        readings: [counted(`line ${a}`, Number(before.value))],
        lines: [a],
        message: { holds: `agrees with line ${a}, which also says ${says(before)} (not measured)`, fails: `line ${a} says ${says(before)}, here ${String(claim.value)}` },
      });
      // The earlier line is as wrong as the later one may be: a reader of either should see the other.
      const pair = `${earlier}\0${String(claim.value)}`;
      if (before.value !== claim.value && !earlierReported.has(pair)) {
        earlierReported.add(pair);
        out.push({
          index: earlier,
          stated: figureOf(before),
          readings: [counted(`line ${b}`, Number(claim.value))],
          lines: [b],
          message: { holds: `agrees with line ${b}, which also says ${says(claim)} (not measured)`, fails: `line ${b} says ${says(claim)}, here ${String(before.value)}` },
        });
      }
    });
    return out;
  },
} satisfies ReportRelation;
