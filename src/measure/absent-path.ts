/**
 * Why a path a report writes, which names no file of the repository, is
 * still no missing file: before a verifier contradicts "no file `x`", it asks
 * here whether `x` names something the repository has in another form, or
 * something a repository never holds.
 *
 * - A folder: `database/` under "### database/ (…约80%…)" is
 *   `crates/easyssh-core/src/database/`, spelt in full lines above (w65:94).
 * - A package written with dots: `domain.usecase` in a Package | Tests |
 *   Coverage table is the Kotlin package of `…/domain/usecase/` (w61:139); Java,
 *   Kotlin, C# and Python name their packages so.
 * - A module or class written with dots: `Moolah.Secrets` in a Module | Before |
 *   After table is the Elixir module of `lib/moolah/secrets.ex`, `MoolahWeb.Telemetry`
 *   that of `lib/moolah_web/telemetry.ex` (w70:34); `app.services.user` is
 *   `app/services/user.py`. Its dots are the file's last folders and its stem,
 *   compared as names are written (src/measure/compact-name.ts).
 * - Two names joined by a slash: "Favorites/Wishlist" in a Feature | Tests |
 *   Coverage table (w95:316), with no extension and no folder of that name.
 * - A file the repository's `.gitignore` ignores: an output a run makes and
 *   nobody commits, as `cover/coverage.out` listed under "output files"
 *   (w64:306) or `cover/excoveralls.html` under "Generated Reports" (w70:148),
 *   whose absence from the commit says nothing. Not so a file the report lists
 *   beside itself, in the folder below the root it was committed to: a
 *   generated report kept as the record of its run in `reports/coverage/`,
 *   which names `reports/coverage/unit_tests.log` and `./tarpaulin-report.html`
 *   there (development set f05:19–39), says that folder holds them, and it
 *   does not, ignored or not.
 */
import path from 'node:path';
import { compactName } from './compact-name.js';
import type { RepoFiles } from './repo-path.js';
import { gitignoreRules } from './source-files.js';
import type { RunContext } from './verify-types.js';

/** Whether a repository-relative path is ignored by the repository's `.gitignore` files. */
export type IgnoredTest = (relative: string) => boolean;

/**
 * Two capitalised words (or acronyms) joined by a slash, with no extension:
 * "Favorites/Wishlist", "Import/Export", "CI/CD". A table row or label so
 * written names a feature by two names, not a path, unless a folder of that
 * name exists (w95:316).
 */
const nameByTwoRe = /^[A-Z][A-Za-z]*\/[A-Z][A-Za-z]*$/;

/** A name of dot-joined identifiers and nothing else: `domain.usecase`, `com.example.app`, `MyApp.Core`. */
const dottedNameRe = /^[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)+$/;

/** The folders a dotted package name stands for (`domain.usecase` → `domain/usecase`), or undefined for any other name. */
export function packageFolder(written: string): string | undefined {
  return dottedNameRe.test(written) ? written.split('.').join('/') : undefined;
}

/** The files of the repository a dotted module or class name stands for: its dots are the file's last folders and its stem. */
async function moduleFiles(dotted: string, files: RepoFiles): Promise<string[]> {
  if (!dottedNameRe.test(dotted)) return [];
  const want = dotted.split('.').map((segment) => compactName(segment));
  return (await files.list()).filter((file) => {
    const parts = file.replace(/\.[^./]+$/, '').split('/');
    if (parts.length < want.length) return false;
    const tail = parts.slice(-want.length);
    return tail.every((part, i) => compactName(part) === want[i]);
  });
}

/** The folders holding files of each listed repository, found once per listing. */
const foldersOf = new WeakMap<RepoFiles, Promise<string[]>>();

/** Every folder of the repository that holds a file, at any depth. */
function repoFolders(files: RepoFiles): Promise<string[]> {
  let folders = foldersOf.get(files);
  if (!folders) {
    folders = files.list().then((listed) => {
      const found = new Set<string>();
      for (const file of listed) {
        const parts = file.split('/');
        for (let i = 1; i < parts.length; i++) found.add(parts.slice(0, i).join('/'));
      }
      return [...found].sort();
    });
    foldersOf.set(files, folders);
  }
  return folders;
}

/** The folders of the repository whose path ends with all of `whole` (`a/b` matches `x/a/b`, never `x/b`). */
async function foldersEndingWith(whole: string, files: RepoFiles): Promise<string[]> {
  return (await repoFolders(files)).filter((folder) => folder === whole || folder.endsWith('/' + whole));
}

/** How a name that is folders reads in a message: the one folder, or how many. */
function shownFolders(folders: readonly string[]): string {
  return folders.length === 1 ? `the folder \`${folders[0]}/\`` : `${folders.length} folders (\`${folders[0]}/\`, …)`;
}

/** Whether one reading of a path puts it in the report's own folder, when that folder is not the root. */
function besideReport(candidates: readonly string[], reportDir: string): boolean {
  return reportDir !== '' && candidates.some((candidate) => path.posix.dirname(candidate) === reportDir);
}

/**
 * The reason `written`, which resolves to no file, is not a missing file; undefined when it is one.
 * `reportDir` is the report's folder relative to the root; `ignored` tests the `.gitignore` rules.
 */
export async function notMissingBecause(written: string, files: RepoFiles, reportDir: string, ignored: IgnoredTest): Promise<string | undefined> {
  const relative = written.replace(/\\/g, '/').replace(/^\.\//, '');
  if (relative.startsWith('/') || /^[A-Za-z]:\//.test(relative) || relative.split('/').includes('..')) return undefined;
  const trimmed = relative.replace(/\/+$/, '');
  if (trimmed === '') return undefined;
  const asFolder = await foldersEndingWith(trimmed, files);
  if (asFolder.length > 0) return `\`${written}\` is ${shownFolders(asFolder)}, not a file`;
  const dotted = packageFolder(trimmed);
  const asPackage = dotted === undefined ? [] : await foldersEndingWith(dotted, files);
  if (asPackage.length > 0) return `\`${written}\` is a package, ${shownFolders(asPackage)}, not a file`;
  const asModule = await moduleFiles(trimmed, files);
  if (asModule.length > 0) return `\`${written}\` is a module, ${asModule.length === 1 ? `the file \`${asModule[0]}\`` : `${asModule.length} files (\`${asModule[0]}\`, …)`}, not a file name`;
  if (nameByTwoRe.test(trimmed)) return `\`${written}\` reads as two names joined by a slash, not a path`;
  const candidates = [trimmed, reportDir === '' ? undefined : path.posix.join(reportDir, trimmed)].filter((c): c is string => c !== undefined);
  if (besideReport(candidates, reportDir)) return undefined;
  return candidates.some((c) => ignored(c)) ? `\`${written}\` is ignored by the repository's .gitignore: a generated file is not committed` : undefined;
}

/** `notMissingBecause` with the repository of a verifier's run, its `.gitignore` rules read once per run. */
export async function absentOnPurpose(written: string, run: RunContext, reportDir: string): Promise<string | undefined> {
  const ignored = await run.once('files:gitignore', async () => gitignoreRules(run.repo, await run.files.list()));
  return notMissingBecause(written, run.files, reportDir, ignored);
}
