/**
 * A share column whose whole is stated outside its table: "## GRAND TOTAL:
 * **84,095 Lines**" over tables per category ("| Source Code | 28,687 |
 * 34.1% |" … "| SUBTOTAL | 49,714 | 59.1% |"), whose percentages add up to
 * neither 100% nor their own total. Each row's share (the sum row's too) is
 * its count over that grand total. The whole must be unambiguous: every
 * current figure of the report that a total names ("GRAND TOTAL", a "Total
 * Lines" row) in the unit of the table's count column ("Lines") and that is
 * larger than the table's own whole states one value; and the table must
 * read as shares of it, every row but one holding. Tables that are shares of
 * their own whole are share-of-column's.
 */
import type { Claim } from '../../model.js';
import type { ReportRelation } from './types.js';
import { div, intervalOf, judge, showFigure, type Figure, type Reading } from '../arithmetic.js';
import { countHeaderWords } from '../../figures/share-column.js';
import { ascending, eachClaim, figureOf, reading, showLines } from './shared.js';
import { isShareOfWhole, readShareTable, shareCellOf, type ShareRow, type ShareTable } from './share-of-column.js';

/** Words that make a figure a total: "GRAND TOTAL: 84,095 Lines", "| Total Lines | 84,095 |". */
const totalWordRe = /\b(?:grand\s+)?total\b/i;
/** Count-header words that name no unit of their own. */
const unitlessWords: readonly string[] = ['count', 'counts', 'number', '#', 'total'];

/** The one unit word of a count header ("Lines" → `lines`), or undefined when it names none or several. */
function unitOf(header: string): string | undefined {
  const words = header.toLowerCase().split(/[^\p{L}#]+/u).filter((w) => (countHeaderWords as readonly string[]).includes(w) && !unitlessWords.includes(w));
  return words.length === 1 ? words[0] : undefined;
}

/** What names a claim: its row and column in a table, else its line up to the figure and its own text. */
function namingOf(claim: Claim, source: string): string {
  if (claim.context.table) return `${claim.context.table.row} ${claim.context.table.header} ${claim.text}`;
  const start = source.lastIndexOf('\n', claim.position.offset - 1) + 1;
  return `${source.slice(start, claim.position.offset)} ${claim.text}`;
}

/** The grand totals in `unit` the report states outside lines `[from, to]` above `floor`; their distinct values. */
function statedTotals(claims: readonly Claim[], source: string, unit: string, from: number, to: number, floor: number): Array<{ figure: Figure; line: number }> {
  const unitRe = new RegExp(String.raw`\b${unit.replace(/s$/, '')}s?\b`, 'i');
  return claims
    .filter((c) => c.tense === 'current' && c.unit !== 'percent' && typeof c.value === 'number' && (c.position.line < from || c.position.line > to))
    .filter((c) => {
      const naming = namingOf(c, source);
      return totalWordRe.test(naming) && unitRe.test(naming) && (c.value as number) > floor;
    })
    .map((c) => ({ figure: figureOf(c), line: c.position.line }));
}

/** A row's share over the stated whole. */
function overWhole(row: ShareRow, whole: Figure, lines: readonly number[]): Reading {
  const n = showFigure(row.count);
  return reading(`${n} / ${showFigure(whole)}`, (row.count.value / whole.value) * 100, div(intervalOf(row.count), intervalOf(whole), 100), `share of the total at ${showLines(lines)}`);
}

export default {
  id: 'share-of-stated-total',
  description: 'A share column whose percentages are of a grand total the report states outside the table ("GRAND TOTAL: 84,095 Lines"), each row against its count over that total.',
  judge({ claims, source, tree }) {
    const tables = new Map<number, { table: ShareTable; whole: Figure; lines: number[] } | undefined>();
    return eachClaim(claims, (claim) => {
      const view = shareCellOf(claim, tree);
      if (!view) return;
      const key = view.line * 1000 + view.column;
      if (!tables.has(key)) {
        const table = readShareTable(view, view.column);
        const unit = table ? unitOf(table.countHeader) : undefined;
        if (!table || !unit || isShareOfWhole(table)) {
          tables.set(key, undefined);
        } else {
          const own = Math.max(table.parts.reduce((s, p) => s + p.count.value, 0), table.total?.count.value ?? 0);
          const stated = statedTotals(claims, source, unit, view.line, view.rowLines.at(-1) ?? view.line, own);
          const values = new Set(stated.map((s) => s.figure.value));
          const whole = stated[0]?.figure;
          const lines = ascending(stated.map((s) => s.line));
          const rows = [...table.parts, ...(table.total ? [table.total] : [])];
          // The table reads as shares of that whole when every row but one holds over it.
          const holding = whole && values.size === 1 ? rows.filter((r) => judge(r.share, [overWhole(r, whole, lines)], '%').verdict === 'consistent').length : 0;
          tables.set(key, whole && values.size === 1 && holding >= 2 && holding >= rows.length - 1 ? { table, whole, lines } : undefined);
        }
      }
      const found = tables.get(key);
      if (!found) return;
      const rows = [...found.table.parts, ...(found.table.total ? [found.table.total] : [])];
      const row = rows.find((r) => r.line === claim.position.line);
      if (!row) return;
      return { readings: [overWhole(row, found.whole, found.lines)], suffix: '%', lines: found.lines };
    });
  },
} satisfies ReportRelation;
