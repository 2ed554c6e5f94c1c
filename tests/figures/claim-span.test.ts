/**
 * A figure classifier may state its claim's span (`Classification.span`): the
 * claim's text and position come from it, the fix finds its figure there, and
 * a later figure of the same kind inside it is not read twice.
 */
import { describe, expect, it } from 'vitest';
import { extractClaimsWith } from '../../src/commands/claims.js';
import { locateFigure } from '../../src/commands/fix.js';
import { spanThrough } from '../../src/figures/claim-span.js';
import type { FigureClassifier, FigurePlace } from '../../src/figures/classify.js';

/** A classifier reading every count as a test total, with the span `spanOf` gives it. */
function classifierWith(spanOf: (place: FigurePlace) => { start: number; end: number } | undefined): FigureClassifier {
  return {
    id: 'span-case',
    description: 'every count as a test total, with a stated span',
    kinds: ['tests.total'],
    classify(figure, _words, place) {
      if (figure.unit !== 'count' || !place) return undefined;
      const span = spanOf(place);
      return { kind: 'tests.total', subject: { scope: 'all' }, ...(span ? { span } : {}) };
    },
  };
}

const throughNoun = classifierWith((place) => spanThrough(place, /^\s*([a-z]+(?: [a-z]+)?)/.exec(place.text.slice(place.end))?.[1] ?? ''));
const fromLabel = classifierWith((place) => ({ start: Math.max(0, place.text.lastIndexOf('\n', place.start - 1) + 1), end: place.end }));
const outside = classifierWith((place) => ({ start: place.end, end: place.end + 3 }));
const toLineEnd = classifierWith((place) => ({ start: place.start, end: place.text.indexOf('\n', place.end) < 0 ? place.text.length : place.text.indexOf('\n', place.end) }));
const noSpan = classifierWith(() => undefined);

const cases: Array<{ name: string; classifier: FigureClassifier; markdown: string; claims: Array<{ value: number; text: string; line: number; column: number; qualifier?: string }> }> = [
  { name: 'a span through the noun', classifier: throughNoun, markdown: '# R\n\n- 526 passing tests', claims: [{ value: 526, text: '526 passing tests', line: 3, column: 3 }] },
  // The block's text has no emphasis marks; the position maps back to the source.
  { name: 'a span from the label', classifier: fromLabel, markdown: 'Intro.\n\n**Tests:** 9', claims: [{ value: 9, text: 'Tests: 9', line: 3, column: 3 }] },
  { name: 'a span carried to the parenthesis it opens', classifier: fromLabel, markdown: 'Suite (12', claims: [{ value: 12, text: 'Suite (12', line: 1, column: 1 }] },
  { name: 'an estimate after the span', classifier: throughNoun, markdown: '- 500 tests (estimated)', claims: [{ value: 500, text: '500 tests', line: 1, column: 3, qualifier: 'approx' }] },
  { name: 'no span: the figure alone', classifier: noSpan, markdown: '- 526 passing tests', claims: [{ value: 526, text: '526', line: 1, column: 3 }] },
  { name: 'a span that does not hold the figure is ignored', classifier: outside, markdown: '- 526 passing tests', claims: [{ value: 526, text: '526', line: 1, column: 3 }] },
  { name: 'a figure inside an earlier claim of the kind is read by it', classifier: toLineEnd, markdown: 'Tests: 9 passed / 12 total', claims: [{ value: 9, text: '9 passed / 12 total', line: 1, column: 8 }] },
  { name: 'a figure of the kind outside it is read', classifier: throughNoun, markdown: 'Tests: 9 passed / 12 total', claims: [{ value: 9, text: '9 passed', line: 1, column: 8 }, { value: 12, text: '12 total', line: 1, column: 19 }] },
];

describe('a classifier\'s claim span', () => {
  for (const c of cases) {
    it(c.name, () => {
      const claims = extractClaimsWith('r.md', c.markdown, { only: [], classifiers: [c.classifier] });
      expect(claims.map((x) => ({ value: x.value, text: x.text, line: x.position.line, column: x.position.column, ...(c.claims.some((e) => e.qualifier) ? { qualifier: x.qualifier } : {}) }))).toEqual(c.claims);
      // `--fix` finds the claim's own figure from its text and position.
      for (const claim of claims) expect(locateFigure(c.markdown, claim)?.text).toBe(String(claim.value));
    });
  }
});

describe('spanThrough', () => {
  const place = (text: string, figure: string): FigurePlace => ({ block: { kind: 'paragraph', text, context: { headings: [] }, sourceStart: 0, segments: [] }, text, start: text.indexOf(figure), end: text.indexOf(figure) + figure.length, numStart: text.indexOf(figure) });
  it.each([
    ['431 passing', '431', 'passing', '431 passing'],
    ['- 2 tests failing, 1 skipped', '2', 'tests failing', '2 tests failing'],
    ['129 unit test(s) failing', '129', 'unit tests failing', '129 unit test(s) failing'],
    ['(357 lines)', '357 lines', 'lines', '357 lines'],
    ['**9** passed', '9', 'passed', '9** passed'],
    ['431 passing', '431', 'failing', '431'],
    ['431', '431', '', '431'],
  ])('%s through "%s" + "%s" → %s', (text, figure, words, expected) => {
    const p = place(text, figure);
    const span = spanThrough(p, words);
    expect(text.slice(span.start, span.end)).toBe(expected);
  });
});
