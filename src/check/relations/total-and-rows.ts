/**
 * A total of tests and the parts named row by row after it, outside any
 * table: "Total Test Cases: 270" over "  Classification   93.6% (78 tests,
 * 18 failed)", "  Scoring   80.1% (52 tests, 0 failed)", … in the next
 * section, or "- Login endpoint: 5 tests" items (see `rowName`). The parts are
 * the rows of one section, after the total and before any other total of
 * their kind; each names another part. Rows that add up to less than the
 * total may be a selection ("Top modules"), so only a heading that calls them
 * a breakdown makes a shortfall wrong; parts that exceed the total always are.
 */
import type { Claim, ClaimKind } from '../../model.js';
import { sectionAt } from '../../read/report-structure.js';
import type { RelationJudgement, ReportRelation } from './types.js';
import { figureOf, partsOfTotal, showLines, sumOf, viewsOf } from './shared.js';
import { rowName } from '../row-name.js';

const countKinds: readonly ClaimKind[] = ['tests.total', 'tests.passed', 'tests.failed', 'tests.skipped', 'tests.errors'];

/** Words of a heading that make its rows the whole breakdown, not a selection. */
export const breakdownWords = ['breakdown', 'by module', 'per module', 'by file', 'per file', 'by package', 'per package', 'by suite', 'per suite', 'by component', 'per component', 'by category', 'per category'] as const;
const breakdownRe = new RegExp(String.raw`\b(?:${breakdownWords.map((w) => w.replace(/ /g, String.raw`\s+`)).join('|')})\b`, 'i');

interface Row {
  index: number;
  claim: Claim;
  name?: string;
}

export default {
  id: 'total-and-rows',
  description: 'A test total against the counts of the parts a section names row by row after it, outside tables.',
  judge({ claims, source, tree }) {
    const { lines, sections } = viewsOf({ source, tree });
    const rows: Row[] = claims
      .map((claim, index) => ({ claim, index }))
      .filter(({ claim }) => countKinds.includes(claim.kind) && claim.unit === 'count' && claim.tense === 'current' && !claim.context.table && claim.context.checked !== false && 'scope' in claim.subject)
      .map((r) => {
        const name = rowName(lines[r.claim.position.line - 1] ?? '', r.claim.position.column);
        return name === undefined ? r : { ...r, name };
      });
    const out: RelationJudgement[] = [];
    for (const total of rows) {
      if (total.name !== undefined || total.claim.qualifier !== 'exact') continue;
      const kind = total.claim.kind;
      const at = total.claim.position.line;
      const after = rows.filter((r) => r.claim.kind === kind && r.claim.position.line > at);
      const first = after[0];
      // The parts come right after the total: another whole count of the kind first makes that one their total.
      if (!first || first.name === undefined) continue;
      const section = sectionAt(sections, first.claim.position.line);
      const totalSection = sectionAt(sections, at);
      // The parts lie in the total's own section or in the one right after it.
      const next = sections.find((s) => s.line > at);
      if (section !== totalSection && section !== next) continue;
      const run: Row[] = [];
      for (const r of after) {
        if (r.name === undefined || sectionAt(sections, r.claim.position.line) !== section) break;
        run.push(r);
      }
      const names = new Set(run.map((r) => r.name?.toLowerCase()));
      if (run.length < 2 || names.size !== run.length) continue;
      const where = showLines(run.map((r) => r.claim.position.line));
      const sum = sumOf(run.map((r) => figureOf(r.claim)), `${run.map((r) => r.name).join(', ')} at ${where}`);
      const judged = partsOfTotal(total.index, figureOf(total.claim), sum, run.map((r) => r.claim.position.line), { complete: breakdownRe.test(section?.text ?? '') });
      if (judged) out.push(judged);
    }
    return out;
  },
} satisfies ReportRelation;
