import type { Figure, Subject } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import { ownLabelOf } from '../src/figures/classify.js';
import { countsSubtests, countsTestsColumn } from '../src/figures/test-column.js';
import { hasWord, type Words } from '../src/figures/words.js';

/** Marks around a row's name: emphasis, code, a trailing colon. */
const rowMarksRe = /^[\s*_`]+|[\s*_`:]+$/g;

/** The noun right after a figure: " subtestes", " sub-tests". */
const nounAfterRe = /^\s*\p{L}[\p{L}-]*/u;

/** The claim's span over the figure and its subtest noun, so the claim's text says what it counts ("119 subtestes"). */
function withNoun(place: FigurePlace | undefined): Pick<Classification, 'span'> {
  const noun = place === undefined ? null : nounAfterRe.exec(place.text.slice(place.end));
  return place === undefined || noun === null ? {} : { span: { start: place.start, end: place.end + noun[0].length } };
}

/** The coarser count a subtests count follows right after its label: "Testes: 32 principais (", "Tests: 8 functions, ". */
const coarserCountBeforeRe = /^[^\d]*:\s*\d[\d,]*\s+\p{L}+\s*[(,]\s*$/u;

/**
 * A count of subtests where the report counts its tests at two levels:
 * "| Módulo | Testes | Subtestes |" then "| PIX | 8 | 32 |" (w62:131: the
 * subtests of the PIX tests are the test methods the source defines, its
 * "tests" numbered groups of them), "**Testes:** 32 principais (119
 * subtestes)" (w62:227), "| Backend detection | ✅ PASS | 15 subtests |"
 * (corpus 009:179). A row's count is that part's; a line's, under a label that
 * names only tests and a heading that names no part of them, the whole
 * suite's. The claim's text holds the subtest noun, or its column names it:
 * that is how the verifier knows what it counts. What a subtest is depends on the language: the tests verifier
 * measures it where a test declaration has no subtests of its own
 * (src/measure/subtests.ts) and says why not elsewhere (Go's `t.Run`).
 */
function classify(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  if (figure.unit !== 'count' || !Number.isInteger(figure.value)) return undefined;
  const c = figure.context;
  const noun = (c.noun ?? '').trim();
  const nounIsSubtests = noun !== '' && !noun.includes(' ') && countsSubtests(noun);
  if (c.table !== undefined) {
    if (!(nounIsSubtests || (noun === '' && countsSubtests(c.table.header)))) return undefined;
    const row = c.table.row.replace(rowMarksRe, '');
    // A total row stands for the rows above it (the table's arithmetic); a row with no name names no part.
    if (row === '' || hasWord(row, words.totals)) return undefined;
    return { kind: 'tests.total', subject: { name: row }, ...(nounIsSubtests ? withNoun(place) : {}) };
  }
  if (!nounIsSubtests || !coarserCountBeforeRe.test(c.before ?? '')) return undefined;
  // "Testes: 32 principais (119 subtestes)": a label that is only the test noun, under a heading naming no tests of a part.
  const label = ownLabelOf(figure).replace(/[*_`]/g, '').trim();
  if (label.includes(' ') || !countsTestsColumn(label)) return undefined;
  const heading = c.headings[c.headings.length - 1] ?? '';
  if (countsTestsColumn(heading)) return undefined;
  const subject: Subject = { scope: 'all' };
  return { kind: 'tests.total', subject, ...withNoun(place) };
}

export default {
  id: 'figure-subtests',
  description: 'Counts of subtests where a report counts its tests at two levels: "| Testes | Subtestes |", "Tests: 32 main (119 subtests)".',
  kinds: ['tests.total'],
  classify,
} satisfies FigureClassifier;
