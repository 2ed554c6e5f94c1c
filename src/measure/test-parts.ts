/**
 * The test files a part's name stands for: "Geometries" in a table of tests
 * per component is the test folder `tests/…/Geometries/`, "Skeletal Animation"
 * the test file `SkeletalAnimationTests.cs`, "BoxGeometry (8 tests)" the file
 * `BoxGeometryTests.cs`. Only a name that one folder or one file answers to is
 * read; a name two places answer to, or none, stays unmeasured, so a part is
 * never measured against another part or the whole.
 */

import type { ClaimContext } from '../model.js';
import { compactName as compact } from './compact-name.js';
import { isKindOfTestsOf } from './test-kind-words.js';
import { testFolderNames } from './test-folders.js';

/** A part's name that may be a folder or a file's stem: one to three words of letters and digits, no aside. */
const partNameRe = /^[A-Za-z][A-Za-z0-9]*(?:[ _-][A-Za-z0-9]+){0,2}$/;

/** Test affixes around a test file's stem: `test_x`, `x_test`, `XTests`, `x.spec`, `x-test`. */
const testAffixRe = /^tests?[_-]?|[._-]?(?:tests?|specs?)$/gi;

/** A folder of tests: `tests/`, `spec/`, `__tests__/`, a .NET test project `BlazorGL.Tests/`. */
const testFolderRe = new RegExp(String.raw`(?:^|\/)(?:${testFolderNames.join('|')}|[^/]+[.-]tests?)\/`, 'i');

