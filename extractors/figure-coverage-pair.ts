import type { Figure, Subject, Tense } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import { ownLabelOf } from '../src/figures/classify.js';
import { isSignedFigure } from '../src/figures/coverage-subject.js';
import { lineAt } from '../src/figures/part-name.js';
import { clauseBefore } from '../src/figures/tense.js';
import { arrowSource } from '../src/figures/numbers.js';
import { stepPartRe } from './figure-change.js';
import { hasWord, type Words } from '../src/figures/words.js';
import { pairPart } from '../src/figures/pair-part.js';

/** The right side of a pair after its left figure: "% → 49.06%", " to 24%", " → 40%". */
const rightAfterRe = new RegExp(String.raw`^\s*%?\s*\**\s*(?:${arrowSource}|to\s+(?=[~≈*]*\d))\s*\**\s*[~≈]?\d[\d.,]*\s*%`, 'i');
/** The left side of a pair before its right figure: "46.36% → ", "from 15% to ", "(7 → ". */
const leftBeforeRe = new RegExp(String.raw`(?<!\d)(?<left>\d[\d.,]*)\s*(?<unit>%?)\s*\**\s*(?:${arrowSource}|(?<to>to))\s*\**\s*[~≈]?$`, 'i');
/** "from" right before a pair's left figure: "from 15% to 24%" is a pair; "increased 5 to 30%" is not. */
const fromLeadRe = /\bfrom\s*[~≈]?$/i;

/**
 * Words of a label or lead-in that leave the pair about the whole project's
 * coverage: the metric itself, the whole, a step or period of the work ("Week
 * 2", "Day 2 Session 1", "Long-term"), a state ("Current", "Target") or the
 * progress made ("Coverage gain", "Achievement"). Any other word names a part
 * or another metric ("Pass rate", "Dashboard coverage"), which the pair then
 * is not read for.
 */
const wholePairWords: ReadonlySet<string> = new Set([
  'coverage', 'covered', 'code', 'test', 'overall', 'total', 'project', 'system', 'line', 'lines',
  'achievement', 'achieved', 'result', 'results', 'gain', 'gained', 'improvement', 'improved', 'increase', 'increased', 'expanded', 'successfully',
  'week', 'day', 'session', 'phase', 'sprint', 'stage', 'step', 'iteration', 'round', 'long', 'short', 'mid', 'term', 'timeline',
  'am', 'pm', 'morning', 'afternoon', 'evening',
  'current', 'currently', 'now', 'target', 'goal', 'baseline', 'before', 'after', 'final', 'expected', 'estimated', 'potential', 'status',
  'from', 'to', 'the', 'of', 'and', 'by', 'in', 'a',
]);

/**
 * Words of a heading over steps still to take: "Recommended Expansion Plan", "Remaining Work", "Roadmap"; not one it says
 * is done, nor a closing "Summary & Final Recommendations", whose items state what was done.
 */
const planHeadingRe = /\b(?:plan|roadmap|remaining\s+work|next\s+steps|path\s+to)\b/i;
/** A step marked done: "7. ✅ Overall coverage improved (27% → 30%)". */
const doneMarkRe = /✅|✔|☑/u;
const doneHeadingRe = /✅|\b(?:done|complete[ds]?|achieved|finished|results?|history)\b/i;
/** A heading over an estimate: "Estimated Additional Coverage Potential", "Projected Coverage". */
const estimateHeadingRe = /\b(?:estimated|projected|projections?|forecast|potential)\b/i;

/** The words of `text`, lower-cased, without figures, marks or emoji. */
const wordsOf = (text: string): string[] =>
  text.toLowerCase().replace(/\d[\d.,]*\s*%?/g, ' ').split(/[^\p{L}]+/u).filter((w) => w !== '');

/** Where a pair's figure stands in it: its left side or its right, with the text before the pair. */
interface PairSide {
  side: 'left' | 'right';
  /** The clause before the pair's left figure. */
  lead: string;
  /** The words after the pair's right figure. */
  tail: string;
}

/**
 * The side of an "A% → B%" or "from A% to B%" pair the figure at
 * `[start, end)` is, if it is one. The right side must be a percentage; the
 * left may leave its "%" to the right ("(7 → 40%)").
 */
function pairSide(text: string, start: number, end: number, figure: Figure): PairSide | undefined {
  const after = text.slice(end, end + 30);
  const right = rightAfterRe.exec(after);
  if (right && (figure.unit === 'percent' || figure.unit === 'count')) {
    const viaTo = /^\s*%?\s*to\b/i.test(after);
    const lead = clauseBefore(text, start);
    if (viaTo && !fromLeadRe.test(lead)) return undefined;
    return figure.of === undefined ? { side: 'left', lead, tail: text.slice(end + right[0].length, end + right[0].length + 40) } : undefined;
  }
  if (figure.unit !== 'percent') return undefined;
  const left = leftBeforeRe.exec(text.slice(Math.max(0, start - 30), start));
  if (!left) return undefined;
  const leftStart = start - (left[0].length);
  const lead = clauseBefore(text, leftStart);
  if (left.groups?.to !== undefined && !fromLeadRe.test(lead)) return undefined;
  return { side: 'right', lead, tail: text.slice(end, end + 40) };
}

