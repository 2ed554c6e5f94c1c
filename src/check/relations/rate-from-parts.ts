/**
 * A test rate and the counts it is made from, stated apart in one section:
 * "- **Total Tests Passed:** 442 / - **Total Tests Failed:** 0 / -
 * **Success Rate:** 99%". Counts on the rate's own line are the consistency
 * verifier's same-line relation; here the counts are elsewhere in the section,
 * so each must be the only one of its kind there, or the rate has no single
 * reading.
 */
import type { Claim } from '../../model.js';
import type { Figure } from '../../arithmetic.js';
import type { RelationJudgement, ReportRelation } from './types.js';
import { figureOf, rateReadings, showLines, type TestCounts } from './shared.js';

const countKinds = { 'tests.passed': 'passed', 'tests.failed': 'failed', 'tests.skipped': 'skipped', 'tests.total': 'total' } as const;
type CountKind = keyof typeof countKinds;
const rateParts = { 'tests.passRate': 'passed', 'tests.failRate': 'failed' } as const;

const isCurrent = (claim: Claim) => claim.tense === 'current' && claim.context.checked !== false;
const sectionKey = (claim: Claim) => JSON.stringify(claim.context.headings);
const subjectKey = (claim: Claim) => JSON.stringify(claim.subject);

export default {
  id: 'rate-from-parts',
  description: 'A test rate against the passed, failed and total counts stated elsewhere in its section.',
  judge({ claims }) {
    const out: RelationJudgement[] = [];
    claims.forEach((claim, index) => {
      const of = rateParts[claim.kind as keyof typeof rateParts];
      if (!of || !isCurrent(claim) || claim.context.table) return;
      const scope = claims.filter((c) => c.kind in countKinds && isCurrent(c) && !c.context.table && sectionKey(c) === sectionKey(claim) && subjectKey(c) === subjectKey(claim));
      if (scope.some((c) => c.position.line === claim.position.line)) return;
      const counts: TestCounts = {};
      const lines: number[] = [];
      for (const kind of Object.keys(countKinds) as CountKind[]) {
        const found = scope.filter((c) => c.kind === kind);
        const values = new Set(found.map((c) => c.value));
        if (values.size === 0) continue;
        // The same count stated twice is one count; two different ones leave no single reading.
        if (values.size > 1) return;
        const first = found[0] as Claim;
        counts[countKinds[kind]] = figureOf(first) as Figure;
        lines.push(...found.map((c) => c.position.line));
      }
      if (!counts[of] || (!counts.total && !counts[of === 'passed' ? 'failed' : 'passed'])) return;
      // A total below a part it should hold ("20 new tests" beside "412 passed") counts something else.
      const { total, passed, failed } = counts;
      if (total && [passed, failed].some((p) => p && p.value > total.value)) return;
      const where = showLines(lines);
      const readings = rateReadings(counts, of).map((r) => ({ ...r, label: `${r.label ?? ''}, counts at ${where}` }));
      if (readings.length === 0) return;
      out.push({ index, stated: figureOf(claim), readings, suffix: '%', lines: [...new Set(lines)].sort((a, b) => a - b) });
    });
    return out;
  },
} satisfies ReportRelation;
