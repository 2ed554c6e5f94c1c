/**
 * A table's total row, measured as the sum of its rows' measurements when
 * every row was measured; the rows adding up is `consistent` and never
 * stands in for that.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verify } from '../src/commands/pipeline.js';
import { fixtureRepos } from './helpers/fixture-repo.js';

const repo = fixtureRepos('claimcheck-totals-');
const lines = (n: number) => Array.from({ length: n }, (_, i) => `echo ${i}`).join('\n') + '\n';

const table = (rows: Array<[string, number]>, total: number) =>
  ['| Script | Lines |', '| --- | --- |', ...rows.map(([name, n]) => `| ${name} | ${n} |`), `| **Total** | **${total}** |`].join('\n');

/** A table, and the verdicts its total row must get: the arithmetic's, then the measurement's when there is one. */
const cases: Array<[string, string, string[]]> = [
  ['rows true, total true', table([['`a.sh`', 10], ['`b.sh`', 20], ['`c.sh`', 5]], 35), ['consistent', 'confirmed']],
  // The rows add up, but b.sh has 20 lines, not 25: once confirmed by the arithmetic alone.
  ['rows add up to a false total', table([['`a.sh`', 10], ['`b.sh`', 25], ['`c.sh`', 5]], 40), ['consistent', 'contradicted']],
  ['a row measures nothing', table([['`a.sh`', 10], ['misc', 3]], 13), ['consistent']],
  ['the total does not add up', table([['`a.sh`', 10], ['`b.sh`', 20]], 33), ['contradicted', 'contradicted']],
  // Each row's line count may be off by one (a final newline): the total by as many.
  ['the total within the rows\' allowance', table([['`a.sh`', 10], ['`b.sh`', 21]], 31), ['consistent', 'confirmed']],
];

describe('table totals', () => {
  it.each(cases)('%s', async (_name, markdown, verdicts) => {
    const dir = repo({ 'a.sh': lines(10), 'b.sh': lines(20), 'c.sh': lines(5) });
    const report = path.join(dir, 'REPORT.md');
    writeFileSync(report, markdown + '\n');
    const totalLine = markdown.split('\n').length;
    const result = await verify({ reports: [report], repo: dir, cwd: dir, checks: ['files', 'consistency'] });
    const onTotal = result.reports[0]!.findings.filter((f) => f.claim.position.line === totalLine && f.claim.kind === 'total');
    expect(onTotal.map((f) => f.verdict)).toEqual(verdicts);
    const measuredOne = onTotal[1];
    if (measuredOne) expect(measuredOne.message).toMatch(/^claims \d+ lines; measured \d+ \(sum of \d rows of the table at line 1: /);
  });

  it('is measured only when the rows are: with the arithmetic alone, the total is consistent', async () => {
    const dir = repo({ 'a.sh': lines(10), 'b.sh': lines(20), 'c.sh': lines(5) });
    const report = path.join(dir, 'REPORT.md');
    writeFileSync(report, table([['`a.sh`', 10], ['`b.sh`', 25], ['`c.sh`', 5]], 40) + '\n');
    const result = await verify({ reports: [report], repo: dir, cwd: dir, checks: ['consistency'] });
    expect(result.reports[0]!.findings.filter((f) => f.claim.kind === 'total').map((f) => f.verdict)).toEqual(['consistent']);
  });
});
