/**
 * restated-totals: a whole-suite test count that states the value of a
 * table's measured TOTAL row takes that measurement (realworld w50:6, 33, 53,
 * 211, 360; w49:406). Real files, real counting, --no-exec.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';
import { fixtureRepos } from '../helpers/fixture-repo.js';

const repo = fixtureRepos('claimcheck-restated-');
const specs = (n: number) => `describe('x', () => {\n${Array.from({ length: n }, (_, i) => `  it('case ${i}', () => {});`).join('\n')}\n});\n`;
// The repository holds tests outside the table too (lib/), so its whole count (31) is not the table's.
const files = { 'package.json': '{"name":"x","scripts":{"test":"jest"}}\n', 'components/Button.test.tsx': specs(12), 'components/Card.test.tsx': specs(14), 'lib/date.test.ts': specs(5) };

/** The table's rows and TOTAL, then one restatement per case; the table's files define 12 + 14 = 26 tests. */
const table = (rows: [number, number], total: number) =>
  ['## Component Coverage', '', '| Component | Tests |', '| --- | --- |', `| Button | ${rows[0]} |`, `| Card | ${rows[1]} |`, `| **TOTAL** | **${total}** |`, ''];

const cases: Array<{ name: string; lines: string[]; want: string }> = [
  // The table's total is false (26 tests); the same figure said of the whole suite is that total.
  { name: 'a whole-suite count of the total, the total false', lines: [...table([10, 10], 20), '## Summary', '', '**Test Cases**: 20'], want: 'contradicted' },
  { name: 'a count of a kind of tests, the total false', lines: [...table([10, 10], 20), '## Jest Unit Tests', '', '- [x] 20 unit tests created'], want: 'contradicted' },
  { name: 'a whole-suite count of the total, the total true', lines: [...table([12, 14], 26), '## Summary', '', '**Test Cases**: 26'], want: 'confirmed' },
  // Another value is another count: the whole repository's, left open.
  { name: 'a whole-suite count of another value', lines: [...table([10, 10], 20), '## Summary', '', '**Test Cases**: 30'], want: 'unverifiable' },
  // A count under ten may be two counts that happen to agree.
  { name: 'a small total', lines: [...table([3, 3], 6), '## Summary', '', '**Test Cases**: 6'], want: 'unverifiable' },
  // A count of a named part is that part's, not the table's.
  { name: 'a part named', lines: [...table([10, 10], 20), '## Summary', '', '- `components/Card.test.tsx`: 20 tests'], want: 'contradicted: claims 20 tests in `components/Card.test.tsx`' },
];

describe('restated-totals', () => {
  it('has positive and negative cases', () => {
    expect(cases.some((c) => c.want !== 'unverifiable') && cases.some((c) => c.want === 'unverifiable')).toBe(true);
  });
  it.each(cases)('$name', async ({ lines, want }) => {
    const dir = repo(files);
    const report = path.join(dir, 'REPORT.md');
    writeFileSync(report, lines.join('\n') + '\n');
    const result = await verify({ reports: [report], repo: dir, cwd: dir, checks: ['tests'], noExec: true });
    const last = lines.length;
    const found = result.reports[0]!.findings.filter((f) => f.claim.position.line === last && f.claim.kind === 'tests.total');
    expect(found).toHaveLength(1);
    const [verdict, detail] = want.split(': ');
    expect(found[0]!.verdict, found[0]!.message).toBe(verdict);
    if (detail) expect(found[0]!.message).toContain(detail);
    else if (verdict !== 'unverifiable') expect(found[0]!.message).toContain('the TOTAL row at line 7 states the same');
  });
});
