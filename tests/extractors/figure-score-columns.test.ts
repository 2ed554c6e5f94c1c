import classifier from '../../extractors/figure-score-columns.js';
import { runCases } from '../helpers/extractor-cases.js';

const scoreTable = [
  '## Score Changes Summary', '',
  '| Category | Previous | Updated | Change | Notes |', '|---|---|---|---|---|',
  '| **1. Identity & Access Control** | 2.5 | 2.5 | ±0 | No changes in this phase |',
  '| **2. Secrets & Configuration** | 1.0 | 3.5 | **+2.5** | ✅ Added .env.example, 2.0 docs |',
  '| **TOTAL** | **13.5** | **26.5** | **+13.0** | **96% improvement** |',
].join('\n');

runCases(classifier, {
  valid: [
    // the Previous and Updated cells of a scorecard are points, before and now; the category loses its list number
    { markdown: scoreTable, claims: [
      { kind: 'score', value: 2.5, subject: { category: 'Identity & Access Control' }, tense: 'before', position: { line: 5, column: 38, offset: 136 } },
      { kind: 'score', value: 2.5, subject: { category: 'Identity & Access Control' }, tense: 'current' },
      { kind: 'score', value: 1, subject: { category: 'Secrets & Configuration' }, tense: 'before' },
      { kind: 'score', value: 3.5, subject: { category: 'Secrets & Configuration' }, tense: 'current' },
    ] },
    // a caption naming the score is enough; a target column is a target
    { markdown: 'Readiness points by area:\n\n| Area | Now | Target |\n|---|---|---|\n| Security | 3.0 | 4.5 |', claims: [
      { kind: 'score', value: 3, subject: { category: 'Security' }, tense: 'current' },
      { kind: 'score', value: 4.5, subject: { category: 'Security' }, tense: 'target' },
    ] },
    // a category named for coverage, scored on the scorecard's scale, is points too
    { markdown: '## Score Changes Summary\n\n| Category | Previous | Updated |\n|---|---|---|\n| **8. Testing Coverage** | 0.0 | 2.5 |', claims: [
      { kind: 'score', value: 0, subject: { category: 'Testing Coverage' }, tense: 'before' },
      { kind: 'score', value: 2.5, subject: { category: 'Testing Coverage' }, tense: 'current' },
    ] },
  ],
  invalid: [
    // counts in a scorecard are no points: written without decimals, or with a unit
    '### Production Readiness Scorecard\n\n| Metric | Before | After |\n|---|---|---|\n| **TypeScript Errors** | 215 | 170 |\n| **Dependencies** | 1,233 pkgs | 1,233 pkgs |',
    // a table that names no score
    '## Performance\n\n| Metric | Before | After |\n|---|---|---|\n| Query latency | 8.5 | 2.5 |',
    // a row about tests or coverage holds a figure of its own kind: a coverage figure above a scorecard's scale is a percentage
    '## Score Summary\n\n| Area | Before | After |\n|---|---|---|\n| Test coverage | 40.5 | 60.5 |',
    // a change column and a remark column are not the category's points
    '## Score Summary\n\n| Area | Change | Notes |\n|---|---|---|\n| Security | 2.5 | raised by 1.5 |',
  ],
});
