/** The files a heading's sub-sections name, each its own: in the sub-heading, or on a "File:"/"Files:" label (w71:46, w10:219). */
import { describe, expect, it } from 'vitest';
import { subsectionFiles } from '../../src/check/subsection-files.js';

const w71 = ['### 1. Similarity Engine (56 tests)', '', '**Run:** `./scripts/test-similarity.sh`', '', '#### JaroWinklerSimilarityTest.java', 'Core tests.', '', '| Test Category | Tests |', '|---|---|', '| Basic | 8 |', '', '#### TextNormalizerTest.java (NEW)', 'More.', '', '### 2. Parsers (62 tests)'];
const w10 = [
  '### 3. Comprehensive Test Suite (186 TESTS)', '', '#### **Expression Translation Tests** (115 tests)', '**File**: `tests/src/test/java/x/ExpressionTranslationTest.java`', '**Status**: ✅ Created', '',
  '#### **Integration Tests** (53 tests)', '**Files**:', '- `EndToEndQueryTest.java` (30 tests)', '- `ParquetIOTest.java` (23 tests)', '', '**Coverage**:', '- Simple SELECT queries (5 tests)', '', '## Next',
];

/** A report's lines, the 1-based line of the heading, and the files with the lines naming them (undefined: none). */
const cases: Array<[what: string, lines: string[], line: number, want: Array<[string, number]> | undefined]> = [
  ['sub-headings that each name a test file (w71:46)', w71, 1, [['JaroWinklerSimilarityTest.java', 5], ['TextNormalizerTest.java', 12]]],
  ['sub-sections that give their files on a File or Files label (w10:219)', w10, 1, [['tests/src/test/java/x/ExpressionTranslationTest.java', 4], ['EndToEndQueryTest.java', 9], ['ParquetIOTest.java', 10]]],
  ['a label in another case and a numbered list', ['## Suite (3 tests)', '### A', 'files:', '1. `a_test.go`', '### B', '- **File:** b_test.go'], 1, [['a_test.go', 4], ['b_test.go', 6]]],
  // no breakdown
  ['a sub-section that names no file', [...w71.slice(0, 12), '#### Edge cases', 'More.'], 1, undefined],
  ['one sub-section alone', w71.slice(0, 11), 1, undefined],
  ['a line that is no heading', w71, 3, undefined],
  ['a heading with no sub-sections', w71, 15, undefined],
  ['an item of the Files list that names no single path', [...w10.slice(0, 9), '- `a.java` and `b.java`', '## Next'], 1, undefined],
  ['a files label with words after it, no path', ['## Suite (3 tests)', '### A', '**Files**: all of them', '### B', '**File**: `b_test.go`'], 1, undefined],
  ['a label of other words ("Location")', ['## Suite (3 tests)', '### A', '**Location**: `a_test.go`', '### B', '**File**: `b_test.go`'], 1, undefined],
];

describe('subsectionFiles', () => {
  it('has positive and negative cases', () => expect(cases.some((c) => c[3]) && cases.some((c) => !c[3])).toBe(true));
  it.each(cases)('%s', (_what, lines, line, want) => {
    const found = subsectionFiles(lines.join('\n'), line);
    expect(found?.files.map((f) => [f.path, f.line])).toEqual(want);
  });
});
