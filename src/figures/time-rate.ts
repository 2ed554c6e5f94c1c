/**
 * A figure counted per unit of time is a speed, not a count or a level:
 * "**Tests per hour**: ~16 tests/hour", "**Current Velocity:** +10% coverage
 * per 3 hours of work". Nothing in the repository measures how fast it was
 * written, so a test count or a coverage change read from it would be
 * compared with the suite's size or the project's coverage and contradicted
 * for nothing. Such a figure stays a figure.
 */
import type { Claim } from '../model.js';
import type { ReadFigure } from './classify.js';
import { dropClaims } from './drop-claims.js';

/** Units of time a speed is counted per. */
const timeUnits: readonly string[] = [
  'hours', 'hour', 'hrs', 'hr', 'h', 'days', 'day', 'weeks', 'week', 'months', 'month', 'sessions', 'session', 'sprints', 'sprint',
  'minutes', 'minute', 'mins', 'min', 'seconds', 'second', 'secs', 'sec',
];

/**
 * A figure (signed, approximate, a percentage or a bound) and up to three
 * words of what it counts, then "/hour" or "per (3) hours": the figure is a
 * speed. The figure opens the text, as a claim's position is its start.
 */
const perTimeRe = new RegExp(
  String.raw`^[~≈+±-]?\s*\d[\d.,]*\s*%?\+?(?:\s*[\p{L}-]+){0,3}?\s*(?:\/\s*|\s+per\s+(?:\d+\s+)?)(?:${timeUnits.join('|')})\b`,
  'iu',
);

/** Whether the text starting at a figure counts it per unit of time ("16 tests/hour", "10% coverage per 3 hours"). */
export function isPerTime(textFromFigure: string): boolean {
  return perTimeRe.test(textFromFigure);
}

/**
 * Drop the claims whose figure is counted per unit of time (read in the
 * report's `source` from the claim's position to its line's end), and leave
 * their figures unclaimed. Changes `claims` and `claimsOf` in place.
 */
export function settleTimeRates(claims: Claim[], claimsOf: Map<ReadFigure, Claim[]>, source: string): void {
  const dropped = new Set<Claim>();
  for (const claim of claims) {
    if (typeof claim.value !== 'number') continue;
    const start = claim.position.offset;
    const end = source.indexOf('\n', start);
    if (isPerTime(source.slice(start, end < 0 ? undefined : end))) dropped.add(claim);
  }
  dropClaims(claims, claimsOf, dropped);
}
