import type { Figure, Subject } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import { folderRowSubject } from '../src/figures/folder-row-files.js';
import { localizedFileColumnKind } from '../src/figures/localized-file-column.js';
import { isRoleLabel } from '../src/figures/role-label.js';
import { findWord, hasWord, type Words } from '../src/figures/words.js';
import {
  isChange, isFolder, languageGlob, ownLabelText, partName, pathSubject, pathsIn, sizeChangeWords, underHeadingFolder, wholeWords,
} from '../src/figures/file-subject.js';

/** Kinds of file a noun before "files" names as a part ("8 documentation files"); other words there are qualities ("historical files"). */
const fileKindWords: readonly string[] = [
  'documentation', 'doc', 'docs', 'test', 'tests', 'test-related', 'source', 'config', 'configuration', 'script', 'data', 'template',
  'templates', 'migration', 'fixture', 'fixtures', 'example', 'schema', 'workflow', 'build', 'asset', 'static', 'report', 'log',
];
/** Header words of a column of file counts. */
const fileNounsOfHeader: readonly string[] = ['files', 'file count'];
/** Words after "files" in a label that say how they were counted, not which: "Total Files Scanned", "Source files analyzed". */
const countingWords: readonly string[] = ['scanned', 'analyzed', 'analysed', 'found', 'counted', 'reviewed', 'checked', 'total', 'in', 'the', 'repository', 'repo', 'data'];

/** The words of `text` that come before its last file noun ("Total Files Scanned" → "Total"), or undefined when it names no files. */
function beforeFileNoun(text: string): string | undefined {
  const words = partName(text).split(' ');
  const lower = words.map((w) => w.toLowerCase());
  let at = lower.lastIndexOf('files');
  // "69 Python scripts": scripts of a language are its files.
  if (at < 0) at = lower.findIndex((w, i) => (w === 'scripts' || w === 'modules') && i > 0 && languageGlob(words[i - 1] ?? '') !== undefined);
  if (at < 0) return undefined;
  // Only counting words may follow the noun: "Files Changed" and "files with errors" are other counts.
  if (words.slice(at + 1).some((w) => !countingWords.includes(w.toLowerCase()))) return undefined;
  return words.slice(0, at).join(' ');
}

/** The part the words before "files" name: a language's files, the whole, or a category ("documentation", "test" of "test-related"). */
function setOf(words: string): Subject {
  const language = languageGlob(words);
  if (language) return { path: language };
  const kept = words.split(' ').filter((w) => w !== '' && !wholeWords.includes(w.toLowerCase()) && !countingWords.includes(w.toLowerCase()));
  if (kept.length === 0) return { scope: 'all' };
  return { category: kept.join(' ').replace(/-related$/i, '').toLowerCase() };
}

/** The file set a count names, or undefined when the figure counts no files. */
function subjectOf(figure: Figure): Subject | undefined {
  const c = figure.context;
  const nounWords = beforeFileNoun(c.noun ?? '');
  // A label that gives the line a role or a time ("**After:** 213 tests across 10 test files") names no set of files.
  const label = ownLabelText(figure);
  const own = c.table ? c.table.row : isRoleLabel(label) ? '' : label;
  const labelWords = c.noun === undefined && own !== '' ? (beforeFileNoun(own) ?? localizedFileColumnKind(own)) : undefined;
  if (nounWords === undefined && labelWords === undefined) return undefined;
  // A folder written with the count: "`tests/unit_real/` - 0 new test files", "### docs/ Directory (15 files)".
  const folders = [...pathsIn(own), ...(c.name !== undefined ? [c.name] : []), ...pathsIn(c.before ?? '')].filter((p) => isFolder(p) && p.endsWith('/'));
  if (folders.length > 0) return pathSubject(underHeadingFolder(folders[folders.length - 1] as string, c.headings));
  if (labelWords !== undefined) return setOf(labelWords);
  // "Archive: 39+ historical files": the label names the part; "8 documentation files": the noun does.
  // A label that is a path or glob the folder test above refused names no part.
  if (own !== '' && !c.table && !/[`/*.\\]/.test(own)) {
    const language = languageGlob(own);
    if (language) return { path: language };
    const name = partName(own);
    return name !== '' && name.split(' ').length <= 4 ? (hasWord(name, wholeWords) ? { scope: 'all' } : { category: name.toLowerCase() }) : undefined;
  }
  // "scan of all 81 files": the whole; a bare "234 files" names no set.
  if (nounWords === '') return /\ball$/i.test(c.before ?? '') ? { scope: 'all' } : undefined;
  if (nounWords === undefined) return undefined;
  const set = setOf(nounWords);
  return 'category' in set && !set.category.split(' ').some((w) => fileKindWords.includes(w)) ? undefined : set;
}

/**
 * A count of files in a folder, a glob, a language, a part or the whole,
 * read from structure: the noun after the figure ("8 documentation files",
 * "(15 files)" after a folder), or a label ending in "files" ("**Total Files
 * Scanned:** 81", "Python Files Analyzed: 69", a "Files" row). Not files
 * changed, created, removed or archived, not a status of test files.
 */
function classify(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  if (figure.unit !== 'count' || !Number.isInteger(figure.value) || figure.of !== undefined || figure.qualifier === 'range') return undefined;
  const c = figure.context;
  // "测试文件数": a column of file counts headed in a language written without spaces.
  const localizedKind = c.table ? localizedFileColumnKind(c.table.header) : undefined;
  // A cell of a Lines or Percentage column counts lines, whatever its row says of files.
  if (c.table && localizedKind === undefined && !/^\W*(?:files?|count|number|value|total|this project|current|actual)\W*$/i.test(c.table.header) && !hasWord(c.table.header, fileNounsOfHeader)) return undefined;
  if (isChange(figure) || findWord(c.before ?? '', sizeChangeWords) !== undefined) return undefined;
  // "Passing: 74 test files", "22 old frontend files": a status or a before-state, not the folder's count.
  const around = [c.label, c.noun, c.table?.row, c.table?.header].filter((x) => x !== undefined).join(' | ');
  if ([words.passed, words.failed, words.skipped, words.errors, words.before, words.coverage].some((list) => hasWord(around, list))) return undefined;
  // A table of folders or globs under a column of files: "| `__tests__/integration/` | 3 |" under "Test Files".
  const columnKind = c.table ? (beforeFileNoun(c.table.header) ?? localizedKind) : undefined;
  const subject = (columnKind !== undefined ? folderRowSubject(figure, columnKind, place) : undefined) ?? subjectOf(figure);
  return subject ? { kind: 'dir.files', subject } : undefined;
}

export default {
  id: 'figure-files',
  description: 'Counts of files read from structure: "Found 8 documentation files", "**Total Files Scanned:** 81", "### docs/ Directory (15 files)", a folder\'s row under a "Test Files" column.',
  kinds: ['dir.files'],
  classify,
} satisfies FigureClassifier;
