/**
 * A test total and the counts by status stated with it in one section, in
 * a table, a list or text: "| Total | 1533 |" over "| ✅ Passed | 1366 |",
 * "| ❌ Failed | 119 |", "| 🔴 Error | 40 |", "| ⏭️ Skipped | 8 |". The
 * statuses must each be stated once, for the total's own subject. Counts
 * on the total's own line are the consistency verifier's same-line relation.
 * Statuses that add up to less than the total may leave some tests unnamed
 * (xfail, deselected), and statuses that add up to more may hold one wrong
 * count the total does not share (a planted "2 skipped" beside a true "6
 * tests total"): the total is contradicted only when passed, failed, errors
 * and skipped are all stated, the whole breakdown of it.
 */
import type { Claim, ClaimKind } from '../../model.js';
import type { RelationJudgement, ReportRelation } from './types.js';
import { ascending, figureOf, partsOfTotal, sumOf } from './shared.js';

const statusKinds: readonly ClaimKind[] = ['tests.passed', 'tests.failed', 'tests.errors', 'tests.skipped'];
const statusWord: Readonly<Partial<Record<ClaimKind, string>>> = { 'tests.passed': 'passed', 'tests.failed': 'failed', 'tests.errors': 'errors', 'tests.skipped': 'skipped' };

const isCount = (c: Claim) => c.unit === 'count' && c.tense === 'current' && c.qualifier === 'exact' && c.context.checked !== false;
const scopeKey = (c: Claim) => `${JSON.stringify(c.context.headings)}\0${JSON.stringify(c.subject)}`;

export default {
  id: 'status-counts',
  description: 'A test total against the passed, failed, error and skipped counts stated with it in its section.',
  judge({ claims }) {
    const out: RelationJudgement[] = [];
    const scopes = new Map<string, number[]>();
    claims.forEach((claim, index) => {
      // Every total of the section counts toward its one total, bounds and estimates too ("310+" beside "New Tests: 23").
      const total = claim.kind === 'tests.total' && claim.unit === 'count' && claim.tense === 'current';
      if (!total && (!isCount(claim) || !statusKinds.includes(claim.kind))) return;
      scopes.set(scopeKey(claim), [...(scopes.get(scopeKey(claim)) ?? []), index]);
    });
    for (const indexes of scopes.values()) {
      const of = (kind: ClaimKind) => indexes.filter((i) => (claims[i] as Claim).kind === kind);
      const totals = of('tests.total');
      // One total, and each status stated once (the same figure twice is one statement of it).
      if (new Set(totals.map((i) => (claims[i] as Claim).value)).size !== 1) continue;
      const total = totals[0] as number;
      if (!isCount(claims[total] as Claim)) continue;
      const totalLine = (claims[total] as Claim).position.line;
      const parts: number[] = [];
      let ambiguous = false;
      for (const kind of statusKinds) {
        const found = of(kind);
        if (found.length === 0) continue;
        if (new Set(found.map((i) => (claims[i] as Claim).value)).size > 1) ambiguous = true;
        parts.push(found[0] as number);
      }
      if (ambiguous || parts.length < 2 || !parts.some((i) => (claims[i] as Claim).kind === 'tests.passed')) continue;
      // All on the total's line: the same-line relation judges them.
      if (parts.every((i) => (claims[i] as Claim).position.line === totalLine)) continue;
      const partClaims = parts.map((i) => claims[i] as Claim);
      const lines = ascending(partClaims.map((c) => c.position.line));
      const sum = sumOf(partClaims.map(figureOf), `${partClaims.map((c) => statusWord[c.kind]).join(', ')} at ${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')}`);
      const stated = figureOf(claims[total] as Claim);
      // A total below one of its parts counts something else ("New Tests: 23" beside "578 passing").
      if (partClaims.some((c) => Number(c.value) > stated.value)) continue;
      const judged = partsOfTotal(total, stated, sum, lines, { complete: parts.length === statusKinds.length, excess: false });
      if (judged) out.push(judged);
    }
    return out;
  },
} satisfies ReportRelation;
