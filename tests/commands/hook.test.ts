/**
 * `claimcheck hook` through the real CLI: a recorded Claude Code Stop event
 * (fixtures/hooks/claude-code, in the documented shape) for a session that
 * wrote a report into a fixture repository built here, with a real
 * `node --test` suite; and the same command as a git pre-commit hook.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { gitRepo, lines, type GitRepo } from '../helpers/git-repo.js';
import { alive, hangScript, waitFor } from '../helpers/processes.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin', 'claimcheck.js');
const fixtures = path.join(root, 'fixtures', 'hooks', 'claude-code');
const made: GitRepo[] = [];
/** Files written beside the repositories (transcripts, pid files). */
const beside: string[] = [];
afterAll(() => {
  made.forEach((repo) => repo.remove());
  beside.forEach((file) => rmSync(file, { force: true }));
});

const trueReport = ['# Backup audit', '', '- `scripts/backup.sh` (12 lines)', '- All 3 tests pass', '- 100% pass rate', ''].join('\n');
/** The true report with one false figure, on line 3. */
const falseReport = trueReport.replace('(12 lines)', '(40 lines)');

/** A repository with a 12-line script and 3 passing node:test tests, committed; the report is the session's work. */
function project(extra: Record<string, string> = {}): GitRepo {
  const repo = gitRepo('claimcheck-hook-');
  made.push(repo);
  repo.commit(
    {
      'package.json': JSON.stringify({ type: 'module', scripts: { test: 'node --test' } }),
      'test/backup.test.mjs': ["import { test } from 'node:test';", "test('copies', () => {});", "test('rotates', () => {});", "test('verifies', () => {});", ''].join('\n'),
      'scripts/backup.sh': lines(12),
      'README.md': '# Backup tools\n',
      ...extra,
    },
    '2026-12-01T10:00:00Z',
  );
  return repo;
}

/** The recorded event and transcript, filled in for `repo`; returns the event's JSON. */
function recordedEvent(repo: GitRepo, options: { final?: string; stopHookActive?: boolean; transcript?: string } = {}): string {
  const transcript = options.transcript ?? path.join(repo.dir, '..', `${path.basename(repo.dir)}-transcript.jsonl`);
  const fill = (text: string) => text.replaceAll('{{REPO}}', repo.dir).replaceAll('{{TRANSCRIPT}}', transcript).replaceAll('{{FINAL}}', options.final ?? 'The audit is in docs/AUDIT.md.');
  if (!options.transcript) {
    writeFileSync(transcript, fill(readFileSync(path.join(fixtures, 'transcript.jsonl'), 'utf8')));
    beside.push(transcript);
  }
  const event = JSON.parse(fill(readFileSync(path.join(fixtures, 'stop-event.json'), 'utf8'))) as Record<string, unknown>;
  if (options.stopHookActive) event.stop_hook_active = true;
  return JSON.stringify(event);
}

function writeReport(repo: GitRepo, text: string): void {
  mkdirSync(path.join(repo.dir, 'docs'), { recursive: true });
  writeFileSync(path.join(repo.dir, 'docs', 'AUDIT.md'), text);
}

