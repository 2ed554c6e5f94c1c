/**
 * Asking git about the repository: the one module that runs git.
 *
 * Report text never becomes an option: every revision is checked against
 * `revisionRe` (or `rangeRe`) before use, passed as one argv element after
 * the options, and git runs without a shell and with a timeout.
 *
 * The repository is not ours: its configuration may name commands that git
 * runs on its behalf (a file-system monitor, hooks, clean and smudge filters,
 * a pager, external diff and textconv drivers, a signature checker). Every
 * invocation goes through `gitInvocation`, which switches all of them off, so
 * git reads the repository and runs nothing.
 */
import { existsSync } from 'node:fs';
import { runCommand, lastLines } from './runner.js';

/** Seconds a git command may take before it is killed. */
export const gitTimeoutSeconds = 30;

/** A commit hash, short (7+) or full. */
export const hashSource = String.raw`[0-9a-f]{7,40}`;
/**
 * A revision a report may name: a hash or a ref name (`main`, `origin/main`,
 * `v1.2.0`, `feature/x`), optionally with `~N` or `^`. Never starts with `-`.
 */
const revisionRe = /^(?![-./])(?!.*\.\.)(?!.*\/\/)(?!.*@\{)[\w][\w./+-]{0,199}(?:~\d{1,4}|\^)*$/;
/** Two revisions joined by `..` or `...`. */
const rangeRe = /^(?<from>[^.\s][^\s]*?)(?<dots>\.{2,3})(?<to>[^.\s][^\s]*)$/;

/** Whether `text` may be passed to git as a revision. */
export function isRevision(text: string): boolean {
  return revisionRe.test(text);
}

/** Split `A..B` or `A...B` into its checked parts, or `undefined` when it is not a safe range. */
export function parseRange(text: string): { from: string; to: string; dots: '..' | '...' } | undefined {
  const m = rangeRe.exec(text);
  const from = m?.groups?.from;
  const to = m?.groups?.to;
  const dots = m?.groups?.dots;
  if (!from || !to || (dots !== '..' && dots !== '...') || !isRevision(from) || !isRevision(to)) return undefined;
  return { from, to, dots };
}

export interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  /** Set when git could not run at all, was killed at its timeout, or said more than can be kept. */
  failure?: string;
}

/**
 * Configuration given to every git command (in `GIT_CONFIG_COUNT` and its
 * pairs: the scope of `-c`, which wins over every file), each entry switching off a command the repository could
 * make git run. `core.hooksPath=/dev/null`: git looks a hook up as
 * `/dev/null/<name>`, which can never exist — an empty folder that nothing can
 * ever be written into.
 */
const safeConfig: ReadonlyArray<readonly [string, string]> = [
  ['core.fsmonitor', 'false'],
  ['core.hooksPath', '/dev/null'],
  ['core.pager', 'cat'],
  ['log.showSignature', 'false'],
  ['submodule.recurse', 'false'],
  ['gc.auto', '0'],
  ['maintenance.auto', 'false'],
  ['protocol.allow', 'never'],
];

/**
 * Options after the subcommand: no external diff or textconv driver for the
 * commands that can diff, and `status` leaves the inside of submodules alone
 * (looking there runs git under the submodule's own configuration, filters
 * and all); a submodule moved to another commit still shows.
 */
const subcommandOptions: Readonly<Record<string, readonly string[]>> = {
  diff: ['--no-ext-diff', '--no-textconv'],
  log: ['--no-ext-diff', '--no-textconv'],
  show: ['--no-ext-diff', '--no-textconv'],
  status: ['--ignore-submodules=dirty'],
};

/** The variables of one filter driver, emptied: git runs no filter whose command is empty, and `required` must not turn that into a failure. */
const filterVariables: ReadonlyArray<readonly [string, string]> = [
  ['clean', ''],
  ['smudge', ''],
  ['process', ''],
  ['required', 'false'],
];

/** Names of the filter drivers configured for each repository (any scope), by the folder git was asked in; read once per process. */
const filterNames = new Map<string, Promise<string[]>>();
/** The same names once read, for handlers that cannot wait. */
const filterNamesRead = new Map<string, string[]>();

/** Bytes of output kept from one git command; more fails the command rather than cutting its answer. */
const maxGitOutputBytes = 64 * 1024 * 1024;

