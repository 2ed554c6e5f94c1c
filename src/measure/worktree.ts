/**
 * The repository as it was at a revision: a temporary, detached git worktree
 * in a temp folder, removed afterwards — on success, on failure, and when the
 * process is interrupted (SIGINT, SIGTERM) or exits. The user's working tree
 * and branches are never touched: `git worktree add --detach` only adds an
 * entry under `.git/worktrees/`, which removal and `git worktree prune` take
 * away again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { execaSync as ExecaSync } from 'execa';
import { killRunningGroups } from './runner.js';
import { gitInvocation, gitOrThrow, knownFilters, resolveCommit } from './git.js';

/** Milliseconds any one git command may take before it is killed (checking out a large tree takes a while). */
export const gitTimeoutMs = 120_000;

/** A revision that cannot be used: malformed, unknown, or not in a git repository. */
export class RevisionError extends Error {}

/**
 * Run git with `args` in `cwd` through `src/git.ts`, which keeps the
 * repository's hooks, filters and monitor from running: checking out an old
 * revision must not run the repo's code, and its files are the committed
 * bytes, unfiltered. Killed at `gitTimeoutMs`. Returns stdout; throws an
 * Error carrying git's last lines when git fails.
 */
export async function git(cwd: string, args: readonly string[]): Promise<string> {
  return gitOrThrow(cwd, args, gitTimeoutMs / 1000);
}

/** Control characters and whitespace never occur in a revision a user means. */
const unsafeRevisionRe = /[\s\p{Cc}]/u;

/**
 * Check that `rev` can only ever be read as a revision, never as a git option:
 * no leading `-`, no whitespace or control characters, at most 256 characters.
 * Throws `RevisionError` naming the problem.
 */
export function checkRevision(rev: string): void {
  if (rev === '') throw new RevisionError('--at: empty revision');
  if (rev.startsWith('-')) throw new RevisionError(`--at: "${rev}" is not a revision (it starts with "-")`);
  if (unsafeRevisionRe.test(rev) || rev.length > 256) throw new RevisionError(`--at: "${rev}" is not a revision`);
}

/** The full commit hash `rev` names in the repository at `repo`. Throws `RevisionError` when there is none. */
export async function resolveRevision(repo: string, rev: string): Promise<string> {
  checkRevision(rev);
  const hash = await resolveCommit(repo, rev);
  if (!hash) throw new RevisionError(`--at: no commit "${rev}" in ${repo}`);
  return hash;
}

/** The top level of the git repository holding `dir`, or `undefined` when it is not in one. */
export async function gitTopLevel(dir: string): Promise<string | undefined> {
  try {
    return (await git(dir, ['rev-parse', '--show-toplevel'])).trim() || undefined;
  } catch {
    return undefined;
  }
}

interface Active {
  repo: string;
  folder: string;
  tree: string;
}

/** Worktrees alive right now, for the signal and exit handlers. */
const active = new Set<Active>();

/** execa's synchronous runner, loaded before the first worktree exists: signal handlers cannot await an import. */
let execaSync: typeof ExecaSync | undefined;

/** Remove one worktree synchronously: handlers of signals and `exit` cannot wait for promises. */
function removeSync(entry: Active): void {
  for (const args of [
    ['worktree', 'remove', '--force', entry.tree],
    ['worktree', 'prune'],
  ]) {
    try {
      const { argv, env } = gitInvocation(entry.repo, args, knownFilters(entry.repo));
      execaSync?.(argv[0] as string, argv.slice(1), { cwd: entry.repo, env, timeout: 30_000, reject: false, stdio: 'ignore', shell: false });
    } catch {
      // Removing the folder below and pruning later still clean up.
    }
  }
  rmSync(entry.folder, { recursive: true, force: true });
  active.delete(entry);
  if (active.size === 0) setHandlers(false);
}

/** Remove every worktree alive right now, synchronously (for signal handlers). */
export function removeWorktreesSync(): void {
  for (const entry of [...active]) removeSync(entry);
}

function onSignal(signal: NodeJS.Signals): void {
  // A test run inside a worktree would go on in a deleted folder: it goes first.
  killRunningGroups();
  removeWorktreesSync();
  setHandlers(false);
  // Die of the signal, as asked, unless the host program handles it itself.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function onExit(): void {
  for (const entry of [...active]) removeSync(entry);
}

/** Handlers are in place only while a worktree exists, so a host program's own signal handling is unchanged otherwise. */
function setHandlers(on: boolean): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.off(signal, onSignal);
  process.off('exit', onExit);
  if (!on) return;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, onSignal);
  process.on('exit', onExit);
}

/**
 * Check out `commit` of the repository at `repo` in a temporary detached
 * worktree, call `use(treePath)` and remove the worktree and its temp folder
 * afterwards, whatever happens. Returns what `use` returns.
 */
export async function withWorktree<T>(repo: string, commit: string, use: (tree: string) => Promise<T>): Promise<T> {
  checkRevision(commit);
  execaSync ??= (await import('execa')).execaSync;
  const folder = mkdtempSync(path.join(tmpdir(), 'claimcheck-at-'));
  const entry: Active = { repo, folder, tree: path.join(folder, 'tree') };
  active.add(entry);
  setHandlers(true);
  try {
    await git(repo, ['worktree', 'add', '--detach', '--quiet', entry.tree, commit]);
    return await use(entry.tree);
  } finally {
    await removeWorktree(entry);
  }
}

async function removeWorktree(entry: Active): Promise<void> {
  try {
    await git(entry.repo, ['worktree', 'remove', '--force', entry.tree]);
  } catch {
    // A worktree that was never added, or is already gone: the folder and prune below settle it.
  }
  rmSync(entry.folder, { recursive: true, force: true });
  try {
    await git(entry.repo, ['worktree', 'prune']);
  } catch {
    // Nothing registered is left to prune when the repository itself is gone.
  }
  active.delete(entry);
  if (active.size === 0) setHandlers(false);
}
