import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/pipeline.js';

const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/samples');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function repo(files: Record<string, string>, report: string): { dir: string; report: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-cov-'));
  dirs.push(dir);
  for (const [to, from] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
    copyFileSync(path.join(samples, from), path.join(dir, to));
  }
  writeFileSync(path.join(dir, 'R.md'), report);
  return { dir, report: path.join(dir, 'R.md') };
}

describe('coverage verifier', () => {
  it('reads lcov as the tool displays it (c8 truncates 66.666 to 66.66)', async () => {
    const r = repo({ 'coverage/lcov.info': 'c8-lcov.info' }, [
      'Line coverage: 66.66%', // confirmed (truncation)
      'Line coverage: 66.67%', // confirmed (half-up)
      'Line coverage: 67%', // confirmed
      'Line coverage: 68%', // contradicted
      'Branch coverage: 100%', // confirmed
      '| File | Coverage |\n| --- | --- |\n| `lib/src/calc.js` | 67% |', // file written with another prefix: confirmed
    ].join('\n\n'));
    const result = await verify({ reports: [r.report], repo: r.dir, cwd: r.dir });
    expect(result.reports[0]!.findings.map((f) => f.verdict)).toEqual(['confirmed', 'confirmed', 'confirmed', 'contradicted', 'confirmed', 'confirmed']);
  });

  it('reads coverage.py Cobertura, and a component it cannot map is unverifiable', async () => {
    const r = repo({ 'coverage.xml': 'coveragepy-coverage.xml' }, '87% coverage overall.\n\n| Module | Coverage |\n| --- | --- |\n| Billing | 50% |\n| `pkg/calc.py` | 90% |\n');
    const result = await verify({ reports: [r.report], repo: r.dir, cwd: r.dir });
    expect(result.reports[0]!.findings.map((f) => f.verdict)).toEqual(['confirmed', 'unverifiable', 'contradicted']);
    expect(result.reports[0]!.findings[1]!.message).toBe('cannot map "Billing" to files of the coverage report');
  });
});
