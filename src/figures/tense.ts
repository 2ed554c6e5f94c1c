/**
 * Whether a figure states the current state, or a before-value, a target, a
 * projection or history. Decided from the words around the figure in its own
 * clause and from the table column it sits in.
 */
import type { ClaimContext, TenseReading } from '../model.js';
import { goalSectionTense } from './goal-section.js';
import { arrowJoinsOtherUnit } from './arrow-units.js';
import { arrowSource } from './numbers.js';
import { conditionWords, goalComparisonWords, goalLeadWords, goalNouns, reachedWords, wordsSource } from './words.js';
import { beforeColumnWords, stillNeededColumnWords } from './column-words.js';
import { periodOf } from './period-columns.js';
import { writtenAsEstimate } from './estimated.js';

/** A column of what another report claimed, which this one checks: "Claimed After". */
export const claimedHeaderRe = /\bclaimed\b/i;
/** A label or word right before a figure that gives what another report claimed: "**Claimed**:", "(not the 13". */
const claimedLeadRe = /\bclaimed\b\W{0,6}$|\(\s*not\s+(?:the\s+)?$/i;
/** The correction of a claim: "Claimed 19/20, should be 18/20" states what is, not a goal. */
const correctionLeadRe = /\bclaimed\b[^.;|]{0,30}\bshould\s+(?:be|have\s+been)\s*$/i;
/** Words just after a figure that say another report claimed it: "95/100 as claimed", "+4 (not +5 as claimed)". */
const claimedAfterRe = /^(?:\s*\/\s*\d+)?\s*%?\s*(?:[a-z]+\s+){0,2}as\s+(?:claimed|reported|stated)\b/i;
/** A figure whose own item goes on to say what it would take: "95/100: Would require running pytest". */
const wouldAfterRe = /^\s*[:–—-]\s*(?:would|could)\b/i;
/** Column headers that give a cell's tense. */
const targetHeaderRe = new RegExp(String.raw`\b(?:target|goal|threshold|required|requirement|minimum|expected|sla|slo|budget|criteri(?:on|a)(?!\s+met)|${wordsSource(stillNeededColumnWords)})\b`, 'i');
/** A column of before-values: "Before", "Baseline", "Pre-Merge". */
export const beforeHeaderRe = new RegExp(String.raw`\b(?:${wordsSource([...beforeColumnWords, 'old', 'was'])}|pre(?=-\w))\b`, 'i');
const projectedHeaderRe = /\b(?:projected|projection|forecast|estimated\s+after|potential)\b/i;
/** A column of effort or time estimates: "Est. Time", "Effort", "ETA", "Timeline" (not "Actual Effort"). */
const estimateHeaderRe = /\b(?:est(?:imated?|imates?)?|effort|eta|timeline|time\s*frame)\b/i;
/** What an estimate of work is of: time or effort. */
const effortHeaderRe = /\b(?:time|effort|eta|timeline|time\s*frame|duration|hours?|days?|weeks?|sprints?)\b/i;
/** The same in languages without spaces between words: 工作量 "workload", 预估/预计 "estimated", 工时 "hours of work". */
const estimateMarkRe = /工作量|预估|预计|工时/u;
/** A column that states what is, even in a table of plans: "Current Coverage", "Actual", "Status". */
const currentHeaderRe = /\b(?:current(?:ly)?|actual|now|today|achieved|measured|status|spent|elapsed|taken|done|complete[ds]?)\b/i;
/** A column naming evidence of work done, which a plan's estimate does not make less real: "Commit", "PR" (a file named in a plan may be one still to write). */
const evidenceHeaderRe = /\b(?:commits?|sha|hash|branch(?:es)?|prs?|pull\s+requests?|evidence|links?|location|refs?)\b/i;
/** A heading over a table of plans: "Roadmap", "Implementation Plan", "Next Steps", "Effort Estimates", "Backlog". */
const planHeadingRe = /\b(?:roadmap|plan(?:ned|ning)?|next\s+steps|estimates?|effort|backlog|to-?do|future\s+work|upcoming)\b/i;
/** A heading that says its plan is done: "Phase 1 Plan ✅", "Roadmap (COMPLETED)". */
const doneHeadingRe = /✅|\b(?:done|complete[ds]?|achieved|finished|results?)\b/i;

/** A table row label that is a date or a release: the row is one entry of a history. */
const datedRowRe = /^\W*(?:\d{4}-\d{2}(?:-\d{2})?|\d{1,2}\/\d{1,2}\/\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})\b/i;
/** Words just before a figure, in its clause, that make it a target ("### Timeline to 85% Coverage" is the way to a goal). */
const targetLeadRe = new RegExp(String.raw`\b(?:(?<!\d\s*)targets|${wordsSource(goalLeadWords)})\b[^.;|]{0,25}$`, 'i');
/**
 * Values labelled by metric after a comparison with the goal are the measured side: "Coverage below thresholds
 * (line: 36.9%, branch: 0.0%)". Without the metric label, "below target (90%)" gives the goal itself.
 */
