/**
 * Tense read from where a figure stands: open task boxes, tables of estimates
 * and plans. Each case runs the whole extraction and names one claim by kind
 * and text; `tense` is what it must get, `reason` a piece of its tenseReason.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/commands/claims.js';
import { validator } from '../src/schemas.js';
import type { ClaimKind, Tense } from '../src/model.js';

interface TenseCase {
  markdown: string;
  kind: ClaimKind;
  /** The claim's text. */
  text: string;
  tense: Tense;
  reason?: string;
}

/** A plan whose total row adds up estimates. */
const estimateTable = '| Phase | Est. Time | Test Cases |\n| --- | --- | --- |\n| Phase 1 | 2-3 days | 120-150 |\n| Phase 2 | 3-4 days | 150-200 |\n| **TOTAL** | 5-7 days | 270-350 |';

/** A cell of a plan that says where things stand. */
const planCell = '| Module | Tests | Effort |\n| --- | --- | --- |\n| API | 40 tests (currently 12 tests) | 2 days |';

/** A table under an estimates heading whose estimate has a column of its own. */
const mutationTable = '### Expected Mutation Scores (Preliminary Estimates)\n\n| Module | Code Coverage | Estimated Mutation Score |\n| --- | --- | --- |\n| `constants.py` | 100% | 95%+ |';

/** A table whose columns are dated: the earlier one holds before-values. */
// A Total row adds up the rows above it (total.ts): one row of parts makes it a total.
const datedColumns = '| Metric | Sept 30 | Oct 7 |\n| --- | --- | --- |\n| Unit | 1417 | 2003 |\n| Total Tests | 1,417 | 2,003 |';

/** A table whose columns are periods of the work, then a target (104:78). */
const periodColumns = '| Metric | Sprint 2 Exit | Sprint 3a Exit | Sprint 3b Exit | Sprint 3 Target |\n| --- | --- | --- | --- | --- |\n| Tests | 549 | 627 | **699** | 650+ ✅ |';

