/**
 * A coverage percentage and its counts stated as rows of one metrics table:
 * "| **Overall Coverage** | 30% | **73.23%** |", "| **Total Statements** |
 * 11,698 | 11,698 |", "| **Covered Statements** | ~3,509 | **8,567** |",
 * "| **Missing Statements** | ~8,189 | 3,131 |". In each column the
 * coverage row is the covered row over the total row, or the total less the
 * missing over the total; a covered row may state both ("408/625"). Each
 * kind of row must be one row of the table (a table of lines and branches
 * has two covered rows and is not judged), and the coverage row must name
 * no other measure (branches, functions). A count row names the lines or
 * statements it counts and nothing else ("Lines of Test Code" and "Tested
 * Components" count no covered lines).
 */
import type { Reading } from '../arithmetic.js';
import type { ReportRelation } from './types.js';
import { div, intervalOf } from '../arithmetic.js';
import type { TableView } from '../../read/report-structure.js';
import { changeHeaderRe } from '../relation-forms.js';
import { hasWord } from '../../figures/words.js';
import { countIn, coveredWords, distinct, judgePercentCells, missedWords, otherMeasureWords, ratioIn, readingsFromCounts, relevantWords, type CoverageCounts } from './coverage-row.js';
import { cellLabel as label, reading } from './shared.js';
import { gapColumnWords, goalColumnWords } from '../../figures/column-words.js';

/** Words of a row label over a coverage percentage. */
const coverageLabelWords = ['coverage', 'covered %', 'cover'] as const;
/** Words of a header or label that is no measurement: a goal, a change, a gap. */
const notMeasuredWords = [...goalColumnWords, ...gapColumnWords, 'improvement', 'increase', 'modules', 'files', 'tests'];

/** Words of a row label that say it counts what coverage counts: "Covered Statements", "Lines Covered". */
const countedUnitWords = ['lines', 'line', 'statements', 'statement', 'stmts'] as const;
/** Words of a row label that count something else: "Lines of Test Code", "Tested Components". */
const otherCountWords = ['test', 'tests', 'code', 'components', 'files'] as const;

/** The one row whose label is of `words` and none of `not`. */
function rowOf(view: TableView, words: readonly string[], not: readonly string[], unit = false): number | undefined {
  const found = view.rows.map((_, r) => r).filter((r) => hasWord(label(view, r), words) && !hasWord(label(view, r), not) && (!unit || (hasWord(label(view, r), countedUnitWords) && !hasWord(label(view, r), otherCountWords))));
  return found.length === 1 ? found[0] : undefined;
}

/** Every reading of the coverage row's cell at `column` from the count rows of the same column. */
export function columnReadings(view: TableView, column: number): Reading[] {
  const covRow = rowOf(view, coverageLabelWords, [...notMeasuredWords, ...otherMeasureWords]);
  if (covRow === undefined || covRow !== view.row) return [];
  if (view.rows.some((_, r) => hasWord(label(view, r), otherMeasureWords))) return [];
  const notCount = [...coverageLabelWords, ...notMeasuredWords];
  const coveredAt = rowOf(view, coveredWords, [...missedWords, ...notCount.filter((w) => w !== 'cover')], true);
  const missedAt = rowOf(view, missedWords, notCount, true);
  const relevantAt = rowOf(view, relevantWords, [...coveredWords, ...missedWords, ...notCount], true);
  const cell = (r: number | undefined) => (r === undefined ? '' : view.rows[r]?.[column] ?? '');
  const name = (r: number | undefined) => `"${r === undefined ? '' : label(view, r)}"`;
  const out: Reading[] = [];
  const ratio = ratioIn(cell(coveredAt));
  if (ratio && ratio.relevant.value > 0) {
    out.push(reading(`${ratio.covered.value} / ${ratio.relevant.value}`, (ratio.covered.value / ratio.relevant.value) * 100, div(intervalOf(ratio.covered), intervalOf(ratio.relevant), 100), `row ${name(coveredAt)}`));
  }
  const counts: CoverageCounts = {};
  const covered = countIn(cell(coveredAt));
  const relevant = countIn(cell(relevantAt));
  const missed = countIn(cell(missedAt));
  if (covered) counts.covered = covered;
  if (relevant) counts.relevant = relevant;
  if (missed) counts.missed = missed;
  out.push(...readingsFromCounts(counts, { covered: name(coveredAt), relevant: name(relevantAt), missed: name(missedAt) }, 'rows'));
  return distinct(out);
}

export default {
  id: 'coverage-column',
  description: 'A coverage row of a metrics table against the covered, total and missing rows of the same column.',
  judge({ claims, tree }) {
    return judgePercentCells(claims, tree, (view) => {
      const header = view.header[view.column] ?? '';
      if (changeHeaderRe.test(header) || hasWord(header, notMeasuredWords)) return { readings: [], lines: [] };
      const line = view.rowLines[view.row];
      return { readings: columnReadings(view, view.column), lines: view.rowLines.filter((l) => l !== line) };
    });
  },
} satisfies ReportRelation;
