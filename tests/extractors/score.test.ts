import extractor from '../../extractors/score.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: '### Score: 85/100', claims: [{ kind: 'score', value: 85, unit: 'score', subject: { scope: 'all' } }] },
    // a bare "Score:" scores what its section is about
    { markdown: '## 1. CI/CD Pipeline Assessment\n\n### Score: 85/100', claims: [{ kind: 'score', value: 85, subject: { category: 'CI/CD Pipeline' } }] },
    // a label of score words alone scores the whole project; another word names the part scored
    { markdown: '**Security Score:** 14/15', claims: [{ kind: 'score', value: 14, subject: { category: 'Security' } }] },
    { markdown: '| Category | Score |\n|---|---|\n| Security | 14/15 |\n| Testing | 18/20 |\n| **TOTAL** | **32/35** |', claims: [{ kind: 'score', value: 32, unit: 'score', subject: { scope: 'all' } }] },
    { markdown: '**Overall Readiness Score:** 78/100', claims: [{ kind: 'score', value: 78, subject: { scope: 'all' } }] },
    { markdown: '**Grade**: A-', claims: [{ kind: 'score', value: 'A-', unit: 'none' }] },
    { markdown: '**Status**: 15/100 → 50/100 (Score: 15/100 before)', claims: [{ kind: 'score', value: 15 }] },
    // judged shares: a readiness or health percentage, with its earlier value
    // a label of score words and the whole alone scores the project, as for "N/M" (001, 404); another word names the part
    { markdown: '**Overall Platform Readiness:** 🟢 **89%** (up from 🟡 66%)', claims: [{ kind: 'score', value: 89, unit: 'percent', tense: 'current', subject: { scope: 'all' } }, { value: 66, tense: 'before', subject: { scope: 'all' } }] },
    { markdown: '### Deployment Readiness Score: 100%', claims: [{ kind: 'score', value: 100, subject: { scope: 'all' } }] },
    { markdown: '**Deployment Readiness: 100%**', claims: [{ kind: 'score', value: 100, subject: { scope: 'all' } }] },
    { markdown: '**SRE Readiness:** 70%', claims: [{ kind: 'score', value: 70, subject: { category: 'SRE Readiness' } }] },
    { markdown: 'Code quality: 70% → 85%', claims: [{ value: 70, tense: 'before' }, { value: 85, tense: 'current', text: '85%' }] },
    {
      markdown: '### Platform Health Heatmap\n\n| Category | Pre-Merge | Post-Merge | Improvement |\n| --- | --- | --- | --- |\n| **Security** | 🟡 70% | 🟢 95% | +25% |',
      claims: [{ kind: 'score', value: 70, tense: 'before', subject: { name: 'Security' } }, { value: 95, tense: 'current' }],
    },
    { markdown: '| Area | Readiness |\n| --- | --- |\n| API | 80% |', claims: [{ kind: 'score', value: 80, subject: { name: 'API' } }] },
    // the words after a share name it a judged share, with the earlier share "from" gives (501, 024)
    { markdown: '**Significant Progress**: Improved from 27% to 53% production readiness (+96% improvement)', claims: [
      { kind: 'score', value: 27, unit: 'percent', tense: 'before', subject: { scope: 'all' }, text: '27%' },
      { kind: 'score', value: 53, unit: 'percent', tense: 'current', subject: { scope: 'all' }, text: '53%' },
    ] },
    { markdown: '5. **Infrastructure Ready**: 100% deployment readiness', claims: [{ kind: 'score', value: 100, subject: { scope: 'all' } }] },
    { markdown: 'The team reached 70% SRE readiness', claims: [{ kind: 'score', value: 70, subject: { category: 'SRE readiness' } }] },
  ],
  invalid: [
    // the noun after the figure names a measure: coverage, not a judged score (405)
    '1. **Confidence**: 92.47% coverage provides high confidence in code correctness',
    '- **Healthy Containers:** 42/42 (100%)',
    '### Service Health\n\n| Service | Uptime |\n| --- | --- |\n| api | 99.9% |',
    '### Health\n\n| Metric | Now |\n| --- | --- |\n| Error rate | 2% |',
    '| Area | Readiness |\n| --- | --- |\n| API | +10% |',
    'Readiness improved by 20% overall',
    // a share named by another noun, or a readiness that is no noun after the share
    '100% complete, readiness confirmed', '53% of production ready',
    '### Code Quality\n\n| Criterion | Target | Current |\n| --- | --- | --- |\n| **Type Hints** | 100% | ~95% |',
    'Tests: 85/100 passing', 'Score calculations changed', 'Grade: Excellent'],
});
