/**
 * Syntax errors a grammar recovered from that hide no test (src/measure/contained-errors.ts), through the
 * counter that uses them (src/measure/test-forms.ts): real tree-sitter parses of Swift, Kotlin and Java.
 * Positive: an error inside one function's body whose text holds no other test's mark, and as many marks in
 * the file as declarations, leaves the count whole (w56's `| UInt32(flag)` continuation, w17's Kotlin `when`
 * condition list). Negative: an error between declarations, a mark the counter did not read (a commented-out
 * test, a helper named `test…` with a parameter), or a function with an error that holds a second test's mark
 * stay a floor.
 */
import { describe, expect, it } from 'vitest';
import { countDefinedTests } from '../../src/measure/test-definitions.js';

type Row = [name: string, file: string, text: string, want: { tests: number; partial: boolean }];

const xctest = (body: string) => `import XCTest\nfinal class WatcherTests: XCTestCase {\n${body}\n}\n`;

const table: Row[] = [
  // positive: the error stays in one test's body, and every mark was read
  ['swift: an operator opening a continued line, in a test body (w56)', 'Tests/WatcherTests.swift', xctest(`  func testFlags() {\n    let flags: UInt32 = UInt32(1)\n      | UInt32(2)\n    XCTAssertEqual(flags, 3)\n  }\n  func testStart() { XCTAssertTrue(true) }`), { tests: 2, partial: false }],
  ['swift: an error in a helper with no mark', 'Tests/WatcherTests.swift', xctest(`  func makeFlags() -> UInt32 {\n    return UInt32(1)\n      | UInt32(2)\n  }\n  func testA() {}\n  func testB() {}\n  func testC() {}`), { tests: 3, partial: false }],
  ['kotlin: a when branch the grammar cannot read, in a helper function (w17)', 'src/test/kotlin/LayoutTest.kt', `class LayoutTest {\n  @Test fun phone() { assertTrue(true) }\n  @Test fun tablet() { assertTrue(true) }\n}\nfun layout(size: Int) {\n  when (size) {\n    1,\n    2,\n    -> { println("large") }\n    else -> {}\n  }\n}\n`, { tests: 2, partial: false }],
  ['java: an incomplete statement in a test body', 'src/test/java/BodyTest.java', `class BodyTest {\n  @Test void a() {}\n  @Test void b() { int x = ; }\n}\n`, { tests: 2, partial: false }],
  ['java: a declaration header the grammar cannot read, its own mark read', 'BrokenIT.java', `class BrokenIT {\n  @Test void a() {}\n  @Test void b( { int x = ; }\n}\n`, { tests: 2, partial: false }],
  // negative: the count stays a floor
  ['java: an error between declarations, in the class body', 'src/test/java/FieldTest.java', `class FieldTest {\n  @Test void a() {}\n  int = 3;\n  @Test void b() {}\n}\n`, { tests: 2, partial: true }],
  ['swift: a commented-out test is a mark no declaration answers to', 'Tests/WatcherTests.swift', xctest(`  // func testOld() {}\n  func testFlags() {\n    let flags: UInt32 = UInt32(1)\n      | UInt32(2)\n  }`), { tests: 1, partial: true }],
  ['swift: a helper named test… with a parameter is a mark the counter leaves out', 'Tests/WatcherTests.swift', xctest(`  func testWith(_ value: Int) {}\n  func testFlags() {\n    let flags: UInt32 = UInt32(1)\n      | UInt32(2)\n  }`), { tests: 1, partial: true }],
  ['kotlin: the same when branch in a function that holds a second test\'s mark', 'src/test/kotlin/NestedTest.kt', `class NestedTest {\n  @Test fun outer() {\n    when (1) {\n      1,\n      2,\n      -> { println("x") }\n      else -> {}\n    }\n    @Test fun inner() {}\n  }\n}\n`, { tests: 2, partial: true }],
];

describe('syntax errors that hide no test leave the count whole', () => {
  for (const [name, file, text, want] of table) {
    it(name, async () => {
      const found = await countDefinedTests(text, file);
      expect({ tests: found?.tests, partial: found?.partial === true }).toEqual(want);
    });
  }
});