/**
 * The argv and environment of `git ...args` in `repo`, with everything that
 * could run a command switched off. `filters` are the repository's filter
 * driver names (`configuredFilters`): a filter cannot be switched off in
 * general, only by name. Synchronous, for signal handlers.
 */
export function gitInvocation(repo: string, args: readonly string[], filters: readonly string[] = []): { argv: string[]; env: Record<string, string> } {
  const config = [...safeConfig, ...filters.flatMap((name) => filterVariables.map(([variable, value]) => [`filter.${name}.${variable}`, value] as const))];
  const env: Record<string, string> = {
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_PAGER: 'cat',
    LC_ALL: 'C',
    // Passed in the environment, not as `-c`, so that a filter name holding `=` is still one key.
    GIT_CONFIG_COUNT: String(config.length),
  };
  config.forEach(([key, value], index) => {
    env[`GIT_CONFIG_KEY_${index}`] = key;
    env[`GIT_CONFIG_VALUE_${index}`] = value;
  });
  // Global options (`--literal-pathspecs`) come before the subcommand; its own options right after it.
  const at = args.findIndex((arg) => !arg.startsWith('-'));
  const command = at < 0 ? [...args] : [...args.slice(0, at + 1), ...(subcommandOptions[args[at] as string] ?? []), ...args.slice(at + 1)];
  return { argv: ['git', '--no-pager', '-C', repo, ...command], env };
}

/** The subcommand of `args` (`status`), after any global options; for messages. */
const subcommandOf = (args: readonly string[]) => args.find((arg) => !arg.startsWith('-')) ?? '';

/** Run a prepared invocation: no shell, its own process group (killed on timeout and interrupt). */
async function runGit(repo: string, args: readonly string[], filters: readonly string[], timeoutSeconds: number): Promise<GitResult> {
  const { argv, env } = gitInvocation(repo, args, filters);
  const result = await runCommand(argv, {
    // `-C repo` decides where git works; a folder that does not exist is git's error to report.
    cwd: existsSync(repo) ? repo : process.cwd(),
    timeoutMs: timeoutSeconds * 1000,
    env,
    maxOutputBytes: maxGitOutputBytes,
  });
  if (result.timedOut) return { ok: false, stdout: '', stderr: '', failure: `git ${subcommandOf(args)} timed out after ${timeoutSeconds}s` };
  if (result.spawnError) return { ok: false, stdout: '', stderr: result.stderr, failure: `git could not run: ${result.spawnError}` };
  if (result.truncated) return { ok: false, stdout: '', stderr: '', failure: `git ${subcommandOf(args)} said more than ${maxGitOutputBytes} bytes` };
  if (result.signal) return { ok: false, stdout: '', stderr: result.stderr, failure: `git was killed by ${result.signal}` };
  return { ok: result.exitCode === 0, stdout: result.stdout.replace(/\n$/, ''), stderr: result.stderr };
}

/**
 * The names of the filter drivers configured for `repo` in any scope, read
 * once per repository; reading configuration runs nothing.
 */
export function configuredFilters(repo: string): Promise<string[]> {
  let names = filterNames.get(repo);
  if (!names) {
    names = runGit(repo, ['config', '-z', '--name-only', '--get-regexp', String.raw`^filter\.`], [], gitTimeoutSeconds).then((result) => {
      // `filter.<name>.<variable>`: the name is everything between the first and the last dot.
      const found = [...new Set(result.stdout.split('\0').filter((key) => key.includes('.', 7)).map((key) => key.slice('filter.'.length, key.lastIndexOf('.'))))];
      filterNamesRead.set(repo, found);
      return found;
    });
    filterNames.set(repo, names);
  }
  return names;
}

/** The filter names of `repo` when they have been read already (for signal handlers, which cannot wait), else none. */
export function knownFilters(repo: string): string[] {
  return filterNamesRead.get(repo) ?? [];
}

/**
 * Run `git -C repo ...args` with no shell and nothing of the repository's own
 * commands (see `gitInvocation`). `args` must be built from constants and
 * values checked with `isRevision`/`parseRange`. `timeoutSeconds` defaults to
 * `gitTimeoutSeconds`.
 */
export async function git(repo: string, args: readonly string[], timeoutSeconds = gitTimeoutSeconds): Promise<GitResult> {
  return runGit(repo, args, await configuredFilters(repo), timeoutSeconds);
}

