/**
 * The test files a markdown table of tests per file names, read from the
 * report's source: the table right above a total line ("**Total**: 65 tests",
 * "**总测试数**: 33"), or the table a TOTAL row closes. Each data row must
 * name one file in code marks or emphasis (`` `LruCacheTests.cs` ``), and the
 * header must have a column of tests ("Tests", "测试数"), else nothing is
 * read: a table of anything else is no breakdown of the total. The figures in
 * the rows are never read; the caller measures the files.
 */
import { wordsByLanguage } from '../figures/language-words.js';
import { countsTestsColumn } from '../figures/test-column.js';
import { rememberByText } from '../figures/remember.js';

/** A file named in a cell: a name with an extension of letters, inside backticks or emphasis marks. */
const fileCellRe = /^[`*_]+(?<file>[\w./-]+\.[A-Za-z]{1,6})[`*_]+$/;
/** A table's delimiter row: `|---|:--:|`. */
const delimiterRowRe = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
/** A row of a table: a line that starts with a pipe. */
const tableLineRe = /^\s*\|/;

/** Nouns of files of every language of the word table: a header that names files counts files, not tests ("Test Files", "测试文件数"). */
const fileNouns: readonly string[] = [...new Set(Object.values(wordsByLanguage).flatMap((words) => words.files))].map((noun) => noun.toLowerCase());

/** Whether a word list's entry is in `lower`: as a word for spaced languages, inside it for CJK. */
const hasNoun = (lower: string, noun: string) => (/^[a-zà-ÿ ]+$/.test(noun) ? new RegExp(`(?<![\\p{L}])${noun}(?![\\p{L}])`, 'u').test(lower) : lower.includes(noun));

/** Whether a column header counts tests ("Tests", "Test Count", "测试数"), not files of tests ("Test Files", "测试文件数"); asked again for every cell of its column. */
export const countsTests: (header: string) => boolean = rememberByText((header) => {
  const lower = header.toLowerCase();
  return !fileNouns.some((noun) => hasNoun(lower, noun)) && countsTestsColumn(header);
});

/** The cells of a table row, marks kept, edges trimmed. */
function cellsOf(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|').map((cell) => cell.trim());
}

/** One row of the table: its line (1-based) and the file its cell names, as written. */
export interface TableFileRow {
  line: number;
  file: string;
}

/**
 * The rows of the table of test files that `line` (1-based) totals: the table
 * that ends at most two lines above it (blank lines between), or, when `line`
 * is itself a row, the rows of its table above it. Undefined unless the
 * header counts tests and every data row names exactly one file.
 */
export function tableFileRows(source: string, line: number): TableFileRow[] | undefined {
  const lines = source.split('\n');
  const at = line - 1;
  let end: number;
  if (tableLineRe.test(lines[at] ?? '')) end = at - 1;
  else {
    end = at - 1;
    while (end >= 0 && end >= at - 2 && (lines[end] ?? '').trim() === '') end--;
    if (end < 0 || !tableLineRe.test(lines[end] ?? '')) return undefined;
  }
  let start = end;
  while (start - 1 >= 0 && tableLineRe.test(lines[start - 1] ?? '')) start--;
  // header, delimiter, then at least one data row
  const delimiter = start + 1;
  if (delimiter > end || !delimiterRowRe.test(lines[delimiter] ?? '')) return undefined;
  const header = cellsOf(lines[start] ?? '');
  if (!header.some(countsTests)) return undefined;
  const rows: TableFileRow[] = [];
  for (let i = delimiter + 1; i <= end; i++) {
    const files = cellsOf(lines[i] ?? '').flatMap((cell) => fileCellRe.exec(cell)?.groups?.file ?? []);
    if (files.length !== 1) return undefined;
    rows.push({ line: i + 1, file: files[0]! });
  }
  return rows.length > 0 ? rows : undefined;
}
