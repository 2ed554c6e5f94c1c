/**
 * A test rate and the counts it is made from, stated apart in one section:
 * "- **Total Tests Passed:** 442 / - **Total Tests Failed:** 0 / -
 * **Success Rate:** 99%". Counts on the rate's own line are the consistency
 * verifier's same-line relation; here the counts are elsewhere in the section,
 * so each must be the only one of its kind there, or the rate has no single
 * reading.
 */
import type { Claim } from '../../model.js';
import type { Figure } from '../arithmetic.js';
import type { ReportRelation } from './types.js';
import { judge } from '../arithmetic.js';
import { sectionAt } from '../../read/report-structure.js';
import { ascending, eachClaim, figureOf, isCurrentClaim, rateReadings, sectionKey, showLines, subjectKey, testCountParts, testRateParts, type TestCountKind, type TestCounts, viewsOf } from './shared.js';
import { testCountNouns, wordsSource } from '../../figures/words.js';


/** Words of tests that neither passed nor failed: a rate may count them in its denominator. */
export const notRunWords = ['skipped', 'skip', 'ignored', 'pending', 'excluded', 'deselected', 'todo', 'disabled', 'xfail', 'quarantined'] as const;
const notRunRe = new RegExp(String.raw`\b(?:${notRunWords.join('|')})\b`, 'i');
/** A figure other than zero on a line: "15 intentionally skipped". */
const nonZeroRe = /(?<![\w.])0*[1-9][\d,]*(?![\w.])/;
/** A count of tests in a line's own words: "154 tests run", "12 test cases". */
const testCountRe = new RegExp(String.raw`(?<![\w.,])(?<count>\d[\d,]*)\s+${wordsSource(testCountNouns)}\b`, 'gi');

/**
 * Whether the rate's own line names, before its part, a whole of tests no
 * count claim stands on ("- Test execution: 154 tests run, 152 passing
 * (98.7%)", w75:7): the line is a rate of that run, so a total stated
 * elsewhere in the section ("Total test count: 1222 test methods") is not its
 * whole.
 */
export function namesOwnWhole(line: string, part: Claim, claims: readonly Claim[]): boolean {
  const before = line.slice(0, part.position.column - 1);
  for (const m of before.matchAll(testCountRe)) {
    const column = (m.index ?? 0) + 1;
    const value = Number((m.groups?.count ?? '').replace(/,/g, ''));
    const claimed = claims.some((c) => c.position.line === part.position.line && c.position.column === column && c.kind in testCountParts);
    if (!claimed && value >= Number(part.value)) return true;
  }
  return false;
}


/**
 * The counts of the one other line that states the rate's own part again,
 * with its total or the other part: "✅ 167 tests passing (94.4% pass
 * rate)" in one section, "**Total**: 177 tests (167 passing, 10 failing)"
 * in another. Lines that disagree leave none.
 */
function restated(claims: readonly Claim[], part: Claim, otherKind: string): { counts: TestCounts; line: number } | undefined {
  const same = (c: Claim) => isCurrentClaim(c) && !c.context.table && subjectKey(c) === subjectKey(part) && c.qualifier === 'exact';
  const lines = new Set(claims.filter((c) => c.kind === part.kind && c.value === part.value && c.position.line !== part.position.line && same(c)).map((c) => c.position.line));
  const withWhole = [...lines].filter((l) => claims.some((c) => c.position.line === l && same(c) && (c.kind === 'tests.total' || c.kind === otherKind)));
  if (withWhole.length !== 1) return undefined;
  const line = withWhole[0] as number;
  const counts: TestCounts = {};
  for (const kind of Object.keys(testCountParts) as TestCountKind[]) {
    const values = claims.filter((c) => c.position.line === line && c.kind === kind && same(c));
    if (values.length > 1) return undefined;
    if (values[0]) counts[testCountParts[kind]] = figureOf(values[0]);
  }
  return { counts, line };
}

/**
 * The whole and the tests that did not run of the run a rate's line speaks
 * of, when the line names neither and other lines state its part again with
 * them: "**Test Results**: 1384 passing, 0 failures (99% pass rate)" beside
 * "Passed!  - Failed: 0, Passed: 1384, Skipped: 14, Total: 1398" (w81:299,
 * 120). Such a rate may be over all 1398, skipped included. Read by the
 * consistency verifier's same-line relation, which then judges the rate over
 * that whole too. The lines must agree on the whole and the skipped count,
 * and some tests must not have run: otherwise the line's own reading is all.
 */
