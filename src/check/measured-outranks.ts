/**
 * A figure the repository confirms is not contradicted by the report's own
 * arithmetic. When its parts, or another line stating the same subject,
 * disagree with it, those other figures are the wrong ones: "### a.py (20
 * tests)" over classes stated as 5 + 2 + … = 22, where a.py defines 20 tests
 * and the first class 3. A contradiction there would send the reader to the
 * one figure known to be right, so the judgement stays, unverifiable for this
 * figure, and says where the disagreement lies.
 */
import type { Finding } from '../model.js';

/** `judged` (a relation's finding on the claim of `own`) as it stands once `own` is known. */
export function afterMeasurement(own: Finding, judged: Finding): Finding {
  if (own.verdict !== 'confirmed' || judged.verdict !== 'contradicted') return judged;
  return {
    ...judged,
    verdict: 'unverifiable',
    message: `${judged.message}; the repository confirms ${String(own.claim.value)}, so the other figures are the ones in doubt`,
  };
}