const belowTargetLeadRe = new RegExp(String.raw`\b${wordsSource(goalComparisonWords)}\s+(?:the\s+|its\s+)?(?:\w+\s+)?${wordsSource(goalNouns)}\s*\(\s*\p{L}[\p{L} ]*:\s*$`, 'iu');
/** Words right after a figure that hold it against the goal: "91% - Below target", "86% above target" are measured, not the goal. */
const comparedWithGoalAfterRe = new RegExp(String.raw`^\s*%?\s*(?:[-–—:,]\s*)?${wordsSource(goalComparisonWords)}\s+(?:the\s+|its\s+)?(?:\w+\s+)?${wordsSource(goalNouns)}\b`, 'i');
/** An imperative at the start of a clause: "Add auth module tests (30-40 test cases)" is a plan; in a checked task box ("- [x] Create report - 1,682-line report"), a plan done. */
const imperativeLeadRe = /^\s*(?:[-*]\s*)?(?:add|write|create|implement|introduce)\b[^.;|]{0,40}$/i;
/** Words just before a figure that make it a before-value. */
const beforeLeadRe = /\b(?:before|from|was|were|previously|originally|baseline|up\s+from|down\s+from|improved\s+from|increased\s+from|decreased\s+from|initially|old)\b:?\s*[~≈]?\s*$/i;
/**
 * An earlier period the clause is about: "Last sprint 300 of 530 lines were
 * covered". Not when it is the term of a comparison ("since last sprint", "than last week").
 */
const pastPeriodLeadRe = /(?<!\b(?:since|than|vs\.?|versus|to|from)\s+)\b(?:last|previous|prior)\s+(?:sprint|week|month|quarter|release|run|year|iteration|audit|report|milestone)\b[^.;|,]{0,30}$|\byesterday\b[^.;|,]{0,30}$/i;
/** Words just before a figure that state it as what is now, even inside an open task: "(currently 30.94%)". */
const currentLeadRe = /\b(?:currently|presently|now|at\s+present|so\s+far|to\s+date|today|achieved|actual(?:ly)?)\b:?[^.;|()]{0,20}$/i;
/** A present word right before a figure, after a goal its clause named: "Coverage Target - In progress - current 35.12%". */
const presentRightBeforeRe = /\b(?:current(?:ly)?|actual(?:ly)?|presently|now)\s*:?\s*[~≈]?$/i;
/** A figure written as an estimate by its own mark: "~20 tests", "≈5". */
const estimateFigureRe = /^\s*[~≈]/;
/** Words just after a figure that state it as progress made: "(60% done)". */
const currentAfterRe = /^\s*%?\s*(?:done|complete[d]?|finished|achieved|so\s+far|to\s+date|now|currently)\b/i;
/** Words just after a figure that say it was dealt with: "8 unit test failures resolved" were failures before. */
const resolvedAfterRe = /^\s*(?:(?:were|was|have\s+been|has\s+been|got|all|now)\s+){0,2}(?:resolved|fixed|addressed|eliminated|corrected|repaired)\b/i;
/** Words just before a figure that say it was dealt with: "Fixed 8 failing tests", "resolved all 4 failures". */
const resolvedLeadRe = /\b(?:fixed|resolved|addressed|eliminated|corrected|repaired)\s+(?:all\s+)?(?:(?:the|of\s+the)\s+)?(?:remaining\s+)?[~≈]?$/i;
/**
 * A heading or list label that names the state before the work: "Before
 * Audit", "Previous State (Sept 30, 2025):", "Baseline". Not one that sets it
 * beside the present ("Before / After", "Baseline vs Current").
 */
