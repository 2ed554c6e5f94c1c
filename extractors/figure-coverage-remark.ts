/**
 * Coverage graded in prose, its figure in parentheses right after:
 * "The embedding system has excellent coverage (82.9%)", "✅ Coverage
 * Excellent (94%)", "with solid test coverage (81%)", "Code coverage > 80%
 * (81.36%)" (the measured figure after the bar it met). The figure is the
 * coverage of the part named before "has"/"have", or of the whole project
 * when nothing but grades and words for the project stand before it. A band
 * that defines a grade ("### Perfect Coverage (100%)", "**High Coverage
 * (>90%):**") is a heading or a lead-in label and no measurement; a
 * parenthesis that says what it counts ("(~5% uncovered)") is left alone.
 */
import type { Figure, Subject } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import { isWord, type Words } from '../src/figures/words.js';
import { coverageGrades, havingVerbs } from '../src/figures/coverage-words.js';
import { isSignedFigure } from '../src/figures/coverage-subject.js';
import { metricKind } from './figure-coverage.js';

/**
 * The clause before the figure's parenthesis: "coverage", up to three words after it, maybe the bar it met
 * ("> 80%"), then "(". Group `after`: the words between "coverage" and the parenthesis.
 */
const remarkLeadRe = /\bcoverage\b(?<after>(?:\s+[\p{L}]+){0,3}?)(?:\s*(?:[<>]=?|[≥≤])\s*\d+(?:\.\d+)?\s*%\+?)?\s*\(\s*$/iu;
/** What closes the parenthesis: ")" and no lead-in colon ("(>90%):" defines a band). */
const closeRe = /^\s*\)(?!\s*\**\s*:)/;
/** Where the clause holding the coverage phrase starts: a label's colon, a sentence, a dash, a bracket, the line. */
const clauseStartRe = /(?:^|[:.;!?|(\u2013\u2014]\s|\s-\s|\*\*\s)(?![\s\S]*(?:[:.;!?|(\u2013\u2014]\s|\s-\s|\*\*\s))/;
/** Words before "coverage" that name no part: the project, its tests, the metric. */
const wholeWords: readonly string[] = [
  'test', 'tests', 'testing', 'code', 'unit', 'overall', 'total', 'project', 'global', 'line', 'lines', 'statement', 'statements',
  'branch', 'branches', 'function', 'functions', 'current', 'actual', 'measured', 'final',
];
/** Words that open a clause before its subject. */
const openers: readonly string[] = ['the', 'our', 'its', 'their', 'this', 'and', 'with', 'but'];
/** A word of a part's name. */
const nameWordRe = /^\p{L}[\p{L}\p{N}_/.-]*$/u;

/** The subject the words before "coverage" give, or undefined when they say more than a name and grades. */
function subjectOf(clause: string): Subject | undefined {
  const words = clause.replace(/[*_`]/g, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  // Grades and words for the project stand right before "coverage"; before them a verb may tie a part to it.
  while (words.length > 0 && (isWord(words.at(-1) as string, coverageGrades) || isWord(words.at(-1) as string, wholeWords))) words.pop();
  if (words.length === 0) return { scope: 'all' };
  const last = (words.at(-1) as string).toLowerCase();
  // "… is production-ready with solid test coverage (81%)": the sentence's own subject is the project.
  if (last === 'with') return { scope: 'all' };
  if (!isWord(last, havingVerbs)) return undefined;
  words.pop();
  while (words.length > 0 && isWord(words[0] as string, openers)) words.shift();
  if (words.length === 0 || words.length > 3 || !words.every((w) => nameWordRe.test(w))) return undefined;
  // "Tests have good coverage (90%)", "It has": a word for the tests or a pronoun names no part.
  if (words.every((w) => isWord(w, wholeWords) || isWord(w, ['it', 'we', 'this', 'everything', 'all']))) return { scope: 'all' };
  return { name: words.join(' ') };
}

function classify(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  if (!place || figure.unit !== 'percent' || figure.value > 100 || figure.range !== undefined || figure.context.block === 'heading') return undefined;
  if (figure.context.sign !== undefined || isSignedFigure(figure.text) || !closeRe.test(place.text.slice(place.end))) return undefined;
  const lineStart = place.text.lastIndexOf('\n', place.start - 1) + 1;
  const lead = place.text.slice(lineStart, place.start);
  const m = remarkLeadRe.exec(lead);
  if (!m) return undefined;
  // Between "coverage" and the parenthesis only grades: "Coverage Excellent (94%)", not "Coverage Modules (0%)".
  const after = (m.groups?.after ?? '').trim().split(/\s+/).filter((w) => w !== '');
  if (!after.every((w) => isWord(w, coverageGrades))) return undefined;
  const before = lead.slice(0, m.index);
  const clause = before.slice(clauseStartRe.exec(before)?.index ?? 0);
  const subject = subjectOf(clause);
  if (!subject) return undefined;
  return { kind: metricKind(clause.split(/\s+/).slice(-2).join(' '), words) ?? 'coverage.lines', subject };
}

export default {
  id: 'figure-coverage-remark',
  description: 'Coverage graded in prose with its figure in parentheses: "The embedding system has excellent coverage (82.9%)", "Coverage Excellent (94%)".',
  kinds: ['coverage.lines', 'coverage.branches', 'coverage.functions', 'coverage.statements'],
  classify,
} satisfies FigureClassifier;
