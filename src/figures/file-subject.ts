/**
 * What a size figure (a line count, a count of files) is about, read from its
 * context: a file or folder named with it, a folder named by the heading above
 * a list of its parts, the whole project ("Total", "GRAND TOTAL"), or a part
 * named by a row, a title or a label. Shared by the figure classifiers of
 * `file.lines` and `dir.files`.
 */
import type { Figure, Subject } from '../model.js';
import { extensionsOf } from '../measure/file-sets.js';
import { findWord } from './words.js';

/** Words that make a figure the whole: "Total", "GRAND TOTAL", "all", "overall". */
export const wholeWords: readonly string[] = ['total', 'totals', 'grand total', 'overall', 'all', 'entire', 'whole', 'in total', 'codebase', 'project', 'repository'];

/** Words that make a size the size of something other than the current file: a change, a diff, a before-value. */
export const sizeChangeWords: readonly string[] = [
  'added', 'adds', 'adding', 'removed', 'removes', 'removing', 'deleted', 'deleting', 'changed', 'changes', 'changing', 'modified',
  'updated', 'refactored', 'rewritten', 'rewrote', 'migrated', 'moved', 'renamed', 'fixed', 'cut', 'trimmed', 'saved', 'reduced',
  'eliminated', 'replaced', 'generated', 'created', 'archived', 'cleaned', 'consolidated', 'merged', 'split', 'extracted',
  'insertions', 'deletions', 'diff', 'delta', 'net', 'churn', 'touched', 'inserted',
];

/** Words that make a line count the size of code inside a file, not of a file: functions, methods, classes. */
export const codeUnitWords: readonly string[] = ['function', 'functions', 'method', 'methods', 'class', 'classes', 'per file', 'per function', 'average', 'avg', 'mean', 'median', 'longest', 'largest', 'density'];

/**
 * What goes on after a route's folder, not a path's: a parameter written `<id>`, `{id}` or `:id`
 * ("/api/storage/plugins/<id>", "PUT /api/circuits/:id/adapter"). A path cut short there is the
 * start of an HTTP route, not a folder of the repository.
 */
const routeParameterSource = String.raw`[<{]|:[A-Za-z_]`;
/** A path as reports write it: with an extension, or a folder with a trailing slash, in backticks or bare. */
const pathInTextRe = new RegExp(String.raw`\x60(?<ticked>[^\x60\s]+)\x60|(?<![\w/.@-])(?<bare>(?:\.{1,2}\/|\/)?(?:[\w@.+-]+\/)+(?:[\w@+-][\w@.+-]*\.[A-Za-z]\w{0,9})?|[\w@+-][\w@.+-]*\.[A-Za-z][A-Za-z0-9]{0,9})(?![\w/@-]|${routeParameterSource})`, 'g');
/** A file name ends with an extension. */
const fileExtensionRe = /\.[A-Za-z][\w]{0,9}$/;
/** A folder: ends with a slash, or a glob of everything under it. */
const folderRe = /\/(?:\*\*)?$/;
/** Numbers, parentheses and marks that open or close a title: "1. Python Code (49,714 lines)". */
const titleNumberRe = /^\s*(?:\d+(?:\.\d+)*[.)]\s+)/;

/** Whether `text` reads as a path of the repository (not a URL, version, number or ratio). */
function isRepoPath(text: string): boolean {
  if (/^(?:https?:|www\.|mailto:)/i.test(text) || /^v?\d+(?:\.\d+)+$/.test(text) || /^\d/.test(text) && !text.includes('/')) return false;
  if (/[:=<>|]/.test(text) || text.includes('..')) return false;
  return fileExtensionRe.test(text) || folderRe.test(text) || /^[\w@.+-]+(?:\/[\w@.+-]+)+$/.test(text);
}

/** The paths `text` names (files with an extension, folders with a trailing slash), in order, without repeats. */
export function pathsIn(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(pathInTextRe)) {
    const written = (m.groups?.ticked ?? m.groups?.bare ?? '').replace(/[,.;:]+$/, '');
    // A word with a dot in prose is no path unless it has an extension of letters ("e.g" is not).
    if (!written || !isRepoPath(written) || /^(?:e\.g|i\.e|etc|vs)\.?$/i.test(written)) continue;
    if (!found.includes(written)) found.push(written);
  }
  return found;
}

/** Whether `path` names a folder. */
export const isFolder = (path: string): boolean => folderRe.test(path) || !fileExtensionRe.test(path);

