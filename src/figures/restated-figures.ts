/**
 * A figure stated again. A report that has said what a figure is ("**Overall: 35.12%**" read as the project's line
 * coverage, 102:18) often says the same figure later in words no classifier reads on their own: "(35.12% code paths
 * validated)" (102:101), "Coverage below thresholds (line: 36.9%, …)" (105:37), "Enhanced Context Manager at
 * 80.17%" (407:62), "- **Tests:** 877 comprehensive" after "877 comprehensive tests" (206:185), "| Passing Tests |
 * ~1,407 | **1,734** |" (024:200), "| Test Methods | 0 | 159 |" (w07:358). A reader ties the later figure back to the
 * earlier one: the same value, written the same way, is the same claim. So a figure no kind claims takes the kind and
 * subject of the earlier claims of its value.
 *
 * Only a value unlikely to recur by chance (a percentage written with decimals, or a whole one the report tied to one
 * claim twice, 201:207; a count of 100 or more that is no multiple of ten, under a label or row naming tests), only
 * when every earlier claim of that value agrees, and only for a figure stated as the present with the same qualifier.
 * A heading may state the figure before the body names it ("### 🟡 PROGRESS MADE: 35.12% (Target: 90.00%)", 102:8;
 * "# Coverage Achievement Report - 92.47% Reached!", 405:1): a percentage with decimals in a heading restates the
 * claims of its value anywhere in the report. A percentage is no restatement when the words after it name another
 * measure ('The 50.4% "pass rate"', w02:10) or its table row names a part of its own ("| **Controller Coverage** |
 * 80.39% |", w15:293). restated-lines.ts does the same for line and file counts, with their own thresholds.
 */
import type { Claim, ClaimKind, Qualifier, Subject, Unit } from '../model.js';
import { ownLabelOf, type ReadFigure } from './classify.js';
import { hasWord, type Words } from './words.js';

/** Below it, two equal counts may be two different things. */
const leastRestatedCount = 100;

/** The units a restatement keeps: a percentage, a count of things. */
const restatedUnits: ReadonlySet<Unit> = new Set<Unit>(['percent', 'count']);

/**
 * Kinds measured in the repository, which a restatement repeats: counts and rates of tests, coverage. Not the report's
 * own arithmetic (a ratio, a total, a change, a share of a table's column), which belongs to the place its operands
 * stand in; line and file counts are restated-lines.ts's, which knows the words that count them.
 */
const restatedKinds: ReadonlySet<ClaimKind> = new Set<ClaimKind>([
  'tests.total', 'tests.passed', 'tests.failed', 'tests.skipped', 'tests.errors', 'tests.passRate', 'tests.failRate',
  'coverage.lines', 'coverage.branches', 'coverage.functions', 'coverage.statements',
]);

/** Whether a figure's value is one a report does not write twice for two things: "35.12%", "877". */
function distinctive(figure: ReadFigure): boolean {
  if (!restatedUnits.has(figure.unit) || figure.of !== undefined || figure.range !== undefined || figure.context.sign !== undefined) return false;
  if (figure.unit === 'percent') return figure.value > 0 && figure.value < 100;
  return Number.isInteger(figure.value) && figure.value >= leastRestatedCount && figure.value % 10 !== 0;
}

const keyOf = (figure: ReadFigure): string => `${figure.unit} ${figure.value}`;

/** A claim as a restatement repeats it. */
interface Said { kind: ClaimKind; subject: Subject }

/** The claims as compared: kind and subject, in order. */
const sameClaims = (a: readonly Said[], b: readonly Said[]): boolean =>
  a.length === b.length && a.every((c, i) => c.kind === b[i]?.kind && JSON.stringify(c.subject) === JSON.stringify(b[i]?.subject));

/** Words right after a percentage that make it a measure of tests, not coverage: "50.4% pass rate", "97.5% of tests". */
const otherMeasureAfterRe = /^[^.;|\n]{0,25}\b(?:pass(?:ing|ed|es)?|fail(?:ing|ed|ures?)?|rate|tests?|errors?|success)\b/i;
/** Words of a row label that name no part: "| **Overall Coverage** |", "| Test Coverage >95% |", "| Coverage |". */
const wholeRowWordsRe = /\b(?:overall|total|test|tests|code|line|lines|coverage|project|current|final)\b|[^\p{L}\s]/giu;

/**
 * Whether a figure no kind claimed may restate another: a distinctive value, not a count of tests in its own words,
 * not a percentage of another measure (`after`, the text right after it) or of a part its table `row` names.
 */