/** Marks a name may carry from the report: emphasis, code, a trailing colon. */
const nameMarksRe = /[*_`]+|:\s*$/g;

/** A test noun ending a part's name: "Feature Tests", "Unit test suite". */
const trailingTestNounRe = /\s+(?:tests?|specs?|test\s+suites?)$/i;

/** The stem of a file name, without its folders and every extension ("foo.test.ts" → "foo.test"). */
function stemOf(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** A column that counts tests: "Tests", "Test Count", "Unit Tests". */
const testsColumnRe = /\b(?:tests?|specs?|test\s+cases?)\b/i;
/** A lead-in or heading that counts the tests of a part itself: "ExpenseControllerTest (35 tests)", "Service Specs (28 tests)". */
const countedLeadRe = /\(\s*\d[\d,]*\+?\s+(?:tests?|specs?|examples?)\b/i;

/**
 * A heading that is only the name of one class or file, after its number and marks: "2. WATTestViewModel ✅",
 * "`parser.py`". A capital after a small letter inside one word, or a file extension, tell a name in code from a title.
 */
const codeNameHeadingRe = /^(?:\d+(?:\.\d+)*\.?\s+)?[`*_]*(?:[A-Za-z][A-Za-z0-9]*[a-z0-9][A-Z][A-Za-z0-9]*|[\w-]+\.[a-z]{1,5})[`*_]*(?:\s+[^\p{L}\p{N}\s]+)*$/u;

/**
 * Whether a claim's name may stand for a test folder or file: a cell under a column that counts tests
 * (not "Total Criteria"), or an item that is no group inside a part its lead-in counts ("ExpenseControllerTest
 * (35 tests)" over "- Daily view (3 tests)": a group of that class's tests, not `daily-view.spec.ts`). Under a
 * heading that names one class or file ("### 2. WATTestViewModel ✅"), names are groups of that part's tests,
 * not places of their own ("Submission Tests" is no `usecase/submission/` folder of another module).
 * `countsTests` says whether a column header counts tests (default: an English test noun in it; the
 * verifier passes one that reads every language of the word table, "测试数").
 */
export function namesTestPlace(context: ClaimContext, name: string, countsTests: (header: string) => boolean = (header) => testsColumnRe.test(header)): boolean {
  const innermost = context.headings.at(-1)?.trim() ?? '';
  if (codeNameHeadingRe.test(innermost) && !compact(innermost).includes(compact(placeName(name)))) return false;
  // "### Service Specs (28 tests)" over "- Transactions::Create: 17 tests": an item under a heading that counts the part it
  // is named after counts a piece of that part, which its name was read from.
  if (context.headings.some((heading) => countedLeadRe.test(heading) && compact(heading).includes(compact(name)))) return false;
  if (context.table) return countsTests(context.table.header);
  return !countedLeadRe.test(context.list ?? '');
}

/** The words of a part's name that may name a place: without marks, and without a test noun ("Feature Tests" are the tests of `Feature/`). */
export function placeName(name: string): string {
  return name.replace(nameMarksRe, '').trim().replace(trailingTestNounRe, '');
}

/** The test files whose stem, without its test affix, `matches` the compacted `name`. */
function testFilesWhose(name: string, testFiles: readonly string[], matches: (bare: string, want: string) => boolean): string[] {
  const want = compact(placeName(name));
  if (want === '') return [];
  return testFiles.filter((file) => {
    const stem = stemOf(file);
    const bare = stem.replace(testAffixRe, '');
    return bare !== stem && matches(compact(bare), want);
  });
}

/**
 * The test files whose stem, without its test affix, is `name`: `LinterTests.swift` and
 * `linter.test.ts` for "Linter". A `describe("Linter")` block in one file does not make
 * another file so named the same tests.
 */
export function testFilesNamedAfter(name: string, testFiles: readonly string[]): string[] {
  return testFilesWhose(name, testFiles, (bare, want) => bare === want);
}

/**
 * The test files of kinds of `name`'s tests: `ProductServiceUnitTest.java` and
 * `ProductServiceIntegrationTest.java` for "ProductService". They answer to the
 * name as much as a file named after it does.
 */
export function testFilesOfKindsOf(name: string, testFiles: readonly string[]): string[] {
  return testFilesWhose(name, testFiles, isKindOfTestsOf);
}

/**
 * The test files of one kind of `name`'s tests: `UserServiceIntegrationTest.java` for "UserService" and
 * "integration" (the name, then the kind, then a test affix).
 */
export function testFilesOfKind(name: string, kind: string, testFiles: readonly string[]): string[] {
  const of = compact(kind);
  return testFilesWhose(name, testFiles, (bare, want) => of !== '' && bare === want + of);
}

/**
 * The one test file of a source file: named after its stem with a test affix, beside it or in a `__tests__/`
 * folder beside it (`PillarCard.tsx` → `PillarCard.test.tsx`, `handler_auth.go` → `handler_auth_test.go`),
 * among `testFiles` (repo-relative POSIX paths); undefined when there is none, or more than one.
 */
export function testFileOfSource(source: string, testFiles: readonly string[]): string | undefined {
  const folder = source.includes('/') ? source.slice(0, source.lastIndexOf('/') + 1) : '';
  const beside = testFiles.filter((file) => {
    const rest = file.startsWith(folder) ? file.slice(folder.length) : undefined;
    return rest !== undefined && (!rest.includes('/') || /^__tests__\/[^/]+$/.test(rest));
  });
  const named = testFilesNamedAfter(stemOf(source), beside);
  return named.length === 1 ? named[0] : undefined;
}

/** The files of a part, and where they are (`tests/Geometries/`, `tests/SceneTests.cs`). */
export interface TestPart {
  files: string[];
  where: string;
  /**
   * When the part is a file named after it and files of kinds of its tests
   * beside it (`LruCacheTests.cs` with `LruCacheBoundaryTests.cs`): the file
   * named after it alone, the other reading of the part's tests.
   */
  core?: string[];
  /** The test folder named after the part (`tests/Core.Tests/Lights/`), which holds all of its tests; absent when files named after it stand for it. */
  folder?: string;
}

/**
 * The test files `name` stands for among `testFiles` (repo-relative POSIX
 * paths): the files under the one folder so named, or the one test file whose
 * stem, with or without its test affix, is the name. A file so named outside that
 * folder, a second folder, or a second file makes the name ambiguous. A
 * folder of sources beside the tests (`src/Geometries/`) is no test folder.
 */
export function testPartFiles(name: string, testFiles: readonly string[]): TestPart | undefined {
  const clean = placeName(name);
  if (!partNameRe.test(clean)) return undefined;
  const want = compact(clean);
  const folders = new Set<string>();
  const named: string[] = [];
  const kinds: string[] = [];
  // Some languages' test files are any source file (C#): only those a test folder or a test affix marks stand for a part.
  const tests = testFiles.filter((file) => testFolderRe.test(file) || stemOf(file).replace(testAffixRe, '') !== stemOf(file));
  for (const file of tests) {
    const parts = file.split('/');
    parts.slice(0, -1).forEach((segment, i) => {
      if (sameOrPlural(compact(segment), want)) folders.add(parts.slice(0, i + 1).join('/'));
    });
    const stem = stemOf(file);
    const bare = stem.replace(testAffixRe, '');
    if (bare === stem) continue;
    // The name with its affix is the file's stem itself: "ReaderScreenModelTest" is `ReaderScreenModelTest.kt`.
    if (compact(bare) === want || compact(stem) === want) named.push(file);
    else if (isKindOfTestsOf(compact(bare), want)) kinds.push(file);
  }
  if (folders.size > 1) return undefined;
  if (folders.size === 0 && named.length === 0 && kinds.length === 0) return kindPartFiles(clean, tests);
  const [folder] = [...folders];
  if (folder !== undefined) {
    const prefix = folder + '/';
    if (named.some((file) => !file.startsWith(prefix))) return undefined;
    return { files: tests.filter((file) => file.startsWith(prefix)), where: `\`${prefix}\``, folder };
  }
  if (named.length > 1 || named.length + kinds.length === 0) return undefined;
  // "LruCache" is `LruCacheTests.cs` and `LruCacheBoundaryTests.cs` beside it, in one folder; files of its kinds elsewhere make it unsure.
  const folderOf = (file: string) => file.slice(0, file.lastIndexOf('/') + 1);
  const all = [...named, ...kinds];
  if (new Set(all.map(folderOf)).size > 1) return undefined;
  if (kinds.length === 0) return { files: named, where: `\`${named[0]}\`` };
  return { files: all, where: all.map((file) => `\`${file}\``).join(', '), ...(named.length === 1 ? { core: named } : {}) };
}

