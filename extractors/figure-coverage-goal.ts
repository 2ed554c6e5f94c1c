/**
 * A coverage goal or projection: a percentage whose own words make it a
 * target or an estimate (tense.ts: "(threshold: 80%)", "below target
 * (90.00%)", "Maintain 90%+ code coverage", "90%+ Coverage Target", "Need
 * +14.83% (to reach 95%)", "**After Phase 2:** 45%") on a line that speaks of
 * coverage. It is read as a coverage figure of the whole project, or of the
 * file named right before it, so that the report's goals are told apart from
 * its measurements (a goal is skipped, never compared with the repository).
 * A figure its words state as the present is left to the other readers.
 */
import type { Figure, Subject } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import { ownLabelOf } from '../src/figures/classify.js';
import { hasWord, partPrepositions, wordsSource, type Words } from '../src/figures/words.js';
import { readTense } from '../src/figures/tense.js';
import { isSignedFigure } from '../src/figures/coverage-subject.js';
import { titleCategory } from '../src/figures/test-subject.js';
import { metricKind } from './figure-coverage.js';
import { datedHeadingRe } from './figure-added-tests.js';
import { sectionStepPart } from './figure-coverage-parts.js';
import { coverageObject } from '../src/figures/coverage-object.js';
import { isRoleLabel } from '../src/figures/role-label.js';

/** Nouns after a goal that say what it is of: the coverage itself, or the bar ("90%+ Coverage Target", "(50% minimum)"). */
const goalNouns: readonly string[] = ['target', 'goal', 'threshold', 'requirement', 'required', 'minimum', 'floor', 'bar', 'mark'];
/** Nouns after a figure that say it measures something other than coverage: "50% progress", "98% of the target", "30% faster". */
export const otherMeasureNouns: readonly string[] = [
  'progress', 'done', 'complete', 'completed', 'pass', 'passing', 'passed', 'test', 'tests', 'success', 'rate', 'faster', 'slower',
  'reduction', 'improvement', 'increase', 'decrease', 'less', 'more', 'fewer', 'uptime', 'accuracy', 'confidence', 'probability',
];

