/**
 * The part a plain-text line names before its figures: a line laid out as a
 * row ("  Classification          93.6% (78 tests, 18 failed)") or a bullet
 * with a label ("   • Classification: 18 failures out of 96 tests"). Reports
 * printed by scripts keep their per-part figures this way, outside any table,
 * and a figure there is about the part, not the whole project.
 */
import { categoryWords } from '../figures/subjects.js';
import { englishWords, isWord } from '../figures/words.js';
import { isLocalizedWholeLabel } from './whole-label.js';

/** Bullets a plain-text line may open with: markdown's and the ones scripts print. */
const bulletSource = String.raw`(?:[•·▪‣◦*+-]|\d+[.)])`;
/**
 * A name of one to four words, then a colon or a gap of two spaces or more
 * before what is said of it. A name holds letters, digits and `_ . / -`.
 */
const rowLeadRe = new RegExp(
  String.raw`^\s*(?:${bulletSource}\s+)?(?:[*_]{1,2})?(?<name>\p{L}[\p{L}\p{N}_./-]*(?: [\p{L}\p{N}_./-]+){0,3}?)(?:[*_]{1,2})?(?:\s*:\s*|[ \t]{2,})(?=\S)`,
  'u',
);

/**
 * Words that name no part: the whole project, the tests, a status, a summary
 * line ("Total Test Cases:", "Failed Tests:", "Overall Coverage:"). A name
 * made only of these is a label of the whole.
 */
const wholeWords: readonly string[] = [
  ...englishWords.testNouns, ...englishWords.passed, ...englishWords.failed, ...englishWords.skipped, ...englishWords.errors,
  ...englishWords.totals, ...englishWords.coverage, ...categoryWords,
  'the', 'of', 'and', 'in', 'for', 'with', 'by', 'a', 'an', 'project', 'suite', 'suites', 'run', 'ran', 'result', 'results',
  'summary', 'status', 'rate', 'cases', 'case', 'count', 'number', 'executed', 'current', 'final', 'new', 'now', 'modules',
  'module', 'files', 'file', 'statements', 'missing', 'covered', 'note', 'cause', 'fix', 'issue', 'impact', 'evidence',
];

/**
 * Words that make a name the label of a statement rather than a part: what
 * the figure is ("Recommended Tests:", "Tests at exit:"), when it holds
 * ("Initial:", "Target:", "Phase 4 Complete:") or what kind of remark it is
 * ("Achievement:", "Claimed:", "Assessment:").
 */
const statementWords: readonly string[] = [
  ...englishWords.testNouns, ...englishWords.passed, ...englishWords.failed, ...englishWords.skipped, ...englishWords.errors,
  ...englishWords.before, ...englishWords.projected, ...englishWords.target, ...englishWords.ordinalNouns,
  'achievement', 'achievements', 'assessment', 'claimed', 'claim', 'claims', 'actual', 'reality', 'result', 'results',
  'conclusion', 'verdict', 'finding', 'findings', 'impact', 'improvement', 'reduction', 'progress', 'evidence', 'note',
  'recommended', 'recommendation', 'complete', 'completed', 'entry', 'exit', 'start', 'end', 'zero', 'issues', 'total',
  'overall', 'summary', 'status', 'verified', 'verification', 'reported', 'stated', 'documented', 'outcome',
];

/**
 * The name a plain-text line gives the figure at `column` (1-based) of it,
 * or undefined when the line names no part before that figure.
 */
export function rowName(line: string, column: number): string | undefined {
  const m = rowLeadRe.exec(line);
  const name = m?.groups?.name;
  if (!m || !name || column <= m[0].length) return undefined;
  if (isLocalizedWholeLabel(name)) return undefined;
  const words = name.toLowerCase().split(/[\s/_.-]+/).filter((w) => w !== '');
  if (words.length === 0 || words.every((w) => isWord(w, wholeWords) || /^\d+$/.test(w))) return undefined;
  if (words.some((w) => isWord(w, statementWords))) return undefined;
  return name;
}
