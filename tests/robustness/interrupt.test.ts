/**
 * An interrupted run leaves nothing behind: SIGINT or SIGTERM while the
 * repository's test command runs (in place, or in an `--at` worktree) kills
 * the command's whole process group, removes the temporary worktree and
 * every temporary folder, and exits 130 or 143 as a shell reports the signal.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRepo } from '../helpers/git-repo.js';
import { alive, hangScript, waitFor } from '../helpers/processes.js';
import { bin, tempFolders } from './helpers.js';

const temp = tempFolders('claimcheck-interrupt-');

/** Process group of `pid`, read from /proc (field 5 of stat). */
function groupOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
}

/** Live processes in process group `group`, as `ps -g` would list them. */
function membersOf(group: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => {
      try {
        return groupOf(pid) === group && alive(pid);
      } catch {
        return false;
      }
    });
}

describe('an interrupted run', () => {
  it.each([
    { signal: 'SIGINT' as const, code: 130, at: true },
    { signal: 'SIGTERM' as const, code: 143, at: false },
    { signal: 'SIGINT' as const, code: 130, at: false },
    { signal: 'SIGTERM' as const, code: 143, at: true },
  ])('$signal (--at: $at): the runner group, the worktree and the temp folders are gone; exit $code', async ({ signal, code, at }) => {
    const dir = temp();
    const tmp = path.join(dir, 'tmp');
    mkdirSync(tmp);
    const pidFile = path.join(dir, 'sleeper.pid');
    const repo = gitRepo('claimcheck-interrupt-repo-');
    // A test suite that hangs, so the run is surely measuring when interrupted.
    repo.commit(
      {
        'hang.mjs': hangScript(pidFile),
        'claimcheck.yaml': 'tests:\n  - run: node hang.mjs\n    results: junit.xml\n    timeout: 120\n',
        'docs/STATUS.md': '- **Passing:** 12 tests\n',
      },
      '2024-03-01T09:00:00+00:00',
    );
    // Every temporary folder of the run goes under `tmp`, so the test sees it emptied.
    const child = spawn(process.execPath, [bin, 'verify', 'docs/STATUS.md', ...(at ? ['--at', 'HEAD'] : [])], {
      cwd: repo.dir,
      env: { ...process.env, TMPDIR: tmp },
      stdio: 'ignore',
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (c, s) => resolve({ code: c, signal: s })));
    let group = 0;
    try {
      expect(await waitFor(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8') !== '', 30_000)).toBe(true);
      const sleeper = Number(readFileSync(pidFile, 'utf8'));
      group = groupOf(sleeper);
      // The run is under way: its runner group alive, its folders made, its worktree registered.
      expect(membersOf(group).length).toBeGreaterThanOrEqual(2);
      expect(readdirSync(tmp).filter((name) => name.startsWith('claimcheck-tests-'))).toHaveLength(1);
      expect(readdirSync(tmp).filter((name) => name.startsWith('claimcheck-at-'))).toHaveLength(at ? 1 : 0);
      expect(repo.git('worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(at ? 2 : 1);

      child.kill(signal);
      expect(await exited).toEqual({ code, signal: null });
      // ps: nothing of the runner's group is left, the hanging suite's child included.
      expect(await waitFor(() => membersOf(group).length === 0, 5_000)).toBe(true);
      expect(alive(sleeper)).toBe(false);
      expect(readdirSync(tmp)).toEqual([]);
      expect(repo.git('worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1);
      expect(repo.git('status', '--porcelain')).toBe('');
    } finally {
      child.kill('SIGKILL');
      // Should the run have left its test group behind, it must not outlive the test.
      if (group > 1) for (const pid of membersOf(group)) process.kill(pid, 'SIGKILL');
      repo.remove();
    }
  });
});
