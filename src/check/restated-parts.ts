/**
 * A named part's test count, measured on one line, stated again on another.
 * A report that sums its areas up in a table ("| Similarity Engine | 4 | 56 |")
 * and gives each area a section ("### 1. Similarity Engine (56 tests)" over
 * the area's test files, w71:34 and 46), or lists its suites twice ("|
 * OutboxSyncTest | 10 |" under Test Cases, "| OutboxSyncTest | ✅ 10 test
 * cases |" under Status, w49:322 and 405), states one figure of one part
 * twice. Where the tests verifier found nothing to measure one statement by —
 * it stands in a table whose columns say nothing of where the part's tests
 * are — that statement takes the other's measurement: it says the same thing
 * of the same part. A statement the verifier did read and left open for a
 * reason of its own (a count under "Working (2 passing tests):", which what
 * the part defines only bounds) keeps its reason.
 */
import type { Claim, Measurement, Outcome } from '../model.js';

/** The one part a claim names, as a key: a part's name or a path; undefined for the whole suite or a kind of tests. */
function partOf(claim: Claim): string | undefined {
  const { subject } = claim;
  if ('name' in subject) return `name:${subject.name}`;
  if ('path' in subject) return `path:${subject.path}`;
  return undefined;
}

/** The key of a count of a part's tests as it is now: part, value and qualifier; undefined for any other claim. */
function countKey(claim: Claim): string | undefined {
  const part = partOf(claim);
  if (claim.kind !== 'tests.total' || claim.tense !== 'current' || part === undefined || typeof claim.value !== 'number') return undefined;
  return `${part}\u0000${claim.value}\u0000${claim.qualifier}`;
}

/** A measurement that settles a count: a number, nothing inconclusive about it. */
function settled(outcome: Outcome | undefined): Measurement | undefined {
  return outcome?.kind === 'measured' && typeof outcome.measured.value === 'number' && outcome.measured.inconclusive === undefined ? outcome.measured : undefined;
}

/**
 * For each count of a part's tests among `claims` whose outcome is undefined (the tests verifier found nothing to
 * measure it by) and that another line states with the same value, qualifier and part and a settled measurement,
 * the outcome it takes, keyed by its index; empty when none. Lines measured to different values leave it open.
 * `outcomes[i]` is the outcome of `claims[i]`.
 */
export function restatedParts(claims: readonly Claim[], outcomes: ReadonlyArray<Outcome | undefined>): Map<number, Outcome> {
  const measured = new Map<string, Array<{ claim: Claim; measurement: Measurement }>>();
  claims.forEach((claim, i) => {
    const key = countKey(claim);
    const measurement = settled(outcomes[i]);
    if (key !== undefined && measurement) measured.set(key, [...(measured.get(key) ?? []), { claim, measurement }]);
  });
  const out = new Map<number, Outcome>();
  if (measured.size === 0) return out;
  claims.forEach((claim, i) => {
    const key = countKey(claim);
    if (key === undefined || outcomes[i] !== undefined) return;
    const others = (measured.get(key) ?? []).filter((other) => other.claim.position.line !== claim.position.line);
    if (others.length === 0 || new Set(others.map((other) => other.measurement.value)).size !== 1) return;
    const { claim: other, measurement } = others[0]!;
    // Every reading goes along: a count that holds as test methods holds so on both lines.
    out.set(i, { kind: 'measured', measured: { ...measurement, source: `line ${other.position.line} states the same ${String(other.value)} of it: ${measurement.source}` } });
  });
  return out;
}
