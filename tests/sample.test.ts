/**
 * The README's main job: the sample report against the sample repository,
 * with the exact verdict of every claim.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { verify } from '../src/commands/pipeline.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('fixtures/reports/sample.md against fixtures/repos/sample', () => {
  it('gives each claim its known verdict', async () => {
    const result = await verify({ reports: ['fixtures/reports/sample.md'], repo: path.join(root, 'fixtures/repos/sample'), cwd: root });
    const rows = result.reports[0]!.findings.map((f) => `${f.claim.position.line}:${f.claim.position.column} ${f.claim.kind} ${f.verdict}`);
    expect(rows).toEqual([
      '7:16 tests.passed confirmed', // 4 passing
      '8:16 tests.failed confirmed', // 1 failing
      '9:3 tests.total confirmed', // 6 total
      '9:18 tests.skipped contradicted', // 1 skipped, not 2
      '10:3 tests.passRate contradicted', // 66.7% or 80%, not 96.3%
      '10:3 tests.passRate contradicted', // the report's own counts (lines 7–9) do not give 96.3% either
      '11:3 tests.passRate confirmed', // 4 of 5 that ran
      '11:3 tests.passRate consistent', // 4 of the 5 the report says ran
      '15:1 coverage.lines confirmed', // 30/38 in lcov + 9/14 in coverage.xml = 39/52 = 75%
      '15:77 coverage.lines skipped', // a target
      '17:22 coverage.lines contradicted', // 87%
      '21:19 coverage.lines confirmed', // src/calc.js 19/27 = 70.4% (lcov has it as written)
      '22:19 coverage.lines contradicted', // py/stats.py 9/14 = 64.3% (coverage.xml names it stats.py)
      '26:3 file.lines confirmed', // 90 lines
      '27:3 file.lines contradicted', // 40, not 212
      '28:3 file.lines contradicted', // no such file
      '29:3 file.lines confirmed', // absolute path from another machine, 91 within ±1
    ]);
    expect(result.summary).toEqual({ figures: 17, claims: 15, confirmed: 8, consistent: 1, contradicted: 7, unverifiable: 0, skipped: 1, error: 0 });
  });
});
