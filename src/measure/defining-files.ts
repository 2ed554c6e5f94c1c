/**
 * The files of a set that define tests: a test folder holds more than test
 * files (Python's `__init__.py` and pytest's `conftest.py`, jest's setup files,
 * helpers, mocks and fixtures), and a report's "test files" are the files its
 * runner collects tests from (w66:9: 14 `test_*.py` beside `__init__.py` and
 * `conftest.py`; w10:473, w56:321 and w63:221 name such support files too).
 */
import path from 'node:path';
import { readRepoText } from './repo-path.js';
import { countDefinedTests } from './test-definitions.js';

/** Most files read to tell test files from support files; a larger set is not read. */
export const mostFilesRead = 400;

/**
 * How many of `files` (repo-relative, under `root`) define at least one test. A file no test language
 * reads, or that cannot be read, counts as a test file: only a file shown to define none is left out.
 * `undefined` when the set is larger than `mostFilesRead`.
 */
export async function filesDefiningTests(root: string, files: readonly string[]): Promise<number | undefined> {
  if (files.length > mostFilesRead) return undefined;
  let defining = 0;
  for (const file of files) {
    let read: ReturnType<typeof readRepoText>;
    try {
      read = readRepoText(path.join(root, file), file);
    } catch {
      defining++;
      continue;
    }
    const tests = read.ok ? await countDefinedTests(read.text, file) : undefined;
    if (tests === undefined || tests.tests > 0 || tests.generated) defining++;
  }
  return defining;
}