/** `git` that returns stdout and throws an Error with git's last lines when it fails. */
export async function gitOrThrow(repo: string, args: readonly string[], timeoutSeconds = gitTimeoutSeconds): Promise<string> {
  const result = await git(repo, args, timeoutSeconds);
  if (result.ok) return result.stdout;
  throw new Error(result.failure ?? `git ${subcommandOf(args)} failed: ${lastLines(result, 3).join(' / ')}`);
}

/** Whether `repo` is inside a git work tree. */
export async function isWorkTree(repo: string): Promise<boolean> {
  const result = await git(repo, ['rev-parse', '--is-inside-work-tree']);
  return result.ok && result.stdout.trim() === 'true';
}

/** The full hash of commit `revision`, or `undefined` when there is none. */
export async function resolveCommit(repo: string, revision: string): Promise<string | undefined> {
  if (!isRevision(revision)) return undefined;
  const result = await git(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]);
  return result.ok ? result.stdout.trim() : undefined;
}

/** Number of commits reachable from `to` and not from `from` (`dots` '...' = symmetric difference). */
export async function countCommits(repo: string, from: string, to: string, dots: '..' | '...' = '..'): Promise<number | undefined> {
  if (!isRevision(from) || !isRevision(to)) return undefined;
  const result = await git(repo, ['rev-list', '--count', '--end-of-options', `${from}${dots}${to}`]);
  return result.ok ? Number(result.stdout.trim()) : undefined;
}

export interface DiffStat {
  files: number;
  insertions: number;
  deletions: number;
}

const shortStatRe = /(?:(?<files>\d+) files? changed)?(?:, (?<insertions>\d+) insertions?\(\+\))?(?:, (?<deletions>\d+) deletions?\(-\))?/;

/** Git's empty tree: the "parent" of a root commit. */
export const emptyTree = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/** `git diff --shortstat` of `revisions` (one range, or two revisions), read into numbers. */
export async function diffStat(repo: string, revisions: readonly string[]): Promise<DiffStat | undefined> {
  if (revisions.length === 0 || !revisions.every((r) => isRevision(r) || parseRange(r))) return undefined;
  const result = await git(repo, ['diff', '--shortstat', '--no-renames', '--end-of-options', ...revisions]);
  if (!result.ok) return undefined;
  const g = shortStatRe.exec(result.stdout.trim())?.groups ?? {};
  return { files: Number(g.files ?? 0), insertions: Number(g.insertions ?? 0), deletions: Number(g.deletions ?? 0) };
}

/** Whether a branch named `name` exists locally or on a remote; the refs found. */
export async function findBranch(repo: string, name: string): Promise<string[]> {
  if (!isRevision(name)) return [];
  const result = await git(repo, ['for-each-ref', '--format=%(refname)', `refs/heads/${name}`, `refs/remotes/*/${name}`, `refs/remotes/${name}`]);
  return result.ok ? result.stdout.split('\n').filter((line) => line !== '') : [];
}

/** The current branch, or `undefined` on a detached HEAD. */
export async function currentBranch(repo: string): Promise<string | undefined> {
  const result = await git(repo, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  return result.ok ? result.stdout.trim() : undefined;
}

/** The upstream of the current branch (`origin/main`), or `undefined`. */
export async function upstream(repo: string): Promise<string | undefined> {
  const result = await git(repo, ['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}']);
  return result.ok ? result.stdout.trim() : undefined;
}

/** Remote names (`origin`). */
export async function remotes(repo: string): Promise<string[]> {
  const result = await git(repo, ['remote']);
  return result.ok ? result.stdout.split('\n').filter((line) => line !== '') : [];
}

/** Paths with uncommitted changes or untracked files (`git status --porcelain`). */
export async function dirtyPaths(repo: string): Promise<string[] | undefined> {
  const result = await git(repo, ['status', '--porcelain', '--untracked-files=normal']);
  if (!result.ok) return undefined;
  return result.stdout.split('\n').filter((line) => line !== '').map((line) => line.slice(3));
}

/** Whether the repository is a shallow clone (history may be missing). */
export async function isShallow(repo: string): Promise<boolean> {
  const result = await git(repo, ['rev-parse', '--is-shallow-repository']);
  return result.ok && result.stdout.trim() === 'true';
}
