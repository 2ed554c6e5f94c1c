/**
 * Matching a path written in a report (`store/engine.py`, `src/api/`,
 * `handlers/*.py`) to the files of a coverage report, whose paths are
 * relative to some source root or absolute on the machine that produced
 * them. Order: exact path; then the unique suffix, either way round (the
 * coverage path ends with the written one, or the written one ends with the
 * coverage path); a written path that names no file is read as a folder.
 * Several candidates under different roots make the match ambiguous.
 */
import type { CoverageReport, FileCoverage } from './formats/types.js';

export type CoverageSelection =
  | { ok: true; files: FileCoverage[]; as: 'file' | 'folder' | 'glob' }
  | { ok: false; reason: 'none' | 'ambiguous'; candidates: string[] };

/** Characters that make a written path a glob. */
const globCharsRe = /[*?[{]/;
/** Regex metacharacters other than the glob ones, escaped when a glob is compiled. */
const regexCharsRe = /[.+^$()|\\\]]/g;

/** `/` separators, no `./` or `../` in front, no trailing `/`, no Windows drive. */
export function normalizeCoveragePath(written: string): string {
  return written
    .replace(/\\/g, '/')
    .replace(/^[A-Za-z]:(?=\/)/, '')
    .replace(/^(?:\.{1,2}\/)+/, '')
    .replace(/\/{2,}/g, '/')
    .replace(/\/+$/, '');
}

/**
 * The names one file of `report` goes by: its own path and, when the report
 * has a single source root and the path is relative, the path under that root.
 */
export function namesOf(file: FileCoverage, report: CoverageReport): string[] {
  const own = normalizeCoveragePath(file.path);
  const root = report.roots?.length === 1 ? report.roots[0] : undefined;
  if (!root || file.path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file.path)) return [own];
  return [own, normalizeCoveragePath(`${root}/${file.path}`)];
}

/** A glob segment list as a regex source: `**` any folders, `*` and `?` within one segment, `{a,b}` either. */
function globSource(segments: readonly string[]): string {
  return segments
    .map((segment, i) => {
      if (segment === '**') return i === segments.length - 1 ? '.*' : '(?:.*/)?';
      const body = segment
        .replace(regexCharsRe, '\\$&')
        .replace(/\{([^}]*)\}/g, (_, alternatives: string) => `(?:${alternatives.split(',').join('|')})`)
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]');
      return i === segments.length - 1 ? body : `${body}/`;
    })
    .join('');
}

const isLiteral = (segment: string) => segment !== '' && !globCharsRe.test(segment);

/**
 * Files whose names match `pattern`: first with the whole pattern after any
 * folder prefix, then with ever shorter tails of it as the whole name (the
 * coverage path is relative to a folder the report names). Files matched
 * under different prefixes make the result ambiguous.
 */
function matchPattern(report: CoverageReport, pattern: string, as: 'file' | 'folder' | 'glob'): CoverageSelection | undefined {
  const segments = pattern.split('/');
  for (let k = 0; k < segments.length; k++) {
    const tail = segments.slice(k);
    if (!tail.some(isLiteral)) break;
    const re = new RegExp(`^${k === 0 ? '(?<prefix>.*?/)?' : ''}${globSource(tail)}$`);
    const byPrefix = new Map<string, Array<{ file: FileCoverage; name: string }>>();
    for (const file of report.files) {
      for (const name of namesOf(file, report)) {
        const m = re.exec(name);
        if (!m) continue;
        const prefix = m.groups?.prefix ?? '';
        byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), { file, name }]);
        break;
      }
    }
    if (byPrefix.size === 1) return { ok: true, files: [...byPrefix.values()][0]!.map((m) => m.file), as };
    if (byPrefix.size > 1) return { ok: false, reason: 'ambiguous', candidates: [...byPrefix.values()].flat().map((m) => m.name) };
  }
  return undefined;
}

/**
 * The files of `report` that `written` names: a file, a folder (written with
 * a trailing `/`, or a path that names no file) or a glob.
 */
