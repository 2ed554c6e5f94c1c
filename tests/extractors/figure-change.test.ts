import classifier from '../../extractors/figure-change.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(classifier, {
  valid: [
    // an unsigned rise in points that its clause names (405:4, 406:9)
    { markdown: '## Summary\nCoverage went from **74.29%** to **92.47%** - a gain of **18.18 percentage points**.', claims: [
      { kind: 'change', value: 18.18, subject: { scope: 'all' } },
    ] },
    { markdown: 'We added 143 tests, improving overall coverage by **2.70 percentage points** in 2 days.', claims: [{ kind: 'change', value: 2.7 }] },
    // a label whose head names the change, sign or not (402, 505): only the figure right after its colon
    { markdown: '```\nCode Added: 7,000+ lines\n```', claims: [{ kind: 'change', value: 7000, qualifier: 'atLeast', subject: { scope: 'all' } }] },
    { markdown: '*Overall coverage improvement: 7.5% (from 0% baseline)*', claims: [{ kind: 'change', value: 7.5, subject: { scope: 'all' } }] },
    // a signed delta under a label naming the part that changed
    { markdown: '- **Readiness Score**: ↑ 11.4 points', claims: [{ kind: 'change', value: 11.4, subject: { name: 'Readiness Score' }, tense: 'current' }] },
    { markdown: '- **Unit Test Failures**: +129', claims: [{ kind: 'change', value: 129, subject: { name: 'Unit Test Failures' } }] },
    { markdown: '**Lines Added in Recent Sessions:**\n- Test code: +6,500 lines\n- Scripts & automation: +1,095 lines', claims: [
      { kind: 'change', value: 6500, subject: { name: 'Test code' } },
      { kind: 'change', value: 1095, subject: { name: 'Scripts and automation' } },
    ] },
    // a label that only says "gained" gives the part its section's heading names
    { markdown: '### 1. Code Quality: 15/15 ✅\n\n**Points Gained**: +4 ✅', claims: [{ kind: 'change', value: 4, subject: { category: 'Code Quality' } }] },
    { markdown: '- **Expected Gain:** +1% overall', claims: [{ kind: 'change', value: 1, subject: { scope: 'all' }, tense: 'projected' }] },
    // a file named before the delta; what is still needed is a target
    { markdown: '- `file_manager.py`: **84%** ⚠️ (needs +11%)', claims: [{ kind: 'change', value: 11, subject: { path: 'file_manager.py' }, tense: 'target' }] },
    // a time or a step names no part: the whole project changed
    { markdown: '- **Integration Phase:** 445 tests (+125)', claims: [{ kind: 'change', value: 125, subject: { scope: 'all' } }] },
    { markdown: '- Test cases: **561+** (↑ 56%)', claims: [{ kind: 'change', value: 56, subject: { scope: 'all' } }] },
    // a row's list number is no part of the category's name
    { markdown: '| Category | Previous | Updated | Change |\n| --- | --- | --- | --- |\n| **2. Secrets & Configuration** | 1.0 | 3.5 | **+2.5** |', claims: [
      { kind: 'change', value: 2.5, subject: { name: 'Secrets & Configuration' } },
    ] },
    { markdown: '| Step | Change |\n| --- | --- |\n| 2.5 Parser | +3 |', claims: [{ kind: 'change', value: 3, subject: { name: '2.5 Parser' } }] },
    // a noun of change names a delta no label names
    { markdown: '**Significant Progress**: Improved from 27% to 53% production readiness (+96% improvement)', claims: [{ kind: 'change', value: 96, subject: { scope: 'all' } }] },
    // a column of changes, signed or not; rows that are periods say when, not what: the changes are the project's (labels README, Session 13)
    { markdown: '| Sub-Sprint | Status | Tests Added |\n| --- | --- | --- |\n| 3b | ✅ Complete | 72 |\n| 3c | 🔲 Next | ~20 est. |', claims: [
      { kind: 'change', value: 72, subject: { scope: 'all' }, tense: 'current' },
      // "est." makes it approximate; its tense is not the estimate's to say (fixtures/labels/README.md, Session 11)
      { kind: 'change', value: 20, subject: { scope: 'all' }, qualifier: 'approx' },
    ] },
    // rows that are named parts, not periods, keep their names
    { markdown: '| Module | Status | Tests Added |\n| --- | --- | --- |\n| 3b | ✅ Complete | 72 |', claims: [
      { kind: 'change', value: 72, subject: { name: '3b' } },
    ] },
    { markdown: '| 模块 | 新增测试数 | 通过数 |\n| --- | --- | --- |\n| vm-simd | 47 | 45 |\n| **总计** | **99** | **94** |', claims: [
      { kind: 'change', value: 47, subject: { name: 'vm-simd' } },
      { kind: 'change', value: 99, subject: { scope: 'all' } },
    ] },
    { markdown: '| Metric | Target | Achieved |\n| --- | --- | --- |\n| **Coverage Improvement** | +80.51% | **+25.63%** |', claims: [
      { kind: 'change', value: 80.51, subject: { scope: 'all' }, tense: 'target' },
      { kind: 'change', value: 25.63, subject: { scope: 'all' }, tense: 'current' },
    ] },
    // a gain in a table of estimates, its row naming a file in a language without spaces
    { markdown: '| 任务 | 工作量 | 覆盖率提升 |\n| --- | --- | --- |\n| error.rs测试 | 2-3h | +2% |', claims: [{ kind: 'change', value: 2, subject: { path: 'error.rs' }, tense: 'projected' }] },
    // a task's gain under an estimated phase is the gain it is expected to bring
    { markdown: '### Phase 1: Quick Wins (Estimated +15% coverage)\n\n1. **Add AdjusterDashboard tests** (+5%)', claims: [
      { kind: 'change', value: 15, tense: 'projected' },
      { kind: 'change', value: 5, subject: { name: 'AdjusterDashboard tests' }, tense: 'projected' },
    ] },
    // the delta another report claimed, refuted here
    { markdown: '**Points Gained**: +4 (not +5 as claimed)', claims: [{ kind: 'change', value: 4, tense: 'current' }, { kind: 'change', value: 5, tense: 'historical' }] },
    // the step of a plan names the part it works on; a gain in the step's heading, under a plan, is its goal
    { markdown: '### Recommended Expansion Plan\n\n#### Phase 1: Scheduler Module (7% → 40% = +33%)', claims: [{ kind: 'change', value: 33, subject: { name: 'Scheduler Module' }, tense: 'target' }] },
    { markdown: '#### **Priority 2: Tenant Isolation Service**\n- Current: 68.59%\n- Need: +26.41% (to reach 95%)', claims: [{ kind: 'change', value: 26.41, subject: { name: 'Tenant Isolation Service' }, tense: 'target' }] },
    // a label of the line's role ("Gap:") names no part: the gap is of what the section measures (106:403)
    { markdown: '### Code Coverage Requirement\n- **Required:** >75%\n- **Gap:** Need +24% coverage', claims: [{ kind: 'change', value: 24, subject: { scope: 'all' }, tense: 'target' }] },
    // tests added under an item that says they were added stay a change
    { markdown: '- **Added tests**\n  - Parser (+5 tests)', claims: [{ kind: 'change', value: 5, subject: { name: 'Parser' } }] },
    { markdown: '- **Scripts**: +1,288 lines', claims: [{ kind: 'change', value: 1288, subject: { name: 'Scripts' } }] },
    { markdown: '### Results ✅\n\n#### Phase 1: Scheduler Module (7% → 40% = +33%)', claims: [{ kind: 'change', value: 33, subject: { name: 'Scheduler Module' }, tense: 'current' }] },
    { markdown: '### Phase 1: Scheduler Module\n\n- **Core Logic**: +12%', claims: [{ kind: 'change', value: 12, subject: { name: 'Core Logic' } }] },
    // a percentage in a row its noun calls a change, whatever its column
    { markdown: '| Category | Previous | Updated | Change | Notes |\n| --- | --- | --- | --- | --- |\n| **TOTAL** | 13.5 | 26.5 | +13.0 | **96% improvement** |', claims: [
      { kind: 'change', value: 13, subject: { scope: 'all' } },
      { kind: 'change', value: 96, subject: { scope: 'all' } },
    ] },
    // a mark of change right before an unsigned percentage, in a language without spaces, stands for the sign (303:89)
    { markdown: '## 🎯 下一步行动建议\n\n**Phase 1 Top 5高ROI测试** - 预计8-12小时，提升~5-6%', claims: [
      { kind: 'change', value: 5, qualifier: 'range', subject: { scope: 'all' }, tense: 'projected' },
    ] },
    { markdown: '- 覆盖率提升5%覆盖率', claims: [{ kind: 'change', value: 5, subject: { scope: 'all' } }] },
    // a count of tests whose noun ends with their adding
    { markdown: '- ✅ **143 high-quality tests** added', claims: [{ kind: 'change', value: 143, subject: { scope: 'all' }, tense: 'current' }] },
  ],
  invalid: [
    // a fall, or points no rise names, or a rise in another clause
    'Coverage dropped by 3 percentage points.',
    'The gap to 70%: 40 percentage points',
    'Coverage rose. The gap is now of 5 percentage points',
    // a change label over a count of tests (figure-added-tests reads it), a head that is an adjective, a figure further on
    '- Tests added: 64',
    '- **New**: 12 modules',
    '- Coverage gain: 46.36% → 47.04%',
    // a verb before the count may give the suite's size or a plan
    '- Created 137 endpoint tests',
    '1. ✅ **Add 20 tests** for uncovered components',
    '- 143 tests in the suite',
    // the `+` of a sum, of a name, of a lower bound
    '164/164 unit tests + 21 advanced feature tests = 222 total tests',
    '- **Documentation:** 15 active + 39 archived',
    'Built with C++ 17 and 650+ tests.',
    // a fall stays a figure: gaps and remainders are written that way too
    '- **Testing** (-2 points):',
    '| Module | Change |\n| --- | --- |\n| api | ↓ 4% |',
    // a delta nothing names, or only "Result:"
    '- +1 point for complete infrastructure',
    '**结果**:\n- +1288行格式化改进',
    // a percentage in a row whose noun is no change: a share of the row's things
    '| Module | Lines | Notes |\n| --- | --- | --- |\n| api | 120 | 30% new code |',
    // a mark of change before a rise of another measure (302:81), or in a table (its column says what it is)
    '4. **CUDA/ROCm集成** (P1-8)\n   - 预计提升90-98%性能',
    '| 模块 | 说明 |\n| --- | --- |\n| api | 提升5% |',
    // a delta of time is no change of the repository
    '- **Auth module** (+2 hours)',
    // a count of new things stays what its noun counts
    'Comprehensive test suite has been added (165+ new tests).',
    // in a plain-text block a leading `+` is a diff line
    '```\n+ 5 files\n```',
    // tests a task still to do adds are work to do, a figure (106:439)
    '2. ✅ **Expand existing tests**\n   - WorkflowDesigner (+5 tests)',
  ],
});