/** The tense the section of a pair gives it: a plan's pair runs from where the figure stands to its goal; an estimate's to a projection. */
function sectionTense(figure: Figure, side: PairSide['side'], place: FigurePlace): Tense | undefined {
  if (place.block.context.checked === true || doneMarkRe.test(lineAt(place.text, place.start))) return undefined;
  // The document's title says what the report is about, not that its pairs are goals.
  const headings = figure.context.headings.length > 1 ? figure.context.headings.slice(1) : figure.context.headings;
  const own = figure.context.block === 'heading' ? [] : headings.slice(-1);
  // A step of a plan is an item or a heading of its own; a paragraph below the steps (a closing summary) states what was done.
  const step = figure.context.block === 'item' || figure.context.block === 'heading';
  const plan = step && headings.some((h) => planHeadingRe.test(h)) && !headings.some((h) => doneHeadingRe.test(h));
  if (plan) return side === 'left' ? 'current' : 'target';
  if (own.some((h) => estimateHeadingRe.test(h)) && !headings.some((h) => doneHeadingRe.test(h))) return side === 'left' ? 'current' : 'projected';
  return undefined;
}

/** The file named right before the pair ("utils.py (92% → 95%)", "security.py 88% → 92%"), if any. */
function fileOf(figure: Figure): string | undefined {
  const name = figure.context.name;
  return name !== undefined && /\p{L}/u.test(name) && /[./]/.test(name) ? name : undefined;
}

/**
 * One side of a pair "A% → B%" (or "from A% to B%") that says coverage by its
 * label, its lead-in or its section: "**Achievement**: 46.36% → 49.06%" under
 * "Test Coverage Improvement", "Coverage gain: +0.68% (46.36% → 47.04%)",
 * "- **Week 2**: 49% → 55%" under "Estimated Additional Coverage Potential",
 * "Add boundary tests to utils.py (92% → 95%)" under "Coverage Improvement
 * Plan". The pair is about the file named before it, else the whole project
 * when its words name nothing else; a pair whose words name a part or another
 * metric ("Pass rate: 90% → 100%", "Dashboard coverage (5% → 30%)") is left
 * alone. Under a plan the left side is where the figure stands and the right
 * its goal; under an estimate the right is a projection.
 */
function classify(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  if (!place || figure.value > 100 || figure.context.sign !== undefined || isSignedFigure(figure.text) || figure.context.table !== undefined) return undefined;
  const pair = pairSide(place.text, place.start, place.end, figure);
  if (!pair) return undefined;
  const c = figure.context;
  const label = ownLabelOf(figure);
  // A noun after the figure that counts tests says the pair is of them ("from 80% to 90% of tests passing"); a verb read as
  // one ("to 92.47% represents") says nothing.
  const noun = c.noun ?? '';
  // Only the words right after the pair, in its clause: "(requires fixing broken modules)" and the next line say nothing of it.
  const counted = wordsOf(pair.tail.split(/[\n();.|]/)[0] ?? '').slice(0, 3).join(' ');
  if (!hasWord(counted, words.coverage) && [words.testNouns, words.passed, words.failed, words.skipped].some((list) => hasWord(counted, list))) return undefined;
  const said = [label, pair.lead, hasWord(noun, words.coverage) ? noun : ''].join(' ');
  const file = fileOf(figure);
  const tense = sectionTense(figure, pair.side, place);
  const sectionSaysCoverage = c.headings.slice(-2).some((h) => hasWord(h, words.coverage));
  // A step of a plan in a report whose title says coverage: "- Expand scheduler tests (7 → 40%)" under "### Remaining Work" (408).
  const planOfCoverageReport = sectionTense(figure, 'right', place) === 'target' && hasWord(c.headings[0] ?? '', words.coverage);
  if (!hasWord(said, words.coverage) && !sectionSaysCoverage && !planOfCoverageReport) return undefined;
  // A step of a plan that names the part it works on: "#### Phase 1: Scheduler Module (7% → 40% = +33%)".
  const step = stepPartRe.exec(pair.lead)?.groups?.name?.trim();
  const named = wordsOf(file === undefined ? said : said.replace(file, ' '));
  // Words of a step of work on a part's tests or coverage name that part: "Expand scheduler tests", "Dashboard coverage
  // increased 5×"; other words before a pair ("Pass rate") name another metric, and the pair is left alone.
  const worked = file === undefined && step === undefined && !named.every((w) => wholePairWords.has(w)) ? pairPart(label, words) : undefined;
  if (file === undefined && step === undefined && worked === undefined && !named.every((w) => wholePairWords.has(w))) return undefined;
  if (file !== undefined && c.noun !== undefined && !hasWord(c.noun, words.coverage)) return undefined;
  const subject: Subject = file !== undefined ? { path: file } : step !== undefined ? { name: step } : worked !== undefined ? { name: worked } : { scope: 'all' };
  return { kind: 'coverage.lines', subject, ...(tense ? { tense, tenseReason: pair.side === 'left' ? 'where a planned change starts' : 'where a planned change ends' } : {}) };
}

export default {
  id: 'figure-coverage-pair',
  description: 'Coverage read from a pair "A% → B%" or "from A% to B%" whose label, lead-in or section says coverage and whose words name no other part or metric: the file named before it, else the whole project.',
  kinds: ['coverage.lines'],
  classify,
} satisfies FigureClassifier;