export function selectCoverageFiles(report: CoverageReport, written: string): CoverageSelection {
  const wanted = normalizeCoveragePath(written);
  const folderOnly = /[\\/]$/.test(written.trim());
  if (wanted === '') return { ok: false, reason: 'none', candidates: [] };
  if (globCharsRe.test(wanted)) return matchPattern(report, wanted, 'glob') ?? { ok: false, reason: 'none', candidates: [] };
  if (!folderOnly) {
    const exact = report.files.filter((file) => namesOf(file, report).includes(wanted));
    if (exact.length > 0) return { ok: true, files: exact, as: 'file' };
    const asFile = matchPattern(report, wanted, 'file');
    if (asFile) return asFile;
  }
  return matchPattern(report, `${wanted}/**`, 'folder') ?? { ok: false, reason: 'none', candidates: [] };
}

/**
 * The files of a Go package a folder stands for: Go measures coverage per
 * package, the files of one folder without its sub-folders, so
 * "| pkg/channel | 89.1% |" beside "| pkg/channel/discord | 90.2% |" is
 * `pkg/channel/channel.go` alone (w79:78; "internal/api" is routes.go beside
 * `internal/api/handlers/`, w28:17). `files` are a folder's selection; when
 * none lies directly in the shallowest folder they reach (a folder of
 * packages, "internal/"), they stay all of them.
 */
export function goPackageFiles(files: readonly FileCoverage[]): FileCoverage[] {
  const folderOf = (file: FileCoverage) => {
    const normal = normalizeCoveragePath(file.path);
    return normal.includes('/') ? normal.slice(0, normal.lastIndexOf('/')) : '';
  };
  const depth = (folder: string) => (folder === '' ? 0 : folder.split('/').length);
  const shallowest = Math.min(...files.map((f) => depth(folderOf(f))));
  const top = [...new Set(files.map(folderOf).filter((f) => depth(f) === shallowest))];
  if (top.length !== 1) return [...files];
  const own = files.filter((f) => folderOf(f) === top[0]);
  return own.length > 0 ? own : [...files];
}

/**
 * A key that names the same source file across coverage reports of different
 * tools: the repository file it resolves to (exact path, else the longest
 * suffix naming exactly one repository file), else its own path.
 */
export function repoKeyOf(names: readonly string[], repoFiles: ReadonlySet<string>, byBase: ReadonlyMap<string, readonly string[]>): string {
  for (const name of names) if (repoFiles.has(name)) return name;
  for (const name of names) {
    const segments = name.split('/').filter((s) => s !== '');
    const candidates = byBase.get(segments.at(-1) ?? '') ?? [];
    for (let k = segments.length; k >= 1; k--) {
      const suffix = segments.slice(segments.length - k).join('/');
      const matches = candidates.filter((f) => f === suffix || f.endsWith(`/${suffix}`));
      if (matches.length === 1) return matches[0]!;
      if (matches.length > 1) break;
    }
  }
  return names[0] ?? '';
}

const baseOf = (key: string) => key.slice(key.lastIndexOf('/') + 1);

/** A name that may be a class's: one identifier opening with a capital ("DictionaryService", "PhoneToLetterMapper"). */
const classNameRe = /^[A-Z][A-Za-z0-9_]*$/;

/**
 * The files of `report` named for the class `name`: base name without its
 * extension equal to it, case and all (`Services\\DictionaryService.cs` for
 * "DictionaryService"). Empty when `name` is no class name or no file has it.
 */
export function filesNamed(report: CoverageReport, name: string): FileCoverage[] {
  if (!classNameRe.test(name)) return [];
  return report.files.filter((file) => {
    const base = baseOf(normalizeCoveragePath(file.path));
    const dot = base.lastIndexOf('.');
    return dot > 0 && base.slice(0, dot) === name;
  });
}

/**
 * Whether two sets of file keys name a common file: the same key, or one
 * ending with the other (the same file written from different roots).
 */
export function keysOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const byBase = new Map<string, string[]>();
  for (const key of b) byBase.set(baseOf(key), [...(byBase.get(baseOf(key)) ?? []), key]);
  for (const key of a) {
    for (const other of byBase.get(baseOf(key)) ?? []) {
      if (key === other || key.endsWith(`/${other}`) || other.endsWith(`/${key}`)) return true;
    }
  }
  return false;
}

/** Repository files indexed by base name, for `repoKeyOf`. */
export function indexByBase(files: readonly string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const file of files) {
    const base = file.slice(file.lastIndexOf('/') + 1);
    index.set(base, [...(index.get(base) ?? []), file]);
  }
  return index;
}
