/**
 * Resolving a path written in a report to a file of the repository, and
 * never to anything outside it.
 *
 * Order: relative to the report's folder, then to the repo root, then by the
 * longest suffix that names exactly one repo file (which also maps absolute
 * paths from the author's machine). `..` escapes, absolute paths that match
 * nothing, and symlinks whose target leaves the repo are refused.
 */
import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';

export type Resolution =
  | { ok: true; path: string; absolute: string; how: 'report folder' | 'repo root' | 'suffix' | 'folder' }
  | { ok: false; reason: 'outside' | 'not found' | 'ambiguous' | 'invalid'; message: string; candidates?: string[] };

/** Folders never searched for suffix matches. */
export const ignoredFolders = ['**/node_modules/**', '**/.git/**', '**/.venv/**', '**/__pycache__/**', '**/dist/**'];

/** The repository's files, relative to its root with `/` separators, listed once per run. */
export class RepoFiles {
  private files: Promise<string[]> | undefined;
  readonly realRoot: string;

  constructor(readonly root: string) {
    this.realRoot = realpathSync(root);
  }

  /** All files below the root, sorted; symlinks are listed but not followed. */
  list(): Promise<string[]> {
    this.files ??= glob('**', {
      cwd: this.root,
      dot: true,
      onlyFiles: true,
      followSymbolicLinks: false,
      ignore: ignoredFolders,
      expandDirectories: false,
    }).then((found) => found.sort());
    return this.files;
  }

  /** Whether `absolute` (after following links) lies inside the repo. */
  contains(absolute: string): boolean {
    let real: string;
    try {
      real = realpathSync(absolute);
    } catch {
      return false;
    }
    const rel = path.relative(this.realRoot, real);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  }

  /**
   * Resolve `written` as found in the report at `reportDir` (a folder
   * relative to the root, '' for the root itself).
   */
  async resolve(written: string, reportDir = ''): Promise<Resolution> {
    // eslint-disable-next-line no-control-regex
    if (written === '' || /[\u0000-\u001f]/.test(written) || written.length > 1024) {
      return { ok: false, reason: 'invalid', message: `path \`${printable(written)}\` is not a usable file name` };
    }
    const normal = written.replace(/\\/g, '/').replace(/\/+$/, '');
    const isAbsolute = normal.startsWith('/') || normal.startsWith('~') || /^[A-Za-z]:\//.test(normal);

    if (!isAbsolute) {
      for (const [base, how] of [[reportDir, 'report folder'], ['', 'repo root']] as const) {
        const rel = path.posix.normalize(path.posix.join(base, normal));
        if (rel === '..' || rel.startsWith('../')) {
          if (how === 'repo root') return { ok: false, reason: 'outside', message: `\`${written}\` points outside the repository` };
          continue;
        }
        const absolute = path.join(this.root, rel);
        if (exists(absolute)) return this.checked(rel, absolute, how, written);
      }
      if (normal.split('/').includes('..')) {
        return { ok: false, reason: 'outside', message: `\`${written}\` points outside the repository` };
      }
    }

    const segments = normal.split('/').filter((s) => s !== '' && s !== '.' && s !== '~' && !/^[A-Za-z]:$/.test(s));
    if (segments.length === 0) return { ok: false, reason: 'invalid', message: `path \`${written}\` names no file` };
    const files = await this.list();
    // A repo file whose whole path ends the written one is where the author's checkout had it
    // (`/home/dev/proj/package.json` is the root `package.json`, not `web/package.json`); the deepest such file wins.
    const whole = '/' + segments.join('/');
    const ending = files.filter((f) => whole.endsWith('/' + f));
    const deepest = ending.reduce<string | undefined>((best, f) => (best === undefined || f.length > best.length ? f : best), undefined);
    if (deepest !== undefined) return this.checked(deepest, path.join(this.root, deepest), 'suffix', written);
    for (let k = segments.length; k >= 1; k--) {
      const suffix = segments.slice(segments.length - k).join('/');
      const matches = files.filter((f) => f === suffix || f.endsWith('/' + suffix));
      if (matches.length === 1 && matches[0] !== undefined) {
        return this.checked(matches[0], path.join(this.root, matches[0]), 'suffix', written);
      }
      if (matches.length > 1) {
        const shown = matches.slice(0, 5).map((m) => `\`${m}\``).join(', ');
        const more = matches.length > 5 ? ` and ${matches.length - 5} more` : '';
        return { ok: false, reason: 'ambiguous', message: `\`${written}\` matches ${matches.length} files: ${shown}${more}`, candidates: matches };
      }
    }
    // An absolute path that names no repo file is about another machine (a server's /etc), not a missing file.
    if (isAbsolute) return { ok: false, reason: 'outside', message: `\`${written}\` is an absolute path outside the repository and names no file in it` };
    return { ok: false, reason: 'not found', message: `no file \`${written}\` in the repository` };
  }

