import type { Extractor, ExtractContext } from '../src/figures/extract.js';
import type { ClaimKind } from '../src/model.js';
import type { TextBlock } from '../src/read/markdown.js';
import { numberSource, parseNumber } from '../src/figures/numbers.js';
import { coverageSubject } from '../src/figures/coverage-subject.js';
import { scan, groupStart } from '../src/read/scan.js';

/** "412 of 530", "412/530", "412 out of 530". */
const countsSource = String.raw`(?<covered>${numberSource})\s*(?:of|\/|out\s+of)\s*(?<total>${numberSource})`;
/** What was covered; "executable lines" and "source lines" are lines. */
const nounSource = String.raw`(?:(?:executable|source|code)\s+)?(?<noun>lines?|statements?|stmts?|branch(?:es)?|functions?|methods?)`;

/** "412 of 530 lines covered", "45/60 branches are covered", "412 of 530 lines hit". */
const countsThenCoveredRe = new RegExp(
  String.raw`(?<![\w.,/])${countsSource}\s+${nounSource}\s+(?:(?:are|were|is|was)\s+)?(?:covered|hit|executed)\b`,
  'gid',
);
/** "tests cover 412 of 530 lines", "covering 45/60 branches". */
const coveredThenCountsRe = new RegExp(
  String.raw`\bcover(?:s|ed|ing)?\s+${countsSource}\s+${nounSource}\b`,
  'gid',
);

function kindOf(noun: string | undefined): ClaimKind {
  const word = (noun ?? '').toLowerCase();
  if (word.startsWith('branch')) return 'coverage.branches';
  if (word.startsWith('function') || word.startsWith('method')) return 'coverage.functions';
  if (word.startsWith('statement') || word.startsWith('stmt')) return 'coverage.statements';
  return 'coverage.lines';
}

/**
 * The value is `covered/total` as a string: the claim holds only when both
 * counts are those of the coverage file.
 */
function extract(blocks: readonly TextBlock[], ctx: ExtractContext): void {
  for (const re of [countsThenCoveredRe, coveredThenCountsRe]) {
    for (const m of scan(blocks, re)) {
      const covered = parseNumber(m.groups.covered ?? '');
      const total = parseNumber(m.groups.total ?? '');
      // "1.5 of 2" is no count; more covered than there are is no coverage figure.
      if (covered.precision > 0 || total.precision > 0 || covered.value > total.value) continue;
      const start = groupStart(m, 'covered');
      ctx.claim(m.block, start, m.end, {
        kind: kindOf(m.groups.noun),
        subject: coverageSubject(m.block, start, false),
        value: `${covered.value}/${total.value}`,
        unit: 'count',
        qualifier: 'exact',
        precision: 0,
      });
    }
  }
}

export default {
  id: 'coverage-count',
  description: 'Coverage counts: "412 of 530 lines covered", "tests cover 45/60 branches".',
  kinds: ['coverage.lines', 'coverage.branches', 'coverage.functions', 'coverage.statements'],
  keywords: ['cover', 'hit', 'executed'],
  extract,
} satisfies Extractor;
