/**
 * Whether a name a report writes is the path of a part of the project — one
 * source or test file, or one folder — that a figure can be about. Shared by
 * the rules that give a figure a part's subject (part-name.ts, part-label.ts):
 * a figure read as a part is measured on that part, never on the whole.
 *
 * Not a part: a URL or `file://` location (an HTML report's place), a
 * document or data file (`report.html`, `results.json`, `README.md`), a
 * ratio (`164/164`), an abbreviation written with a slash (`CI/CD`, `I/O`).
 */
import { isTestFileName, sourceExtensions } from './test-files.js';

/** A folder path: lower-case segments joined by slashes, maybe with a trailing slash ("pkg/api/grpc", "tests/", "src/main/"). */
const folderRe = /^(?:\.{1,2}\/)?(?:[a-z_@][\w@.+-]*\/)+(?:[a-z_@][\w@.+-]*\/?)?$/;
/** A file name's extension: group `ext`. */
const extensionRe = /\.(?<ext>[A-Za-z]\w{0,9})$/;
/** A scheme before a path: a URL or a file location, not a part of the project. */
const schemeRe = /^[a-z][\w+.-]*:/i;
/** Folder segments that are marks of elision in a written path ("common/src/.../ModConfigTest.java"). */
const elisionRe = /(?:^|\/)\.{3}(?:\/|$)|…/;

/** The extensions of a part's file: source files of every language the corpus holds. */
const partExtensions: ReadonlySet<string> = new Set(sourceExtensions.concat(['groovy', 'h', 'hpp', 'hh']));

/** The path `written` names when it is a part of the project, cleaned of backticks; otherwise undefined. */
export function partPath(written: string): string | undefined {
  const path = written.trim().replace(/^`+|`+$/g, '');
  if (path === '' || schemeRe.test(path) || elisionRe.test(path) || /\s/.test(path)) return undefined;
  const ext = extensionRe.exec(path)?.groups?.ext;
  if (ext !== undefined) return partExtensions.has(ext.toLowerCase()) && !/^\d/.test(path) ? path : undefined;
  return folderRe.test(path) ? path : undefined;
}

/** Whether a part's path ends in a test file's name, wherever it stands ("/home/me/vm/tests/interface_tests.rs"). */
export function isTestFilePart(path: string): boolean {
  return isTestFileName(path.slice(path.lastIndexOf('/') + 1));
}