/** The subject of a named path: a file as written, a folder as the set of everything under it (`src/**`). */
export function pathSubject(path: string): Subject {
  const clean = path.replace(/^\.\//, '');
  if (!isFolder(clean) || clean.endsWith('/**') || /[*?{]/.test(clean)) return { path: clean };
  return { path: `${clean.replace(/\/+$/, '')}/**` };
}

/**
 * A folder named relative to the folder a heading above names: "API
 * Endpoints (`api/v1/`)" under "Source Code (`src/app/`)" is `src/app/api/v1/`.
 */
export function underHeadingFolder(path: string, headings: readonly string[]): string {
  if (!isFolder(path) || path.startsWith('/') || path.startsWith('.')) return path;
  for (const heading of [...headings].reverse()) {
    const folders = pathsIn(heading).filter(isFolder);
    if (folders.length !== 1) continue;
    const parent = (folders[0] as string).replace(/\/?\*?\*?$/, '/');
    return path.startsWith(parent) || parent.endsWith(`/${path}`) || parent === path ? path : parent + path;
  }
  return path;
}

/** A title or label as a part's name: "1. Configuration & Infrastructure (5,151 lines)" → "Configuration and Infrastructure". */
export function partName(title: string): string {
  return title
    .replace(titleNumberRe, '')
    .replace(/\([^()]*\)?/g, ' ')
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N}\s&/'-]/gu, ' ')
    .replace(/\s*&\s*/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The part a title or row names, as a category; undefined when it is only the counted noun. */
export function titlePart(title: string): Subject | undefined {
  const name = partName(title);
  if (name === '' || /^(?:lines?|loc|size|count|value|metric|component)$/i.test(name)) return undefined;
  // "Python Code" is the part in Python: the language names it.
  const language = /^(?<lang>\S+) code$/i.exec(name)?.groups?.lang;
  return { category: language !== undefined && languageGlob(language) !== undefined ? language : name };
}

/** Whether a title or label names the whole: only whole words ("Total", "GRAND TOTAL", "Total Lines", "all files"), with at most the counted noun. */
export function namesWhole(text: string, nouns: readonly string[]): boolean {
  const words = partName(text).toLowerCase().split(' ').filter((w) => w !== '' && !nouns.includes(w));
  return words.length > 0 && words.every((w) => wholeWords.includes(w) || w === 'grand' || w === 'of' || w === 'code' || w === 'scanned' || w === 'analyzed' || w === 'counted');
}

/**
 * Whether a set of files is read over the whole repository rather than a folder: the whole (`scope: all`), or every file
 * of a language (`**\/*.py`) as a language word names it. Not a folder's set, nor a component's (`**\/backend/**\/*.ts`).
 */
export function isRepositoryWide(subject: Subject): boolean {
  return 'scope' in subject || ('path' in subject && /^\*\*\/[^/]+$/.test(subject.path));
}

/** The primary extension's glob of a language word in `text` ("Python files" → `**\/*.py`), or undefined. */
export function languageGlob(text: string): string | undefined {
  const words = text.split(/[^\p{L}\p{N}+#]+/u);
  // "C++ Header Files": a language's headers are not its primary extension's files (`*.cpp`), and which extensions they are is not written.
  if (words.some((w) => /^headers?$/i.test(w))) return undefined;
  for (const word of words) {
    // "Go", "C" and other short words are languages only when capitalised as names.
    if (word.length < 2 || !/^[A-Z]/.test(word) && word.length < 4) continue;
    const extensions = extensionsOf(word);
    if (extensions && extensions.length > 0) return `**/*.${extensions[0] as string}`;
  }
  return undefined;
}

/** The figure's own label, without a lead-in: "Major Components: API Endpoints (`api/v1/`)" → "API Endpoints (`api/v1/`)". */
export function ownLabelText(figure: Figure): string {
  const label = figure.context.label ?? '';
  const cut = label.lastIndexOf(': ');
  return cut < 0 ? label : label.slice(cut + 2);
}

/** The words of a figure's context a change or a before-state is read from: own label, lead-in, noun, header, parent. */
export function sizeContextWords(figure: Figure): string {
  const c = figure.context;
  return [c.label, c.noun, c.table?.header, c.table?.row].filter((x) => x !== undefined && x !== '').join(' | ');
}

/** Whether the figure's context says it is a change ("+120 lines", "Lines Added", "files changed"). */
export function isChange(figure: Figure): boolean {
  return /^[+±−]/.test(figure.text.trim()) || findWord(sizeContextWords(figure), sizeChangeWords) !== undefined;
}
