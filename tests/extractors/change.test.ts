import extractor from '../../extractors/change.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: 'Readiness: 61/100 → 92/100, +31 points', claims: [{ kind: 'change', value: 31 }] },
    // a row's list number is no part of the row's name; a number that is the name stays
    { markdown: '| Category | Previous | Updated | Change |\n| --- | --- | --- | --- |\n| **5. Observability & Monitoring** | 0.0 | 2.0 | **+2.0** |', claims: [{ kind: 'change', value: 2, subject: { name: 'Observability & Monitoring' } }] },
    { markdown: '| Release | Change |\n| --- | --- |\n| 2.5 | +3 |', claims: [{ kind: 'change', value: 3, subject: { name: '2.5' } }] },
    { markdown: 'Score: 61 → 88 (+27 points, +44%)', claims: [{ kind: 'change', value: 27, text: '61 → 88 (+27 points, +44%)' }] },
    { markdown: '- **Total Tests**: 1,417 → **2,003 tests** (+586 tests, +41%)', claims: [{ kind: 'change', value: 586, unit: 'count' }] },
    { markdown: '- **+10 tests now passing** (14 → 24)', claims: [{ kind: 'change', value: 10 }] },
    { markdown: 'Expanded test coverage from **15% to 24%** (+9% improvement)', claims: [{ kind: 'change', value: 9, unit: 'percent', text: 'from 15% to 24% (+9% improvement)' }] },
    { markdown: 'Failures fell from 12 to 8 (-4 tests)', claims: [{ kind: 'change', value: -4, unit: 'count' }] },
    { markdown: 'Coverage: 30% → 73.23% (+43.23 percentage points)', claims: [{ kind: 'change', value: 43.23, precision: 2, unit: 'percent' }] },
    { markdown: '| Metric | Before | After | Change |\n| --- | --- | --- | --- |\n| Tests | 10 | 12 | +2 (+20%) |', claims: [{ kind: 'change', value: 2, subject: { name: 'Tests' } }] },
  ],
  invalid: [
    // "from" must lead "to": a range is no change; years are a period
    'Phase 4 adds 5 to 10 tests (+2 this week)', 'Revenue from 2023 to 2024 (+15%)',
    'Coverage improved 33% → 89%', 'Build time: 1-2 hours → 5-10 minutes', 'Renamed `TestVariation` → `ABTestVariation`', 'Latency down -4ms overall'],
});
