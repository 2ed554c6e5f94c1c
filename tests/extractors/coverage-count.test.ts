import extractor from '../../extractors/coverage-count.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: '412 of 530 lines covered.', claims: [{ kind: 'coverage.lines', value: '412/530', unit: 'count', subject: { scope: 'all' }, text: '412 of 530 lines covered' }] },
    { markdown: 'Tests cover 1,204 out of 1,500 statements.', claims: [{ kind: 'coverage.statements', value: '1204/1500' }] },
    { markdown: '45/60 branches are covered in `src/api/`.', claims: [{ kind: 'coverage.branches', value: '45/60', subject: { path: 'src/api/' } }] },
    { markdown: 'Only 12 of 15 functions were executed (`lib/*.js`).', claims: [{ kind: 'coverage.functions', value: '12/15', subject: { path: 'lib/*.js' } }] },
    { markdown: 'The goal is 500 of 530 lines covered.', claims: [{ kind: 'coverage.lines', value: '500/530', tense: 'target' }] },
    // an earlier period is a before-value; a comparison with it is not
    { markdown: 'Last sprint 300 of 530 lines were covered.', claims: [{ value: '300/530', tense: 'before' }] },
    { markdown: 'Since last sprint, 450 of 530 lines are covered.', claims: [{ value: '450/530', tense: 'current' }] },
  ],
  invalid: [
    '5,210 lines of production code',
    '412 of 530 lines changed',
    '3 of 4 tests passed',
    '530 of 412 lines covered',
  ],
});
