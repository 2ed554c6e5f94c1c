import extractor from '../../extractors/coverage-percent.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: 'We have 87% coverage.', claims: [{ kind: 'coverage.lines', value: 87, precision: 0, subject: { scope: 'all' } }] },
    { markdown: 'Branch coverage: 71.5%', claims: [{ kind: 'coverage.branches', value: 71.5, precision: 1 }] },
    { markdown: '| File | Coverage |\n| --- | --- |\n| `src/a.ts` | 70% |', claims: [{ kind: 'coverage.lines', value: 70, subject: { path: 'src/a.ts' } }] },
    { markdown: '| Module | Coverage |\n| --- | --- |\n| AB Testing | 89% |', claims: [{ kind: 'coverage.lines', value: 89, subject: { name: 'AB Testing' } }] },
    { markdown: 'Coverage improved from 27% → 30%', claims: [{ kind: 'coverage.lines', value: 27, tense: 'before' }, { kind: 'coverage.lines', value: 30, tense: 'current', text: '30%' }] },
    { markdown: 'Test Coverage: 30% (target: 70%)', claims: [{ kind: 'coverage.lines', value: 30, tense: 'current' }] },
    { markdown: 'the target was 90% coverage', claims: [{ kind: 'coverage.lines', value: 90, tense: 'target' }] },
  ],
  invalid: ['Coverage is good.', '30% of the budget', '| Module | Owner |\n| --- | --- |\n| AB | 89% |'],
});
