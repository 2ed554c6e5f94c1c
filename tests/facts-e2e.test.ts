/**
 * End to end on the facts-app fixture (TypeScript backend and frontend, a
 * Typer CLI with pytest tests, a Rust crate, manifests and a log), run by
 * the real CLI with `--no-exec` in a git copy that also holds ignored and
 * vendored files: a report whose every figure of these kinds is true raises
 * nothing; its twin with planted errors is contradicted on exactly those lines.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

interface Finding { claim: { position: { line: number }; kind: string }; verdict: string; message: string }
interface Result { reports: { findings: Finding[] }[]; summary: Record<string, number> }

/** Lines of AUDIT-false.md whose figure was changed from AUDIT-true.md. */
const planted = [7, 11, 17, 21, 24, 28, 32];

function verify(report: string): Result {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-facts-'));
  copies.push(dir);
  cpSync(path.join(root, 'fixtures/e2e/facts-app'), dir, { recursive: true });
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'F', GIT_AUTHOR_EMAIL: 'f@example.com', GIT_COMMITTER_NAME: 'F', GIT_COMMITTER_EMAIL: 'f@example.com' };
  for (const args of [['init', '-q', '-b', 'main'], ['add', '-A'], ['commit', '-q', '-m', 'facts-app']]) {
    const run = spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
  }
  // Build output and installed packages: on disk, never counted.
  for (const file of ['backend/build/server.ts', 'backend/node_modules/express/index.ts']) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), 'export {};\n');
  }
  const run = spawnSync('node', [path.join(root, 'bin/claimcheck.js'), 'verify', path.join(dir, report), '--repo', dir, '--no-exec', '--format', 'json'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Result;
}

const findings = (result: Result) => result.reports.flatMap((r) => r.findings);
const linesWith = (result: Result, verdict: string) => [...new Set(findings(result).filter((f) => f.verdict === verdict).map((f) => f.claim.position.line))].sort((a, b) => a - b);

describe('facts-app', () => {
  it('confirms every figure of the true report and contradicts none', () => {
    const result = verify('AUDIT-true.md');
    const loud = findings(result).filter((f) => f.verdict === 'contradicted' || f.verdict === 'error');
    expect(loud.map((f) => `${f.claim.position.line}: ${f.message}`)).toEqual([]);
    // Every line of a figure of these kinds is confirmed.
    expect(linesWith(result, 'confirmed')).toEqual(expect.arrayContaining([7, 8, 9, 10, 11, 12, 16, 17, 21, 22, 24, 26, 27, 28, 32, 33]));
  });

  it('contradicts exactly the planted lines of the false twin', () => {
    const result = verify('AUDIT-false.md');
    expect(linesWith(result, 'contradicted'), JSON.stringify(findings(result).filter((f) => f.verdict === 'contradicted').map((f) => `${f.claim.position.line}: ${f.message}`), null, 1)).toEqual(planted);
    expect(linesWith(result, 'error')).toEqual([]);
  });
});
