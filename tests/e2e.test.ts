/**
 * End to end on reports written fresh for two small projects (node --test and
 * pytest): the real CLI runs the real test command and reads the coverage
 * file the real tool wrote. A report whose every current figure is true must
 * raise nothing; its twin with five planted errors must be contradicted on
 * exactly those five lines.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

interface Finding { claim: { position: { line: number }; kind: string }; verdict: string; message: string }
interface Result { reports: { findings: Finding[] }[]; summary: Record<string, number> }

/** The project copied to a temp dir, so the run writes nothing under fixtures/ and no enclosing git repo is seen. */
function verify(project: string, report: string): Result {
  const dir = mkdtempSync(path.join(tmpdir(), `claimcheck-e2e-${project}-`));
  copies.push(dir);
  cpSync(path.join(root, 'fixtures/e2e', project), dir, { recursive: true });
  const run = spawnSync('node', [path.join(root, 'bin/claimcheck.js'), 'verify', path.join(dir, report), '--repo', dir, '--format', 'json'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Result;
}

const lines = (result: Result, verdict: string) =>
  [...new Set(result.reports.flatMap((r) => r.findings).filter((f) => f.verdict === verdict).map((f) => f.claim.position.line))].sort((a, b) => a - b);

const projects = [
  // Lines of AUDIT-false.md whose figure was changed from AUDIT-true.md; the least number of confirmed claims in AUDIT-true.md.
  { project: 'js-app', planted: [10, 12, 22, 28, 39], confirmed: 27 },
  { project: 'py-app', planted: [9, 26, 38, 45, 49], confirmed: 26 },
];

describe.each(projects)('$project', ({ project, planted, confirmed }) => {
  it('is quiet on the true report', () => {
    const result = verify(project, 'AUDIT-true.md');
    const loud = result.reports.flatMap((r) => r.findings).filter((f) => f.verdict === 'contradicted' || f.verdict === 'error');
    expect(loud.map((f) => `${f.claim.position.line}: ${f.message}`)).toEqual([]);
    expect(result.summary.confirmed).toBeGreaterThanOrEqual(confirmed);
  }, 120_000);

  it('contradicts exactly the planted lines of the false report', () => {
    const result = verify(project, 'AUDIT-false.md');
    expect(lines(result, 'contradicted')).toEqual(planted);
    expect(result.summary.error).toBe(0);
  }, 120_000);
});
