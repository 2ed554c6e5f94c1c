/**
 * A part named on a figure's own line: `- src/config.rs: 120/161 (74.53%)`,
 * `**Coverage**: ModConfig.java (100%)`, `Created test_vectorstore_simple.py -
 * 8 tests passing`. The context resolver finds that name (`context.name`, the
 * path a few words before the figure in its clause); a figure whose classifier
 * read no part of its own is about that part, not the whole project, unless
 * its line says it is about the whole ("76% overall").
 */
import type { FigureContext } from '../model.js';
import { isTestFilePart, partPath } from './part-path.js';
import { hasWord } from './words.js';

/** Words on a figure's line that make it about the whole project whatever part the line names. */
export const wholeWords: readonly string[] = ['overall', 'total', 'project', 'whole', 'entire', 'combined', 'aggregate', 'global', 'all files', 'all tests'];

/** Whether `line` says it is about the whole project ("76% overall code coverage"). */
export function speaksOfWhole(line: string): boolean {
  return hasWord(line, wholeWords);
}

/** The line of `text` that holds offset `start`. */
export function lineAt(text: string, start: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', start);
  return text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
}

/**
 * The path of the part named on the line of `text` that holds the figure at
 * `start`, when the context resolver read one there and the line does not
 * speak of the whole project; for a `testCount`, only a test file's name.
 * Otherwise undefined.
 */
export function partNamedOnLine(context: Pick<FigureContext, 'name'>, text: string, start: number, testCount = false): string | undefined {
  if (context.name === undefined) return undefined;
  const path = partPath(context.name);
  // A count of tests beside a source file that is no test file ("test.c: 9 tests", "latest.c: 58 tests") is often the suite's own program's (test-files.ts).
  if (path === undefined || (testCount && !isTestFilePart(path))) return undefined;
  const line = lineAt(text, start);
  // A name resolved from another line of the block (a hard break joins them) is not this figure's.
  if (!line.includes(path) || speaksOfWhole(line)) return undefined;
  return path;
}