const beforeLabelRe = /^\W*(?:before\b|baseline\b|(?:previous|prior|original|initial|starting|old)\s+(?:state|status|metrics|numbers|results|figures|baseline|measurements?|snapshot|coverage|values?)\b)(?![^:]*\b(?:after|current|now|today|vs\.?|versus)\b)[^:→]{0,40}:?\W*$/i;
/** A table header that is only a date: "Sept 30", "2025-10-07", "Oct 7, 2025", "7 Oct 2025". */
const dateHeaderRe = /^\W*(?:(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})|(?<m1>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<y1>\d{4}))?|(?<d2>\d{1,2})\s+(?<m2>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,?\s+(?<y2>\d{4}))?)\W*$/i;
const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "not" right before a figure: the figure is the one refuted ("+6 points this commit, not +10"). */
const refutedLeadRe = /\bnot\s*[+~≈]?\s*$/i;
/** A figure said to be unmeasured is no measurement: "90% coverage not measured", "cannot measure actual 90% coverage". */
const unmeasuredAfterRe = /^\s*%?\s*(?:[a-z]+\s+){0,2}(?:not|never)\s+(?:been\s+)?(?:measured|verified|confirmed)\b/i;
const unmeasuredLeadRe = /\b(?:cannot|can't|could\s+not|unable\s+to)\s+(?:measure|verify|confirm)\b[^.;|]{0,25}$/i;
/** A delta the text says is still needed: "(needs +5%)", "Need +11 percentage points", "- Need: +14.83% (to reach 95%)". */
const neededLeadRe = /\bneeds?\b[\s:*]*[+]?\s*$/i;
/** A slash and a goal right after a figure: "(49.06% / 50% target)" sets what is beside what should be; the first is measured. */
const overGoalAfterRe = new RegExp(String.raw`^\s*%?\s*\/\s*[~≈]?[\d.,]+\s*%?\s*${wordsSource(goalNouns)}\b`, 'i');
/** A level named as the condition of a step to come: "After 60% coverage achieved" (406:269), "until 90%+ achieved" (102:144). */
const conditionLeadRe = new RegExp(String.raw`\b${wordsSource(conditionWords)}\s*[~≈]?$`, 'i');
const reachedAfterRe = new RegExp(String.raw`^\s*%?\+?\s*(?:[a-z]+\s+)?(?:is\s+|has\s+been\s+)?${wordsSource(reachedWords)}\b`, 'i');
/** What will be reached, not what must be: "will achieve ≥95% coverage" is a projection (checked before `targetLeadRe`'s "achieve"). */
const willReachLeadRe = /\b(?:will|would)\s+(?:\w+\s+)?(?:achieve|reach|hit)\b[^.;|]{0,25}$/i;
/** A heading over a record of how figures changed over time: "Test Count History", "Timeline", "Changelog". */
const historyHeadingRe = /\b(?:history|timeline|changelog|progress\s+log)\b/i;
/** A history of the repository itself ("Git History", "Commit History"): its figures are facts git can check, not past states. */
const gitHeadingRe = /\b(?:git|commits?|branch(?:es)?|merges?|pull\s+requests?|prs?)\b/i;

/** Words just before a figure that make it a projection. */
const projectedLeadRe = /\b(?:would|will|could|projected|expected|estimated|forecast|potential(?:ly)?|after\s+(?:fix(?:es|ing)?|remediation)|once)\b[^.;|]{0,30}$/i;
/** An arrow or "to" right after a figure: the figure is the before side of a change. */
const arrowAfterRe = new RegExp(String.raw`^\s*(?:%|\/\d+|[a-z]+)?\s*(?:${arrowSource}|to\s+(?=[~≈]?\d))(?!\s*[~≈]?[\d.,]+\s?[xX×](?![A-Za-z]))`, 'i');
/**
 * A figure stated as a target by what follows it: "80% (target)", "80%
 * coverage requirement", "90% coverage goal" (not "tests target the API").
 */
const targetAfterRe = new RegExp(String.raw`^\s*%?\s*(?:\((?:target|goal)\)|(?:[a-z-]+\s+){0,2}${wordsSource([...goalNouns, 'requirement', 'requirements'])}\b(?!\s+(?:the|a|an|this|that|these|those)\b))`, 'i');

/** The verb of a change still to make, at the start of its item or after its label: "Increase from", "**pkg/api/http**: Raise line coverage from". */
const plannedVerbSource = String.raw`(?:^|[:*(])\s*(?:[-*]\s+)?(?:increase|raise|improve|boost|bring|grow|push|lift)\s+(?:[a-z-]+\s+){0,3}?from\s*[~≈]?`;
/** "Increase from A to": A is where it stands now (not a before-value: nothing has changed yet). */
const plannedFromLeadRe = new RegExp(String.raw`${plannedVerbSource}$`, 'i');
/** "Increase from A to B": B is the goal. */
const plannedToLeadRe = new RegExp(String.raw`${plannedVerbSource}[\d.,]+\s*%?\s*to\s*[~≈]?$`, 'i');
/** A figure compared in a task item and followed by the figure that meets it: "- [x] Code coverage > 80% (81.36%)" — 80 is the bar. */
const comparedFigureRe = /^\s*(?:[<>]=?|[≤≥])/;
const comparedLeadRe = /(?:[<>]=?|[≤≥])\s*$/;
/** A figure written as a floor with a plus ("650+"): in a checked task item, the bar the measured figure after it met. */
const plusFloorFigureRe = /^\s*[~≈]?\d[\d,.]*\+/;
/** The measured figure in parentheses a few words after a floor: " total tests passing (699". */
const floorMetAfterRe = /^[^()\d.;|]{0,40}\(\s*[~≈]?\d/;
const metByAfterRe = /^\s*%?\s*\(\s*(?:[a-z]+\s*:?\s*)?[~≈]?\d/i;

/** An arrow right before a figure: the figure is the right side of "A → B". */
const arrowBeforeRe = new RegExp(String.raw`${arrowSource}\s*[~≈]?$`);
/** Words after "A → B" that say B is still to reach: "(84% → 95%): Need +11 points", "→ 95% remaining". */
const gapAfterRe = /^[^.;|\n]{0,6}?\b(?:needs?|remaining|to\s+go|short\s+by|gap)\b/i;
/** The rest of an arrow pair after its left figure: the arrow, the right figure. */
const pairRestRe = new RegExp(String.raw`^\s*%?\s*${arrowSource}\s*[~≈]?[\d.,]+\s?%?\+?\)?`);

/**
 * "A → B" as where a figure stands and where it should go: in an open task
 * ("- [ ] Add tests to utils.py (92% → 95%)") or followed by the gap still to
 * close ("(84% → 95%): Need +11 points"). A is current, B a target.
 */
export function goalArrow(text: string, start: number, end: number, context: ClaimContext): TenseReading | undefined {
  const open = context.checked === false;
  const rest = pairRestRe.exec(text.slice(end));
  if (rest) {
    return open || gapAfterRe.test(text.slice(end + rest[0].length)) ? { tense: 'current' } : undefined;
  }
  if (!arrowBeforeRe.test(text.slice(Math.max(0, start - 4), start))) return undefined;
  const after = text.slice(end).replace(/^\s*%?\+?\)?/, '');
  return open || gapAfterRe.test(after) ? { tense: 'target', reason: 'goal of an open task or a gap still to close' } : undefined;
}

/**
 * A header's date as a sortable number, and whether it names its year; undefined when the header is not a date. A
 * period ("Sprint 3a Exit", "Week 2", period-columns.ts) is placed among the periods of its unit, as a date without a year.
 */
function headerDate(header: string): { at: number; year: boolean; unit?: string } | undefined {
  const period = periodOf(header);
  if (period) return { at: period.at, year: true, unit: period.unit };
  const g = dateHeaderRe.exec(header)?.groups;
  if (!g) return undefined;
  if (g.iy) return { at: Number(g.iy) * 10000 + Number(g.im) * 100 + Number(g.id), year: true };
  const month = monthNames.indexOf((g.m1 ?? g.m2 ?? '').slice(0, 3).toLowerCase()) + 1;
  const year = g.y1 ?? g.y2;
  return { at: Number(year ?? 0) * 10000 + month * 100 + Number(g.d1 ?? g.d2), year: year !== undefined };
}

/**
 * The latest of the date or period columns of a table ("| Metric | Sept 30 | Oct 7 |", "| Sprint 2 Exit | Sprint 3a
 * Exit |"), when `header` is an earlier one, and how many such columns the table has. Without years on every date,
 * columns run left to right in time.
 */
function laterDateColumn(header: string, columns: readonly string[]): { column: string; count: number } | undefined {
  const own = headerDate(header);
  if (!own) return undefined;
  const dated = columns.map((c) => ({ column: c, date: headerDate(c) })).filter((c) => c.date !== undefined && c.date.unit === own.unit);
  if (dated.length < 2) return undefined;
  const latest = dated.every((c) => c.date?.year)
    ? dated.reduce((a, b) => ((b.date?.at ?? 0) > (a.date?.at ?? 0) ? b : a))
    : dated[dated.length - 1];
  return latest && latest.column !== header && (!own.year || !latest.date?.year || (latest.date?.at ?? 0) > own.at) ? { column: latest.column, count: dated.length } : undefined;
}

/** Text of the clause before `index` of `text`: back to the last sentence, cell or line boundary. */
export function clauseBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf('|'), before.lastIndexOf('\n'));
  return before.slice(cut + 1);
}

