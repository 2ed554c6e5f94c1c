/**
 * One report, two whole-project coverages: "| **Overall Coverage** |
 * **65.28%** |" in the summary and "53.60% coverage, 335/625 lines covered"
 * and "The 53.60% overall coverage number" further down. The statements
 * that take part say they are of the whole: the word "overall" on the line,
 * or the figure given with its line counts ("335/625 lines"), with no
 * heading above naming a part (a path, a package, "Backend"), and a subject
 * that names no part ("across the workspace" names none). Only exact current
 * figures of one metric take part; the words of a past value on the line or
 * in its headings put it aside.
 *
 * When one value is stated on more lines than any other, the lines stating
 * another are the ones flagged, each with the lines it disagrees with; when
 * no value has the majority, every line is (src/check/two-values.ts).
 */
import type { Claim } from '../../model.js';
import { showFigure } from '../arithmetic.js';
import type { ReportRelation } from './types.js';
import { figureOf } from './shared.js';
import { pastRe } from './one-subject-two-values.js';
import { hasWord } from '../../figures/words.js';
import { groupsOf, judgeGroups } from '../two-values.js';
import { withoutEmphasis } from '../../read/without-stars.js';

/** Words that make a coverage the whole project's. */
export const wholeWords = ['overall'] as const;
/** Words of a heading that names a part of the project: its coverage is the part's. */
export const partWords = ['backend', 'frontend', 'client', 'server', 'api', 'web', 'mobile', 'ios', 'android', 'cli', 'package', 'packages', 'module', 'modules', 'service', 'services', 'crate', 'crates', 'library', 'lib'] as const;
/** A figure with its line counts: "335/625 lines", "(182 / 259 lines)". */
const lineCountsRe = /\b\d[\d,]*\s*\/\s*\d[\d,]*\s+lines\b/i;
/** A heading naming a file, folder or identifier: "vectro_cli/src/lib.rs", "`api`". */
const identifierRe = /[`/]|\w[._]\w/;

const namesPart = (heading: string) => identifierRe.test(heading) || hasWord(heading, partWords);

/** Whether `claim` is a whole-project coverage this relation compares. */
function takesPart(claim: Claim, line: string): boolean {
  if (!claim.kind.startsWith('coverage.') || claim.unit !== 'percent' || claim.tense !== 'current' || claim.qualifier !== 'exact') return false;
  if (!('scope' in claim.subject) || claim.context.checked === false || typeof claim.value !== 'number') return false;
  if (pastRe.test(line) || claim.context.headings.some((h) => pastRe.test(h) || namesPart(h))) return false;
  return hasWord(line, wholeWords) || lineCountsRe.test(line);
}

/** The metric as a reader names it: "line coverage", "branch coverage". */
export const metricNames: Readonly<Record<string, string>> = { lines: 'line', statements: 'statement', branches: 'branch', functions: 'function' };
const says = (claim: Claim) => {
  const metric = claim.kind.replace('coverage.', '');
  return `${showFigure(figureOf(claim), '%')} overall ${metricNames[metric] ?? metric} coverage`;
};

export default {
  id: 'overall-coverage-two-values',
  description: 'Two different whole-project coverages of one metric stated as current in one report: the lines that disagree with the rest.',
  judge({ claims, source }) {
    return judgeGroups(groupsOf(claims, source, (claim, line) => (takesPart(claim, withoutEmphasis(line)) ? claim.kind : undefined)), says);
  },
} satisfies ReportRelation;
