/**
 * A rate of tests is the rate of the tests its own line or section counts:
 * under "#### Framework Integration Tests", "- **Passed:** 6 (15.4%)" states
 * that 6 of the integration tests passed, and 15.4% is their pass rate, not
 * the whole project's. The count on that line is read with the part its label
 * or heading names (test-count.ts); the rate beside it must name the same
 * part, or it is measured against the whole run and contradicted for nothing.
 * So is a change written beside the levels it is the difference of.
 */
import type { Claim, ClaimKind, Subject } from '../model.js';
import type { ReadFigure } from './classify.js';
import { headingCategory, labelPart, partOf } from './test-subject.js';
import { isRoleLabel } from './role-label.js';
import { testCountNouns, wordsSource } from './words.js';

/** Kinds of a rate of tests. */
const rateKinds: ReadonlySet<ClaimKind> = new Set<ClaimKind>(['tests.passRate', 'tests.failRate']);
/** Kinds of a count of tests that name the population a rate on their line is of. */
const countKinds: ReadonlySet<ClaimKind> = new Set<ClaimKind>(['tests.total', 'tests.passed', 'tests.failed', 'tests.skipped']);

const isWhole = (subject: Subject): boolean => 'scope' in subject;
/** Kinds of a level a change on its line may be the difference of: a coverage or a count of tests. */
const levelKind = (kind: ClaimKind): boolean => kind.startsWith('coverage.') || countKinds.has(kind);

/** A label ending in a noun of tests counted one by one ("Core Unit Tests", "**Unit Specs**:"), not in a practice ("Zero-regression testing"). */
const testsLabelRe = new RegExp(String.raw`\b${wordsSource(testCountNouns)}[^\p{L}\p{N}]*$`, 'iu');

/** The kind of tests a rate's own label names ("Core Unit Tests (100% passing)"), or undefined (also for a label that names a practice). */
export function testsLabelPart(label: string | undefined): Subject | undefined {
  return label !== undefined && testsLabelRe.test(label) ? labelPart(label) : undefined;
}

/** A rate written as a share followed by its status, no "rate" word: "100% passing", "46% failing". */
const statusRateRe = /%\s*(?:passing|failing)$/i;

/**
 * The part a label names before a rate written with its status ("- Core functionality: 100% passing",
 * "- AdminViewModel: 100% passing"): the label says what passes, as a label ending in a test noun does. Not a role
 * ("Status:", "Overall:") nor words that name no part ("Test coverage: 81% passing"); undefined then.
 */
export function statusLabelPart(label: string | undefined, text: string): Subject | undefined {
  if (label === undefined || !statusRateRe.test(text) || isRoleLabel(label)) return undefined;
  const part = partOf(label);
  return part === undefined ? undefined : { category: part };
}

/** The one part the claims on a line name, or undefined when they name none, several, or also the whole. */
function partOfLine(counts: readonly Claim[]): Subject | undefined {
  const parts = new Map(counts.filter((c) => !isWhole(c.subject)).map((c) => [JSON.stringify(c.subject).toLowerCase(), c.subject]));
  // A line whose counts also count the whole ("305 passed of 2559") names no single part.
  if (parts.size !== 1 || counts.some((c) => isWhole(c.subject))) return undefined;
  return [...parts.values()][0];
}

/**
 * Give each rate of tests read as the whole project the part its line's test
 * counts name, else the kind of tests its own label names, else the kind of
 * tests its section's heading names (as counts
 * under that heading are read). Figures take their first claim's new subject.
 * Changes the claims and figures in place.
 */
export function settleRateParts(claims: readonly Claim[], claimsOf: Map<ReadFigure, Claim[]>): void {
  const countsByLine = new Map<number, Claim[]>();
  for (const c of claims) {
    if (!countKinds.has(c.kind) || c.tense !== 'current' || c.context.table !== undefined) continue;
    countsByLine.set(c.position.line, [...(countsByLine.get(c.position.line) ?? []), c]);
  }
  const levelsByLine = new Map<number, Claim[]>();
  for (const c of claims) {
    if (!levelKind(c.kind) || c.context.table !== undefined) continue;
    levelsByLine.set(c.position.line, [...(levelsByLine.get(c.position.line) ?? []), c]);
  }
  // A figure's label joins its list's lead-in and its own `Label:` with ": "; the own one is last.
  const ownLabelOf = new Map<Claim, string | undefined>();
  for (const [figure, on] of claimsOf) for (const c of on) ownLabelOf.set(c, figure.context.label?.split(': ').at(-1));
  let changed = false;
  for (const claim of claims) {
    // A table's rate or change is its row's: the row and column say whose it is.
    if (!isWhole(claim.subject) || claim.context.table !== undefined) continue;
    let part: Subject | undefined;
    // "├── Core Unit Tests (100% passing)", "- All AI integration tests: 100% passing": the label names the tests the rate is of.
    if (rateKinds.has(claim.kind)) part = partOfLine(countsByLine.get(claim.position.line) ?? []) ?? testsLabelPart(ownLabelOf.get(claim)) ??
      statusLabelPart(ownLabelOf.get(claim), claim.text) ?? headingCategory(claim.context.headings);
    // "**Enhanced Context Manager:** 75.29% → 80.17% (+4.88%)": the change is of the levels beside it, and of their part.
    else if (claim.kind === 'change') part = partOfLine(levelsByLine.get(claim.position.line) ?? []);
    if (part === undefined) continue;
    claim.subject = part;
    changed = true;
  }
  if (!changed) return;
  for (const [figure, on] of claimsOf) if (on[0]) figure.subject = on[0].subject;
}