/** An estimate column that is not an actual one. */
function isEstimateHeader(header: string): boolean {
  return (estimateHeaderRe.test(header) || estimateMarkRe.test(header)) && !currentHeaderRe.test(header);
}

/**
 * The tense a table gives a cell of a column that says nothing itself: a
 * table with an estimate column, or under a heading that names a plan, is a
 * plan, and its figures are estimates or targets ("| **TOTAL** | … | 14-19
 * days | 620-700+ |"). Columns that state what is ("Current Coverage") keep
 * their tense.
 */
function planTableTense(header: string, columns: readonly string[], headings: readonly string[]): TenseReading | undefined {
  if (currentHeaderRe.test(header) || evidenceHeaderRe.test(header)) return undefined;
  // A column estimating work ("Est. Time", "Effort") makes the table a plan; one estimating a metric ("Estimated Mutation Score") only itself.
  const estimate = columns.find((c) => isEstimateHeader(c) && (effortHeaderRe.test(c) || estimateMarkRe.test(c)));
  if (estimate !== undefined) return { tense: 'projected', reason: `table of estimates (column "${estimate}")` };
  // A metric estimated in a column of its own leaves the other columns measured, whatever the heading says.
  if (columns.some((c) => c !== header && isEstimateHeader(c))) return undefined;
  const heading = headings[headings.length - 1] ?? '';
  if (planHeadingRe.test(heading) && !doneHeadingRe.test(heading)) return { tense: 'target', reason: `table of a plan ("${heading}")` };
  return undefined;
}

