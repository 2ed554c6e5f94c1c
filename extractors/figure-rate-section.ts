import type { ClaimKind, Figure, Subject } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import { findWord, hasWord, type Words } from '../src/figures/words.js';
import { headingCategory, labelPart, namesNoPart, partOf } from '../src/figures/test-subject.js';

/** Heading words that make a section's figures pass rates ("## Pass Rate Trend", "### Pass Rates"), or failure rates. */
const passRateWords: readonly string[] = ['pass rate', 'pass rates', 'passing rate', 'success rate', 'success rates'];
const failRateWords: readonly string[] = ['failure rate', 'failure rates', 'fail rate', 'fail rates'];

/**
 * Labels that give a rate its state, not its subject: "Target: ≥95.0%", "Current: 83.94%" (the tense comes
 * from them). A label that says how far apart two rates are ("Gap", "Change") names another figure.
 */
const stateLabels: readonly string[] = [
  'current', 'now', 'actual', 'measured', 'achieved', 'target', 'goal', 'required', 'baseline', 'before', 'after', 'previous', 'initial',
  'final', 'overall', 'total', 'result',
];

/** A label and nothing more before the figure on its line: "Current: **", "- **Unit Tests**: ". */
const labelOnlyRe = /^[^\p{L}\p{N}]*(?<label>\p{L}[^:\n]*?)[*_\s]*:[*_\s≥>~]*$/u;
/** A percentage and the opening of the parenthesis the figure stands in: "100% (". */
const rateThenParenRe = /(?<![\d.,])\d+(?:\.\d+)?\s?%[*_\s]*\(\s*$/;
/** What may follow the rate on its line: marks, a parenthesis, a remark after a dash; no noun ("83% of the endpoints"). */
const restOfLineRe = /^[^\p{L}\p{N}\n]*(?:\([^()\n]*\)[^\p{L}\p{N}\n]*)?(?:\s[-–—]\s[^\n]*)?(?:\n|$)/u;
/** A label that names tests of one kind by words before a test noun: "Feature Tests". Group `words`. */
const kindOfTestsRe = /^(?<words>.+?)\s+(?:tests?|specs?)$/i;

/** The rate kind the section's heading names, if any. */
function sectionRate(headings: readonly string[]): ClaimKind | undefined {
  const heading = headings.at(-1) ?? '';
  if (hasWord(heading, failRateWords)) return 'tests.failRate';
  if (hasWord(heading, passRateWords)) return 'tests.passRate';
  return undefined;
}

/** The tests a label's rate is of: the whole suite for a state label, a kind of tests for "Unit Tests"; undefined for any other label. */
function labelSubject(label: string, headings: readonly string[], words: Words): Subject | undefined {
  const clean = label.replace(/[*_`]/g, '').trim();
  if (findWord(clean, stateLabels) !== undefined && clean.split(/\s+/).length <= 2) return headingCategory(headings) ?? { scope: 'all' };
  if (!hasWord(clean, words.testNouns)) return undefined;
  if (namesNoPart(clean)) return { scope: 'all' };
  const part = labelPart(clean);
  if (part) return part;
  const kind = kindOfTestsRe.exec(clean)?.groups?.words;
  const named = kind !== undefined ? partOf(kind) : undefined;
  return named !== undefined && named.split(' ').length <= 2 ? { category: named } : undefined;
}

/**
 * A rate under a heading that names pass rates, on a line that a label opens:
 * "## Pass Rate Trend" over "Current: **83.94%**" and "Target: **≥95.0%**";
 * "### Pass Rates" over "- **Feature Tests**: 100% (35/35)", whose
 * parenthesis holds the passed count and the total of those tests.
 */
function classify(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  if (!place || place.block.kind !== 'paragraph' || figure.context.noun !== undefined) return undefined;
  const kind = sectionRate(figure.context.headings);
  if (kind === undefined) return undefined;
  const lineStart = place.text.lastIndexOf('\n', place.start - 1) + 1;
  const before = place.text.slice(lineStart, place.start);
  if (figure.unit === 'percent') {
    const label = labelOnlyRe.exec(before)?.groups?.label;
    if (label === undefined || !restOfLineRe.test(place.text.slice(place.end))) return undefined;
    const subject = labelSubject(label, figure.context.headings, words);
    return subject ? { kind, subject } : undefined;
  }
  // "100% (35/35)": the passed count and the total the rate was taken of.
  if (figure.unit !== 'ratio' || figure.of === undefined || figure.value > figure.of || kind !== 'tests.passRate') return undefined;
  const paren = rateThenParenRe.exec(before);
  if (!paren || !/^\s*\)/.test(place.text.slice(place.end))) return undefined;
  const label = labelOnlyRe.exec(before.slice(0, paren.index))?.groups?.label;
  const subject = label !== undefined ? labelSubject(label, figure.context.headings, words) : undefined;
  if (!subject) return undefined;
  const denominator = place.text.slice(place.start, place.end).search(/\d[\d,]*\s*$/);
  return { kind: 'tests.passed', subject, also: [{ kind: 'tests.total', subject, value: figure.of, span: { start: place.start + Math.max(0, denominator), end: place.end } }] };
}

export default {
  id: 'figure-rate-section',
  description: 'Rates in a section whose heading names pass rates, after a label: "## Pass Rate Trend" over "Current: 83.94%"; "### Pass Rates" over "- **Feature Tests**: 100% (35/35)".',
  kinds: ['tests.passRate', 'tests.failRate', 'tests.passed', 'tests.total'],
  classify,
} satisfies FigureClassifier;