/**
 * The one test class among `classNames` that a part's name written in words
 * names: "Move Validator Tests" is `TestMoveValidator` (or `MoveValidatorTest`,
 * `MoveValidatorTests`), the class name without its test affix compared as the
 * name's words are (`### 3. Move Validator Tests (25 tests)`,
 * `Expression Translation Tests`). Undefined when none or several do.
 */
export function testClassNamed(name: string, classNames: readonly string[]): string | undefined {
  const clean = placeName(name);
  if (!partNameRe.test(clean)) return undefined;
  const want = compact(clean);
  const found = classNames.filter((cls) => {
    const bare = cls.replace(testAffixRe, '');
    return bare !== cls && bare !== '' && compact(bare) === want;
  });
  return found.length === 1 ? found[0] : undefined;
}

/** Whether a folder's name is a part's name, or its plural ("Request Specs" are `spec/requests/`, "Models" `spec/models/`). */
function sameOrPlural(folder: string, want: string): boolean {
  return folder === want || folder === `${want}s`;
}

/** A name and the kind of part it is: "User model" (group `name` "User", group `kind` "model"). */
const kindedNameRe = /^(?<name>.+?)[ _-]+(?<kind>[A-Za-z]+)$/;

/**
 * "User model", "Auth service": a file named by its stem inside the one
 * folder of its kind (`spec/models/user_spec.rb`), as frameworks lay tests out
 * by kind (Rails' `spec/models/`, `spec/services/`). Only one file may answer.
 */
function kindPartFiles(clean: string, tests: readonly string[]): TestPart | undefined {
  const m = kindedNameRe.exec(clean);
  if (!m?.groups?.name || !m.groups.kind) return undefined;
  const want = compact(m.groups.name);
  const kind = compact(m.groups.kind);
  const found = tests.filter((file) => {
    const stem = stemOf(file);
    const bare = stem.replace(testAffixRe, '');
    return bare !== stem && compact(bare) === want && file.split('/').slice(0, -1).some((segment) => sameOrPlural(compact(segment), kind));
  });
  return found.length === 1 ? { files: found, where: `\`${found[0]}\`` } : undefined;
}
