/**
 * The one coverage metric a report names for its whole project, given to its
 * other coverage figures: each case runs the whole extraction and names the
 * kinds of the coverage claims, in order.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/commands/claims.js';
import type { ClaimKind } from '../../src/model.js';

interface ReportMetricCase {
  name: string;
  markdown: string;
  kinds: ClaimKind[];
}

/** A whole-project figure tied to statement counts (coverage.py's), then a module table and a goal that name no metric. */
const tied = '### Overall Coverage\n\n- **Ending:** 24% (1072 total statements, 258 covered)\n\n### Modules\n\n| Module | Coverage |\n| --- | --- |\n| db.py | 63% |\n\n- **Target Coverage:** 85%';

const cases: ReadonlyArray<ReportMetricCase> = [
  { name: 'a whole-project figure tied to statements makes every figure statement coverage', markdown: tied, kinds: ['coverage.statements', 'coverage.statements', 'coverage.statements'] },
  {
    name: 'a table of the whole project under a heading that names statements',
    markdown: '### Statements Covered: Before vs After\n\n| Metric | Before | After |\n| --- | --- | --- |\n| Coverage % | 15% | 24% |\n\n- Overall coverage: 24%',
    kinds: ['coverage.statements', 'coverage.statements', 'coverage.statements'],
  },
  // covered lines counted beside a share are the units the tool counted, which a report on statement coverage calls lines (408:276)
  {
    name: 'a count of covered lines beside a share in a report on statements',
    markdown: `${tied}\n\n## Coverage Analysis\n\n**Dashboard Module (+25%)**\n- Before: 5% (6/128 lines)`,
    kinds: ['coverage.statements', 'coverage.statements', 'coverage.statements', 'coverage.statements', 'coverage.statements'],
  },
  // negative: the report names lines for a coverage figure, or two metrics, or the statements only for a part
  { name: 'lines named for another coverage figure', markdown: `${tied}\n- Line coverage: 80%`, kinds: ['coverage.lines', 'coverage.lines', 'coverage.lines', 'coverage.lines'] },
  { name: 'two metrics named', markdown: `${tied}\n- Branch coverage: 70%`, kinds: ['coverage.lines', 'coverage.lines', 'coverage.lines', 'coverage.branches'] },
  {
    name: 'statements named only beside a file',
    markdown: '### Coverage\n\n- db.py: 63% (40 statements)\n- Overall coverage: 24%',
    kinds: ['coverage.lines', 'coverage.lines'],
  },
];

describe('coverage metric of the whole report', () => {
  for (const c of cases) {
    it(c.name, () => {
      const kinds = extractClaims('case.md', c.markdown).filter((claim) => claim.kind.startsWith('coverage.')).map((claim) => claim.kind);
      expect(kinds).toEqual(c.kinds);
    });
  }
});
