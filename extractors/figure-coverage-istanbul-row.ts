/**
 * The `All files` row of istanbul's text report (Jest, Vitest and nyc with
 * `--coverage`) pasted into a report in a plain-text block:
 *
 *     File      | % Stmts | % Branch | % Funcs | % Lines | Uncovered Line #s
 *     All files |   51.02 |    46.97 |   44.28 |   54.26 |
 *
 * The shape is the tool's own (the words `All files`, then four bare
 * percentages in the fixed order Stmts, Branch, Funcs, Lines), so the row is
 * read without its header, which stands on another line of the block: each
 * number is that metric's coverage of everything the run measured. The run measured the group the nearest heading names in
 * parentheses ("### Overall Coverage (Frontend)"), else the whole project.
 * The file rows under it are left alone: istanbul writes them relative to the
 * folder row above, which names no path a reader can check alone.
 */
import type { ClaimKind, Figure, Subject } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import type { Words } from '../src/figures/words.js';
import { isCategoryWord } from '../src/figures/test-subject.js';

/** The row: `All files`, then four bare percentages between bars, then maybe the uncovered lines' column. */
const rowRe = /^\s*All files\s*(?:\|\s*\d{1,3}(?:\.\d+)?\s*){4}\|[^|]*\|?\s*$/i;
/** The kind of each of the four columns after the file's, in the tool's order. */
const columnKinds: readonly ClaimKind[] = ['coverage.statements', 'coverage.branches', 'coverage.functions', 'coverage.lines'];
/** A group named in parentheses at the end of a heading: "Overall Coverage (Frontend)". Group `group`. */
const headingGroupRe = /\((?<group>[^()]+)\)\W*$/;

/** What the run measured: the category the nearest heading names in parentheses, else the whole project. */
function runSubject(headings: readonly string[]): Subject {
  const group = headingGroupRe.exec(headings.at(-1) ?? '')?.groups?.group?.trim().toLowerCase();
  return group !== undefined && isCategoryWord(group) ? { category: group } : { scope: 'all' };
}

function classify(figure: Figure, _words: Words, place?: FigurePlace): Classification | undefined {
  if (!place || figure.value > 100 || figure.qualifier !== 'exact') return undefined;
  const lineStart = place.text.lastIndexOf('\n', place.start - 1) + 1;
  const lineEnd = place.text.indexOf('\n', place.end);
  if (!rowRe.test(place.text.slice(lineStart, lineEnd < 0 ? place.text.length : lineEnd))) return undefined;
  // The figure's column: how many bars stand before it on its line.
  const kind = columnKinds[place.text.slice(lineStart, place.start).split('|').length - 2];
  return kind === undefined ? undefined : { kind, subject: runSubject(figure.context.headings) };
}

export default {
  id: 'figure-coverage-istanbul-row',
  description: 'The "All files" row of istanbul\'s text report in a plain-text block: "All files | 51.02 | 46.97 | 44.28 | 54.26 |" under "File | % Stmts | % Branch | % Funcs | % Lines".',
  kinds: columnKinds,
  classify,
} satisfies FigureClassifier;