export function notRunOfRun(claims: readonly Claim[], part: Claim): { counts: Pick<TestCounts, 'total' | 'skipped'>; lines: number[] } | undefined {
  const same = (c: Claim) => isCurrentClaim(c) && !c.context.table && subjectKey(c) === subjectKey(part) && c.qualifier === 'exact' && c.tense === part.tense;
  const lines = [...new Set(claims.filter((c) => c.kind === part.kind && c.value === part.value && c.position.line !== part.position.line && same(c)).map((c) => c.position.line))];
  const found = new Map<string, { counts: Pick<TestCounts, 'total' | 'skipped'>; lines: number[] }>();
  for (const line of lines) {
    const of = (kind: string) => {
      const values = claims.filter((c) => c.position.line === line && c.kind === kind && same(c));
      return values.length === 1 ? figureOf(values[0] as Claim) : undefined;
    };
    const total = of('tests.total');
    const skipped = of('tests.skipped');
    if (!total && !skipped) continue;
    const key = `${total?.value ?? ''}/${skipped?.value ?? ''}`;
    const entry = found.get(key) ?? { counts: { ...(total ? { total } : {}), ...(skipped ? { skipped } : {}) }, lines: [] };
    entry.lines.push(line);
    found.set(key, entry);
  }
  if (found.size !== 1) return undefined;
  const run = [...found.values()][0] as { counts: Pick<TestCounts, 'total' | 'skipped'>; lines: number[] };
  const { total, skipped } = run.counts;
  const notRun = (skipped?.value ?? 0) > 0 || (total !== undefined && total.value > Number(part.value));
  return notRun ? run : undefined;
}

export default {
  id: 'rate-from-parts',
  description: 'A test rate against the passed, failed and total counts stated elsewhere in its section.',
  judge({ claims, source, tree }) {
    const { lines: sourceLines, sections } = viewsOf({ source, tree });
    return eachClaim(claims, (claim) => {
      const of = testRateParts[claim.kind as keyof typeof testRateParts];
      if (!of || !isCurrentClaim(claim) || claim.context.table) return;
      const scope = claims.filter((c) => c.kind in testCountParts && isCurrentClaim(c) && !c.context.table && sectionKey(c) === sectionKey(claim) && subjectKey(c) === subjectKey(claim));
      const here = scope.filter((c) => c.position.line === claim.position.line);
      const has = (kinds: readonly string[]) => kinds.some((k) => here.some((c) => c.kind === k));
      const partKind = of === 'passed' ? 'tests.passed' : 'tests.failed';
      const otherKind = of === 'passed' ? 'tests.failed' : 'tests.passed';
      // Counts enough on the rate's own line are the same-line relation's.
      if (has([partKind]) && has(['tests.total', otherKind])) return;
      const counts: TestCounts = {};
      const lines: number[] = [];
      for (const kind of Object.keys(testCountParts) as TestCountKind[]) {
        // A count on the rate's own line is the one it speaks of; elsewhere in the section it must be the only one.
        const onLine = here.filter((c) => c.kind === kind);
        const found = onLine.length > 0 ? onLine : scope.filter((c) => c.kind === kind && c.position.line !== claim.position.line);
        const values = new Set(found.map((c) => c.value));
        if (values.size === 0) continue;
        // The same count stated twice is one count; two different ones leave no single reading.
        if (values.size > 1) return;
        const first = found[0] as Claim;
        counts[testCountParts[kind]] = figureOf(first) as Figure;
        lines.push(...found.map((c) => c.position.line));
      }
      const partHere = here.find((c) => c.kind === partKind);
      if (partHere && namesOwnWhole(sourceLines[claim.position.line - 1] ?? '', partHere, claims)) return;
      if (!lines.some((l) => l !== claim.position.line) && partHere) {
        const elsewhere = restated(claims, partHere, otherKind);
        if (!elsewhere) return;
        Object.assign(counts, elsewhere.counts);
        lines.push(elsewhere.line);
      }
      const other = counts[of === 'passed' ? 'failed' : 'passed'];
      if (!lines.some((l) => l !== claim.position.line)) return;
      if (!(counts[of] || (counts.total && other)) || (!counts.total && !other)) return;
      // A total below a part it should hold ("20 new tests" beside "412 passed") counts something else.
      const { total, passed, failed } = counts;
      if (total && [passed, failed].some((p) => p && p.value > total.value)) return;
      const where = showLines(lines.filter((l) => l !== claim.position.line));
      const readings = rateReadings(counts, of).map((r) => ({ ...r, label: `${r.label ?? ''}, counts at ${where}` }));
      if (readings.length === 0) return;
      // Without a total, tests the extractors did not read as skipped ("15 intentionally skipped") may be in the rate's denominator.
      if (!counts.total && !counts.skipped) {
        const section = sectionAt(sections, claim.position.line);
        const text = sourceLines.slice((section?.line ?? 1) - 1, section?.end ?? Infinity);
        if (text.some((l) => notRunRe.test(l) && nonZeroRe.test(l)) && judge(figureOf(claim), readings, '%').verdict === 'contradicted') return;
      }
      return { readings, suffix: '%', lines: ascending(lines) };
    });
  },
} satisfies ReportRelation;
