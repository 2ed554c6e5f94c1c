/**
 * A coverage goal written as an instruction: "Increase main package coverage
 * to >50%", "Expand test coverage to 50%", "Increase pkg/* coverage to
 * >70%". The verb in its plain form opens the clause and the figure follows
 * "coverage to": where coverage is to be brought, a target (skipped, never
 * compared). The words between the verb and "coverage" name the part the
 * goal is for (a path or glob, a component), or nothing but the project.
 * "Increased coverage to 80%" tells what was done and is left to the others;
 * "Increase coverage from 30% to 80%" is read by tense.ts's planned change.
 */
import type { Figure, Subject } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import { findWord, isWord, type Words } from '../src/figures/words.js';
import { goalVerbs } from '../src/figures/coverage-words.js';
import { areaBefore, globSource, isSignedFigure } from '../src/figures/coverage-subject.js';
import { partPath } from '../src/figures/part-path.js';
import { metricKind } from './figure-coverage.js';

/**
 * The clause before the figure: a verb, up to five words, "coverage to", maybe a comparison mark.
 * Groups `verb`, `part` (the words between the verb and the coverage phrase) and `noun`.
 */
const goalLeadRe = /(?:^|[:*(]|\d+[.)])\s*(?:[-*+]\s+)?(?:\[[ xX]\]\s+)?(?<verb>\p{L}+)\s+(?<part>(?:[^\s;:|()]+\s+){0,5}?)(?<noun>coverage|covered)\s+to\s*\**\s*(?:[<>]=?|[≥≤])?\s*$/iu;
/** Where the coverage phrase of a `goalLeadRe` match starts. */
const nounThenToRe = /(?:coverage|covered)\s+to\s*\**\s*(?:[<>]=?|[≥≤])?\s*$/i;
/** A path or glob named as the part: "pkg/*", "src/api/". */
const globRe = new RegExp(String.raw`^(?:${globSource})$`);
/** Words between the verb and "coverage" that name no part: "test coverage", "overall line coverage", "our". */
const wholeWords: readonly string[] = ['test', 'tests', 'testing', 'code', 'unit', 'overall', 'total', 'project', 'the', 'our', 'its', 'global', 'line', 'lines', 'statement', 'statements', 'branch', 'branches', 'function', 'functions'];

/** What the words between the verb and "coverage" name: the project, a path or glob, a component; undefined when unsure. */
function partOf(part: string, lead: string, partEnd: number): Subject | undefined {
  const words = part.trim().replace(/`|\*\*/g, '').split(/\s+/).filter((w) => w !== '');
  if (words.every((w) => isWord(w, wholeWords))) return { scope: 'all' };
  if (words.length === 1) {
    const written = words[0] as string;
    const path = globRe.test(written) ? written : partPath(written);
    if (path !== undefined) return { path };
  }
  // The component's name as the coverage readers take it: "main package", "AI search" (one to three words).
  const name = areaBefore(lead, partEnd);
  return name !== undefined && !findWord(name, goalVerbs) ? { name } : undefined;
}

function classify(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  if (!place || figure.unit !== 'percent' || figure.value > 100 || figure.context.sign !== undefined || isSignedFigure(figure.text)) return undefined;
  const lineStart = place.text.lastIndexOf('\n', place.start - 1) + 1;
  const lead = place.text.slice(lineStart, place.start);
  const m = goalLeadRe.exec(lead);
  const groups = m?.groups;
  if (!m || !groups || !isWord(groups.verb ?? '', goalVerbs)) return undefined;
  const part = groups.part ?? '';
  // The part's words end where the coverage phrase starts.
  const subject = partOf(part, lead, m.index + m[0].search(nounThenToRe));
  if (!subject) return undefined;
  const kind = metricKind(part, words) ?? 'coverage.lines';
  return { kind, subject, tense: 'target', tenseReason: `a goal to reach: "${(groups.verb ?? '').toLowerCase()} … coverage to"` };
}

export default {
  id: 'figure-coverage-planned',
  description: 'Coverage goals written as instructions: "Increase main package coverage to >50%", "Expand test coverage to 50%" (a target of the part named, or of the project).',
  kinds: ['coverage.lines', 'coverage.branches', 'coverage.functions', 'coverage.statements'],
  classify,
} satisfies FigureClassifier;
