/**
 * A sum whose terms each name a column of the table above it: under
 * "| Feature | Unit Tests | Feature Tests | E2E Tests |" and its rows,
 * "**Total Coverage**: 42 Unit + 24 Feature + 23 E2E = 89 tests". Each term
 * is its column added up, so a term can be wrong even when the sum adds up.
 * A column may list the same tests under several rows ("Navigation (12)",
 * "Display (12)" of one 12-test spec), so each distinct count taken once is
 * a second reading; a term holds when either does. The table is the last one
 * of the sum's section before it, every term names exactly one column other
 * than the row names, and every cell of those columns holds one plain count
 * or nothing ("-"); otherwise nothing is judged.
 */
import type { Figure } from '../arithmetic.js';
import type { ReportRelation } from './types.js';
import { sectionAt, type TableView } from '../../read/report-structure.js';
import { readSum, totalRowLabelRe } from '../relation-forms.js';
import { eachClaim, exactCount, reading, showLines, sumOf, viewsOf } from './shared.js';
import { point } from '../arithmetic.js';

/** One term of a sum and the word after it: "42 Unit", "**24** feature". Groups `n`, `word`. */
const namedTermRe = /^[\s*]*(?<n>\d[\d,]*)[\s*]+(?<word>\p{L}[\p{L}\p{N}-]*)[\s*]*$/u;
/** A cell that states no count: empty, a dash, "n/a", "none". */
const emptyCellRe = /^[\s*]*(?:[-–—]|n\/a|none)?[\s*]*$/i;
/** The one plain count of a cell, with at most a few words around it: "Validation rules (19)", "4". Group `n`. */
const cellCountRe = /^[^\d]*?\(?(?<n>\d[\d,]*)\)?[\s*]*$/;
/** What makes a count in a cell more than one plain count: a decimal, a percentage, a bound, a second number. */
const notPlainRe = /\d[.,]\d{1,2}(?!\d)|%|\d\s*\+|[~≈<>]|\d\D+\d/;

interface Term {
  figure: Figure;
  word: string;
}

/** The terms of the sum side of `text` ("a X + b Y + c Z" of "… = d"), each with its word, or undefined when one has none. */
function namedTerms(text: string): Term[] | undefined {
  const side = text.split('=').find((s) => s.includes('+'));
  if (!side) return undefined;
  const terms: Term[] = [];
  for (const piece of side.split('+')) {
    const groups = namedTermRe.exec(piece)?.groups;
    if (!groups?.n || !groups.word) return undefined;
    terms.push({ figure: exactCount(Number(groups.n.replace(/,/g, ''))), word: groups.word.toLowerCase() });
  }
  return terms.length >= 2 ? terms : undefined;
}

/** Lower-case words of a header. */
const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The one column (never the row names) whose header holds `word`. */
function columnOf(view: TableView, word: string): number | undefined {
  const found = view.header.map((h, i) => i).filter((i) => i > 0 && wordsOf(view.header[i] ?? '').includes(word));
  return found.length === 1 ? found[0] : undefined;
}

/** The counts of one column over the body rows that are not sums (none when every cell is a dash), or undefined when a cell is no plain count. */
function columnCounts(view: TableView, column: number): Figure[] | undefined {
  const out: Figure[] = [];
  for (const row of view.rows) {
    if (totalRowLabelRe.test((row[0] ?? '').replace(/^\W+/, ''))) continue;
    const cell = row[column] ?? '';
    if (emptyCellRe.test(cell)) continue;
    const n = cellCountRe.exec(cell)?.groups?.n;
    if (!n || notPlainRe.test(cell)) return undefined;
    out.push(exactCount(Number(n.replace(/,/g, ''))));
  }
  return out;
}

export default {
  id: 'sum-of-columns',
  description: 'A sum whose terms name the columns of the table above it ("42 Unit + 24 Feature + 23 E2E = 89"): each term against its column added up.',
  judge({ claims, source, tree }) {
    const { tables, sections } = viewsOf({ source, tree });
    return eachClaim(claims, (claim) => {
      if (claim.kind !== 'total' || claim.tense !== 'current' || claim.context.table || !readSum(claim.text)) return;
      const terms = namedTerms(claim.text);
      if (!terms) return;
      const line = claim.position.line;
      const section = sectionAt(sections, line);
      const from = section?.line ?? 1;
      const view = tables.filter((t) => t.line >= from && (t.rowLines.at(-1) ?? t.line) < line).at(-1);
      if (!view) return;
      const columns = terms.map((t) => columnOf(view, t.word));
      if (columns.some((c) => c === undefined) || new Set(columns).size !== columns.length) return;
      const counts = columns.map((c) => columnCounts(view, c as number));
      if (counts.some((c) => c === undefined)) return;
      const lines = view.rowLines.filter((l) => l < line);
      return terms.map((term, i) => {
        const figures = counts[i] as Figure[];
        const header = view.header[columns[i] as number] ?? '';
        const label = `column "${header}", ${showLines(lines)}`;
        const readings = [figures.length > 0 ? sumOf(figures, label) : reading('no count', 0, point(0), label)];
        const distinct = [...new Map(figures.map((f) => [f.value, f])).values()];
        if (distinct.length < figures.length) readings.push(sumOf(distinct, `column "${header}", each count once`));
        return { stated: term.figure, readings, lines };
      });
    });
  },
} satisfies ReportRelation;