/** Each figure and the tense it must get: goals and estimates beside the current figures nearest them. */
const cases: TenseCase[] = [
  // an open task box states a goal
  { markdown: '- [ ] Code coverage ≥ 80% for critical paths', kind: 'coverage.lines', text: 'Code coverage ≥ 80%', tense: 'target', reason: 'unchecked task item' },
  { markdown: '* [ ] All 431 tests passing', kind: 'tests.passed', text: '431 tests passing', tense: 'target', reason: 'unchecked task item' },
  { markdown: '- [x] 87% coverage', kind: 'coverage.lines', text: '87% coverage', tense: 'current' },
  // a level a step to come waits for: "after", "once", "until" then "achieved" (406:269, 102:144); the level reached is present
  { markdown: '## Plan\n\n4. **Performance Tests** - After 60% coverage achieved', kind: 'coverage.lines', text: '60% coverage', tense: 'target', reason: 'a level a step to come waits for' },
  { markdown: '## Summary\n\n- Once 90% coverage is reached, turn on the gate', kind: 'coverage.lines', text: '90% coverage', tense: 'target', reason: 'a level a step to come waits for' },
  { markdown: '## Summary\n\n- Release after review: 60% coverage achieved', kind: 'coverage.lines', text: '60% coverage', tense: 'current' },
  // "A → B" in an open task or followed by the gap still to close: A is where it stands, B the goal
  { markdown: '### Coverage\n\n1. **`file_manager.py`** (84% → 95%): Need +11 percentage points', kind: 'coverage.lines', text: '84%', tense: 'current' },
  { markdown: '### Coverage\n\n1. **`file_manager.py`** (84% → 95%): Need +11 percentage points', kind: 'coverage.lines', text: '95%', tense: 'target', reason: 'gap still to close' },
  // without a task or a gap, the arrow is a change made
  { markdown: '### Coverage\n\n1. **`file_manager.py`** (84% → 95%)', kind: 'coverage.lines', text: '84%', tense: 'before', reason: 'left side of a change' },
  { markdown: '- Coverage: 0% → 45%', kind: 'coverage.lines', text: 'Coverage: 0%', tense: 'before' },
  // the way to a goal in a heading; improving "to" a figure is no way to it
  { markdown: '### Timeline to 85% Coverage', kind: 'coverage.lines', text: '85% Coverage', tense: 'target', reason: 'stated as a target' },
  { markdown: '- Coverage improved to 85% coverage', kind: 'coverage.lines', text: '85% coverage', tense: 'current' },
  // w15:66: an arrow from a count of tests to the coverage they give joins a cause to its effect, not two values of one figure
  { markdown: '### Model Specs (76 tests)\n- ✅ **User model**: 22 tests → 100% coverage', kind: 'tests.total', text: '22 tests', tense: 'current' },
  // a count joined to a count of the same noun is a change
  { markdown: '- Tests: 12 → 40 tests', kind: 'tests.total', text: '12', tense: 'before', reason: 'left side of a change' },
  { markdown: '- 87% coverage', kind: 'coverage.lines', text: '87% coverage', tense: 'current' },
  // content nested in an open task belongs to it
  { markdown: '- [ ] Raise coverage\n  - line coverage 85%', kind: 'coverage.lines', text: 'line coverage 85%', tense: 'target', reason: 'unchecked task item' },
  { markdown: '- [ ] Grow the suite\n\n  | Suite | Tests |\n  | --- | --- |\n  | Unit | 40 tests |', kind: 'tests.total', text: '40 tests', tense: 'target', reason: 'unchecked task item' },
  // a nested item with a box of its own has its own state
  { markdown: '- [ ] Release\n  - [x] 431 tests passing', kind: 'tests.passed', text: '431 tests passing', tense: 'current' },
  // an open task may say where things stand now
  { markdown: '- [ ] Fix the failing tests (currently 5 failing)', kind: 'tests.failed', text: '5 failing', tense: 'current' },
  { markdown: '- [ ] Finish the migration (431 tests passing so far)', kind: 'tests.passed', text: '431 tests passing', tense: 'current' },
  { markdown: '- [ ] Raise coverage\n\n  Coverage is 40% now.', kind: 'coverage.lines', text: 'Coverage is 40%', tense: 'current' },
  // a change inside an open task is not made yet: its left side is where things stand, its right side the goal
  { markdown: '- [ ] Coverage 30% → 80%', kind: 'coverage.lines', text: 'Coverage 30%', tense: 'current' },
  { markdown: '- [ ] Coverage 30% → 80%', kind: 'coverage.lines', text: '80%', tense: 'target', reason: 'open task' },
  // a table with an estimate column is a plan: its total row sums estimates
  { markdown: estimateTable, kind: 'total', text: '270-350', tense: 'projected', reason: 'table of estimates (column "Est. Time")' },
  { markdown: estimateTable, kind: 'total', text: '5-7 days', tense: 'projected', reason: 'column "Est. Time"' },
  { markdown: '| Task | Tests | Effort |\n| --- | --- | --- |\n| Auth | 40 tests | 2 days |', kind: 'tests.total', text: '40 tests', tense: 'projected', reason: 'column "Effort"' },
  { markdown: '## Next Steps\n\n| Module | Coverage | ETA |\n| --- | --- | --- |\n| `src/auth.ts` | 80% | Sprint 3 |', kind: 'coverage.lines', text: '80%', tense: 'projected', reason: 'ETA' },
  // columns that state what is keep their tense in a table of estimates
  { markdown: '| Phase | Current Coverage | Est. Time |\n| --- | --- | --- |\n| Phase 1 | 30% | 2 days |', kind: 'coverage.lines', text: '30%', tense: 'current' },
  { markdown: '| Task | Effort | Commit |\n| --- | --- | --- |\n| Fix SQL | 15 min | fbd76a5 |', kind: 'git.commit', text: 'fbd76a5', tense: 'current' },
  // words in a cell still say what is now
  { markdown: planCell, kind: 'tests.total', text: '12 tests', tense: 'current' },
  { markdown: planCell, kind: 'tests.total', text: '40 tests', tense: 'projected', reason: 'Effort' },
  { markdown: '| Task | Actual Effort | Tests |\n| --- | --- | --- |\n| Auth | 2 days | 40 tests |', kind: 'tests.total', text: '40 tests', tense: 'current' },
  // a table under a heading that names a plan holds targets
  { markdown: '## Implementation Plan\n\n| Step | Tests |\n| --- | --- |\n| Auth | 40 tests |', kind: 'tests.total', text: '40 tests', tense: 'target', reason: 'table of a plan ("Implementation Plan")' },
  { markdown: '### Coverage Roadmap\n\n| Module | Coverage |\n| --- | --- |\n| API | 70% |', kind: 'coverage.lines', text: '70%', tense: 'target', reason: 'Coverage Roadmap' },
  // a plan marked done, and a table of results
  { markdown: '## Implementation Plan ✅ Complete\n\n| Step | Tests |\n| --- | --- |\n| Auth | 40 tests |', kind: 'tests.total', text: '40 tests', tense: 'current' },
  { markdown: '## Test Results\n\n| Suite | Tests |\n| --- | --- |\n| Unit | 40 |', kind: 'tests.total', text: '40', tense: 'current' },
  // a plan heading higher up does not reach a table in a section of its own
  { markdown: '## Plan\n\n### Results so far\n\n| Suite | Tests |\n| --- | --- |\n| Unit | 40 |', kind: 'tests.total', text: '40', tense: 'current' },
  // "Test" is no estimate ("est")
  { markdown: '| Test | Tests |\n| --- | --- |\n| Unit | 40 |', kind: 'tests.total', text: '40', tense: 'current' },
  // a heading or list label that names the state before the work
  { markdown: '### Before Audit\n\n- Monitoring: 0% coverage', kind: 'coverage.lines', text: '0% coverage', tense: 'before', reason: 'Before Audit' },
  { markdown: '## Baseline\n\n431 tests passing', kind: 'tests.passed', text: '431 tests passing', tense: 'before', reason: 'Baseline' },
  { markdown: '**Previous State (Sept 30, 2025)**:\n- Test Coverage: 30%', kind: 'coverage.lines', text: 'Test Coverage: 30%', tense: 'before', reason: 'Previous State' },
  { markdown: '**Current State (Oct 7, 2025)**:\n- Test Coverage: 73%', kind: 'coverage.lines', text: 'Test Coverage: 73%', tense: 'current' },
  { markdown: '## Before / After\n\n- Coverage: 73%', kind: 'coverage.lines', text: 'Coverage: 73%', tense: 'current' },
  { markdown: '## Baseline vs Current\n\n- Coverage: 73%', kind: 'coverage.lines', text: 'Coverage: 73%', tense: 'current' },
  // columns headed by dates: only the latest is the present
  { markdown: datedColumns, kind: 'total', text: '1,417', tense: 'before', reason: 'column "Sept 30" is dated before column "Oct 7"' },
  { markdown: datedColumns, kind: 'total', text: '2,003', tense: 'current' },
  { markdown: '| Metric | 2025-10-07 | 2025-09-30 |\n| --- | --- | --- |\n| Unit | 2003 | 1417 |\n| Total Tests | 2,003 | 1,417 |', kind: 'total', text: '1,417', tense: 'before', reason: '"2025-09-30"' },
  { markdown: '| Metric | 2025-10-07 | 2025-09-30 |\n| --- | --- | --- |\n| Unit | 2003 | 1417 |\n| Total Tests | 2,003 | 1,417 |', kind: 'total', text: '2,003', tense: 'current' },
  { markdown: '| Metric | Oct 7 |\n| --- | --- |\n| Unit | 2003 |\n| Total Tests | 2,003 |', kind: 'total', text: '2,003', tense: 'current' },
  // columns headed by periods of the work run in time as dates do; three or more are a history (104:80, w10:468)
  { markdown: periodColumns, kind: 'tests.total', text: '549', tense: 'historical', reason: 'one of 3 dated columns' },
  { markdown: periodColumns, kind: 'tests.total', text: '627', tense: 'historical', reason: 'one of 3 dated columns' },
  { markdown: periodColumns, kind: 'tests.total', text: '699', tense: 'current' },
  { markdown: periodColumns, kind: 'tests.total', text: '650+', tense: 'target' },
  { markdown: '| Metric | Week 1 | Week 2 | Change |\n| --- | --- | --- | --- |\n| Tests Passing | 179 | 186 | +4% |', kind: 'tests.passed', text: '179', tense: 'before', reason: 'column "Week 1" is dated before column "Week 2"' },
  { markdown: '| Metric | Week 1 | Week 2 | Change |\n| --- | --- | --- | --- |\n| Tests Passing | 179 | 186 | +4% |', kind: 'tests.passed', text: '186', tense: 'current' },
  // failures stated as resolved were failures before
  { markdown: '- All 8 unit test failures resolved', kind: 'tests.failed', text: '8 unit test failures', tense: 'before', reason: 'resolved' },
  { markdown: 'Fixed 3 failing tests in the parser.', kind: 'tests.failed', text: '3 failing', tense: 'before', reason: 'resolved' },
  { markdown: '- 2 test failures (not yet fixed)', kind: 'tests.failed', text: '2 test failures', tense: 'current' },
  { markdown: '- Failures: 0 (all fixed)', kind: 'tests.failed', text: 'Failures: 0', tense: 'current' },
  // what another report claimed, checked here, is history
  { markdown: '**Points Gained**: +4 (not +5 as claimed)', kind: 'change', text: '5', tense: 'historical', reason: 'claimed elsewhere' },
  { markdown: '**Points Gained**: +4 (not +5 as claimed)', kind: 'change', text: '4', tense: 'current' },
  { markdown: '✅ **P1 High Priority** - COMPLETE (+6 points this commit, not +10)', kind: 'change', text: '10', tense: 'historical', reason: 'claimed elsewhere' },
  { markdown: '| Metric | Claimed | Actual |\n| --- | --- | --- |\n| Line coverage | 95% | 91% |', kind: 'coverage.lines', text: '95%', tense: 'historical', reason: 'column "Claimed"' },
  { markdown: '| Metric | Claimed | Actual |\n| --- | --- | --- |\n| Line coverage | 95% | 91% |', kind: 'coverage.lines', text: '91%', tense: 'current' },
  // a column of tests still to write is a plan's (w86:594, 597; w38:281), the columns beside it keep their tense
  { markdown: '| Component | Current | Target | New Tests Needed |\n| --- | --- | --- | --- |\n| Controllers | 27% | 90% | ~50 tests |', kind: 'tests.total', text: '~50 tests', tense: 'target', reason: 'column "New Tests Needed"' },
  { markdown: '| Package | Current | Tests to Add |\n| --- | --- | --- |\n| auth | 12 tests | 8 tests |', kind: 'tests.total', text: '8 tests', tense: 'target', reason: 'column "Tests to Add"' },
  { markdown: '| Package | Current | Tests to Add |\n| --- | --- | --- |\n| auth | 12 tests | 8 tests |', kind: 'tests.total', text: '12 tests', tense: 'current' },
  { markdown: '| Suite | Tests | Needs |\n| --- | --- | --- |\n| auth | 12 tests | a fixture |', kind: 'tests.total', text: '12 tests', tense: 'current' },
  // a figure said to be unmeasured is no measurement
  { markdown: '- 90% coverage not measured (need to run pytest)', kind: 'coverage.lines', text: '90% coverage', tense: 'target', reason: 'not measured' },
  { markdown: '- Cannot measure actual 90% coverage without running pytest', kind: 'coverage.lines', text: '90% coverage', tense: 'target', reason: 'not measured' },
  { markdown: '- 90% coverage measured by pytest-cov', kind: 'coverage.lines', text: '90% coverage', tense: 'current' },
  // a delta still needed is a target; what "will" be reached is a projection, what "must" be, a target
  { markdown: '- `auth.py`: **90%** (needs +5%)', kind: 'change', text: '5%', tense: 'target', reason: 'still needed' },
  { markdown: '#### Priority 1: Context Manager\n- Current: 80.17%\n- Need: +14.83% (to reach 95%)', kind: 'change', text: '14.83%', tense: 'target', reason: 'still needed' },
  { markdown: 'The tests will achieve 95% coverage once the build is fixed.', kind: 'coverage.lines', text: '95% coverage', tense: 'projected', reason: 'projection' },
  { markdown: 'The suite must reach 95% coverage.', kind: 'coverage.lines', text: '95% coverage', tense: 'target' },
  // "to meet" aims at a goal, as "to reach" does (106, w21)
  { markdown: '- ⚠️ **51% coverage** (needs +24% to meet 75%)', kind: 'coverage.lines', text: '75%', tense: 'target' },
  // an estimate marked after the figure says how it was found, not when it holds (fixtures/labels/README.md): it stays current
  { markdown: '| Sprint | Tests Added |\n| --- | --- |\n| 3c | ~20 est. |', kind: 'change', text: '~20', tense: 'current' },
  { markdown: '### Coverage Gains\n- **Audit Service:** 0% → **88.64%** (estimated)', kind: 'coverage.lines', text: '88.64%', tense: 'current' },
  // a table of estimates in a language without spaces (工作量, "workload")
  { markdown: '| 任务 | 工作量 | 覆盖率提升 |\n| --- | --- | --- |\n| error.rs测试 | 2-3h | +2% |', kind: 'change', text: '2%', tense: 'projected', reason: '工作量' },
  // a column estimating a metric estimates only itself: the measured column beside it stays current, under any heading
  { markdown: mutationTable, kind: 'coverage.lines', text: '100%', tense: 'current' },
  { markdown: '| Module | Code Coverage | Estimated Mutation Score |\n| --- | --- | --- |\n| `utils.py` | 92% | 80%+ |', kind: 'coverage.lines', text: '92%', tense: 'current' },
  { markdown: '### Coverage Estimates\n\n| Module | Coverage |\n| --- | --- |\n| `utils.py` | 92% |', kind: 'coverage.lines', text: '92%', tense: 'target', reason: 'table of a plan' },
  // a history of figures: its entries are past states, save the one labelled current; a git history is no such thing
  { markdown: '### Test Count History\n- **Initial:** 320 tests\n- **Current:** 845 tests', kind: 'tests.total', text: '320 tests', tense: 'historical', reason: 'Test Count History' },
  { markdown: '### Test Count History\n- **Initial:** 320 tests\n- **Current:** 845 tests', kind: 'tests.total', text: '845 tests', tense: 'current' },
  { markdown: '## Git History\n\n- **Commits**: 5 commits since `v1.0.0`', kind: 'git.commits', text: '5 commits since `v1.0.0`', tense: 'current' },  // a change still to make, written as an imperative: where it stands now, and its goal; the same in the past tense is done
  { markdown: '### Coverage Improvement Targets\n\n1. **pkg/api/http**: Increase from 15.4% to 50%+ coverage', kind: 'coverage.lines', text: '15.4%', tense: 'current' },
  { markdown: '### Coverage Improvement Targets\n\n1. **pkg/api/http**: Increase from 15.4% to 50%+ coverage', kind: 'coverage.lines', text: '50%+ coverage', tense: 'target', reason: 'N%+ coverage' },
  { markdown: '- Line coverage increased from 36.9% to 80%', kind: 'coverage.lines', text: 'Line coverage increased from 36.9%', tense: 'before' },
  { markdown: '- Line coverage increased from 36.9% to 80%', kind: 'coverage.lines', text: '80%', tense: 'current' },
  // an imperative states a plan, unless its task box is checked: then the plan is done (101:7, 002_fd18048bc339533f:651)
  { markdown: '- Add tests for the parser (85% coverage)', kind: 'coverage.lines', text: '85% coverage', tense: 'target', reason: 'stated as a target' },
  { markdown: '- [x] Add tests for the parser (85% coverage)', kind: 'coverage.lines', text: '85% coverage', tense: 'current' },
  // a task item that compares a figure with the one that meets it: the compared figure is the bar
  { markdown: '- [x] Code coverage > 80% (81.36%)', kind: 'coverage.lines', text: 'Code coverage > 80%', tense: 'target', reason: 'the bar a task item compares' },
  { markdown: '- [x] Code coverage at 81.36% (target 80%)', kind: 'coverage.lines', text: 'Code coverage at 81.36%', tense: 'current' },
  // a floor written with a plus in a task item, then the figure that met it (104, w10); without the figure after it, it is the count done
  { markdown: '- [x] 650+ total tests passing (699 — exceeded)', kind: 'tests.passed', text: '650+ total tests passing', tense: 'target', reason: 'the floor a task item sets' },
  { markdown: '- [x] 650+ total tests passing', kind: 'tests.passed', text: '650+ total tests passing', tense: 'current' },
  // a label whose head noun, last, is a goal word makes its children targets (w22:16-19); a label that names something else leaves them measured
  { markdown: '### Test Configuration\n- Coverage thresholds:\n  - Branches: 70%\n  - Lines: 80%', kind: 'coverage.branches', text: '70%', tense: 'target', reason: 'Coverage thresholds' },
  { markdown: '### Test Configuration\n- Coverage thresholds:\n  - Branches: 70%\n  - Lines: 80%', kind: 'coverage.lines', text: '80%', tense: 'target', reason: 'Coverage thresholds' },
  { markdown: '### Coverage\n- Coverage requirements:\n  - Lines: 80%', kind: 'coverage.lines', text: '80%', tense: 'target' },
  { markdown: '### Coverage\n- Coverage results:\n  - Lines: 80%', kind: 'coverage.lines', text: '80%', tense: 'current' },
  { markdown: '### Coverage\n- Current coverage:\n  - Lines: 80%', kind: 'coverage.lines', text: '80%', tense: 'current' },
  // the plural goal word before the figures in their clause (w21:20)
  { markdown: '### Setup\n- Configured coverage thresholds (80% lines, 70% branches/functions)', kind: 'coverage.branches', text: '70%', tense: 'target' },
  { markdown: '### Setup\n- Measured coverage (80% lines, 70% branches/functions)', kind: 'coverage.branches', text: '70%', tense: 'current' },
];