/**
 * Read the tense of the figure at `[start, end)` of `text` in `context`;
 * `columns` are the headers of the table a cell sits in. Defaults to `current`.
 */
export function readTense(text: string, start: number, end: number, context: ClaimContext, columns: readonly string[] = []): TenseReading {
  const header = context.table?.header;
  if (header !== undefined) {
    if (claimedHeaderRe.test(header)) return { tense: 'historical', reason: `column "${header}" holds what was claimed` };
    if (projectedHeaderRe.test(header)) return { tense: 'projected', reason: `column "${header}"` };
    if (targetHeaderRe.test(header)) return { tense: 'target', reason: `column "${header}"` };
    if (beforeHeaderRe.test(header)) return { tense: 'before', reason: `column "${header}"` };
    if (isEstimateHeader(header)) return { tense: 'projected', reason: `column "${header}"` };
  }
  const later = header === undefined ? undefined : laterDateColumn(header, columns);
  // Two such columns set a state before beside the present; three or more are a history laid out in columns, whose earlier entries are history.
  if (later && later.count > 2) return { tense: 'historical', reason: `column "${header}" is one of ${later.count} dated columns, before "${later.column}"` };
  if (later) return { tense: 'before', reason: `column "${header}" is dated before column "${later.column}"` };
  if (datedRowRe.test(context.table?.row ?? '')) return { tense: 'historical', reason: `row dated "${context.table?.row.trim()}"` };
  const lead = clauseBefore(text, start);
  const after = text.slice(end, end + 40);
  const toGoal = goalArrow(text, start, end, context);
  if (toGoal) return toGoal;
  if (plannedFromLeadRe.test(lead)) return { tense: 'current' };
  if (plannedToLeadRe.test(lead)) return { tense: 'target', reason: 'goal of a change still to make' };
  const compared = comparedFigureRe.test(text.slice(start, end)) || comparedLeadRe.test(lead);
  // "- [x] 650+ total tests passing (699 — exceeded)", "- [x] 150+ tests created (186 achieved)": the floor, then what met it.
  if (context.checked !== undefined && plusFloorFigureRe.test(text.slice(start, end)) && floorMetAfterRe.test(after)) {
    return { tense: 'target', reason: 'the floor a task item sets, met by the figure after it' };
  }
  if (context.checked !== undefined && compared && metByAfterRe.test(after)) return { tense: 'target', reason: 'the bar a task item compares with the figure after it' };
  if (correctionLeadRe.test(lead)) return { tense: 'current' };
  if (claimedAfterRe.test(after) || refutedLeadRe.test(lead)) return { tense: 'historical', reason: 'a figure claimed elsewhere, refuted here' };
  if (claimedLeadRe.test(lead)) return { tense: 'historical', reason: 'stated as what was claimed' };
  if (arrowAfterRe.test(after) && !arrowJoinsOtherUnit(text.slice(start, end), after)) return { tense: 'before', reason: 'left side of a change' };
  if (wouldAfterRe.test(after)) return { tense: 'projected', reason: 'stated as what would be' };
  if (unmeasuredAfterRe.test(after) || unmeasuredLeadRe.test(lead)) return { tense: 'target', reason: 'stated as not measured' };
  if (neededLeadRe.test(lead)) return { tense: 'target', reason: 'stated as still needed' };
  // "88.64% (estimated)" says how the figure was found (approx), not when it holds: its tense comes from other words.
  if (willReachLeadRe.test(lead)) return { tense: 'projected', reason: 'stated as a projection' };
  // "90%+ Coverage Target - In progress - current 35.12%": a present word right before the figure names it, whatever goal the clause named first.
  if (presentRightBeforeRe.test(lead) || overGoalAfterRe.test(after)) return { tense: 'current' };
  if (conditionLeadRe.test(lead) && reachedAfterRe.test(after)) return { tense: 'target', reason: 'a level a step to come waits for' };
  if ((targetLeadRe.test(lead) && !belowTargetLeadRe.test(lead)) || (imperativeLeadRe.test(lead) && context.checked !== true) || (targetAfterRe.test(after) && !comparedWithGoalAfterRe.test(after))) return { tense: 'target', reason: 'stated as a target' };
  if (beforeLeadRe.test(lead)) return { tense: 'before', reason: 'stated as a before-value' };
  if (pastPeriodLeadRe.test(lead)) return { tense: 'before', reason: 'stated for an earlier period' };
  if (resolvedAfterRe.test(after) || resolvedLeadRe.test(lead)) return { tense: 'before', reason: 'stated as resolved' };
  if (projectedLeadRe.test(lead)) return { tense: 'projected', reason: 'stated as a projection' };
  // Where a figure stands makes it a goal or an estimate, unless its words say it is the present ("(currently 30.94%)").
  if (currentLeadRe.test(lead) || currentAfterRe.test(after)) return { tense: 'current' };
  const history = context.table === undefined ? context.headings.slice(-1).find((h) => historyHeadingRe.test(h) && !gitHeadingRe.test(h)) : undefined;
  if (history !== undefined && !/\bcurrent\b/i.test(lead)) return { tense: 'historical', reason: `under "${history.trim()}"` };
  const beforeLabel = [context.list ?? '', context.headings[context.headings.length - 1] ?? ''].find((label) => beforeLabelRe.test(label));
  if (beforeLabel !== undefined) return { tense: 'before', reason: `under "${beforeLabel.trim()}"` };
  // A section of goals or steps still to take (goal-section.ts): "### Long-term Goals" then "1. Maintain 90%+ code coverage".
  const goal = goalSectionTense(context, estimateFigureRe.test(text.slice(start, end)) || writtenAsEstimate(text, start, end));
  if (goal) return goal;
  const plan = header === undefined ? undefined : planTableTense(header, columns, context.headings);
  if (plan) return plan;
  // An open task box states a goal: "- [ ] Code coverage ≥ 80%".
  if (context.checked === false) return { tense: 'target', reason: 'unchecked task item' };
  return { tense: 'current' };
}
