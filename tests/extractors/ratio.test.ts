import extractor from '../../extractors/ratio.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: 'Services: 11/12 healthy (92%)', claims: [{ kind: 'ratio', value: 92, unit: 'percent', text: '11/12 healthy (92%)' }] },
    // a label of time and score names no part: the whole project's share
    { markdown: '**Previous Score**: 13.5/50 (27%)', claims: [{ kind: 'ratio', value: 27, subject: { scope: 'all' }, tense: 'before' }] },
    { markdown: '**Test Status:** 95.3% passing (182/191 non-session tests)', claims: [{ kind: 'ratio', value: 95.3, precision: 1 }] },
    { markdown: '412 covered out of 530 lines (77.7%)', claims: [{ kind: 'ratio', value: 77.7 }] },
    { markdown: '**Native Implementation Coverage:** 26/27 tools (96%) have native Go implementations', claims: [{ kind: 'ratio', value: 96, subject: { category: 'tools' } }] },
    { markdown: 'Performance: 3/10 targets up (30%)', claims: [{ kind: 'ratio', value: 30, tense: 'current' }] },
    // the part: the things the whole counts, else a label naming things, else a heading over a group of tests
    { markdown: 'Suite: 95.3% passing (182/191 non-session tests)', claims: [{ subject: { category: 'non-session' } }] },
    { markdown: '- **Healthy Containers:** 42/42 (100%)', claims: [{ subject: { category: 'Containers' } }] },
    { markdown: '- Tools: 26/27 native (96%)', claims: [{ subject: { category: 'Tools' } }] },
    // a part the label names stays that part (404), unless the label names only a measure (018)
    { markdown: '- **Schema Validation:** 3/3 deviations detected (100%)', claims: [{ subject: { name: 'Schema Validation' } }] },
    { markdown: '- ✅ **Production Ready**: 8/8 ViewModels (100%)', claims: [{ subject: { category: 'ViewModels' } }] },
    // the things counted, without how they stand: "APIs tested" counts APIs (505)
    { markdown: '**Total: 96/96 APIs tested (100%)**', claims: [{ subject: { category: 'APIs' } }] },
    { markdown: '### Phase 2: API Endpoint Tests ✅\n- 100% passing (137/137)', claims: [{ subject: { category: 'API Endpoint' } }] },
    { markdown: '**Test Results:** 24/87 passing (27.6%)', claims: [{ subject: { scope: 'all' } }] },
    // a label naming a group of tests gives that group's share (408, w11); one naming only tests gives the whole project's
    { markdown: '- Core Tests: 71/71 passing (100%)', claims: [{ subject: { category: 'Core' } }] },
    // a row naming a measure of coverage names no part, whatever the tool calls it (405:17 "Regions", as "Functions" and "Lines")
    { markdown: '| Metric | Before | After |\n| --- | --- | --- |\n| **Regions** | - | 92.47% (22,539/24,374) |', claims: [{ subject: { scope: 'all' } }] },
    { markdown: '| Area | After |\n| --- | --- |\n| **Endpoints** | 92% (23/25) |', claims: [{ subject: { category: 'Endpoints' } }] },
    // the status the label's figure counts may follow its test noun (011:8); a task's words stay no part (408:17)
    { markdown: '### ✅ **Core Tests Passing**: 1255/1257 (99.8%)', claims: [{ subject: { category: 'Core' } }] },
    { markdown: '| Objective | Status | Result |\n| --- | --- | --- |\n| Maintain test pass rate | ✅ Complete | 100% (75/75 passing) |', claims: [{ subject: { scope: 'all' } }] },
    { markdown: '- **Unit Tests**: 100% (70/70)', claims: [{ subject: { category: 'Unit' } }] },
    { markdown: '- **Passing Tests**: 100% (70/70)', claims: [{ subject: { scope: 'all' } }] },
    { markdown: '| Metric | Value |\n|---|---|\n| **Passing Tests** | 66/66 (100%) |', claims: [{ subject: { scope: 'all' } }] },
    { markdown: 'Lines: 94% (1990/2119 lines)', claims: [{ subject: { scope: 'all' } }] },
    // A plain-text block states its shares as prose does.
    { markdown: '```\n📁 Core Module: 60% (2/3 major components tested)\n```', claims: [{ kind: 'ratio', value: 60, position: { line: 2, column: 17, offset: 20 } }] },
    { markdown: '```text\nServices: 11/12 healthy (92%)\n```', claims: [{ kind: 'ratio', value: 92 }] },
  ],
  invalid: ['Score: 85/100', '431/444 tests passing (97.1% pass rate)', 'Released 2025/10/07 (100% done)', '130/100 (130%)',
    // Code in a programming language, and console output, are not the report's statements.
    '```python\nprint("11/12 healthy (92%)")\n```', '```console\n$ check\n11/12 healthy (92%)\n```'],
});