function claimOf(markdown: string, kind: ClaimKind, text: string) {
  const found = extractClaims('case.md', markdown).filter((c) => c.kind === kind && c.text === text);
  expect(found, `one ${kind} claim "${text}"`).toHaveLength(1);
  return found[0]!;
}

describe('tense read from task boxes and tables of plans', () => {
  for (const testCase of cases) {
    it(`${testCase.tense}: ${JSON.stringify(testCase.markdown).slice(0, 80)} → ${testCase.text}`, () => {
      const found = extractClaims('case.md', testCase.markdown).filter((c) => c.kind === testCase.kind && c.text === testCase.text);
      expect(found, `one ${testCase.kind} claim "${testCase.text}"`).toHaveLength(1);
      expect(found[0]?.tense).toBe(testCase.tense);
      if (testCase.tense === 'current') expect(found[0]?.tenseReason).toBeUndefined();
      if (testCase.reason) expect(found[0]?.tenseReason).toContain(testCase.reason);
    });
  }
});

describe('task boxes in claims', () => {
  it('keeps the box in the claim context, valid against schemas/claim.schema.json', () => {
    const claims = extractClaims('case.md', '- [ ] Code coverage ≥ 80%\n- [x] 431 tests passing\n- 87% coverage');
    expect(claims.map((c) => c.context.checked)).toEqual([false, true, undefined]);
    const validate = validator('claim');
    for (const claim of claims) expect(validate(claim), JSON.stringify(validate.errors)).toBe(true);
  });
});

