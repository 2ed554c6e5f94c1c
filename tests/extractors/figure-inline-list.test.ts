import classifier from '../../extractors/figure-inline-list.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(classifier, {
  valid: [
    // the claim's text holds the entries, for the consistency verifier to count
    { markdown: '- Role-based access control (RBAC) with 3 roles: admin, developer, viewer', claims: [
      { kind: 'listCount', value: 3, subject: { name: 'roles' }, text: '3 roles: admin, developer, viewer' },
    ] },
    { markdown: '- 8 alerts across 4 severity levels (info, warning, critical, page)', claims: [
      { kind: 'listCount', value: 4, subject: { name: 'severity levels' }, text: '4 severity levels (info, warning, critical, page)' },
    ] },
    { markdown: '- ✅ Burn rate tracking (3 time scales: 5min, 1hr, 6hr)', claims: [{ kind: 'listCount', value: 3, subject: { name: 'time scales' } }] },
    { markdown: 'The exporter supports 3 formats: bincode, STREAM1, QSTREAM1.', claims: [{ kind: 'listCount', value: 3, text: '3 formats: bincode, STREAM1, QSTREAM1' }] },
  ],
  invalid: [
    // tests and failures are the test classifiers'
    '- Arithmetic: 20 tests (addition, subtraction, multiplication)',
    '- `cli.test.ts` - 15 failures (init, validate, verify)',
    // a remark in parentheses, a measure, an approximation
    '- 7 bare exceptions (non-critical paths, P2)',
    '- Took 3 hours (setup, run, cleanup)',
    '- ~3 roles: admin, developer, viewer',
    // a heading or a table cell
    '## 3 roles: admin, developer, viewer',
    '| Access | 3 roles: admin, developer, viewer |\n| --- | --- |\n| a | b |',
  ],
});
