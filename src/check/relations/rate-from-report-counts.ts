/**
 * A test rate whose own section states none of its parts, against the one
 * set of counts the report gives elsewhere: "| **Pass Rate** | 83.94% |"
 * under "Summary", "| ✅ PASSED | 2069 |" … "| ⏭️ SKIPPED | 94 |" under "Test
 * Counts". Only a report of one run reads so: every count kind of the rate's
 * subject must have one value in the whole report (the same count restated
 * is one), or the rate has no single reading and nothing is judged. A rate
 * with a part in its own section is rate-from-parts' (or the same line's).
 */
import type { Claim } from '../../model.js';
import type { ReportRelation } from './types.js';
import { ascending, eachClaim, figureOf, isCurrentClaim, rateReadings, sectionKey, showLines, subjectKey, testCountParts, testRateParts, type TestCountKind, type TestCounts, viewsOf } from './shared.js';
import { rateLabelKind } from '../../figures/section-rate.js';

/** Words before a rate label that name the whole run: "Overall Pass Rate", "Test Success Rate". */
const runWords = ['overall', 'test', 'tests', 'total', 'suite'] as const;

/**
 * The rate kind its own label names, when that label names a rate of the run
 * and nothing else ("| **Pass Rate** | 83.94% |", "Failure Rate: 15%"): a
 * rate of a part ("Core functionality: 100% passing") says nothing of the run's counts.
 */
function labelKind(claim: Claim, source: readonly string[]): string | undefined {
  const text = claim.context.table?.row ?? (source[claim.position.line - 1] ?? '').slice(0, claim.position.column - 1).replace(/^\s*(?:[-*+]|\d+\.)\s+/, '');
  const words = text.replace(/[^\p{L}\s]+/gu, ' ').trim().split(/\s+/);
  while (words.length > 1 && (runWords as readonly string[]).includes((words[0] ?? '').toLowerCase())) words.shift();
  return rateLabelKind(words.join(' '));
}



export default {
  id: 'rate-from-report-counts',
  description: 'A test rate against the one set of counts the report states in other sections, when its own section states none of its parts.',
  judge({ claims, source, tree }) {
    const { lines } = viewsOf({ source, tree });
    return eachClaim(claims, (claim) => {
      const of = testRateParts[claim.kind as keyof typeof testRateParts];
      if (!of || !isCurrentClaim(claim) || labelKind(claim, lines) !== claim.kind) return;
      // A part and its whole on the rate's own line ("95.3% passing (182/191)") are that line's to judge.
      if (claims.some((c) => c !== claim && c.position.line === claim.position.line && (c.kind === 'ratio' || c.kind in testCountParts))) return;
      const counts = claims.filter((c) => c.kind in testCountParts && isCurrentClaim(c) && subjectKey(c) === subjectKey(claim));
      // A part or the other part in the rate's own section, or any count on its line, is the nearer relations' to judge.
      const partKinds = ['tests.passed', 'tests.failed'];
      if (counts.some((c) => (partKinds.includes(c.kind) && sectionKey(c) === sectionKey(claim)) || c.position.line === claim.position.line)) return;
      const found: TestCounts = {};
      const at: number[] = [];
      for (const kind of Object.keys(testCountParts) as TestCountKind[]) {
        const stated = counts.filter((c) => c.kind === kind);
        if (stated.length === 0) continue;
        // Two values of one count are two runs (or a part read as the whole): no single reading.
        if (new Set(stated.map((c) => c.value)).size > 1 || stated.some((c) => c.qualifier !== 'exact')) return;
        found[testCountParts[kind]] = figureOf(stated[0] as Claim);
        at.push(...stated.map((c) => c.position.line));
      }
      const other = found[of === 'passed' ? 'failed' : 'passed'];
      if (!found[of] || !(found.total || other)) return;
      const { total, passed, failed } = found;
      if (total && [passed, failed].some((p) => p && p.value > total.value)) return;
      const where = showLines(at);
      const readings = rateReadings(found, of).map((r) => ({ ...r, label: `${r.label ?? ''}, counts at ${where}` }));
      if (readings.length === 0) return;
      return { readings, suffix: '%', lines: ascending(at) };
    });
  },
} satisfies ReportRelation;
