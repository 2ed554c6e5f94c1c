import extractor from '../../extractors/coverage-percent.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: '```\nPackage: github.com/acme/api\nCoverage: 81.5%\n```', claims: [{ value: 81.5, subject: { name: 'github.com/acme/api' } }] },
    // A phrase that narrows the figure to part of the code gives that part, never the project.
    { markdown: '- 95% coverage on new code', claims: [{ kind: 'coverage.lines', value: 95, subject: { name: 'new code' } }] },
    { markdown: '- Diff coverage 90% on changed lines', claims: [{ value: 90, subject: { name: 'changed lines' } }] },
    { markdown: '- Line coverage (backend only): 72%', claims: [{ value: 72, subject: { name: 'backend' } }] },
    // A label that is a state of the figure or only says how things stand names no part.
    { markdown: '- **Target Coverage:** 85%', claims: [{ kind: 'coverage.lines', value: 85, subject: { scope: 'all' } }] },
    { markdown: '**Status:** ✅ **50% progress toward 85% coverage target**', claims: [{ kind: 'coverage.lines', value: 85, tense: 'target', subject: { scope: 'all' } }] },
    // A label with a word of its own still names its part.
    { markdown: '- **Payments Coverage:** 85%', claims: [{ kind: 'coverage.lines', value: 85, subject: { name: 'Payments' } }] },
    // a parent naming the measure or testing's score names no part (003:435, 202:208)
    { markdown: '5. **Code Coverage** ⚠️\n   - **Impact**: Cannot verify 80% coverage requirement', claims: [{ kind: 'coverage.lines', value: 80, subject: { scope: 'all' } }] },
    { markdown: '1. **Testing Score**: Claimed 19/20, should be 18/20\n   - Reason: Cannot measure actual 90% coverage without running pytest', claims: [{ kind: 'coverage.lines', value: 90, subject: { scope: 'all' } }] },
    // a parent naming a component still names it
    { markdown: '- **Payment Service** - refactored\n  - Coverage: 71%', claims: [{ kind: 'coverage.lines', value: 71, subject: { name: 'Payment Service' } }] },
    { markdown: 'Overall 87% coverage. Tests for new code were added too.', claims: [{ value: 87, subject: { scope: 'all' } }] },
    { markdown: 'We have 87% coverage.', claims: [{ kind: 'coverage.lines', value: 87, precision: 0, subject: { scope: 'all' } }] },
    { markdown: 'Branch coverage: 71.5%', claims: [{ kind: 'coverage.branches', value: 71.5, precision: 1 }] },
    // a row of a table of test suites gives the coverage of the source the suite tests; a row of a table of files is that file
    { markdown: '| Test Suite | Tests | Coverage |\n| --- | --- | --- |\n| **LoginPage.test.js** | 6 tests | 100% coverage |', claims: [{ kind: 'coverage.lines', value: 100, subject: { path: 'LoginPage.js' } }] },
    { markdown: '| Test Suite | Tests | Coverage |\n| --- | --- | --- |\n| `tests/test_arena.c` | 15 tests | 91% coverage |\n| `AppTest.java` | 6 tests | 80% coverage |', claims: [{ kind: 'coverage.lines', value: 91, subject: { path: 'tests/arena.c' } }, { kind: 'coverage.lines', value: 80, subject: { path: 'App.java' } }] },
    // a row named by a word for testing itself names no part
    { markdown: '| Area | Score | Justification |\n| --- | --- | --- |\n| **Testing** | 90/100 | 75% coverage, 561+ tests |', claims: [{ kind: 'coverage.lines', value: 75, subject: { scope: 'all' } }] },
    { markdown: '| Area | Justification |\n| --- | --- |\n| **Parser** | 75% coverage |', claims: [{ kind: 'coverage.lines', value: 75, subject: { name: 'Parser' } }] },
    // a paragraph of status lines: "Code Coverage" names the whole project, not the line above
    { markdown: '✅ **Production Status:** HEALTHY - All services operational  \n⚠️ **Test Status:** 95.3% passing (182/191 tests)  \n📊 **Code Coverage:** 79% overall', claims: [{ kind: 'coverage.lines', value: 79, subject: { scope: 'all' } }] },
    { markdown: 'Coverage improved from 27% → 30%', claims: [{ kind: 'coverage.lines', value: 27, tense: 'before' }, { kind: 'coverage.lines', value: 30, tense: 'current', text: '30%' }] },
    { markdown: 'Test Coverage: 30% (target: 70%)', claims: [{ kind: 'coverage.lines', value: 30, tense: 'current' }, { value: 70, tense: 'target', text: '70%' }] },
    { markdown: 'Increase web/app.py coverage - add WebSocket path tests (target: 85%)', claims: [{ kind: 'coverage.lines', value: 85, tense: 'target' }] },
    { markdown: '**Coverage Target:** Maintain >85% for new code', claims: [{ kind: 'coverage.lines', value: 85, qualifier: 'atLeast', tense: 'target' }] },
    { markdown: 'Line coverage rose to 80%', claims: [{ kind: 'coverage.lines', value: 80, tense: 'current' }] },
    { markdown: 'Coverage rose from 60% to 80%', claims: [{ value: 60, tense: 'before' }, { value: 80, tense: 'current', text: '80%' }] },
    // "targets" counted is no target statement
    { markdown: '3/10 targets met, coverage is 70%', claims: [{ value: 70, tense: 'current' }] },
    { markdown: 'Coverage: 27% → 3x faster builds', claims: [{ value: 27, tense: 'current' }] },
    { markdown: 'the target was 90% coverage', claims: [{ kind: 'coverage.lines', value: 90, tense: 'target' }] },
    // a component named in prose: bound to the path beside it, else a name the verifier cannot map
    { markdown: 'Storage layer coverage (store/engine.py): 95%', claims: [{ kind: 'coverage.lines', value: 95, subject: { path: 'store/engine.py' } }] },
    { markdown: 'API coverage: 95%', claims: [{ kind: 'coverage.lines', value: 95, subject: { name: 'API' } }] },
    { markdown: 'The storage layer branch coverage is 70%', claims: [{ kind: 'coverage.branches', value: 70, subject: { name: 'storage layer' } }] },
    { markdown: 'We achieved code coverage of 81%', claims: [{ kind: 'coverage.lines', value: 81, subject: { scope: 'all' } }] },
    { markdown: 'Sprint 3 delivered 88% coverage', claims: [{ kind: 'coverage.lines', value: 88, subject: { scope: 'all' } }] },
    { markdown: 'The web app lcov says line coverage is 80.4%', claims: [{ kind: 'coverage.lines', value: 80.4, subject: { scope: 'all' } }] },
    // an item labelled "Coverage:" alone under a heading naming a group of tests is that group's coverage (206:38, :43, :48)
    { markdown: '# Report\n\n### Phase 2: API Endpoint Tests ✅\n- Created 137 endpoint tests\n- Coverage: 0% → 45%', claims: [{ value: 0, tense: 'before', subject: { category: 'api endpoint' } }, { value: 45, tense: 'current', subject: { category: 'api endpoint' } }] },
    { markdown: '# Report\n\n### Phase 3: Infrastructure Tests\n- **Coverage:** 38%', claims: [{ value: 38, subject: { category: 'infrastructure' } }] },
    // a heading naming only a way of testing, a heading that is not a group of tests, a label with more words, the report's title, a paragraph
    { markdown: '# Report\n\n#### Unit Tests\n- **Coverage:** 76%', claims: [{ value: 76, subject: { scope: 'all' } }] },
    { markdown: '# Report\n\n#### Core Strengths\n- Coverage: 76%', claims: [{ value: 76, subject: { scope: 'all' } }] },
    { markdown: '# Report\n\n### Parser Tests\n- **Code Coverage:** 76%', claims: [{ value: 76, subject: { scope: 'all' } }] },
    { markdown: '# Parser Tests\n\n- Coverage: 76%', claims: [{ value: 76, subject: { scope: 'all' } }] },
    { markdown: '# Report\n\n## Components Needing Additional Tests\nTo meet the 80% coverage threshold, tests should be added.', claims: [{ value: 80, tense: 'target', subject: { scope: 'all' } }] },
    { markdown: 'In this sprint, backend coverage reached 80%', claims: [{ kind: 'coverage.lines', value: 80, subject: { name: 'backend' } }] },
    // a component's figure is never the project's: a label that names a part, a parenthesis after a part's name
    { markdown: '- AB testing coverage: 33% → 89%', claims: [{ value: 33, tense: 'before' }, { value: 89, tense: 'current', subject: { name: 'AB testing' } }] },
    { markdown: '2. ⚠️ **API Endpoint Coverage**: 12-31%', claims: [{ kind: 'coverage.lines', value: 12, subject: { name: 'API Endpoint' } }] },
    { markdown: '#### 1. Health Endpoints (14% coverage)', claims: [{ kind: 'coverage.lines', value: 14, subject: { name: 'Health Endpoints' } }] },
    { markdown: '- AB testing fully operational (89% coverage)', claims: [{ kind: 'coverage.lines', value: 89, subject: { name: 'AB testing fully operational' } }] },
    { markdown: 'All tests pass (87% coverage)', claims: [{ kind: 'coverage.lines', value: 87, subject: { scope: 'all' } }] },
    // a file's name owns the parenthesis (w21); a part set before the figure with a dash (w15, 205)
    { markdown: '7. **usePublicRpc.ts** (0% coverage)', claims: [{ kind: 'coverage.lines', value: 0, subject: { path: 'usePublicRpc.ts' } }] },
    { markdown: '### ✅ Controllers - 83.64% Coverage', claims: [{ kind: 'coverage.lines', value: 83.64, subject: { name: 'Controllers' } }] },
    { markdown: '- `get_total_invoice_count() -> u32` - **100% coverage**', claims: [{ kind: 'coverage.lines', value: 100, subject: { name: 'get_total_invoice_count' } }] },
    // a bound right after the noun states a requirement (201, 003, 024, 401); its row names no part
    { markdown: '## ⚠️ 1. Test Coverage >95%', claims: [{ kind: 'coverage.lines', value: 95, qualifier: 'atLeast', tense: 'target', subject: { scope: 'all' } }] },
    { markdown: '| Requirement | Status |\n|---|---|\n| Test Coverage >95% | ⚠️ Below target |', claims: [{ kind: 'coverage.lines', value: 95, tense: 'target', subject: { scope: 'all' } }] },
    // with a colon, the bound is what was measured
    { markdown: '- Coverage: >80% across the core', claims: [{ kind: 'coverage.lines', value: 80, qualifier: 'atLeast', tense: 'current' }] },
    // a file's path right before the coverage phrase of a goal (013)
    { markdown: '1. 📈 **Increase web/app.py coverage** - Add more WebSocket path tests (target: 85%)', claims: [{ kind: 'coverage.lines', value: 85, tense: 'target', subject: { path: 'web/app.py' } }] },
    // a goal in a heading whose title is the line's role (106): the project's
    { markdown: '### Immediate (To Meet 75% Coverage)', claims: [{ kind: 'coverage.lines', value: 75, subject: { scope: 'all' } }] },
    // a dash after a sentence, not a name: the project's
    { markdown: 'After the second sprint of refactoring the parser and its tests - 91% coverage', claims: [{ kind: 'coverage.lines', value: 91, subject: { scope: 'all' } }] },
    { markdown: '- Overall coverage: 27% → 30%', claims: [{ value: 27 }, { value: 30, tense: 'current', subject: { scope: 'all' } }] },
    // requirements, checks to make, deliverables of a plan are targets
    { markdown: '- **Impact**: Cannot verify 80% coverage requirement', claims: [{ kind: 'coverage.lines', value: 80, tense: 'target' }] },
    { markdown: '5. Generate a coverage report and verify 80% coverage for critical paths', claims: [{ kind: 'coverage.lines', value: 80, tense: 'target' }] },
    { markdown: '| Criterion | Status |\n| --- | --- |\n| 10.1 80% code coverage | UNKNOWN |', claims: [{ kind: 'coverage.lines', value: 80, tense: 'target' }] },
    { markdown: '- **Deliverable**: 40% overall coverage', claims: [{ kind: 'coverage.lines', value: 40, tense: 'target' }] },
    { markdown: 'We verified 85% coverage in CI', claims: [{ kind: 'coverage.lines', value: 85, tense: 'current' }] },
    // ranges and bounds that are not labels of buckets stay
    { markdown: '- Overall coverage: 70-99%', claims: [{ kind: 'coverage.lines', value: 70, qualifier: 'range', subject: { scope: 'all' } }] },
    { markdown: 'Coverage: 87% across 120 files', claims: [{ kind: 'coverage.lines', value: 87, subject: { scope: 'all' } }] },
    { markdown: 'The auth module with 95% coverage', claims: [{ kind: 'coverage.lines', value: 95 }] },
    // folders and globs
    { markdown: '`handlers/*.py` coverage: 69.2%', claims: [{ kind: 'coverage.lines', value: 69.2, precision: 1, subject: { path: 'handlers/*.py' } }] },
    { markdown: 'Coverage of `service/handlers/` is 69%', claims: [{ kind: 'coverage.lines', value: 69, subject: { path: 'service/handlers/' } }] },
    // a figure in a list nested under an item that names a part is that part's
    { markdown: '2. ✅ **API Endpoints v2** - Test assertion fixes\n   - Coverage: 69% → **74%**', claims: [
      { value: 69, tense: 'before', subject: { name: 'API Endpoints v2' } },
      { value: 74, tense: 'current', subject: { name: 'API Endpoints v2' } },
    ] },
    { markdown: '- `src/cache/` - rewritten\n  - Coverage: 90%', claims: [{ value: 90, subject: { path: 'src/cache/' } }] },
    { markdown: '**Current State** - Oct 7\n- Coverage: 73.23%', claims: [{ value: 73.23, subject: { scope: 'all' } }] },
    { markdown: '**Files Created**: 6\n- Coverage: 40%', claims: [{ value: 40, subject: { scope: 'all' } }] },
    // of a chain of changes, the first figure is before and the last is now
    { markdown: '- Coverage: 0% → 71% → **74%**', claims: [{ value: 0, tense: 'before' }, { value: 74, tense: 'current' }] },
    // a figure that names a goal or a document measures nothing
    { markdown: '- 70% Coverage Achievement Report (milestone documentation)', claims: [{ value: 70, tense: 'target' }] },
    { markdown: 'We passed the 80% coverage milestone last week.', claims: [{ value: 80, tense: 'target' }] },
    { markdown: 'The 87% coverage reported by pytest holds.', claims: [{ value: 87, tense: 'current' }] },
    // where coverage stands now, in a parenthesis beside a goal
    // a paragraph of label lines: only the figure's own line labels it
    { markdown: '**Date**: 2026-11-20\n**Overall Status**: ✅ Ready (~97% line coverage), one bug', claims: [{ value: 97, qualifier: 'approx', subject: { scope: 'all' } }] },
    { markdown: '**Date**: 2026-11-20\n**API**: coverage 80%', claims: [{ value: 80, subject: { name: 'API' } }] },
    { markdown: '**Date**: 2026-11-20\nAB testing fully operational (89% coverage)', claims: [{ value: 89, subject: { name: 'AB testing fully operational' } }] },
    { markdown: 'Line coverage stands at 84% (Before: 62%, target: 90%).', claims: [{ kind: 'coverage.lines', value: 84, tense: 'current', subject: { scope: 'all' } }] },
    // a task's verb names no component; the component after it still does
    { markdown: '- [ ] Raise branch coverage to 90% (currently 83.02%)', claims: [{ kind: 'coverage.branches', value: 83.02, tense: 'current', subject: { scope: 'all' } }] },
    { markdown: '- [ ] Improve coverage to 90% (currently 84%)', claims: [{ value: 84, tense: 'current', subject: { scope: 'all' } }] },
    { markdown: 'Improve the API coverage to 90% (currently 60%)', claims: [{ value: 60, tense: 'current', subject: { name: 'API' } }] },
    { markdown: 'Raise parser coverage: 70%', claims: [{ value: 70, subject: { name: 'parser' } }] },
    { markdown: 'Raise coverage: 70%', claims: [{ value: 70, subject: { scope: 'all' } }] },
    { markdown: '- [ ] Test coverage to 60% (currently 30.94%)', claims: [{ value: 30.94, tense: 'current', subject: { scope: 'all' } }] },
    { markdown: '- [x] Test coverage ≥ 70% (Achieved: 73.23%)', claims: [{ value: 70, qualifier: 'atLeast', tense: 'target' }, { value: 73.23, tense: 'current' }] },
    { markdown: 'Coverage: 87% (up from 80%)', claims: [{ value: 87, tense: 'current' }] },
    // a parent item that is only a title names the part of the items under it
    { markdown: '1. **Fix AB Testing Failures** ✅ DONE (1 hour)\n   - Coverage: 33% → 89%', claims: [
      { value: 33, tense: 'before', subject: { name: 'Fix AB Testing Failures' } },
      { value: 89, tense: 'current', subject: { name: 'Fix AB Testing Failures' } },
    ] },
    { markdown: '- **Test Results** ✅\n  - Coverage: 87%', claims: [{ value: 87, subject: { scope: 'all' } }] },
    // Chinese (src/figures/localized-counts.ts)
    { markdown: '覆盖率: 85%', claims: [{ kind: 'coverage.lines', value: 85, subject: { scope: 'all' }, tense: 'current' }] },
    { markdown: '- **覆盖率**: vm-core 62.39%', claims: [{ kind: 'coverage.lines', value: 62.39, precision: 2, subject: { name: 'vm-core' } }] },
    { markdown: '- 代码覆盖率仅20.51%，远低于70%目标', claims: [{ kind: 'coverage.lines', value: 20.51, tense: 'current' }] },
    { markdown: '- **分支覆盖率**: 58.82%', claims: [{ kind: 'coverage.branches', value: 58.82 }] },
    // a Latin name written right against the label names the part, as "error.rs测试" does (303:45, 302:93)
    { markdown: '8. **P1-10: 测试覆盖率增强**\n   - vm-core覆盖率：62.39% (已生成报告)', claims: [{ kind: 'coverage.lines', value: 62.39, subject: { name: 'vm-core' } }] },
    { markdown: '- src/gc.rs覆盖率: 80%', claims: [{ kind: 'coverage.lines', value: 80, subject: { path: 'src/gc.rs' } }] },
    // a label of CJK words alone names no part
    { markdown: '- 代码覆盖率：62.39%', claims: [{ kind: 'coverage.lines', value: 62.39, subject: { scope: 'all' } }] },
    { markdown: '- ✅ 文本处理器（92%覆盖率）', claims: [{ kind: 'coverage.lines', value: 92, subject: { name: '文本处理器' } }] },
    { markdown: '| 模块 | 原覆盖率 | 预估新覆盖率 |\n|---|---|---|\n| vm-simd | 50% | 70-75% |', claims: [
      { kind: 'coverage.lines', value: 50, tense: 'before', subject: { name: 'vm-simd' } },
      { kind: 'coverage.lines', value: 70, qualifier: 'range', range: [70, 75], tense: 'projected' },
    ] },
    { markdown: '2. **继续提升覆盖率**\n   - vm-frontend: 60% → 70%', claims: [
      { kind: 'coverage.lines', value: 60, tense: 'current', subject: { name: 'vm-frontend' } },
      { kind: 'coverage.lines', value: 70, tense: 'target' },
    ] },
    { markdown: '**当前覆盖率**: 约60-70%', claims: [{ kind: 'coverage.lines', value: 60, qualifier: 'range' }] },
    { markdown: '- **目标覆盖率**: 80%+', claims: [{ kind: 'coverage.lines', value: 80, qualifier: 'atLeast', tense: 'target' }] },
    { markdown: '**目标**: 达到80%+测试覆盖率', claims: [{ kind: 'coverage.lines', value: 80, qualifier: 'atLeast', tense: 'target' }] },
    { markdown: '## 下一步行动建议\n\n### 继续测试覆盖率增强\n\n1. error.rs测试 (2-3小时) - 0% → 80%', claims: [
      { kind: 'coverage.lines', value: 0, tense: 'current', subject: { path: 'error.rs' } },
      { kind: 'coverage.lines', value: 80, tense: 'target', subject: { path: 'error.rs' } },
    ] },
    // a percentage with the coverage word after it, a goal by its label or the words before it (304:115, :247)
    { markdown: '# Estado de las pruebas\n\nLa suite de pruebas con la cobertura de los módulos que se ejecutan para el proyecto.\n\n- [ ] Meta: 654 tests, 70% cobertura', claims: [{ kind: 'coverage.lines', value: 70, tense: 'target', subject: { scope: 'all' }, text: '70% cobertura' }] },
    { markdown: '# Estado de las pruebas\n\nLa suite de pruebas con la cobertura de los módulos que se ejecutan para el proyecto.\n\n4. Identificar 160 tests faltantes para 70% cobertura', claims: [{ kind: 'coverage.lines', value: 70, tense: 'target' }] },
    { markdown: '# Estado de las pruebas\n\nLa suite de pruebas con la cobertura de los módulos que se ejecutan para el proyecto.\n\n- El proyecto tiene 62% de cobertura', claims: [{ kind: 'coverage.lines', value: 62, tense: 'current' }] },
    { markdown: '# Estado de las pruebas\n\nLa suite de pruebas con la cobertura de los módulos que se ejecutan para el proyecto.\n\n### Cobertura Actual:\n- Cobertura estimada: ~40%\n- Meta: 70%', claims: [{ kind: 'coverage.lines', value: 40, qualifier: 'approx', tense: 'current' }, { kind: 'coverage.lines', value: 70, tense: 'target' }] },
    { markdown: '# Stand der Tests\n\nDie Tests sind mit der Abdeckung und den Modulen für das Projekt auf dem Stand.\n\n- Testabdeckung: 96,3 %', claims: [{ kind: 'coverage.lines', value: 96.3, precision: 1, text: '96,3 %' }] },
    { markdown: '# État des tests\n\nLes tests et la couverture du code sont pour le projet dans un bon état.\n\n- Couverture de code : 87,5 %', claims: [{ kind: 'coverage.lines', value: 87.5 }] },
    { markdown: '- 覆蓋率：８５％', claims: [{ kind: 'coverage.lines', value: 85, text: '８５％' }] },
    // a label that is a folder's path names that folder; a label of words with a slash names a part
    { markdown: '- **pkg/api/grpc**: 15 comprehensive tests (37.6% coverage)', claims: [{ kind: 'coverage.lines', value: 37.6, subject: { path: 'pkg/api/grpc' } }] },
    // the words after the figure name its part more nearly than the label (406:207, coverage-object.ts); the label alone names it
    { markdown: '- **Payment/Billing**: 100% coverage on billing analytics', claims: [{ kind: 'coverage.lines', value: 100, subject: { category: 'billing analytics' } }] },
    { markdown: '- **Payment/Billing**: 100% coverage', claims: [{ kind: 'coverage.lines', value: 100, subject: { name: 'Payment/Billing' } }] },
    { markdown: 'While unit tests provide 100% coverage of core logic, integration tests run in-game', claims: [{ kind: 'coverage.lines', value: 100, subject: { category: 'core logic' } }] },
    { markdown: '**Coverage Target**: 100% of core business logic', claims: [{ kind: 'coverage.lines', value: 100, tense: 'target', subject: { category: 'core business logic' } }] },
    // "across all …", "of the codebase": the whole project
    { markdown: 'We reached 85% coverage across all modules', claims: [{ kind: 'coverage.lines', value: 85, subject: { scope: 'all' } }] },
    { markdown: '91% coverage of the codebase', claims: [{ kind: 'coverage.lines', value: 91, subject: { scope: 'all' } }] },
    { markdown: '- **Coverage:** ~75% of production code', claims: [{ kind: 'coverage.lines', value: 75, qualifier: 'approx', subject: { scope: 'all' } }] },
    // a heading naming one file alone gives its coverage label's figure to that file
    { markdown: '#### 2. fasting_manager.py\n- **Statements:** 203\n- **Coverage:** 100%', claims: [{ kind: 'coverage.lines', value: 100, subject: { path: 'fasting_manager.py' } }] },
    { markdown: '#### Fasting manager and more\n- **Coverage:** 100%', claims: [{ kind: 'coverage.lines', value: 100, subject: { scope: 'all' } }] },
    // a floor written "N%+ coverage" states a goal (501:246, 204:382, 402:219, w38:379)
    { markdown: '- 80%+ test coverage', claims: [{ kind: 'coverage.lines', value: 80, qualifier: 'atLeast', tense: 'target', subject: { scope: 'all' } }] },
    { markdown: '   - Target: 50%+ coverage for critical paths', claims: [{ kind: 'coverage.lines', value: 50, qualifier: 'atLeast', tense: 'target' }] },
    { markdown: 'We reached 85% coverage, up from 60%', claims: [{ kind: 'coverage.lines', value: 85, qualifier: 'exact', tense: 'current' }] },
    // a gate verb with no floor before the figure states no gate: the coverage is the project's
    { markdown: 'Pre-commit hooks block commits; we reached 85% coverage', claims: [{ kind: 'coverage.lines', value: 85, subject: { scope: 'all' } }] },
    // Tests said to cover a share of a part of the code (502:275): that part's coverage.
    { markdown: '- 67 unit tests cover 100% of critical business logic', claims: [{ kind: 'coverage.lines', value: 100, subject: { category: 'critical business logic' } }] },
    { markdown: 'The 40 tests covering ~85% of the error paths', claims: [{ kind: 'coverage.lines', value: 85, qualifier: 'approx', subject: { category: 'error paths' } }] },
    { markdown: 'These specs cover approximately **90%** of the parsing logic.', claims: [{ kind: 'coverage.lines', value: 90, qualifier: 'approx', subject: { category: 'parsing logic' } }] },
  ],
  invalid: [
    // Tests covering a share of requirements, or of everything, or of no named part (w11:444).
    '**Total**: 185+ tests covering 100% of acceptance criteria',
    '- 67 unit tests cover 100% of it',
    // the share of counted items that are no code (505, w20)
    'Test Coverage: 100% (96/96 APIs)',
    '### Easy Problems (33/36 - 92% Coverage)',
    // headings that name a band of coverage over the parts listed under them (106, 024)
    '#### High Priority (0% Coverage)\n\n- `src/a.ts`',
    '#### Medium Priority (28-57% Coverage)',
    '### Known Gaps (0% Coverage) - UNCHANGED',
    // a rate at a line's end is not the coverage the next line of its paragraph names (402)
    '*Test success rate: 100%*  \n*Overall coverage improvement: from a baseline*',
    // Chinese: a gate rule, a gain, a count that is no percentage
    '- 设置85%覆盖率门禁',
    // a band of modules at a floor, no goal (406:119)
    '**Total**: 8 modules at 85%+ coverage!',
    // English: a gate that turns work away below a floor (102:156-157)
    '- ✅ **Pre-commit hooks block commits < 90% coverage**',
    '- CI/CD blocks merges below 80% coverage',
    '- 提升: +5-6%覆盖率',
    '- **覆盖率**: 高',
    '## 性能\n\n- vm-core: 60% → 70%',
    // an English document keeps its own reading: "Meta" is no goal word there
    '# Status\n\nThe suite and the coverage of the modules are on track for the release.\n\n- Meta: 70%',
    // the edges of buckets in a distribution of files by coverage are no coverage figure
    '| Coverage Level | Module Count |\n| --- | --- |\n| **100%** | 8 |\n| **70-99%** | 9 |\n| **<30%** | 25 |',
    '| Module | Coverage |\n| --- | --- |\n| **>90%** | auth, api |',
    '- 80-100% coverage: 12 files\n- <50% coverage: 3 files',
    '- 87% coverage: 12 files',
    'Modules with <30% coverage: 25',
    '3 files below 50% coverage',
    'Coverage is good. Next step (target: 85%)', 'coverage rose to 2K lines', 'Coverage is good.', '30% of the budget', '| Module | Owner |\n| --- | --- |\n| AB | 89% |'],
});
