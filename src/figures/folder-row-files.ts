/**
 * Files counted folder by folder in a table: each row names a folder or a
 * glob (`` | `__tests__/integration/` | 3 | ``, `` | `hooks/*.test.js` | 2 | ``)
 * and the column says which files it counts ("Files", "Test Files"). The
 * set is the one the row writes: a folder's files, its test files when the
 * column counts tests, its other code files when it counts source files; a
 * glob as written.
 */
import type { Figure, Subject } from '../model.js';
import type { FigurePlace } from './classify.js';
import { codeExtensions, sourceCodeGlob, testCodeGlob } from '../measure/file-sets.js';
import { pathSubject, underHeadingFolder } from './file-subject.js';
import { testFolderNames } from './words.js';

/** A cell that is one path with a folder and nothing else: a folder with its slash, or a glob below a folder. Group `path`. */
const rowPathRe = /^\s*`?(?<path>(?:[\w.@-]+\/)+(?:[\w.@*{},-]*\*[\w.@*{},-]*)?)`?\s*$/;
/**
 * A cell that is a module's name and nothing else, as build tools name modules (Maven, Gradle, npm workspaces):
 * lower case words joined by dashes, "kairo-api". Group `name`. Read as a folder only under a column of test files.
 */
const moduleNameRe = /^\s*`?(?<name>[a-z][a-z0-9]*(?:-[a-z0-9]+)+)`?\s*$/;
/** Words of a column that counts test files: "Test Files", "Tests files". */
const testColumnWords: readonly string[] = ['test', 'tests'];
/** Words of a column that counts the code that is not tests: "Source Files", "Code Files". */
const sourceColumnWords: readonly string[] = ['source', 'code', 'source code'];
/** A file name of a glob that names test files: `*.test.js`, `test_*.py`, `*_spec.rb`. */
const testNameRe = /(?:^|[._-])(?:test|tests|spec)(?:[._-]|$)/i;

/** The glob of code files, all of them, below a folder written with its slash. */
const codeBelow = (folder: string) => `${folder}**/*.{${codeExtensions.join(',')}}`;

/**
 * The set a table row names for a count of files, read from the raw first
 * cell of the figure's row (`place`: its backticks and `*` intact) and
 * `kindWords`, the column's words before "files" ('' for "Files", "Test"
 * for "Test Files"). Undefined when the row is not one folder or glob, or
 * the column names files of a kind no set here stands for ("Config Files").
 */
export function folderRowSubject(figure: Figure, kindWords: string, place?: FigurePlace): Subject | undefined {
  const raw = place?.block.context.table?.row;
  const kindLower = kindWords.trim().toLowerCase();
  // "| kairo-api | 27 |" under "测试文件数": the module's folder, for its test files only (a module's source files may
  // include its test folders by every glob here, Maven's `src/test/java/`).
  const module = raw === undefined || !testColumnWords.includes(kindLower) ? undefined : moduleNameRe.exec(raw)?.groups?.name;
  const path = raw === undefined ? undefined : (rowPathRe.exec(raw)?.groups?.path ?? (module === undefined ? undefined : `${module}/`));
  if (path === undefined || path.split('/').includes('..')) return undefined;
  const glob = !path.endsWith('/');
  const kind = kindWords.trim().toLowerCase();
  const written = underHeadingFolder(path, figure.context.headings);
  if (kind === '') return pathSubject(written);
  // "| `logic/rules/` | 53 |" under "Source Files": the folder's code files that are not tests.
  if (sourceColumnWords.includes(kind)) return glob ? undefined : { path: sourceCodeGlob(written) };
  if (!testColumnWords.includes(kind)) return undefined;
  // A glob under a test column must name test files itself: "`src/*.js`" there counts some other set.
  if (glob) return testNameRe.test(path.split('/').at(-1) ?? '') ? { path: written } : undefined;
  // In a test folder every code file is a test ("`__tests__/integration/`"); elsewhere, the test files below it.
  const inTestFolder = written.split('/').some((segment) => testFolderNames.includes(segment.toLowerCase()));
  return { path: inTestFolder ? codeBelow(written) : `${written}${testCodeGlob}` };
}
