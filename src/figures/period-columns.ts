/**
 * Table columns that name successive periods of the work: "| Metric | Sprint 2 Exit | Sprint 3a Exit | Sprint 3b Exit |"
 * (104), "| Metric | Week 1 | Week 2 | Change |" (w10). Each holds the row's figure at the end of its period, so the
 * columns run in time as dated columns do ("| Sept 30 | Oct 7 |", tense.ts).
 */

import { periodNouns, wordsSource } from './words.js';

/** A header that is only a period and its number, with the end it is taken at: "Sprint 3a Exit", "Week 2", "Phase 1 End". Groups `unit`, `n`, `sub`. */
const periodHeaderRe = new RegExp(String.raw`^\W*(?<unit>${wordsSource(periodNouns)})\s*(?<n>\d{1,3})(?<sub>[a-z])?(?:\s+(?:exit|end|close))?\W*$`, 'i');

/** Where a period header stands in time, among headers of the same period unit; undefined for any other header. */
export function periodOf(header: string): { unit: string; at: number } | undefined {
  const g = periodHeaderRe.exec(header)?.groups;
  if (!g) return undefined;
  const sub = g.sub === undefined ? 0 : g.sub.toLowerCase().charCodeAt(0) - 96;
  return { unit: (g.unit ?? '').toLowerCase(), at: Number(g.n) * 100 + sub };
}

/** Whether `header` is one of two or more period columns of the same unit among `columns`. */
export function isPeriodColumn(header: string, columns: readonly string[]): boolean {
  const own = periodOf(header);
  return own !== undefined && columns.filter((c) => periodOf(c)?.unit === own.unit).length >= 2;
}
