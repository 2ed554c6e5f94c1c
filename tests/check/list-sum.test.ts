import { describe, expect, it } from 'vitest';
import { breakdownParts, itemFigure, listParts, totalLineFigure } from '../../src/check/list-sum.js';

describe('totalLineFigure', () => {
  const cases: Array<[string, { value: number; of?: number; noun: string; approx?: boolean } | undefined]> = [
    // the line led by a label naming a total, and the figure right after it (505:117, 101:39, w56:150, w55:149)
    ['**Total: 96/96 APIs tested (100%)**', { value: 96, of: 96, noun: 'APIs' }],
    ['Total size: ~152 KB of audit documentation', { value: 152, noun: 'KB', approx: true }],
    ['**Total**: 32 tests can run without Ollama', { value: 32, noun: 'tests' }],
    ['**Total New Test Code**: ~100KB', { value: 100, noun: 'KB', approx: true }],
    // no total label, a percentage, a duration, or the figure far from the label
    ['Summary: 32 tests', undefined],
    ['**Total coverage**: 84%', undefined],
    ['**Total duration**: 12 seconds', undefined],
    ['The total is large, but 32 tests ran', undefined],
  ];
  for (const [line, want] of cases) {
    it(line, () => {
      const got = totalLineFigure(line);
      if (want === undefined) expect(got).toBeUndefined();
      else expect(got).toMatchObject({ value: want.value, noun: want.noun, approx: want.approx ?? false, ...(want.of !== undefined ? { of: want.of } : {}) });
    });
  }
});

describe('listParts', () => {
  const total = (line: string) => totalLineFigure(line)!;
  const cases: Array<[string, string[], number[] | undefined]> = [
    // items counting the total's things, one figure each; an item may name another kind of them (505:109 "7/7 features")
    ['**Total: 12/12 APIs tested**', ['Arena: 5/5 APIs ✅', 'Except: 7/7 features ✅'], undefined],
    ['**Total: 17/17 APIs tested**', ['Arena: 5/5 APIs ✅', 'Socket: 5/5 APIs ✅', 'Except: 7/7 features ✅'], [5, 5, 7]],
    ['**Total**: 8 tests', ['TokenCounterTests (5 tests)', 'EdgeCaseTests (3 tests)'], [5, 3]],
    // sizes in any size unit under a size (101:39)
    ['Total size: ~60 KB', ['1. ✅ AUDIT_REPORT.md (52 KB)', '2. ✅ tests.csv (445 bytes)'], [52, 445]],
    // items with no figure, two figures, percentages, a size beside a count, or counting other things
    ['**Total**: 8 tests', ['TokenCounterTests (5 tests)', 'EdgeCaseTests'], undefined],
    ['**Total**: 8 tests', ['a.py: 5 tests, 2 skipped', 'b.py (3 tests)'], undefined],
    ['**Total**: 8 modules at 85%+ coverage', ['a.py (86%)', 'b.py (90%)'], undefined],
    ['Total size: 60 KB', ['a.md (52 KB)', 'b.md (8 tests)'], undefined],
    ['**Total**: 19 new files', ['a_test.java (15 tests)', 'b_test.java (4 tests)'], undefined],
    ['**Total**: 8 tests', ['a.py (8 tests)'], undefined],
  ];
  for (const [line, items, want] of cases) {
    it(`${line} over ${items.length} items`, () => {
      const parts = listParts(total(line), items);
      expect(parts?.map((p) => p.value)).toEqual(want);
    });
  }
  it('reads one figure an item states, none when it states two', () => {
    expect(itemFigure('- SocketDNS: 7/7 APIs ✅')).toMatchObject({ value: 7, of: 7, noun: 'APIs' });
    expect(itemFigure('v2 of parser_2.py (3 tests)')).toMatchObject({ value: 3, noun: 'tests' });
    expect(itemFigure('a.py: 5 tests, 2 skipped')).toBeUndefined();
  });
});

describe('breakdownParts', () => {
  const total = totalLineFigure('GRAND TOTAL: 700 Lines')!;
  const cases: Array<[string | undefined, string[], number[] | undefined]> = [
    ['🔍 Breakdown by Category', ['1. Python Code (500 lines - 71%)', '2. Documentation (200 lines - 29%)'], [500, 200]],
    // the next section breaks nothing down, is missing, or a sub-section states no part
    ['Key Metrics', ['1. Python Code (500 lines - 71%)', '2. Documentation (200 lines - 29%)'], undefined],
    [undefined, [], undefined],
    ['Test Breakdown', ['1. Python Code (500 lines - 71%)', 'Notes'], undefined],
  ];
  for (const [title, subs, want] of cases) it(`${title ?? '(none)'} over ${subs.length} sub-sections`, () => expect(breakdownParts(total, title, subs)?.map((p) => p.value)).toEqual(want));
});
