/**
 * Where a report's "subtests" are the tests the source declares. A report
 * that counts its tests at two levels ("| Testes | Subtestes |", w62:129)
 * means by a subtest the finest test it knows. In a language whose test
 * declarations hold no tests of their own (a PHPUnit, JUnit, xUnit or XCTest
 * method, a Rust `#[test]`), that is a declared test; in one whose tests make
 * tests inside them at run time (Go's `t.Run`, Python's `subTest`, node's
 * `t.test`, a nested `describe`/`it`, Scala's and Ruby's nested blocks), a
 * subtest is one of those, which the source's count of declarations does not
 * give.
 */
import { testLanguageOf } from './test-definitions.js';

/** The test languages (ids of src/measure/test-definitions.ts) whose declared tests hold no subtests. */
export const flatTestLanguages: readonly string[] = ['csharp', 'java', 'kotlin', 'php', 'rust', 'swift'];

/**
 * The first of `files` (repo-relative test files) whose language makes
 * subtests of its own, so that a count of subtests cannot be read from the
 * declarations; undefined when every file's tests are flat.
 */
export function fileWithSubtests(files: readonly string[]): string | undefined {
  return files.find((file) => !flatTestLanguages.includes(testLanguageOf(file)?.id ?? ''));
}
