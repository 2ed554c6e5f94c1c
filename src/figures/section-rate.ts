/**
 * A rate whose label names no population ("Success Rate: 99%") is the pass
 * rate of the tests its section counts: "## Results" with "442 passed, 0
 * failed" and "Success Rate: 99%" states 442/442 as 99%. Without test counts
 * in its own section the same words may rate deployments or requests, so the
 * classifier's claim (`figure-section-rate`) is kept only beside them.
 */
import type { Claim, ClaimKind } from '../model.js';
import type { ReadFigure } from './classify.js';
import { dropClaims } from './drop-claims.js';

/** Labels that name a rate of the run and nothing else. */
const passLabels: readonly string[] = ['success rate', 'pass rate', 'passing rate', 'passing', 'passed', 'success', 'pass percentage', 'success percentage'];
const failLabels: readonly string[] = ['failure rate', 'fail rate', 'failing rate', 'failing', 'failed'];

/** A label's words without marks, emphasis or a parenthesised remark: "📊 **Success Rate** (overall)" → "success rate". */
const plainLabel = (label: string) => label.replace(/\([^)]*\)/g, ' ').replace(/[^\p{L}\s]+/gu, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

/** The rate kind a label names when it names a rate of the run alone. */
export function rateLabelKind(label: string): ClaimKind | undefined {
  const plain = plainLabel(label);
  if (passLabels.includes(plain)) return 'tests.passRate';
  if (failLabels.includes(plain)) return 'tests.failRate';
  return undefined;
}

const sectionOf = (claim: Claim) => JSON.stringify(claim.context.headings);
/** Counts of the whole run, stated as facts outside tables. */
const runCount = (claim: Claim) => claim.tense === 'current' && 'scope' in claim.subject && !claim.context.table;

/**
 * Drop the claims of `figure-section-rate` whose section states no count of
 * passed or failed tests of the whole run, and give their figures back their
 * kind `figure`. Changes `claims` and `claimsOf` in place.
 */
export function settleSectionRates(claims: Claim[], claimsOf: Map<ReadFigure, Claim[]>): void {
  // A rate is made from the passed count, or from the failed count and the total: a lone "1 failed" rates nothing.
  const sections = (kind: ClaimKind) => new Set(claims.filter((c) => c.kind === kind && runCount(c)).map(sectionOf));
  const [passed, failed, total] = [sections('tests.passed'), sections('tests.failed'), sections('tests.total')];
  const counted = new Set([...passed, ...[...failed].filter((s) => total.has(s))]);
  const dropped = new Set(claims.filter((c) => c.source === 'figure-section-rate' && !counted.has(sectionOf(c))));
  dropClaims(claims, claimsOf, dropped);
}
