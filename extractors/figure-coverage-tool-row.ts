/**
 * A row of coverage.py's text report pasted into a report, wherever it lands
 * (a plain-text block, or paragraphs when a fence is broken): `name  stmts
 * miss [branch  brpart]  cover%  [missing lines]`, with `TOTAL` as the last
 * row. The shape is the tool's own (a source file's path, two or four counts,
 * then the percentage), so no header is needed to read it: the percentage is
 * that file's coverage, or the whole project's on the TOTAL row.
 */
import type { Figure } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import type { Words } from '../src/figures/words.js';
import { partPath } from '../src/figures/part-path.js';

/** One row up to its Cover column: group `name`, `stmts`, `miss`, optional `branch` and `brpart`; the figure follows. */
const rowLeadRe = /^\s*(?<name>\S+)\s+(?<stmts>\d+)\s+(?<miss>\d+)(?:\s+(?<branch>\d+)\s+(?<brpart>\d+))?\s+$/;
/** What may follow the Cover column: nothing, or the missing lines ("54, 58, 89-92", "12->14"). */
const rowTailRe = /^\s*$|^\s{2,}[\d,\s>-]+$/;
/** The name of the total row. */
const totalName = 'TOTAL';

/** The line of `text` around `[start, end)`: the text before and after the figure on it. */
function lineParts(text: string, start: number, end: number): { lead: string; tail: string } {
  const to = text.indexOf('\n', end);
  return { lead: text.slice(text.lastIndexOf('\n', start - 1) + 1, start), tail: text.slice(end, to < 0 ? text.length : to) };
}

function classify(figure: Figure, _words: Words, place?: FigurePlace): Classification | undefined {
  if (!place || figure.unit !== 'percent' || figure.value > 100 || figure.qualifier !== 'exact') return undefined;
  const { lead, tail } = lineParts(place.text, place.start, place.end);
  const row = rowLeadRe.exec(lead)?.groups;
  if (!row || !rowTailRe.test(tail)) return undefined;
  // A file misses no more statements (or branches) than it has.
  if (Number(row.miss) > Number(row.stmts) || (row.branch !== undefined && Number(row.brpart) > Number(row.branch))) return undefined;
  if (row.name === totalName) return { kind: 'coverage.lines', subject: { scope: 'all' } };
  const path = partPath(row.name!);
  return path === undefined ? undefined : { kind: 'coverage.lines', subject: { path } };
}

export default {
  id: 'figure-coverage-tool-row',
  description: 'A row of coverage.py\'s text report, fenced or not: "pkg/config.py   200   22  89.00%   54, 58" is that file\'s coverage, the TOTAL row the project\'s.',
  kinds: ['coverage.lines'],
  classify,
} satisfies FigureClassifier;
