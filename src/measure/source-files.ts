/**
 * The files of a repository that count when a report counts "files" or
 * "lines of code", as tokei and cloc see them: what `.gitignore` ignores is
 * left out, and so are hidden files and folders and vendored folders (code a
 * project keeps but did not write).
 */
import { lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob } from 'tinyglobby';
import { git } from './git.js';

/** Folders of code a project did not write (Linguist's vendor list, its usual names). */
export const vendoredFolders: readonly string[] = [
  'node_modules', 'bower_components', 'jspm_packages', 'vendor', 'vendors', 'third_party', 'third-party', 'thirdparty',
  'external', '__pycache__', 'venv', 'site-packages', 'Pods', 'Carthage',
];

const vendored = new Set(vendoredFolders);

/** Whether a repo-relative path lies in a hidden or vendored folder, or is a hidden file. */
export function isSkippedPath(file: string): boolean {
  return file.split('/').some((segment) => segment.startsWith('.') || vendored.has(segment));
}

/** The counted files of `root`, repo-relative with `/`, sorted, and how they were listed. */
export interface SourceFiles {
  files: string[];
  /** `git ls-files` or `.gitignore` (read without git). */
  how: string;
}

function isRegularFile(absolute: string): boolean {
  try {
    return lstatSync(absolute).isFile();
  } catch {
    return false;
  }
}

/** Tracked and untracked files that `.gitignore` does not ignore, from git itself. */
async function fromGit(root: string): Promise<string[] | undefined> {
  const listed = await git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  if (!listed.ok) return undefined;
  return [...new Set(listed.stdout.split('\0').filter((f) => f !== ''))];
}

/**
 * What the `.gitignore` files of `root` and its folders ignore, read without git, as a test of
 * repository-relative paths (`/` separators). `files` is the repository's file list when the caller
 * has it already; otherwise the `.gitignore` files are looked for.
 */
export async function gitignoreRules(root: string, files?: readonly string[]): Promise<(relative: string) => boolean> {
  const ignoreFiles = files
    ? files.filter((f) => path.posix.basename(f) === '.gitignore')
    : await glob('**/.gitignore', { cwd: root, dot: true, ignore: ['**/.git/**', '**/node_modules/**'] });
  const rules = new Map<string, Ignore>();
  for (const file of ignoreFiles) {
    try {
      rules.set(path.posix.dirname(file), ignore().add(readFileSync(path.join(root, file), 'utf8')));
    } catch {
      // An unreadable .gitignore ignores nothing, as git would treat it.
    }
  }
  return (file) => {
    for (const [dir, rule] of rules) {
      const base = dir === '.' ? '' : dir + '/';
      if (base !== '' && !file.startsWith(base)) continue;
      if (rule.ignores(file.slice(base.length))) return true;
    }
    return false;
  };
}

/** Without git: every file, less what the `.gitignore` files of its folders ignore. */
async function fromIgnoreFiles(root: string): Promise<string[]> {
  const found = await glob('**', { cwd: root, dot: true, onlyFiles: true, followSymbolicLinks: false, ignore: ['**/.git/**', '**/node_modules/**'], expandDirectories: false });
  const ignored = await gitignoreRules(root, found);
  return found.filter((file) => !ignored(file));
}

/** List the counted files of the repository at `root`. */
export async function listSourceFiles(root: string): Promise<SourceFiles> {
  const viaGit = await fromGit(root);
  const listed = viaGit ?? (await fromIgnoreFiles(root));
  const files = listed.filter((f) => !isSkippedPath(f) && isRegularFile(path.join(root, f))).sort();
  return { files, how: viaGit ? 'git ls-files' : '.gitignore' };
}