/** Words right before a figure that state it as what is: "- In progress - current 35.12%", "(actual: 81%)". */
const currentLeadRe = /\b(?:current|actual|achieved|measured|reached)\b[\s:*(]*$/i;

/** A share of something named after it: "98% of the modules", "50% of the 50% target". */
const shareOfAfterRe = /^\s*(?:of|des|de)\b/i;

/** A comparison right before the figure: "For files below 90% coverage", "Maintain coverage above 90%" compare with the bar, they do not state it. */
const comparedLeadRe = /\b(?:below|above|under|over)\s*$/i;
/** The part a goal is for, after its noun: "50%+ coverage for critical paths", "85% coverage of the API layer". */
const partAfterRe = /^\s*%?\+?\s*(?:[\w-]+\s+){0,2}(?:coverage|covered)\s+(?:for|of|in|on)\b/i;

/** A goal's word right before it on its line: "- Target 95% for critical files", "**Goal:** 90%". */
const goalLeadRe = new RegExp(String.raw`\b${wordsSource(goalNouns)}[*_\s]*:?[*_\s]*[~≈]?$`, 'i');

/** A goal's noun right before the parenthesis that opens on the figure: "target (50%", "requirement (≥". */
const goalBeforeParenRe = new RegExp(String.raw`\b${wordsSource(goalNouns)}[*_]*\s*\(\s*[~≈≥>]?\s*$`, 'i');

/** A part or a share right after a goal: "Target 95% for critical files", "85%+ per module", "50% of the modules". */
const partOrShareAfterRe = new RegExp(String.raw`^\s*%?\+?\**\s*${wordsSource(partPrepositions)}\b`, 'i');

/**
 * Whether a goal stands bare in a report about coverage: the report's title
 * names coverage ("# Test Coverage Expansion - Complete Session Report"), and
 * the noun after the figure names a goal ("identified a clear path to 85%
 * target", "continuing to achieve 90%+ target"), for no part, outside a
 * dated log entry.
 */
function bareGoalOfReport(figure: Figure, words: Words, place: FigurePlace): boolean {
  const c = figure.context;
  if (!hasWord(c.headings[0] ?? '', words.coverage) || c.block === 'cell' || figure.of !== undefined) return false;
  // A log entry's goal ("### Day 2 (2025-10-04 PM)" over "Exceeded 50% target by 41%!") may be any part's of that day.
  if (datedHeadingRe.test(c.headings.at(-1) ?? '')) return false;
  // The goal is named by the noun right after the figure: a bare "to 95%" may be any part's, and a label naming the
  // goal ("CPU Target: 70%") may name another measure's.
  // The goal may be named right before the figure's parenthesis instead: "Stayed focused on Week 1 target (50%)" (406), as
  // "below target (90.00%)" (102) names it on a line that says coverage.
  const namedBefore = goalBeforeParenRe.test(place.text.slice(Math.max(0, place.start - 30), place.start));
  if (!hasWord(c.noun ?? '', goalNouns) && !namedBefore) return false;
  return !partOrShareAfterRe.test(place.text.slice(place.numStart).replace(/^[\d.,]+/, ''));
}

/** The line of `text` that holds `[start, end)`. */
function lineAround(text: string, start: number, end: number): string {
  const to = text.indexOf('\n', end);
  return text.slice(text.lastIndexOf('\n', start - 1) + 1, to < 0 ? text.length : to);
}

/** A file's name holds a letter; "66/66" is a count. */
const fileNameOf = (figure: Figure): string | undefined => {
  const name = figure.context.name;
  return name !== undefined && /\p{L}/u.test(name) ? name : undefined;
};

function classify(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  if (!place || figure.unit !== 'percent' || figure.value > 100 || figure.context.sign !== undefined || isSignedFigure(figure.text)) return undefined;
  const c = figure.context;
  // A figure of another measure ("98% of the 50% target", "50% progress") is no coverage goal.
  const noun = c.noun ?? '';
  if ((hasWord(noun, otherMeasureNouns) && !hasWord(noun, words.coverage)) || shareOfAfterRe.test(place.text.slice(place.end))) return undefined;
  // Coverage said on its line or label, or a goal's own label or noun ("**Target:** 93%+", "(Below 95% requirement)") under a coverage heading.
  const own = ownLabelOf(figure);
  // A table row naming coverage says it for each of its cells: "| Test Coverage >95% | … | Currently 91%, needs improvement to reach 95%. |".
  const saysCoverage = hasWord(lineAround(place.text, place.start, place.end), words.coverage) || hasWord(c.label ?? '', words.coverage) ||
    hasWord(c.table?.row ?? '', words.coverage) ||
    ((hasWord(own, goalNouns) || hasWord(noun, goalNouns)) && hasWord(c.headings.at(-1) ?? '', words.coverage)) ||
    bareGoalOfReport(figure, words, place);
  // A role label ("- Need: +14.83% (to reach 95%)") under a step of a plan naming its part ("#### Priority 1: Enhanced Context
  // Manager"), in a report about coverage: that part's goal (407; the step heading's part as figure-coverage-parts reads it).
  const step = isRoleLabel(own) ? sectionStepPart(c.headings) : undefined;
  const stepGoal = step !== undefined && hasWord(c.headings.join(' | '), words.coverage);
  // A goal for a part in a report about coverage: "- Target 95% for critical files (engine.rs, result.rs)" under a title naming
  // coverage (405), as "- Target: 50%+ coverage for critical paths" (501) says it on its line.
  const lead = place.text.slice(place.text.lastIndexOf('\n', place.start - 1) + 1, place.start);
  const goalPart = !saysCoverage && goalLeadRe.test(lead) && hasWord(c.headings[0] ?? '', words.coverage) ? coverageObject(place.text.slice(place.end)) : undefined;
  if (!saysCoverage && !stepGoal && goalPart === undefined) return undefined;
  if (figure.qualifier === 'atMost' || comparedLeadRe.test(place.text.slice(Math.max(0, place.start - 12), place.start))) return undefined;
  if (partAfterRe.test(place.text.slice(place.numStart, place.numStart + 60).replace(/^[\d.,]+/, ''))) return undefined;
  if (currentLeadRe.test(place.text.slice(Math.max(0, place.start - 30), place.start))) return undefined;
  const reading = readTense(place.text, place.start, place.end, place.block.context, place.block.columns);
  if (reading.tense !== 'target') return undefined;
  // The metric its line names before it ("- **Branch Coverage**: 0.0% (threshold: 90%)"), else line coverage.
  const kind = metricKind([c.label ?? '', lead, c.noun ?? ''].join(' | '), words) ?? 'coverage.lines';
  const name = fileNameOf(figure);
  const subject: Subject = name !== undefined ? { path: name } : goalPart ?? (!saysCoverage && step !== undefined ? { name: step } : titleCategory(c.headings) ?? { scope: 'all' });
  return { kind, subject, tense: reading.tense, ...(reading.reason ? { tenseReason: reading.reason } : {}) };
}

export default {
  id: 'figure-coverage-goal',
  description: 'Coverage goals and projections: a percentage its own words state as a target or an estimate ("(threshold: 80%)", "Maintain 90%+ code coverage", "to reach 95%") on a line about coverage.',
  kinds: ['coverage.lines', 'coverage.branches', 'coverage.functions', 'coverage.statements'],
  classify,
} satisfies FigureClassifier;