export function restatable(figure: ReadFigure, words: Words, after: string, row?: string): boolean {
  if (!distinctive(figure)) return false;
  if (figure.unit !== 'count') return !otherMeasureAfterRe.test(after) && (row === undefined || row.replace(wholeRowWordsRe, ' ').trim() === '');
  // A count says what it counts: its label or row names tests ("- **Tests:** 877 comprehensive", "| Test Methods | 0 | 159 |"),
  // "Downloads: 877" counts other things. A count of tests in its own words ("All 892 original tests: ✅ PASSING") was left
  // by the readers of tests for a reason.
  const c = figure.context;
  return hasWord(`${ownLabelOf(figure)} | ${c.table?.row ?? ''}`, words.testNouns) && !hasWord(c.noun ?? '', words.testNouns);
}

/**
 * The claims (kind and subject) each of `unclaimed` restates: every figure before it in the report (by offset) with
 * present-tense claims of its unit and value made the same claims with the same qualifier, and there is one at least;
 * for a percentage with decimals in a heading (`inHeading`), every such figure of the report, before or after it.
 */
export function restatedClaims(
  claimsOf: ReadonlyMap<ReadFigure, ReadonlyArray<{ kind: ClaimKind; subject: Subject; tense: string; value: unknown }>>,
  unclaimed: readonly ReadFigure[],
  inHeading: (figure: ReadFigure) => boolean = () => false,
): Map<ReadFigure, readonly Said[]> {
  const found = new Map<ReadFigure, readonly Said[]>();
  if (unclaimed.length === 0) return found;
  const wanted = new Set(unclaimed.map(keyOf));
  const statements = new Map<string, Array<{ offset: number; qualifier: Qualifier; claims: Said[] }>>();
  for (const [figure, claims] of claimsOf) {
    const key = keyOf(figure);
    if (!wanted.has(key) || !distinctive(figure)) continue;
    const own = claims.filter((c) => c.tense === 'current' && c.value === figure.value && restatedKinds.has(c.kind)).map((c) => ({ kind: c.kind, subject: c.subject }));
    if (own.length === 0) continue;
    const list = statements.get(key) ?? [];
    list.push({ offset: figure.position.offset, qualifier: figure.qualifier, claims: own });
    statements.set(key, list);
  }
  for (const figure of unclaimed) {
    const headline = figure.unit === 'percent' && figure.precision > 0 && inHeading(figure);
    const earlier = (statements.get(keyOf(figure)) ?? []).filter((s) => headline || s.offset < figure.position.offset);
    const first = earlier[0];
    if (first === undefined || first.qualifier !== figure.qualifier) continue;
    // A whole percentage recurs by chance more often: the report has to have tied it to one claim twice.
    if (figure.unit === 'percent' && figure.precision === 0 && earlier.length < 2) continue;
    if (earlier.every((s) => s.qualifier === first.qualifier && sameClaims(s.claims, first.claims))) found.set(figure, first.claims);
  }
  return found;
}

/** Kinds of test counts whose later statement in the same words repeats an earlier part's count. */
const restatedPartKinds: ReadonlySet<ClaimKind> = new Set<ClaimKind>(['tests.total', 'tests.passed', 'tests.failed', 'tests.skipped']);
/** Below it, two equal counts in the same words may be two suites. */
const leastRestatedPartCount = 10;

/** Whether a subject is the whole project's. */
const isWhole = (subject: Subject): boolean => 'scope' in subject;

/**
 * A count of tests read as the whole project's that states an earlier part's count again in the same words takes that part:
 * "Total: 100 test functions" under "Unit tests created: …" then "**Test Functions**: 100 test functions" and "**Test files**:
 * 2,404 lines (100 test functions)" (202:44, :196, :306). The noun after the figure (`nounOf`) must be the earlier one's, of
 * more than the test noun alone ("test functions", not "tests"), and every earlier count of that kind, value and noun must name
 * the same part. Changes the subjects of `claimsOf`'s claims in place.
 */
export function settleRestatedParts(
  figures: readonly ReadFigure[], claimsOf: ReadonlyMap<ReadFigure, readonly Claim[]>, live: ReadonlySet<Claim>,
): void {
  const parts = new Map<string, Subject | null>();
  for (const figure of [...figures].sort((a, b) => a.position.offset - b.position.offset)) {
    const noun = (figure.context.noun ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
    if (noun.split(' ').length < 2 || figure.unit !== 'count' || figure.value < leastRestatedPartCount || figure.of !== undefined) continue;
    for (const claim of claimsOf.get(figure) ?? []) {
      if (!live.has(claim) || !restatedPartKinds.has(claim.kind) || claim.tense !== 'current' || claim.value !== figure.value) continue;
      const key = `${claim.kind} ${figure.value} ${figure.qualifier} ${noun}`;
      const seen = parts.get(key);
      if (!isWhole(claim.subject)) {
        if (seen === undefined) parts.set(key, claim.subject);
        else if (seen !== null && JSON.stringify(seen) !== JSON.stringify(claim.subject)) parts.set(key, null);
      } else if (seen != null) {
        claim.subject = { ...seen };
        figure.subject = claim.subject;
      }
    }
  }
}
