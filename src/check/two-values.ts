/**
 * One subject stated as two (or more) different percentages in one report:
 * the judgement the relations overall-coverage-two-values and
 * file-coverage-two-values share. A group holds the statements of one
 * subject, one per line; the statements that can be one written value agree,
 * the others disagree.
 *
 * Two percentages are one value when the finer one, rounded or cut to the
 * coarser one's decimals, gives it ("65.28%" and "65.3%"; "62.5%" and "63%",
 * and "62.5%" and "62%" too); two written at the same decimals are one value
 * only when they are equal ("63%" and "64%" are two, though a 63.6 could be
 * cut to one and rounded to the other).
 */
import type { Claim } from '../model.js';
import { intervalOf, overlaps, point, showFigure, type Figure, type Reading } from './arithmetic.js';
import { figureOf, reading, showLines } from './relations/shared.js';
import type { RelationJudgement } from './relations/types.js';

/** A claim of a group and its index in the report's claims. */
export interface Stated {
  claim: Claim;
  index: number;
}

/**
 * The claims of a report grouped by subject: `keyOf` gives a claim's group
 * from the claim and the text of its line (1-based `position.line`), or
 * undefined when it takes no part. A line states its figure once: a second
 * claim of it (a table's total read twice) adds nothing.
 */
export function groupsOf(claims: readonly Claim[], source: string, keyOf: (claim: Claim, line: string) => string | undefined): Stated[][] {
  const lines = source.split('\n');
  const groups = new Map<string, Stated[]>();
  claims.forEach((claim, index) => {
    const key = keyOf(claim, lines[claim.position.line - 1] ?? '');
    if (key === undefined) return;
    const group = groups.get(key) ?? [];
    if (!group.some((g) => g.claim.position.line === claim.position.line)) group.push({ claim, index });
    groups.set(key, group);
  });
  return [...groups.values()];
}

/**
 * `other` as a reading of `stated`: the values `other` can stand for when it
 * is written coarser than `stated` (its rounding bounds), else its value
 * alone (a point), so two figures written alike agree only when equal.
 */
export function readingOf(other: Figure, stated: Figure, expression: string): Reading {
  return reading(expression, other.value, other.precision < stated.precision ? intervalOf(other) : point(other.value));
}

/** Whether `a` and `b` can be one written value (see the module comment). */
export function sameValue(a: Figure, b: Figure): boolean {
  return overlaps(readingOf(b, a, '').interval, intervalOf(a));
}

/**
 * The judgements of groups of claims that state one percentage each.
 * Statements are clustered so that every two in a cluster are one value; when
 * one cluster is stated on more lines than any other, each other line is
 * contradicted against the lines of that cluster it cannot be one value with,
 * and the repeats of the cluster agree with its first line; when no cluster
 * has the majority, every line is contradicted against the lines it cannot be
 * one value with. `says` words a claim for a message: "53.60% overall line
 * coverage".
 */
export function judgeGroups(groups: Iterable<Stated[]>, says: (claim: Claim) => string): RelationJudgement[] {
  const out: RelationJudgement[] = [];
  const f = (s: Stated) => figureOf(s.claim);
  const line = (s: Stated) => s.claim.position.line;
  for (const group of groups) {
    const clusters: Stated[][] = [];
    for (const member of group) {
      const cluster = clusters.find((c) => c.every((m) => sameValue(f(m), f(member))));
      if (cluster) cluster.push(member);
      else clusters.push([member]);
    }
    if (clusters.length === 1 && group.length === 1) continue;
    const largest = Math.max(...clusters.map((c) => c.length));
    const majority = clusters.filter((c) => c.length === largest).length === 1 ? clusters.find((c) => c.length === largest) : undefined;
    for (const member of group) {
      const stated = f(member);
      const here = showFigure(stated, '%');
      if (majority?.includes(member) || clusters.length === 1) {
        // A repeat of the value most lines state holds against the first of them.
        const cluster = majority ?? (clusters[0] as Stated[]);
        const first = cluster[0] as Stated;
        if (first === member) continue;
        const a = line(first);
        out.push({
          index: member.index, stated, readings: [readingOf(f(first), stated, `line ${a}`)], suffix: '%', lines: [a],
          message: { holds: `agrees with line ${a}, which also says ${says(first.claim)} (not measured)`, fails: `line ${a} says ${says(first.claim)}, here ${here}` },
        });
        continue;
      }
      const against = (majority ?? group).filter((g) => g !== member && !sameValue(f(g), stated));
      // A line that can be one value with every line it is put against disagrees with none of them.
      if (against.length === 0) continue;
      const at = against.map(line);
      // Lines that write their value alike are said together: "lines 10, 15 say 53.60% …".
      const alike = against.every((g) => showFigure(f(g), '%') === showFigure(f(against[0] as Stated), '%'));
      const shown = majority && alike
        ? `${showLines(at)} ${at.length === 1 ? 'says' : 'say'} ${says((against[0] as Stated).claim)}`
        : against.map((g) => `${says(g.claim)} (line ${line(g)})`).join(', ');
      out.push({
        index: member.index, stated, readings: against.map((g) => readingOf(f(g), stated, `line ${line(g)}`)), suffix: '%', lines: at,
        message: { holds: `agrees with ${showLines(at)} (not measured)`, fails: majority && alike ? `${shown}, here ${here}` : `${shown}; here ${here}` },
      });
    }
  }
  return out;
}
