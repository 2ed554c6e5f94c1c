/**
 * Asking git about the repository: the one module that runs git, so it can
 * later move onto the shared process runner.
 *
 * Report text never becomes an option: every revision is checked against
 * `revisionRe` (or `rangeRe`) before use, passed as one argv element after
 * the options, and git runs without a shell and with a timeout.
 */

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
  /** Set when git could not run at all or was killed at its timeout. */
  failure?: string;
}

/**
 * Run `git -C repo ...args` with no shell. `args` must be built from
 * constants and values checked with `isRevision`/`parseRange`.
 */
export async function git(repo: string, args: readonly string[]): Promise<GitResult> {
  try {
    const { execa } = await import('execa');
    const result = await execa('git', ['-C', repo, ...args], {
      reject: false,
      timeout: gitTimeoutSeconds * 1000,
      stdin: 'ignore',
      env: { GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
      stripFinalNewline: true,
    });
    if (result.timedOut) return { ok: false, stdout: '', stderr: '', failure: `git ${args[0] ?? ''} timed out after ${gitTimeoutSeconds}s` };
    if (result.failed && result.exitCode === undefined) {
      return { ok: false, stdout: '', stderr: String(result.stderr ?? ''), failure: `git could not run: ${result.shortMessage ?? 'unknown error'}` };
    }
    return { ok: result.exitCode === 0, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? '') };
  } catch (error) {
    return { ok: false, stdout: '', stderr: '', failure: `git could not run: ${error instanceof Error ? error.message : String(error)}` };
  }
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
  const result = await git(repo, ['diff', '--shortstat', '--no-renames', '--no-ext-diff', '--end-of-options', ...revisions]);
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
