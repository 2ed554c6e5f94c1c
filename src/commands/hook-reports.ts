/**
 * Which markdown reports `claimcheck hook` checks: those a session's tool
 * calls wrote, the files a git hook is given or finds staged, or else the
 * changed ones; always inside the repository, existing, and within the
 * configuration's `reports` and `ignore` globs.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Config } from '../config.js';
import { git } from '../measure/git.js';
import { isMarkdown } from '../read/hook-event.js';

/** Repo-relative paths of `git -z` output. */
const splitZ = (stdout: string) => stdout.split('\0').filter((entry) => entry !== '');

/** Staged files that are added, copied, modified or renamed (`git diff --cached`), repo-relative; `undefined` outside git. */
export async function stagedFiles(repo: string): Promise<string[] | undefined> {
  const result = await git(repo, ['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR']);
  return result.ok ? splitZ(result.stdout) : undefined;
}

/** Files changed in the work tree: staged, modified or untracked (not ignored), repo-relative; `undefined` outside git. */
export async function changedFiles(repo: string): Promise<string[] | undefined> {
  const [staged, worktree] = await Promise.all([stagedFiles(repo), git(repo, ['ls-files', '-z', '--modified', '--others', '--exclude-standard', '--full-name'])]);
  if (staged === undefined || !worktree.ok) return undefined;
  return [...new Set([...staged, ...splitZ(worktree.stdout)])].sort();
}

/** `file`'s real path when it is a file inside `repo` (links followed), else `undefined`. */
function inside(repo: string, file: string): string | undefined {
  const absolute = path.resolve(repo, file);
  if (!existsSync(absolute)) return undefined;
  let real: string;
  let root: string;
  try {
    real = realpathSync(absolute);
    root = realpathSync(repo);
  } catch {
    return undefined;
  }
  const relative = path.relative(root, real);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative) || !statSync(real).isFile()) return undefined;
  return real;
}

/**
 * The markdown reports among `files` (absolute or relative to `repo`):
 * inside the repository, existing, matching the config's `reports` globs
 * when it has any and none of its `ignore` globs. Absolute, de-duplicated,
 * in the order given.
 */
export function reportsAmong(repo: string, files: readonly string[], config: Config): string[] {
  const wanted = config.reports && config.reports.length > 0 ? picomatch(config.reports, { dot: true }) : () => true;
  const ignored = config.ignore && config.ignore.length > 0 ? picomatch(config.ignore, { dot: true }) : () => false;
  const root = realpathSync(repo);
  const found: string[] = [];
  for (const file of files) {
    if (!isMarkdown(file)) continue;
    const real = inside(repo, file);
    if (!real) continue;
    const relative = path.relative(root, real).split(path.sep).join('/');
    if (!wanted(relative) || ignored(relative) || found.includes(real)) continue;
    found.push(real);
  }
  return found;
}