// A figure compared with a goal is the measured side, never the goal (105:37).
describe('a figure compared with its goal is no target', () => {
  it.each([
    '## Findings\n- **coverage** (medium): Coverage below thresholds (line: 36.9%, branch: 0.0%)',
    '## Findings\n- Coverage exceeds the targets (lines: 91%)',
    // the comparison right after the figure: "91% - Below target" (201:207), "86% above target" (w10:655)
    '## Summary\n- **Code coverage:** 91% - Below target',
    '## Summary\n- Code coverage 86% above target',
    // a present word right before the figure, after the goal its clause named first (102:82)
    '## Summary\n✅ **Coverage Target** - In progress - current 35.12%',
    '## Summary\n- Coverage goal not met yet, actual: 81%',
  ])('%s', (markdown) => {
    const found = extractClaims('case.md', markdown).filter((c) => c.tense === 'target');
    expect(found).toEqual([]);
  });
  it.each([
    ['## Findings\n- Coverage threshold (80%) configured', 80],
    ['## Findings\n- Current coverage (35.12%) is below target (90.00%).', 90],
    ['## Findings\n- Code coverage 90% target', 90],
    ['## Findings\n✅ **90%+ Coverage Target** - In progress - current 35.12%', 90],
    // "measured / goal": the first is measured, even after a goal word its clause named first (406:293)
    ['## Findings\n**Achievement**: coverage (49.06% / 50% target)', 50],
    ['## Findings\n**Achievement**: 98% of coverage target (49.06% / 50% target)', 50],
  ])('the goal itself still is one: %s', (markdown, goal) => {
    const found = extractClaims('case.md', markdown).filter((c) => c.tense === 'target');
    expect(found.map((c) => c.value)).toEqual([goal]);
  });
});
