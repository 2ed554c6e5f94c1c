/**
 * A coverage percentage stated again. A report that claims its coverage once
 * in words ("- **Coverage achieved:** 35.12%") often repeats the figure where
 * no words name the metric: in a headline ("### 🟡 PROGRESS MADE: 35.12%
 * (Target: 90.00%)", 102:8), a remark ("REDUCED (35.12% code paths
 * validated)", 102:101), a summary line. Written with the same decimals, it is
 * the same figure, anywhere in the report (a headline comes before the line
 * that names it): the coverage the report claims at that value, with that
 * claim's metric and subject.
 *
 * Only a percentage written with decimals (a whole number such as 90% or 100%
 * recurs by chance), with no claim of its own, read as current, when every
 * current coverage claim of that value names the same metric and subject; not
 * when the words after it name another measure ('The 50.4% "pass rate"', w02:10,
 * "by 2.0%" of a margin is a target's tense), nor in a table row that names a
 * part of its own ("| **Controller Coverage** | 80.39% |", w15:293).
 */
import type { Claim, ClaimKind, Subject } from '../model.js';
import type { ReadFigure } from './classify.js';

/** The metric and subject the current coverage claims of one value name (`35.12`); `null` when they differ. */
export type CoverageByValue = Map<string, { kind: ClaimKind; subject: Subject } | null>;

/** Words right after the figure that make it a measure of tests, not coverage: "50.4% pass rate", "97.5% of tests". */
const otherMeasureAfterRe = /^[^.;|\n]{0,25}\b(?:pass(?:ing|ed|es)?|fail(?:ing|ed|ures?)?|rate|tests?|errors?|success)\b/i;
/** Words of a row label that name no part: "| **Overall Coverage** |", "| Test Coverage |", "| Coverage |". */
const wholeRowWordsRe = /\b(?:overall|total|test|tests|code|line|lines|coverage|project|current|final)\b|[^\p{L}\s]/giu;

/** The current coverage claims of a report by value. */
export function coverageByValue(claims: Iterable<Claim>): CoverageByValue {
  const seen: CoverageByValue = new Map();
  for (const claim of claims) {
    if (!claim.kind.startsWith('coverage.') || typeof claim.value !== 'number' || claim.tense !== 'current') continue;
    const key = String(claim.value);
    const before = seen.get(key);
    if (before === undefined) seen.set(key, { kind: claim.kind, subject: claim.subject });
    else if (before !== null && (before.kind !== claim.kind || JSON.stringify(before.subject) !== JSON.stringify(claim.subject))) seen.set(key, null);
  }
  return seen;
}

/**
 * The metric and subject a figure with no claim restates, read in `tense`, `after` the text right after it and `row`
 * the table row it stands in; undefined when it restates none.
 */
export function restatedCoverage(seen: CoverageByValue, figure: ReadFigure, tense: string, after: string, row?: string): { kind: ClaimKind; subject: Subject } | undefined {
  if (figure.unit !== 'percent' || figure.precision < 1 || figure.qualifier !== 'exact' || figure.range !== undefined || figure.of !== undefined) return undefined;
  if (tense !== 'current' || otherMeasureAfterRe.test(after)) return undefined;
  if (row !== undefined && row.replace(wholeRowWordsRe, ' ').trim() !== '') return undefined;
  return seen.get(String(figure.value)) ?? undefined;
}
