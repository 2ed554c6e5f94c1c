/** The lines a total after a list closes: the section before a "Total" heading, or the section of a total line. */
import { describe, expect, it } from 'vitest';
import { listTotalSpan, listUnderSpan } from '../../src/check/list-total.js';

const w28 = ['## Test Files Created', '', '### Unit Tests', '', '1. **a_test.go** (2 tests)', '', '### Integration Tests', '', '1. **b_test.go** (3 tests)', '', '## Total Tests: **5 tests**'];

/** A report's lines, the 1-based line of the total, and the span it closes (undefined: no total there). */
const cases: Array<[what: string, lines: string[], line: number, want: { first: number; last: number } | undefined]> = [
  ['a Total heading closes the section of its level before it, subsections included (w28)', w28, 11, { first: 2, last: 10 }],
  ['a Total heading after a deeper section (w32)', ['## Infra', '### Test Files Created', '1. **a.php** - 2 tests', '2. **b.php** - 3 tests', '', '### Total Test Coverage: 5 Tests'], 6, { first: 3, last: 5 }],
  ['a total line closes its own section', ['### Files', '- `a.test.js` - 2 tests', '- `b.test.js` - 3 tests', '', '**Total**: 5 tests'], 5, { first: 2, last: 4 }],
  ['a total heading in another language', ['## 文件', '- `a.test.js`: 2', '', '## 总计: 5'], 4, { first: 2, last: 3 }],
  ['a heading inside a code fence is no heading', ['## Files', '```', '# comment', '```', '- `a.test.js` - 2 tests', '## Total Tests: 2'], 6, { first: 2, last: 5 }],
  // no total there
  ['a heading that is no total', [...w28.slice(0, -1), '## Test Execution: 5 tests'], 11, undefined],
  ['a heading that names a total without a colon', [...w28.slice(0, -1), '## Total Tests'], 11, undefined],
  ['a line that is no total line', ['### Files', '- `a.test.js` - 2 tests', 'All 5 tests pass.'], 3, undefined],
  ['a total heading right under its parent heading', ['## Files', '## Total Tests: 5'], 2, undefined],
];

describe('listTotalSpan', () => {
  it('has positive and negative cases', () => expect(cases.some((c) => c[3]) && cases.some((c) => !c[3])).toBe(true));
  it.each(cases)('%s', (_what, lines, line, want) => expect(listTotalSpan(lines.join('\n'), line)).toEqual(want));
});

const w10 = ['### Suites', '', '#### **Security Tests** (90+ tests)', '**Files**:', '- `ATest.java` (20 tests)', '- `BTest.java` (70 tests)', '', '#### Other', '- x'];

/** The lines under a heading that counts them (undefined: no heading there). */
const underCases: Array<[what: string, lines: string[], line: number, want: { first: number; last: number } | undefined]> = [
  ['a heading over a list, down to the next heading of its level (w10:270)', w10, 3, { first: 4, last: 7 }],
  ['deeper headings stay under it', ['## Unit (5 tests)', '### a', '- `a.test.js` (2 tests)', '### b', '- `b.test.js` (3 tests)', '## Next'], 1, { first: 2, last: 5 }],
  ['the last heading runs to the end', ['## Unit (5 tests)', '- `a.test.js` (2 tests)'], 1, { first: 2, last: 2 }],
  // nothing under it
  ['a line that is no heading', w10, 5, undefined],
  ['a heading right before one of its level', ['## Unit (5 tests)', '## Next'], 1, undefined],
];

describe('listUnderSpan', () => {
  it('has positive and negative cases', () => expect(underCases.some((c) => c[3]) && underCases.some((c) => !c[3])).toBe(true));
  it.each(underCases)('%s', (_what, lines, line, want) => expect(listUnderSpan(lines.join('\n'), line)).toEqual(want));
});