  /**
   * Resolve `written` as a folder, in the same order as `resolve`: report
   * folder, repo root, then the longest suffix naming exactly one folder
   * that holds files. '' and `.` name the repo root.
   */
  async resolveFolder(written: string, reportDir = ''): Promise<Resolution> {
    const trimmed = written.replace(/\\/g, '/').replace(/\/+$/, '');
    if (trimmed === '' || trimmed === '.') return { ok: true, path: '', absolute: this.root, how: 'repo root' };
    const direct = await this.resolve(trimmed, reportDir);
    if (direct.ok) {
      return isDirectory(direct.absolute) ? direct : { ok: false, reason: 'invalid', message: `\`${written}\` is a file, not a folder` };
    }
    // An absolute path naming no file may still name a folder of the repository by its suffix (`/app/backend`).
    const absoluteFolder = direct.reason === 'outside' && /^(?:\/|~|[A-Za-z]:\/)/.test(trimmed) && !trimmed.split('/').includes('..');
    if (direct.reason !== 'not found' && !absoluteFolder) return direct;
    const segments = trimmed.split('/').filter((s) => s !== '' && s !== '.' && s !== '~' && !/^[A-Za-z]:$/.test(s));
    const folders = new Set<string>();
    for (const file of await this.list()) {
      const parts = file.split('/');
      for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'));
    }
    for (let k = segments.length; k >= 1; k--) {
      const suffix = segments.slice(segments.length - k).join('/');
      const matches = [...folders].filter((f) => f === suffix || f.endsWith('/' + suffix)).sort();
      if (matches.length === 1 && matches[0] !== undefined) return this.checked(matches[0], path.join(this.root, matches[0]), 'suffix', written);
      if (matches.length > 1) {
        return { ok: false, reason: 'ambiguous', message: `\`${written}\` matches ${matches.length} folders: ${matches.slice(0, 5).map((m) => `\`${m}\``).join(', ')}`, candidates: matches };
      }
    }
    // An absolute folder that names nothing here is about another machine, as for files.
    if (absoluteFolder) return direct;
    return { ok: false, reason: 'not found', message: `no folder \`${written}\` in the repository` };
  }

  private checked(rel: string, absolute: string, how: 'report folder' | 'repo root' | 'suffix', written: string): Resolution {
    if (!this.contains(absolute)) {
      return { ok: false, reason: 'outside', message: `\`${written}\` is a link that points outside the repository` };
    }
    return { ok: true, path: rel.split(path.sep).join('/'), absolute, how };
  }
}

/** Files larger than this are not read as text. */
export const maxTextBytes = 16 * 1024 * 1024;

/**
 * Read a resolved repo file as UTF-8 text, refusing files that are not
 * regular, larger than `maxBytes` (default `maxTextBytes`) or binary.
 */
export function readRepoText(absolute: string, shown: string, maxBytes = maxTextBytes): { ok: true; text: string } | { ok: false; reason: string } {
  const stat = statSync(absolute);
  if (!stat.isFile()) return { ok: false, reason: `\`${shown}\` is not a regular file` };
  if (stat.size > maxBytes) return { ok: false, reason: `\`${shown}\` is larger than ${Math.round(maxBytes / 1024 / 1024)} MB` };
  const bytes = readFileSync(absolute);
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: `\`${shown}\` is a binary file` };
  return { ok: true, text: bytes.toString('utf8') };
}

function isDirectory(absolute: string): boolean {
  try {
    return statSync(absolute).isDirectory();
  } catch {
    return false;
  }
}

function exists(absolute: string): boolean {
  try {
    lstatSync(absolute);
    return true;
  } catch {
    return false;
  }
}

function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.slice(0, 80).replace(/[\u0000-\u001f]/g, '?');
}
