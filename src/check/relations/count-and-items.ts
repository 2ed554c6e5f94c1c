/**
 * A count and the rows it counts: "Overall Verification Rate: 100% (8/8
 * major claims verified)" under a table of eight claims whose Status column
 * marks seven VERIFIED and one DOCUMENTED. The count's status word names the
 * status counted; the table is the one of its section with as many rows as
 * the count's whole. (A count and the list after it is consistency's
 * listCount check.)
 */
import type { Claim } from '../../model.js';
import { sectionAt, type TableView } from '../../read/report-structure.js';
import { totalRowLabelRe } from '../relation-forms.js';
import { numberSource, parseNumber } from '../../figures/numbers.js';
import type { ReportRelation } from './types.js';
import { type ClaimJudgement, counted, eachClaim, exactCount, showLines, viewsOf } from './shared.js';
import { withoutStars } from '../../read/without-stars.js';

/** Status words a count may name, each with the forms a table cell writes it in. */
export const statusWords: Readonly<Record<string, string>> = {
  verified: 'verified',
  passed: 'pass(?:ed|ing)?',
  passing: 'pass(?:ed|ing)?',
  complete: 'complete[d]?',
  completed: 'complete[d]?',
  done: 'done',
  implemented: 'implemented',
  healthy: 'healthy',
  fixed: 'fixed',
  resolved: 'resolved',
  working: 'working',
  tested: 'tested',
  met: 'met',
};
/** Words before a status that take it back: "not verified", "partially verified". */
const negatedSource = String.raw`(?<!\b(?:not|partially|partly|un)\s*)`;

/** "8/8 major claims verified", "7 of 9 services healthy". */
const countWithStatusRe = new RegExp(String.raw`(?<![\w.,/])(?<part>${numberSource})\s*(?:\/|\bout\s+of\b|\bof\b)\s*(?<whole>${numberSource})(?![\d/.%])(?<words>(?:\s+[A-Za-z][\w-]*){1,4})`, 'g');

interface StatusCount {
  part: number;
  whole: number;
  status: string;
}

/** The counts with a status word on a line of the report. */
function countsWithStatus(line: string): StatusCount[] {
  const out: StatusCount[] = [];
  for (const m of line.matchAll(countWithStatusRe)) {
    const words = (m.groups?.words ?? '').trim().toLowerCase().split(/\s+/);
    const status = words.find((w) => w in statusWords);
    if (!status || !m.groups?.part || !m.groups.whole) continue;
    out.push({ part: parseNumber(m.groups.part).value, whole: parseNumber(m.groups.whole).value, status });
  }
  return out;
}

/** Rows of `table` (total rows aside) whose cell in some one column shows `status`; the column with most. */
function rowsWithStatus(table: TableView, status: string): { column: number; rows: number[] } | undefined {
  const re = new RegExp(String.raw`${negatedSource}\b(?:${statusWords[status]})\b`, 'i');
  const body = table.rows.map((row, r) => ({ row, r })).filter(({ row }) => !totalRowLabelRe.test(row[0] ?? ''));
  let best: { column: number; rows: number[] } | undefined;
  for (let column = 1; column < table.header.length; column++) {
    const rows = body.filter(({ row }) => re.test(row[column] ?? '')).map(({ r }) => r);
    if (rows.length > 0 && (!best || rows.length > best.rows.length)) best = { column, rows };
  }
  return best;
}

/** The symbol a status cell opens with ("✅ VERIFIED" → "✅"), if any. */
const markOf = (cell: string): string => /^[^\p{L}\p{N}\s]+/u.exec(withoutStars(cell).trim())?.[0] ?? '';

const kindsWithCount: ReadonlySet<string> = new Set(['ratio', 'checkboxes', 'tests.passed', 'listCount', 'count.items']);

export default {
  id: 'count-and-items',
  description: 'A count with a status ("8/8 verified") against the rows of its section\'s table marked with that status.',
  judge({ claims, source, tree }) {
    const { lines, sections, tables } = viewsOf({ source, tree });
    const seen = new Set<number>();
    return eachClaim(claims, (claim: Claim) => {
      const at = claim.position.line;
      if (!kindsWithCount.has(claim.kind) || claim.tense !== 'current' || claim.context.table || seen.has(at)) return undefined;
      seen.add(at);
      const out: ClaimJudgement[] = [];
      const section = sectionAt(sections, at);
      const from = section?.line ?? 1;
      const to = section?.end ?? Infinity;
      for (const count of countsWithStatus(lines[at - 1] ?? '')) {
        const candidates = tables.filter((t) => t.line >= from && t.line <= to && t.rows.filter((row) => !totalRowLabelRe.test(row[0] ?? '')).length === count.whole);
        if (candidates.length !== 1) continue;
        const table = candidates[0] as TableView;
        const marked = rowsWithStatus(table, count.status);
        if (!marked) continue;
        const rowLines = table.rows.map((_, r) => table.rowLines[r] ?? 0).filter((l) => l > 0);
        const header = table.header[marked.column] ?? '';
        const readings = [counted(`rows of the ${header} column marked ${count.status} (${showLines(rowLines)})`, marked.rows.length)];
        // Rows under the same mark with another word ("✅ VERIFIED", "✅ CONFIRMED") may be counted too.
        const mark = markOf(table.rows[marked.rows[0] ?? 0]?.[marked.column] ?? '');
        if (mark) {
          const same = table.rows.filter((row) => !totalRowLabelRe.test(row[0] ?? '') && markOf(row[marked.column] ?? '') === mark).length;
          if (same !== marked.rows.length) readings.push(counted(`rows of the ${header} column marked ${mark}`, same));
        }
        out.push({ stated: exactCount(count.part), readings, lines: rowLines });
      }
      return out;
    });
  },
} satisfies ReportRelation;
