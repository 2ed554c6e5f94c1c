/**
 * End to end on reports written fresh for two small projects (node --test and
 * pytest): the real CLI runs the real test command and reads the coverage
 * file the real tool wrote; and an ops project (bats, shell scripts,
 * Prometheus rules, CI, compose, Makefile) whose git history the test builds.
 * A report whose every current figure is true must raise nothing; its twin
 * with five planted errors must be contradicted on exactly those five lines.
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

function git(dir: string, args: string[], date?: string): void {
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'Ops Team', GIT_AUTHOR_EMAIL: 'ops@example.com',
    GIT_COMMITTER_NAME: 'Ops Team', GIT_COMMITTER_EMAIL: 'ops@example.com', ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) };
  const run = spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' });
  expect(run.status, `git ${args.join(' ')}: ${run.stderr}`).toBe(0);
}

/**
 * The ops-app history its reports describe: v1.0.0, three commits to v1.1.0
 * (branch release/1.x), then the audit itself, all on main.
 */
function opsHistory(dir: string): void {
  git(dir, ['init', '-q', '-b', 'main']);
  const commit = (date: string, message: string, files: string[]) => {
    git(dir, ['add', '--', ...files]);
    git(dir, ['commit', '-q', '-m', message], date);
  };
  commit('2026-11-02T10:00:00Z', 'Backup script, CI, compose stack and Makefile', [
    '.gitignore', '.github', 'Makefile', 'claimcheck.yaml', 'docker-compose.yml', 'package.json', 'scripts/backup.sh', 'scripts/common.sh', 'tests/backup.bats',
  ]);
  git(dir, ['tag', 'v1.0.0']);
  commit('2026-11-05T10:00:00Z', 'Log rotation with bats tests', ['scripts/rotate-logs.sh', 'tests/rotate-logs.bats']);
  commit('2026-11-09T10:00:00Z', 'Prometheus rules for backups and the service', ['monitoring/alerts.yml']);
  commit('2026-11-12T10:00:00Z', 'Runbook', ['docs/RUNBOOK.md']);
  git(dir, ['tag', 'v1.1.0']);
  git(dir, ['branch', 'release/1.x']);
  commit('2026-11-20T10:00:00Z', 'Ops audit', ['AUDIT-true.md', 'AUDIT-false.md']);
}

/** The project copied to a temp dir, so the run writes nothing under fixtures/ and no enclosing git repo is seen. */
function verify(project: string, report: string, prepare?: (dir: string) => void): Result {
  const dir = mkdtempSync(path.join(tmpdir(), `claimcheck-e2e-${project}-`));
  copies.push(dir);
  cpSync(path.join(root, 'fixtures/e2e', project), dir, { recursive: true });
  prepare?.(dir);
  const run = spawnSync('node', [path.join(root, 'bin/claimcheck.js'), 'verify', path.join(dir, report), '--repo', dir, '--format', 'json'], {
    cwd: dir,
    // ops-app's claimcheck.yaml runs `bats`: bats-core from npm (a devDependency), not whatever the PATH holds.
    env: { ...process.env, PATH: [path.join(root, 'node_modules', 'bats', 'bin'), process.env.PATH].join(path.delimiter) },
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Result;
}

const lines = (result: Result, verdict: string) =>
  [...new Set(result.reports.flatMap((r) => r.findings).filter((f) => f.verdict === verdict).map((f) => f.claim.position.line))].sort((a, b) => a - b);

const projects = [
  // Lines of AUDIT-false.md whose figure was changed from AUDIT-true.md; the least number of confirmed claims in AUDIT-true.md;
  // the findings that only add up within it (a ratio and the weighted-score table of js-app, a ratio and a coverage total
  // row of py-app): `consistent`, never counted as confirmed.
  { project: 'js-app', planted: [10, 12, 22, 28, 39], confirmed: 23, consistent: 6 }, // 6: line 51's weighted total (40 + 27 + 14 = 81) is read since score cells of a total row are totals
  // py-app 5, ops-app 1: a total is the sum of the statuses stated with it (relation status-counts: 10 + 1 + 1 = 12 twice; 8 + 0 + 1 = 9).
  { project: 'py-app', planted: [9, 26, 38, 45, 49], confirmed: 23, consistent: 5 },
  { project: 'ops-app', planted: [16, 17, 36, 40, 47], confirmed: 26, consistent: 1, prepare: opsHistory },
];

describe.each(projects)('$project', ({ project, planted, confirmed, consistent, prepare }) => {
  it('is quiet on the true report', () => {
    const result = verify(project, 'AUDIT-true.md', prepare);
    const loud = result.reports.flatMap((r) => r.findings).filter((f) => f.verdict === 'contradicted' || f.verdict === 'error');
    expect(loud.map((f) => `${f.claim.position.line}: ${f.message}`)).toEqual([]);
    expect(result.summary.confirmed).toBeGreaterThanOrEqual(confirmed);
    expect(result.summary.consistent).toBe(consistent);
    // What is consistent rests on the report's arithmetic alone, and says so.
    for (const f of result.reports.flatMap((r) => r.findings).filter((f) => f.verdict === 'consistent')) expect(f.message).toMatch(/^adds up: .*\(not measured\)$/);
  }, 120_000);

  it('contradicts exactly the planted lines of the false report', () => {
    const result = verify(project, 'AUDIT-false.md', prepare);
    expect(lines(result, 'contradicted')).toEqual(planted);
    expect(result.summary.error).toBe(0);
  }, 120_000);
});
