import extractor from '../../extractors/score.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: '### Score: 85/100', claims: [{ kind: 'score', value: 85, unit: 'score', subject: { name: 'Score' } }] },
    { markdown: '**Overall Readiness Score:** 78/100', claims: [{ kind: 'score', value: 78, subject: { name: 'Overall Readiness Score' } }] },
    { markdown: '**Grade**: A-', claims: [{ kind: 'score', value: 'A-', unit: 'none' }] },
    { markdown: '**Status**: 15/100 → 50/100 (Score: 15/100 before)', claims: [{ kind: 'score', value: 15 }] },
  ],
  invalid: ['Tests: 85/100 passing', 'Score calculations changed', 'Grade: Excellent'],
});
