/**
 * A named part's test count, measured on one line, stated again on another.
 * A report that sums its areas up in a table ("| Similarity Engine | 4 | 56 |")
 * and gives each area a section ("### 1. Similarity Engine (56 tests)" over
 * the area's test files, w71:34 and 46), or lists its suites twice ("|
 * OutboxSyncTest | 10 |" under Tests, "| OutboxSyncTest | ✅ 10 test cases |"
 * under Status, w49:322 and 405), states one figure of one part twice. Where
 * only one statement could be measured — the other stands in a table whose
 * columns say nothing of where the part's tests are — the other takes its
 * measurement: it says the same thing of the same part.
 */
import type { Finding, Measurement } from '../model.js';
import { compare, type Tolerance } from './compare.js';

/** The one subject a finding's claim names, as a key: a part's name or a path. */
function partKey(finding: Finding): string | undefined {
  const { subject } = finding.claim;
  if ('name' in subject) return `name:${subject.name}`;
  if ('path' in subject) return `path:${subject.path}`;
  return undefined;
}

/** A test count of a named part, as it is now, measured for certain from the repository. */
function measuredPart(finding: Finding): boolean {
  const { claim, measured } = finding;
  return (
    claim.kind === 'tests.total' && claim.tense === 'current' && partKey(finding) !== undefined && typeof claim.value === 'number' &&
    (finding.verdict === 'confirmed' || finding.verdict === 'contradicted') && typeof measured?.value === 'number' && measured.inconclusive === undefined
  );
}

/** The same count of a named part that nothing measured. */
function openPart(finding: Finding): boolean {
  const { claim } = finding;
  return claim.kind === 'tests.total' && claim.tense === 'current' && partKey(finding) !== undefined && typeof claim.value === 'number' && finding.verdict === 'unverifiable';
}

/**
 * For each unmeasured test count of a named part among `findings` (one
 * report's) that another line states with the same value, qualifier and
 * part and that line's measurement, the finding that takes it, keyed by the
 * finding it replaces; empty when none. Lines that state it measured two ways
 * leave it open.
 */
export function restatedParts(findings: readonly Finding[], tolerance: Tolerance): Map<Finding, Finding> {
  const out = new Map<Finding, Finding>();
  const keyOf = (finding: Finding) => `${partKey(finding)}\u0000${String(finding.claim.value)}\u0000${finding.claim.qualifier}`;
  const measured = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (!measuredPart(finding)) continue;
    measured.set(keyOf(finding), [...(measured.get(keyOf(finding)) ?? []), finding]);
  }
  if (measured.size === 0) return out;
  for (const finding of findings) {
    if (!openPart(finding)) continue;
    const others = (measured.get(keyOf(finding)) ?? []).filter((other) => other.claim.position.line !== finding.claim.position.line);
    const values = new Set(others.map((other) => other.measured?.value));
    if (others.length === 0 || values.size !== 1) continue;
    const other = others[0] as Finding;
    // A line already measured in its own right keeps that measurement.
    if (findings.some((f) => f !== finding && f.claim.position.line === finding.claim.position.line && measuredPart(f) && keyOf(f) === keyOf(finding))) continue;
    // Every reading goes along: a count that holds as test methods holds so on both lines.
    const { value, source, alternatives, readings } = other.measured as Measurement;
    const measurement: Measurement = {
      value,
      source: `line ${other.claim.position.line} states the same ${String(other.claim.value)} of it: ${source}`,
      ...(alternatives ? { alternatives } : {}),
      ...(readings ? { readings } : {}),
    };
    const { verdict, message } = compare(finding.claim, measurement, tolerance);
    out.set(finding, { claim: finding.claim, verdict, measured: measurement, message, verifier: other.verifier ?? finding.verifier });
  }
  return out;
}
