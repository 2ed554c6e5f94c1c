import type { Figure } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import { isSignedFigure } from '../src/figures/coverage-subject.js';
import { pairPart } from '../src/figures/pair-part.js';
import { hasWord, type Words } from '../src/figures/words.js';

/** The parenthesis a step of work closes with, up to its figure: "(currently at ", "(currently only ", "(now ". */
const nowParenRe = /\(\s*(?:currently|now)(?:\s+(?:at|only|just))?\s*$/i;
/** What closes the parenthesis right after the figure: ")". */
const closeRe = /^\s*\)/;
/** List marks, a number and marks that open a line before its words: "   - ", "2. ", "✅ ". */
const lineMarksRe = /^[^\p{L}\p{N}]*(?:\d+[.)]\s+)?/u;

/**
 * The present coverage of the part a step of work names, in a parenthesis
 * closing the step: "- Add tests for AI/LLM package (currently at 0.8%)" under
 * "### Recommendations:" of a coverage report (504), "- Add tests for tick()
 * timer logic (currently 50%)" under "### Priority 2: Improve Poor Coverage"
 * (w38). The step is work to do, but "currently" says the figure is where the
 * part stands now. Its subject is the part the step names, without its verb
 * and test nouns (pair-part.ts, as a step's coverage pair is read); a step
 * naming no part, or a report and section that say nothing of coverage, give
 * nothing.
 */
function classify(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  if (!place || figure.unit !== 'percent' || figure.value > 100 || figure.range !== undefined) return undefined;
  const c = figure.context;
  if (c.block === 'heading' || c.table !== undefined || c.sign !== undefined || isSignedFigure(figure.text)) return undefined;
  if (!closeRe.test(place.text.slice(place.end))) return undefined;
  const lead = place.text.slice(place.text.lastIndexOf('\n', place.start - 1) + 1, place.start);
  const paren = nowParenRe.exec(lead);
  if (!paren) return undefined;
  const step = lead.slice(0, paren.index).replace(lineMarksRe, '').replace(/[*_`]/g, '').trim();
  const part = pairPart(step, words);
  if (part === undefined) return undefined;
  // The report's title or the section says coverage, or the step itself does ("Raise parser coverage (currently 40%)").
  if (![c.headings[0] ?? '', ...c.headings.slice(-2), step].some((t) => hasWord(t, words.coverage))) return undefined;
  return { kind: 'coverage.lines', subject: { name: part }, tense: 'current', tenseReason: '"currently" closing a step of work' };
}

export default {
  id: 'figure-coverage-now',
  description: 'The present coverage of the part a step of work names, in the parenthesis closing it: "Add tests for AI/LLM package (currently at 0.8%)" in a coverage report.',
  kinds: ['coverage.lines'],
  classify,
} satisfies FigureClassifier;
