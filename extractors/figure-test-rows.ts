import type { ClaimKind, Figure, Subject } from '../src/model.js';
import type { Classification, FigureClassifier } from '../src/figures/classify.js';
import { findWord, type Words } from '../src/figures/words.js';
import { isTestFileName } from '../src/figures/test-files.js';

/** A column that only counts, naming nothing: "Count", "#", "No.", "Number". */
const countHeaderRe = /^\W*(?:count|#|no\.?|number|n)\W*$/i;

/** A test class's name: pytest's `TestScoringLogic`, JUnit's or xUnit's `ScoringLogicTest(s)`. */
const testClassRe = /^(?:Test[A-Z]\w*|[A-Z]\w*[a-z0-9]Tests?)$/;

/** Marks around a row's name: emphasis, code, a trailing colon. */
const rowMarksRe = /^[\s*_`]+|[\s*_`:]+$/g;

/** The status the section counts, from its nearest headings ("⏭️ Skipped Tests (21)"): otherwise all its tests. */
function sectionKind(headings: readonly string[], words: Words): ClaimKind {
  for (const heading of headings.slice(-2).reverse()) {
    if (findWord(heading, words.failed)) return 'tests.failed';
    if (findWord(heading, words.skipped)) return 'tests.skipped';
  }
  return 'tests.total';
}

/**
 * "| TestScoringLogic | 12 | … |" under "| Test Class | Count | … |", "| `test_idempotency.py` | 6 |" under
 * "| Test File | Count |": a column that only counts, in a row that a test class or a test file names, counts
 * that class's or file's tests (of the status the section names, "Skipped Tests"). The row names what is
 * counted, so the count is that part's, never the suite's.
 */
function classify(figure: Figure, words: Words): Classification | undefined {
  const table = figure.context.table;
  if (!table || figure.unit !== 'count' || !Number.isInteger(figure.value) || figure.context.noun) return undefined;
  if (!countHeaderRe.test(table.header)) return undefined;
  const row = table.row.replace(rowMarksRe, '');
  let subject: Subject;
  if (isTestFileName(row)) subject = { path: row };
  else if (testClassRe.test(row)) subject = { name: row };
  else return undefined;
  return { kind: sectionKind(figure.context.headings, words), subject };
}

export default {
  id: 'figure-test-rows',
  description: 'Tests of a test class or test file counted in a table row that names it: "| TestScoringLogic | 12 |" under "| Test Class | Count |".',
  kinds: ['tests.total', 'tests.failed', 'tests.skipped'],
  classify,
} satisfies FigureClassifier;