/** Run the real CLI: `claimcheck hook ...args` in `cwd` with `input` on standard input. */
function hook(cwd: string, input: string, args: string[] = []) {
  const run = spawnSync('node', [bin, 'hook', ...args], { cwd, input, encoding: 'utf8', timeout: 120_000, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('claimcheck hook: a Claude Code Stop event', () => {
  it('blocks (exit 2) on the one false figure of the report the session wrote, naming line, claim and measured value', () => {
    const repo = project();
    writeReport(repo, falseReport);
    const { status, stderr, stdout } = hook(tmpdir(), recordedEvent(repo));
    expect({ status, stdout }).toEqual({ status: 2, stdout: '' });
    expect(stderr).toContain('claimcheck: 1 figure in what you wrote disagrees with the repository.');
    expect(stderr).toContain('docs/AUDIT.md:3:3: "`scripts/backup.sh` (40 lines)": claims 40 lines in `scripts/backup.sh`; measured 12 (file: scripts/backup.sh)');
    expect(stderr.match(/^docs\/AUDIT\.md:/gm)).toHaveLength(1);
    expect(stderr).toContain('claimcheck hook: 1 report: 3 claims checked (2 confirmed, 1 contradicted) of 3 claims');
  });

  it('lets the agent stop (exit 0) when the report is true, saying how many claims were checked', () => {
    const repo = project();
    writeReport(repo, trueReport);
    const { status, stdout, stderr } = hook(repo.dir, recordedEvent(repo));
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout).toBe('claimcheck hook: 1 report: 3 claims checked (3 confirmed, 0 contradicted) of 3 claims; 0 unverifiable, 0 skipped, 0 error\n');
  });

  it('checks the final message as a report: a false test count in it blocks', () => {
    const repo = project();
    writeReport(repo, trueReport);
    const { status, stderr } = hook(repo.dir, recordedEvent(repo, { final: 'Done: all 4 tests pass and the audit is written.' }));
    expect(status).toBe(2);
    expect(stderr).toMatch(/^\(final message\):1:\d+: "4 tests pass": claims 4 passing tests; measured 3 \(junit: `node --test` run by claimcheck\)$/m);
    expect(stderr).toContain('1 report and the final message');
  });

  it('reads the final message from the event when it carries one (SubagentStop, newer Stop events)', () => {
    const repo = project();
    writeReport(repo, trueReport);
    const event = { ...JSON.parse(recordedEvent(repo)), hook_event_name: 'SubagentStop', last_assistant_message: 'Finished: `scripts/backup.sh` (20 lines) is audited.' };
    const { status, stderr } = hook(repo.dir, JSON.stringify(event));
    expect(status).toBe(2);
    expect(stderr).toContain('(final message):1:11: "`scripts/backup.sh` (20 lines)": claims 20 lines in `scripts/backup.sh`; measured 12');
  });

  it('does not block a second time (stop_hook_active): the figures go to the user with status 1', () => {
    const repo = project();
    writeReport(repo, falseReport);
    const { status, stderr } = hook(repo.dir, recordedEvent(repo, { stopHookActive: true }));
    expect(status).toBe(1);
    expect(stderr).toContain('docs/AUDIT.md:3:3:');
    expect(stderr).toContain('not blocking again');
  });

  it('checks the markdown files git shows changed when the transcript cannot be read', () => {
    const repo = project();
    writeReport(repo, falseReport);
    const { status, stderr } = hook(repo.dir, recordedEvent(repo, { transcript: path.join(repo.dir, 'no-such-transcript.jsonl') }));
    expect(status).toBe(2);
    expect(stderr).toContain('cannot read the transcript');
    expect(stderr).toContain('docs/AUDIT.md:3:3:');
  });

  it('says there is nothing to check when the session wrote no report and its final message states no figure', () => {
    const repo = project();
    const transcript = path.join(repo.dir, '..', `${path.basename(repo.dir)}-empty.jsonl`);
    writeFileSync(transcript, '{"type":"user","message":{"role":"user","content":"hello"}}\n{"type":"assistant","message":{"role":"assistant","content":[{"type":"text","text":"Hello!"}]}}\n');
    beside.push(transcript);
    const { status, stdout } = hook(repo.dir, recordedEvent(repo, { transcript }));
    expect({ status, stdout }).toEqual({ status: 0, stdout: 'claimcheck hook: nothing to check: the session wrote no markdown report; 0 claims checked\n' });
  });

  it('is bounded: at --timeout it stops the test run it started and does not block', async () => {
    const repo = project();
    const pidFile = path.join(repo.dir, '..', `${path.basename(repo.dir)}-child.pid`);
    beside.push(pidFile);
    writeFileSync(path.join(repo.dir, 'test', 'backup.test.mjs'), hangScript(pidFile));
    writeReport(repo, trueReport);
    const { status, stderr } = hook(repo.dir, recordedEvent(repo), ['--timeout', '5']);
    expect(status).toBe(1);
    expect(stderr).toContain('gave up after 5 s (--timeout) and stopped the runs it started');
    const child = Number(readFileSync(pidFile, 'utf8'));
    expect(await waitFor(() => !alive(child), 10_000)).toBe(true);
  });

  it('never blocks on its own failure: a bad option or configuration is status 1, said so', () => {
    const repo = project({ 'claimcheck.yaml': 'tests:\n  - timeout: soon\n' });
    writeReport(repo, falseReport);
    const badOption = hook(repo.dir, '', ['--timeout', 'never']);
    expect(badOption.status).toBe(1);
    expect(badOption.stderr).toContain('nothing was checked or blocked');
    const badConfig = hook(repo.dir, recordedEvent(repo));
    expect(badConfig.status).toBe(1);
    expect(badConfig.stderr).toContain('the configuration is invalid, so nothing was checked');
  });
});

describe('claimcheck hook: a git pre-commit hook (no event on standard input)', () => {
  it('checks the staged report: the false figure stops the commit', () => {
    const repo = project();
    writeReport(repo, falseReport);
    repo.git('add', 'docs/AUDIT.md');
    const { status, stderr } = hook(repo.dir, '');
    expect(status).toBe(2);
    expect(stderr).toContain('claimcheck: 1 figure in the reports disagrees with the repository.');
    expect(stderr).toContain('docs/AUDIT.md:3:3:');
    expect(stderr).toContain('commit again');
  });

  it('lets a true staged report through, and says when nothing is staged or changed', () => {
    const repo = project();
    writeReport(repo, trueReport);
    repo.git('add', 'docs/AUDIT.md');
    expect(hook(repo.dir, '').status).toBe(0);
    repo.git('-c', 'user.name=a', '-c', 'user.email=a@b', 'commit', '-qm', 'audit');
    expect(hook(repo.dir, '')).toEqual({ status: 0, stdout: 'claimcheck hook: nothing to check: no markdown report is staged or changed; 0 claims checked\n', stderr: '' });
  });

  it('checks the files it is given (pre-commit passes the staged file names)', () => {
    const repo = project();
    writeReport(repo, falseReport);
    writeFileSync(path.join(repo.dir, 'NOTES.txt'), 'not markdown: 40 lines\n');
    const { status, stderr } = hook(repo.dir, '', ['docs/AUDIT.md', 'NOTES.txt']);
    expect(status).toBe(2);
    expect(stderr).toContain('docs/AUDIT.md:3:3:');
    expect(readdirSync(repo.dir)).toContain('NOTES.txt');
  });
});
