import type { ClaimKind, Figure, Subject } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import { changeWords, findWord, hasWord, type Words } from '../src/figures/words.js';
import { categoryWords } from '../src/figures/subjects.js';
import { headingCategory, labelPart, namesNoPart } from '../src/figures/test-subject.js';
import { isPeriodColumn } from '../src/figures/period-columns.js';

/**
 * Column headers that name a state of the figure in the row, so that every
 * cell of the row is the row's figure at that state: "| Metric | Baseline |
 * Target | Final |", "| Metric | Before | After |". A column of another
 * figure ("Change", "Achievement", "Weight") is not one; "Value" and "Count"
 * columns are read by the test-count extractor.
 */
export const stateColumns: readonly string[] = [
  'baseline', 'before', 'after', 'target', 'goal', 'final', 'current', 'actual', 'now', 'initial', 'previous', 'start', 'starting',
  'end', 'achieved', 'measured',
];

/** Words of a row label that make its percentages rates: "Test Pass Rate", "Passing %". */
const rateWords: readonly string[] = ['rate', 'percentage', 'percent', '%'];

/** Marks around a row label: emphasis, status emoji, a trailing colon. */
const rowMarksRe = /^[^\p{L}\p{N}]+|[^\p{L}\p{N})]+$/gu;
/** What may stand around a figure alone in its cell: emphasis, spaces, a status mark ("**699**", "650+ ✅"); no letter or digit. */
const cellMarksRe = /^[^\p{L}\p{N}()]*$/u;
/** A count (or a ratio) right before the figure's parenthesis: "2,825 (", "66/66 (". */
const countBeforeParenRe = /^[^\p{L}\p{N}]*[~≈]?\d[\d,]*(?:\s*\/\s*\d[\d,]*)?\+?\s*\(\s*$/u;
/** The close of that parenthesis, and nothing but marks after it. */
const parenCloseRe = /^\s*\)[^\p{L}\p{N}]*$/u;

/** The test kind a row's status word gives, total when it names none. */
function rowStatus(row: string, words: Words): ClaimKind {
  if (findWord(row, words.failed)) return 'tests.failed';
  if (findWord(row, words.skipped)) return 'tests.skipped';
  if (findWord(row, words.errors)) return 'tests.errors';
  if (findWord(row, words.passed)) return 'tests.passed';
  return 'tests.total';
}

/** The rate kind of a status, if it has one. */
const rateOf = (kind: ClaimKind): ClaimKind | undefined => (kind === 'tests.passed' ? 'tests.passRate' : kind === 'tests.failed' ? 'tests.failRate' : undefined);

/**
 * The part of the tests a row counts: a kind of tests its label names ("Unit Tests"), else one its heading
 * names ("### Unit Tests" over "| Passed | 1366 (89.6%) |"), else all; undefined when the label names
 * something else ("Tests Generated", "Service classes").
 */
function rowSubject(row: string, headings: readonly string[]): Subject | undefined {
  const part = labelPart(row);
  if (part) return part;
  if (!namesNoPart(row)) return undefined;
  return headingCategory(headings) ?? { scope: 'all' };
}

/** Whether the row, its caption or the nearest headings name tests: a status row ("✅ Passed") says nothing of tests by itself. */
function testsNamed(figure: Figure, row: string, words: Words): boolean {
  const c = figure.context;
  if (hasWord(row, words.testNouns)) return true;
  return [c.table?.caption ?? '', ...c.headings.slice(-2)].some((h) => hasWord(h, words.testNouns) || findWord(h, categoryWords) !== undefined);
}

/**
 * A figure in a row that names tests, of a table whose columns are states
 * or counts:
 * - "| **Total Tests** | 3,144 | ~8,000 | **699** |" under "| Metric |
 *   Baseline | Target | Final |": a count alone in a state column is the
 *   row's count at that state (its tense from the column);
 * - "| **Test Pass Rate** | 100% | **100%** |": a percentage alone in such a
 *   column, in a row that names a status or a rate, is the rate;
 * - "| ✅ Passed | 1366 (89.6%) |", "| Tests Passing | 2,825 (89.8%) |",
 *   "| Passing Tests | 66/66 (100%) |": a percentage in parentheses after
 *   the row's count is the share of the row's status.
 */
function classify(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  const table = figure.context.table;
  if (!place || !table || place.block.kind !== 'cell' || figure.context.noun !== undefined) return undefined;
  const row = table.row.replace(/[*_`]/g, '').replace(rowMarksRe, '').trim();
  if (row === '' || hasWord(table.header, changeWords)) return undefined;
  const before = place.text.slice(0, place.start);
  const after = place.text.slice(place.end);
  const status = rowStatus(row, words);
  const isRateRow = hasWord(row, rateWords) || row.includes('%');
  if (figure.unit === 'percent' && countBeforeParenRe.test(before) && parenCloseRe.test(after)) {
    const kind = rateOf(status);
    if (!kind || isRateRow || !testsNamed(figure, row, words)) return undefined;
    const subject = rowSubject(row, figure.context.headings);
    return subject ? { kind, subject } : undefined;
  }
  if (!cellMarksRe.test(before) || !cellMarksRe.test(after.replace(/\([^()]*%\s*\)/, ''))) return undefined;
  // A column of a period ("| Sprint 2 Exit | Sprint 3a Exit |", period-columns.ts) holds the row's figure at that period's end, a state too.
  const stateColumn = findWord(table.header, stateColumns) !== undefined || isPeriodColumn(table.header, place.block.columns ?? []);
  if (!stateColumn || !hasWord(row, words.testNouns)) return undefined;
  const subject = rowSubject(row, figure.context.headings);
  if (!subject) return undefined;
  if (figure.unit === 'percent') {
    const kind = rateOf(status);
    return kind ? { kind, subject } : undefined;
  }
  if (figure.unit !== 'count' || figure.of !== undefined || !Number.isInteger(figure.value) || isRateRow) return undefined;
  return { kind: status, subject };
}

export default {
  id: 'figure-test-metric-row',
  description: 'Test figures in a row that names tests: "| Total Tests | 3,144 | ~8,000 |" under "| Metric | Baseline | Target |", "| Test Pass Rate | 100% |", "| ✅ Passed | 1366 (89.6%) |".',
  kinds: ['tests.total', 'tests.passed', 'tests.failed', 'tests.skipped', 'tests.errors', 'tests.passRate', 'tests.failRate'],
  classify,
  readsClaimed: true,
} satisfies FigureClassifier;
