/** Measuring a verifier's claims one at a time, so one failure stays on its own claim. */
import type { Claim, Outcome } from '../model.js';

/**
 * Run `measureOne` for each claim in order; a throw becomes an `error`
 * outcome on that claim alone and the others are still measured.
 */
export async function measureEach(claims: readonly Claim[], measureOne: (claim: Claim) => Promise<Outcome>): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const claim of claims) {
    try {
      outcomes.push(await measureOne(claim));
    } catch (error) {
      outcomes.push({ kind: 'error', reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return outcomes;
}
