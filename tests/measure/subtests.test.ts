/** Where a report's subtests are the declared tests (src/measure/subtests.ts): flat test languages only. */
import { describe, expect, it } from 'vitest';
import { fileWithSubtests } from '../../src/measure/subtests.js';

const cases: Array<[what: string, files: string[], want: string | undefined]> = [
  ['PHPUnit methods (w62)', ['tests/Unit/Pix/PixTest.php', 'tests/Unit/RefundTest.php'], undefined],
  ['JUnit, Kotlin, xUnit, XCTest and Rust declarations', ['src/test/java/ATest.java', 'app/src/test/BTest.kt', 'C.Tests/CTests.cs', 'Tests/DTests.swift', 'src/lib.rs'], undefined],
  ['a Go test file: t.Run makes subtests', ['pix/pix_test.go'], 'pix/pix_test.go'],
  ['Python: subTest', ['tests/test_pix.py'], 'tests/test_pix.py'],
  ['JavaScript: nested describe/it, node:test t.test', ['src/a.php', 'src/pix.test.ts'], 'src/pix.test.ts'],
  ['a file no test language reads', ['README.md'], 'README.md'],
];

describe('fileWithSubtests', () => {
  it.each(cases)('%s', (_what, files, want) => expect(fileWithSubtests(files)).toBe(want));
});
