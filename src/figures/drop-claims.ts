/**
 * Taking back claims a later step finds are no claims (a rate of no run, a
 * speed): their figures return to kind `figure`, unclaimed, as if no kind had
 * read them.
 */
import type { Claim } from '../model.js';
import type { ReadFigure } from './classify.js';

/** Remove `dropped` from `claims` and from each figure's claims in `claimsOf`; a figure left with none is a plain figure again. */
export function dropClaims(claims: Claim[], claimsOf: Map<ReadFigure, Claim[]>, dropped: ReadonlySet<Claim>): void {
  if (dropped.size === 0) return;
  for (let i = claims.length - 1; i >= 0; i--) if (dropped.has(claims[i] as Claim)) claims.splice(i, 1);
  for (const [figure, on] of claimsOf) {
    const kept = on.filter((c) => !dropped.has(c));
    if (kept.length === on.length) continue;
    if (kept.length > 0) {
      claimsOf.set(figure, kept);
      continue;
    }
    claimsOf.delete(figure);
    figure.kind = 'figure';
    delete figure.subject;
    delete figure.tenseReason;
    figure.tense = 'current';
  }
}
