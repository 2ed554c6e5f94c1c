/**
 * The metric of a coverage figure settled from the report's other figures:
 * each case runs the whole extraction and names the claims on one line.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/commands/claims.js';
import type { ClaimKind } from '../../src/model.js';

interface MetricCase {
  name: string;
  markdown: string;
  /** 1-based line whose coverage claims are checked. */
  line: number;
  kinds: ClaimKind[];
}

/** A component section that names statements, then a gap list that names only the figure. */
const components = '## Component-Level Coverage\n\n- **AdminDashboard.js:** 60.82% statements, 46.15% branches\n\n## Coverage Gaps\n\n1. **AdminDashboard.js** (60.82%)';
/** A metric table of the whole project, and a summary line that gives its figure without a metric. */
const summary = '- **Code Coverage:** **51.02% overall**\n- We aim to reach 75% coverage.\n\n## Metrics\n\n| Metric | Value |\n| --- | --- |\n| Statement Coverage | 51.02% |';

const cases: MetricCase[] = [
  { name: 'the same file and figure stated as statements elsewhere', markdown: components, line: 7, kinds: ['coverage.statements'] },
  { name: 'the whole project figure matches its statement coverage', markdown: summary, line: 1, kinds: ['coverage.statements'] },
  { name: 'a goal of the whole project follows the metric of its figure', markdown: summary, line: 2, kinds: ['coverage.statements'] },
  { name: 'a rounded figure of the same subject', markdown: `${summary}\n\n51% coverage now`, line: 10, kinds: ['coverage.statements'] },
  // negative: a different figure keeps the default
  { name: 'a figure the report states in no other metric', markdown: '## Coverage Gaps\n\n1. **AdminDashboard.js** (60.82%)\n\n## Components\n\n- **Dashboard.js:** 69.33% statements', line: 3, kinds: ['coverage.lines'] },
  { name: 'a line that names lines', markdown: '- Line coverage: 51.02%\n\n| Metric | Value |\n| --- | --- |\n| Statement Coverage | 51.02% |', line: 1, kinds: ['coverage.lines'] },
  { name: 'the report states the whole project in lines too', markdown: `${summary}\n- Line coverage: 54.26%`, line: 2, kinds: ['coverage.lines'] },
  {
    name: 'a column whose other rows disagree with the statements stated for them',
    markdown: '| Test Suite | Coverage |\n| --- | --- |\n| A.test.js | 100% coverage |\n| B.test.js | 73.91% coverage |\n\n## Components\n\n- **A.js:** 100% statements\n- **B.js:** 69.33% statements',
    line: 3,
    kinds: ['coverage.lines'],
  },
  { name: 'no metric named anywhere', markdown: '- Coverage: 87%\n- Target: 90% coverage', line: 1, kinds: ['coverage.lines'] },
];

describe('coverage metric settled from the report', () => {
  for (const c of cases) {
    it(c.name, () => {
      const kinds = extractClaims('case.md', c.markdown).filter((claim) => claim.position.line === c.line && claim.kind.startsWith('coverage.')).map((claim) => claim.kind);
      expect(kinds).toEqual(c.kinds);
    });
  }
});
