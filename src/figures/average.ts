/**
 * A count stated as an average is no count of anything the repository holds:
 * "**Average per Widget:** 11 tests", "| Avg Tests | 12 |", "3 tests per
 * endpoint". Read as a count of tests (or files, or lines), it would be
 * compared with the suite, or with the total a line before it, and
 * contradicted for nothing. Such a figure stays a figure, as a speed does
 * (time-rate.ts).
 */
import type { Claim } from '../model.js';
import { ownLabelOf, type ReadFigure } from './classify.js';
import { dropClaims } from './drop-claims.js';

/** Words that name a mean of counts. */
const averageWords: readonly string[] = ['average', 'averages', 'avg', 'mean', 'median'];
const averageWordRe = new RegExp(String.raw`(?<!\p{L})(?:${averageWords.join('|')})(?!\p{L})`, 'iu');

/**
 * A count, up to two words of what it counts, then "per" and a noun: "11
 * tests per widget", "2.5 files per module". The figure opens the text.
 * "per cent" is a percentage; "431 tests per run" (or commit, build) is the
 * suite each run runs; a count per unit of time is time-rate.ts's.
 */
const perSource = String.raw`\s+per\s+(?!(?:cent|run|runs|commit|commits|build|builds|push|pr|ci|execution|pipeline)\b)\p{L}`;
const perNounRe = new RegExp(String.raw`^[~≈]?\s*\d[\d.,]*\s*\+?(?:\s*[\p{L}-]+){0,2}?${perSource}`, 'iu');
/** A label of a count per thing: "Tests per endpoint", "Lines per file". */
const perLabelRe = new RegExp(perSource, 'iu');

/** Whether a figure's own label (an average, or a count per thing), or its table column or row, names an average. */
function labelledAverage(figure: ReadFigure): boolean {
  const table = figure.context.table;
  const label = ownLabelOf(figure);
  return averageWordRe.test(label) || perLabelRe.test(label) || (table !== undefined && (averageWordRe.test(table.header) || averageWordRe.test(table.row)));
}

/**
 * Drop the count claims (a count of tests, files, lines or items) whose
 * figure is an average: labelled so, or counted "per" something after it
 * (read in the report's `source` from the claim's position to its line's end).
 * Changes `claims` and `claimsOf` in place.
 */
export function settleAverages(claims: Claim[], claimsOf: Map<ReadFigure, Claim[]>, source: string): void {
  const dropped = new Set<Claim>();
  for (const [figure, on] of claimsOf) {
    const counts = on.filter((c) => c.unit === 'count' || c.unit === 'lines');
    if (counts.length === 0) continue;
    const start = figure.position.offset;
    const end = source.indexOf('\n', start);
    if (labelledAverage(figure) || perNounRe.test(source.slice(start, end < 0 ? undefined : end))) for (const c of counts) dropped.add(c);
  }
  dropClaims(claims, claimsOf, dropped);
}
