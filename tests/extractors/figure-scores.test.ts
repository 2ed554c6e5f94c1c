import classifier from '../../extractors/figure-scores.js';
import { runCases } from '../helpers/extractor-cases.js';

const scorecardTable = [
  '## Final Score',
  '',
  '| Category | Before | Claimed After | Actual After |',
  '|---|---|---|---|',
  '| Code Quality | 11/15 | 15/15 | **14/15** |',
  '| Testing | 14/20 | 19/20 | **18/20** |',
].join('\n');

runCases(classifier, {
  valid: [
    // a time before the score names no part: the whole project's score, before and now, each on its own line
    { markdown: '**Audit Date**: 2026-02-18  \n**Previous Score**: 13.5/50 (27%)  \n**Updated Score**: 26.5/50 (53%)', claims: [
      { kind: 'score', value: 13.5, subject: { scope: 'all' }, tense: 'before' },
      { kind: 'score', value: 26.5, subject: { scope: 'all' }, tense: 'current' },
    ] },
    // a heading of a scorecard section, and the Before / Claimed / Actual labels under it
    { markdown: '## Score by Category\n\n### 1. Code Quality: 15/15 ✅ VERIFIED', claims: [{ kind: 'score', value: 15, unit: 'score', subject: { category: 'Code Quality' }, tense: 'current' }] },
    { markdown: '## Score by Category\n\n### 2. Testing: 18/20\n\n**Before**: 14/20', claims: [
      { kind: 'score', value: 18, subject: { category: 'Testing' } },
      { kind: 'score', value: 14, subject: { category: 'Testing' }, tense: 'before' },
    ] },
    { markdown: '## Score by Category\n\n### 3. Security: 14/15\n\n**Claimed**: 15/15', claims: [
      { value: 14, subject: { category: 'Security' } },
      { value: 15, subject: { category: 'Security' }, tense: 'historical' },
    ] },
    { markdown: '## Scores\n\n### Testing: 18/20 (Not 19/20 as claimed)', claims: [
      { value: 18, tense: 'current' },
      { value: 19, tense: 'historical' },
    ] },
    // a table of categories: the row names the part, the column its tense
    { markdown: scorecardTable, claims: [
      { value: 11, subject: { category: 'Code Quality' }, tense: 'before' },
      { value: 15, subject: { category: 'Code Quality' }, tense: 'historical' },
      { value: 14, subject: { category: 'Code Quality' }, tense: 'current' },
      { value: 14, subject: { category: 'Testing' }, tense: 'before' },
      { value: 19, subject: { category: 'Testing' }, tense: 'historical' },
      { value: 18, subject: { category: 'Testing' }, tense: 'current' },
    ] },
    { markdown: '## Readiness\n\n| Category | Score | Notes |\n|---|---|---|\n| **Security** | 95/100 | fine |', claims: [{ value: 95, subject: { category: 'Security' } }] },
    { markdown: '| Category | Audit Score |\n|---|---|\n| SRE Readiness | 34/100 |', claims: [{ kind: 'score', value: 34, subject: { category: 'SRE Readiness' } }] },
    // out of 100 with nothing counted after it: a score of the whole, whatever the sentence before it
    { markdown: 'The system is production-ready at 91/100.', claims: [{ kind: 'score', value: 91, subject: { scope: 'all' } }] },
    { markdown: '- **Average Completeness:** 43.2/100', claims: [{ value: 43.2, subject: { category: 'Average Completeness' } }] },
    { markdown: '### What We ACTUALLY Have: 91/100 ✅', claims: [{ value: 91, subject: { scope: 'all' } }] },
    // a label that only says where things stand names no part (501:231); a part beside "State" keeps its name
    { markdown: '## Readiness Score\n\n### Current State: Dev Preview (26.5/50)', claims: [{ value: 26.5, subject: { scope: 'all' } }] },
    { markdown: '## Readiness Score\n\n### State Management: 7/10', claims: [{ value: 7, subject: { category: 'State Management' } }] },
    { markdown: '- 95/100: Would require running the benchmarks', claims: [{ value: 95, tense: 'projected' }] },
    // the left side of a pair that writes the scale once, at its end, is the score before (202:238), as "(7 → 40%)" is coverage
    { markdown: '**Total**: +18 points (73 → 91/100)', claims: [
      { value: 73, subject: { scope: 'all' }, tense: 'before' }, { value: 91, subject: { scope: 'all' }, tense: 'current' },
    ] },
  ],
  invalid: [
    // a count joined by an arrow to a share of things counted, or past the scale it would take
    '- Runbooks: 7 → 10/10 runbooks', '- Suites: 12 → 9/10 suites',
    // things counted: a ratio, not a score
    '## Score by Category\n\n- Runbooks complete: 10/10 runbooks',
    '## Scores\n\nAll runbooks complete (10/10)',
    '## Scores\n\n- Complete operational runbooks (10/10)',
    '- Passed 87/100 tests',
    // tests and coverage of a scored section are figures of their own kinds
    '## Testing Score\n\n- Passing: 45/50',
    '## Score\n\n**Coverage**: 80/100',
    // no score named, and not out of 100
    'Completed 3/5 tasks',
    '### Phase 2: 4/6',
    // more than its scale is no score
    '## Score\n\n**Total**: 120/100',
  ],
});
