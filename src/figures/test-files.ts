/**
 * The name of a test file, as the common runners find them: one definition
 * for every reader that asks whether a name is a test file. A count written
 * next to a test file ("1. **test_arena.c** - 15 tests") counts that file's
 * tests, not the suite's, whatever the language.
 *
 * A bare `test.c`, `test.py` or `tests.rs` is not one: no runner's convention
 * collects it by name (pytest wants `test_*.py` or `*_test.py`, Go `*_test.go`),
 * and a report that names it often names its only test program, whose count is
 * the suite's. Names that only contain "test" (`latest.c`, `contest.py`,
 * `attestation.ts`) are no test files either.
 */

import { alternation } from './language-words.js';

/**
 * Extensions of source files a `test_` prefix names a test file with: `test_arena.c`, `test_auth.py`.
 * Only source: `test_results.json`, `test_output.log` and `test_plan.md` are a run's output or notes.
 */
export const sourceExtensions: readonly string[] = [
  'py', 'c', 'cc', 'cpp', 'cxx', 'rs', 'go', 'js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts',
  'rb', 'php', 'java', 'kt', 'kts', 'scala', 'swift', 'cs', 'fs', 'ex', 'exs', 'erl', 'lua', 'pl', 'sh', 'bash', 'zsh',
  'zig', 'nim', 'dart', 'm', 'mm', 'hs', 'ml', 'jl', 'clj', 'cljs', 'vue', 'svelte', 'sql',
];
/** Extensions whose runners name test classes `FooTest`/`FooTests`: JUnit, Kotlin, ScalaTest, Spock, xUnit, XCTest, PHPUnit. */
const classExtensions = ['java', 'kt', 'kts', 'scala', 'groovy', 'cs', 'swift', 'php'];

/** The suffixes runners name a test class with (case-sensitive): `LoginTest`, `ApiTests`, `UserSpec`, `AuthTestCase`. */
export const testClassSuffixSource = String.raw`(?:Tests?|Spec|TestCase)`;

/** A file name's extension: a letter and up to five letters or digits after the last dot. */
const extensionRe = /\.(?<ext>[A-Za-z]\w{0,5})$/;
/** The extension of a file name, lower case and without its dot (`app.PY` → "py"), or undefined. */
export function extensionOf(path: string): string | undefined {
  return extensionRe.exec(path)?.groups?.ext?.toLowerCase();
}

/**
 * A test file's name, with the folders before it if any, unanchored, for a larger expression
 * (case-sensitive: "AppTest.java" is a test class, "Latest.java" none):
 * `*_test.ext`, `*.test.ext`, `*-test.ext`, `*.spec.ext`, `*_spec.rb` (and their plurals, any extension);
 * `test_*.ext` for a source extension; `*Test.java`, `*Tests.swift`; `*.bats`.
 */
export const testFileSource = String.raw`(?:[\w@.+-]+\/)*(?:[\w.-]+[._-](?:test|spec)s?\.[A-Za-z]\w{0,5}|test_[\w-]+\.(?:${alternation(sourceExtensions)})|[\w.-]*[a-z0-9]Tests?\.(?:${alternation(classExtensions)})|[\w.-]+\.bats)`;

/** A test file standing alone anywhere in a line: in backticks, in a parenthesis, as a link's text. Group `file`. */
const testFileAnywhereRe = new RegExp(String.raw`(?<![\w./@+-])(?<file>${testFileSource})(?![\w/@+-]|\.\w)`, 'g');

/**
 * The one test file `line` names ("**Models** (`test/models/lens.test.ts`) - 11 tests",
 * "CRUD Operations (25 tests) - [crud.spec.ts](../tests/e2e/crud.spec.ts)": the link's text), or
 * undefined when it names none or several.
 */
export function testFileOnLine(line: string): string | undefined {
  const names = new Set([...line.matchAll(testFileAnywhereRe)].map((m) => m.groups?.file ?? ''));
  return names.size === 1 ? [...names][0] : undefined;
}

/** A name that is all one test file: "test_helpers.py", "App.login.test.js", "config_test.rs", "src/AppTest.java". */
const testFileNameRe = new RegExp(String.raw`^${testFileSource}$`);

/** Whether a name is one test file's, by the runners' conventions above. */
export function isTestFileName(name: string): boolean {
  return testFileNameRe.test(name);
}
