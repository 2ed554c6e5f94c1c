/**
 * The coverage of a part the report names in a list: "- AI embeddings
 * (82.9%) - Semantic search", "1. **Enhanced Context Manager:** 80.17%",
 * under a heading path that says coverage. The part is a name (no file, no
 * folder), so the claim is the part's, never the whole project's, and no
 * coverage file can be read for it.
 */
import type { Figure } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import { ownLabelOf } from '../src/figures/classify.js';
import { hasWord, type Words } from '../src/figures/words.js';
import { isSignedFigure } from '../src/figures/coverage-subject.js';
import { arrowSource } from '../src/figures/numbers.js';
import { withoutStars } from '../src/read/without-stars.js';
import { isRoleLabel } from '../src/figures/role-label.js';
import { stepPartRe } from './figure-change.js';

/** A part's name: one to four words, each opening with a letter ("AI embeddings", "Enhanced Context Manager"). */
const nameRe = /^\p{L}[\p{L}\p{N}'’-]*(?: \p{L}[\p{L}\p{N}'’-]*){0,3}$/u;
/**
 * The text between the label and the figure: a colon, or the opening of a
 * parenthesis ("AI embeddings (82.9%)"); maybe the part's earlier figure and
 * an arrow ("Audit Service: 0% → 88.64%").
 */
const joinRe = new RegExp(String.raw`^\s*(?::\s*|\(\s*)?(?:[~≈]?\d+(?:\.\d+)?\s?%\s*${arrowSource}\s*)?$`);

/**
 * Words that make a label a measure or a state rather than a part: a rate, a
 * score, a share of something, the whole, a time. "Pass Rate: 94%" is no
 * coverage of a part called "Pass Rate".
 */
const measureWords: readonly string[] = [
  'rate', 'score', 'progress', 'success', 'accuracy', 'complete', 'completion', 'completed', 'done', 'reduction', 'improvement',
  'gain', 'gains', 'increase', 'decrease', 'change', 'uptime', 'usage', 'share', 'ratio', 'percentage', 'percent', 'current',
  'overall', 'system', 'others', 'other', 'rest', 'remaining', 'need', 'needed', 'needs', 'gap', 'confidence', 'status',
  'result', 'results', 'quality', 'health', 'readiness', 'ready', 'budget', 'cpu', 'memory', 'disk', 'load', 'time',
  'duplication', 'duplicated', 'complexity', 'debt', 'code',
  // states and times of the same figure: "After: 30%", "Ending: 24%", "Long-term: 60% → 85%"
  'after', 'ending', 'end', 'final', 'now', 'today', 'later', 'next', 'term', 'long-term', 'short-term', 'week', 'day', 'month',
  'phase', 'step', 'stage', 'sprint', 'session', 'milestone', 'iteration',
];

/** Whether a label names a part: a name, none of whose words is a measure, a test word, a metric or a tense. */
function namesPart(label: string, words: Words): boolean {
  if (!nameRe.test(label)) return false;
  const lists = [measureWords, words.testNouns, words.passed, words.failed, words.skipped, words.errors, words.totals, words.coverage,
    words.statements, words.branches, words.functions, words.lines, words.before, words.projected, words.target];
  return !lists.some((list) => hasWord(label, list));
}

/** Nouns after a part's figure that leave it the part's level: "**Repository Layer** (25-40% average):". */
const levelNouns: readonly string[] = ['average', 'avg'];
/** What closes a bold title that leads a list after its figure: " average):", ")". */
const leadTitleCloseRe = /^[^\p{L}\p{N}]*(?:average|avg)?\s*\)[*_\s]*:?\s*$/u;

function classify(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  const c = figure.context;
  if (figure.unit !== 'percent' || figure.value > 100 || c.sign !== undefined || isSignedFigure(figure.text)) return undefined;
  // An item, or a paragraph that is only a part's title and its figure, leading a list ("**Repository Layer** (25-40% average):", 406:234).
  const leadTitle = c.block === 'paragraph' && place !== undefined && leadTitleCloseRe.test(place.text.slice(place.end));
  const noun = c.noun !== undefined && !(leadTitle && levelNouns.includes(c.noun.toLowerCase()));
  if ((c.block !== 'item' && !leadTitle) || noun || c.name !== undefined || c.table !== undefined) return undefined;
  const label = ownLabelOf(figure);
  // Status marks before the label are no part of it: "🟢 Context Manager: **65.85%**".
  const before = withoutStars(c.before ?? '').replace(/^[^\p{L}\p{N}]+/u, '').trim();
  // The figure stands right after its label: "Name: 80%", "Name (82.9%)"; a figure further on ("Name: 38 tests, 47%") is not the part's level.
  if (!before.startsWith(label) || !joinRe.test(before.slice(label.length))) return undefined;
  // A lead title holds the part's level alone: "**Toast Package (47.4% → 75%+):**" over the tasks of a plan states a goal.
  if (leadTitle && !/^\s*\(\s*$/.test(before.slice(label.length))) return undefined;
  // A label that only gives the line its role ("- Current: 80.17%") is about the part its section's step heading works on
  // ("#### Priority 1: Enhanced Context Manager", 407; "### Phase 2: API Endpoint Tests" over "- Coverage: 0% → 45%", 206).
  const step = !leadTitle && isRoleLabel(label) ? sectionStepPart(c.headings) : undefined;
  if (step === undefined && !namesPart(label, words)) return undefined;
  // A report, section or list about coverage: the headings above, or the list's lead-in.
  if (!hasWord([...c.headings, c.parent ?? '', c.label ?? ''].join(' | '), words.coverage)) return undefined;
  return { kind: 'coverage.lines', subject: { name: step ?? label } };
}

/** The part the nearest heading names as a step of a plan ("Priority 1: Enhanced Context Manager"), if it is one. */
export function sectionStepPart(headings: readonly string[]): string | undefined {
  const name = stepPartRe.exec((headings.at(-1) ?? '').replace(/[*`]/g, ''))?.groups?.name?.trim();
  return name === undefined || name === '' ? undefined : name;
}

export default {
  id: 'figure-coverage-parts',
  description: 'Coverage of a named part in a list under a heading about coverage: "- AI embeddings (82.9%) - Semantic search", "**Enhanced Context Manager:** 80.17%".',
  kinds: ['coverage.lines'],
  classify,
} satisfies FigureClassifier;
