/**
 * What a score is the score of: the category a scorecard's label, row or
 * heading names ("1. Code Quality: 15/15", "| Security | 14/15 |"), or the
 * whole project when the label only says it is the score ("VERIFIED ACTUAL
 * SCORE: 91/100", "Overall", "Production Readiness Score").
 */
import type { Subject } from '../model.js';
import { findWord, type Words } from './words.js';

/** Words that say a figure is a score, wherever its structure puts them. */
export const scoreWords = ['score', 'scores', 'scorecard', 'scoring', 'rating', 'ratings', 'grade', 'points', 'pts'] as const;

/**
 * Words of a label that say only that it is the score, or how it was judged:
 * a label made of them alone names no part ("Final Verified Score", "What We
 * ACTUALLY Have").
 */
const genericWords = new Set([
  ...scoreWords, 'overall', 'total', 'totals', 'final', 'actual', 'actually', 'verified', 'corrected', 'current', 'new', 'updated',
  'production', 'readiness', 'ready', 'deployment', 'project', 'platform', 'system', 'summary', 'assessment', 'result',
  'results', 'status', 'state', 'honest', 'what', 'we', 'have', 'is', 'the', 'our', 'its', 'of', 'and', 'by', 'category', 'categories',
  'verification', 'after', 'now', 'composite', 'aggregate', 'weighted', 'sum', 'assessment', 'evaluation', 'review', 'audit',
  // A time names no part: "**Previous Score**: 13.5/50" is the whole project's score before.
  'previous', 'prior', 'before', 'baseline', 'initial', 'original', 'old', 'starting',
]);

/** Labels that only give a tense ("**Before**:", "**Claimed**:", "**Actual**:"): the part is named above them. */
const tenseOnlyRe = /^(?:before|after|claimed|claimed after|actual|actual after|current|now|previous|baseline|target|projected|estimated|was|is)$/i;

/** A label cleaned to its words: no section number ("1. "), marks, status words or parenthesised remarks. */
export function scoreLabelWords(label: string): string {
  return label
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^\W*\d+(?:\.\d+)*[.)]?\s+/, '')
    .replace(/[^\p{L}\p{N}/&+\s-]+/gu, ' ')
    .replace(/\b(?:VERIFIED|ACCURATE|COMPLETE|PASS|FAIL|OVERCLAIMED)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a label only says it is a score ("### Score: 85/100"): the section it stands in names the part. */
export function isBareScoreLabel(label: string): boolean {
  const clean = scoreLabelWords(label);
  return clean !== '' && clean.split(' ').every((w) => (scoreWords as readonly string[]).includes(w.toLowerCase()));
}

/** Whether a label only gives a tense. */
export function isTenseLabel(label: string): boolean {
  return tenseOnlyRe.test(scoreLabelWords(label));
}

/**
 * The subject a score's label gives: `{ scope: 'all' }` when every word of
 * it is generic, a category named by its other words otherwise, undefined for
 * an empty or tense-only label (the caller looks further up).
 */
export function scoreSubject(label: string, words: Words): Subject | undefined {
  const clean = scoreLabelWords(label);
  if (clean === '' || tenseOnlyRe.test(clean)) return undefined;
  const kept = clean.split(' ').filter((w) => !genericWords.has(w.toLowerCase()));
  // A sentence before the score ("The difference between 91 and 95:", "This is still an excellent achievement:") names no part.
  if (kept.length === 0 || kept.length > 3 || /\d/.test(clean)) return { scope: 'all' };
  // A label that names tests or coverage is no part of a scorecard but a figure of its own kind.
  if (findWord(clean, words.coverage) !== undefined && !/\btesting\b/i.test(clean)) return undefined;
  // The part keeps its own words ("SRE Readiness", "Deployment Scripts"); only the words saying it is a score go.
  const named = clean.split(' ').filter((w) => !(scoreWords as readonly string[]).includes(w.toLowerCase()) && !/^(?:overall|total|final|actual|verified|current|assessment|evaluation|review|audit)$/i.test(w));
  return { category: named.join(' ') };
}
