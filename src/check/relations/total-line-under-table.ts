/**
 * A total line right under a table of tests per file or class, against the
 * table's column of tests added up: "**Total**: 3 test files, **90 tests**"
 * or "**总计**: 16 个测试文件，**196 个测试**" (the label read whole from the
 * word table, src/check/total-line.ts) under "| 测试文件 | 测试数量 |" and its
 * rows. The table ends at most two blank lines above the line, has exactly
 * one column that counts tests (src/check/table-files.ts) and no TOTAL row of
 * its own, and every row's cell in that column is one plain count. Rows that
 * add up to more than the total are always wrong; rows short of it may be a
 * selection, so a shortfall is wrong only when the line also counts as many
 * files as the table has rows ("16 个测试文件" over 16 rows).
 */
import type { Claim } from '../../model.js';
import type { Figure } from '../arithmetic.js';
import type { TableView } from '../../read/report-structure.js';
import { readCellFigure, totalRowLabelRe } from '../relation-forms.js';
import { countsTests } from '../table-files.js';
import { isTotalLabelLine, isTotalLine } from '../total-line.js';
import { isLocalizedWholeLabel } from '../whole-label.js';
import { wordsByLanguage } from '../../figures/language-words.js';
import { eachClaim, figureOf, partsOfTotal, showLines, sumOf, viewsOf } from './shared.js';
import type { ReportRelation } from './types.js';

/** Words of every language of the word table that make a count passing tests, and the nouns of tests. */
const passedWords: readonly string[] = Object.values(wordsByLanguage).flatMap((words) => words.passed.map((w) => w.toLowerCase()));
const testNouns: readonly string[] = Object.values(wordsByLanguage).flatMap((words) => words.testNouns.map((w) => w.toLowerCase()));

/**
 * Whether `claim` states the line's count of tests: a total, or a count read
 * as passing only for a status after it ("**196 个测试**，全部通过") whose own
 * words are a count of tests and nothing of passing.
 */
function countsAllTests(claim: Claim): boolean {
  if (claim.kind === 'tests.total') return true;
  const text = claim.text.toLowerCase();
  // The total the line states of the table's tests (extractors/total.ts): "**Frontend Total Tests:** 58 tests".
  if (claim.kind === 'total') return testNouns.some((n) => text.includes(n));
  return claim.kind === 'tests.passed' && testNouns.some((n) => text.includes(n)) && !passedWords.some((w) => text.includes(w));
}

/** A label line of the total's own paragraph, between the table and the total: "**Frontend Test Suites:** 14 suites". */
const labelLineRe = /^\s*\**[^:|]{1,40}:/;

/** Kind of a count of files stated beside the total: "16 个测试文件", "3 test files". */
const fileCountKinds: ReadonlySet<string> = new Set(['dir.files']);

/** The counts of the table's one column of tests, one per row; undefined when the table is no plain breakdown. */
function columnCounts(table: TableView): { header: string; figures: Figure[] } | undefined {
  const columns = table.header.map((h, c) => ({ h, c })).filter(({ h, c }) => c > 0 && countsTests(h));
  if (columns.length !== 1 || table.rows.length < 2) return undefined;
  const { h, c } = columns[0]!;
  const figures: Figure[] = [];
  for (const row of table.rows) {
    const label = row[0] ?? '';
    if (totalRowLabelRe.test(label) || isLocalizedWholeLabel(label)) return undefined;
    const figure = readCellFigure(row[c] ?? '');
    if (!figure || figure.percent || figure.qualifier !== 'exact' || figure.precision > 0) return undefined;
    figures.push(figure);
  }
  return { header: h, figures };
}

export default {
  id: 'total-line-under-table',
  description: "A total line right under a table of tests per file or class, against the table's column of tests added up.",
  judge({ claims, source, tree }) {
    const { lines, tables } = viewsOf({ source, tree });
    return eachClaim(claims, (claim: Claim, index: number) => {
      if (!countsAllTests(claim) || claim.unit !== 'count' || claim.tense !== 'current' || claim.qualifier !== 'exact') return;
      // A total whose label names the table's kind of tests ("Frontend Total Tests") adds up that table as well.
      if (claim.context.table || (!('scope' in claim.subject) && claim.kind !== 'total')) return;
      const at = claim.position.line;
      // A count of all tests on the line carries the judgement when it states the same count: one finding, on the claim the
      // repository can measure, whose confirmation then sends the reader to the rows (measured-outranks.ts).
      if (claim.kind === 'total' && claims.some((c) => c.kind === 'tests.total' && c.position.line === at && c.value === claim.value && 'scope' in c.subject)) return;
      // The total is the line's first count of tests: "**Total**: 26 tests (30 on JVM, 16 on JS)" totals with 26 alone.
      if (claims.some((c) => c.position.line === at && c.kind.startsWith('tests.') && c.position.column < claim.position.column)) return;
      const line = lines[at - 1] ?? '';
      if (!isTotalLine(line) && !(claim.kind === 'total' && isTotalLabelLine(line))) return;
      // The table ends right above: only blank lines between, or label lines of the total's paragraph.
      const table = tables.find((t) => {
        const end = t.rowLines.at(-1) ?? t.line;
        return end < at && at - end <= 3 && lines.slice(end, at - 1).every((l) => l.trim() === '' || labelLineRe.test(l));
      });
      if (!table) return;
      const column = columnCounts(table);
      if (!column) return;
      const files = claims.filter((c) => c.position.line === at && fileCountKinds.has(c.kind) && c.value === table.rows.length);
      const sum = sumOf(column.figures, `column "${column.header}", ${showLines(table.rowLines)}`);
      return partsOfTotal(index, figureOf(claim), sum, [...table.rowLines], { complete: files.length > 0 }) ?? undefined;
    });
  },
} satisfies ReportRelation;
