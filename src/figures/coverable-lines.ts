/**
 * The Lines column of a `File | Lines | Coverage` table counts what the
 * report's coverage tool counts when the report shows that tool counting
 * coverable lines: elsewhere a column of covered, relevant or missed lines
 * (SimpleCov's `Lines Covered | Total Lines`, where a `| File | Lines |
 * Coverage |` table gives 2 lines for a 7-line file), or statement coverage on
 * the same rows (coverage.py's statements, where the Lines column adds up to
 * the report's "1072 total statements"). Those counts are no file's length; a table
 * that shows neither keeps reading its Lines column as lengths (figure-lines).
 */
import type { Claim } from '../model.js';
import type { ReadFigure } from './classify.js';
import { namesCoverableCount } from './coverage-table.js';
import { dropClaims } from './drop-claims.js';

/**
 * Take back every `file.lines` claim of a table row that also holds a
 * coverage claim, when the report's coverage counts coverable lines (see
 * above). Changes `claims` and `claimsOf` in place; run after the report's
 * coverage metric is settled (report-metric.ts).
 */
export function settleCoverableLines(claims: Claim[], claimsOf: Map<ReadFigure, Claim[]>): void {
  const coverageOfRow = new Map<number, Claim>();
  for (const claim of claims) if (claim.kind.startsWith('coverage.') && claim.context.table !== undefined) coverageOfRow.set(claim.position.line, claim);
  const toolCountsLines = claims.some((c) => c.context.table !== undefined && namesCoverableCount(c.context.table.header));
  const dropped = new Set<Claim>();
  for (const claim of claims) {
    if (claim.kind !== 'file.lines' || claim.context.table === undefined) continue;
    const coverage = coverageOfRow.get(claim.position.line);
    if (coverage !== undefined && (toolCountsLines || coverage.kind === 'coverage.statements')) dropped.add(claim);
  }
  dropClaims(claims, claimsOf, dropped);
}
