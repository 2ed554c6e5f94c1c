import type { Figure, Subject } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import { arrowThenNumberRe } from '../src/figures/numbers.js';
import { ownLabelOf } from '../src/figures/classify.js';
import { contextTense } from '../src/figures/context.js';
import { pathSource, rowListNumberRe } from '../src/figures/subjects.js';
import { changeMarks, changeWords, englishWords, findWord, periodNouns, pointsUnits, riseWords, wordsSource, type Words } from '../src/figures/words.js';
import { isRoleLabel, isTaskLead } from '../src/figures/role-label.js';
import { writtenAsEstimate } from '../src/figures/estimated.js';
import { wordsByLanguage } from '../src/figures/language-words.js';

/** Rows and labels that stand for the whole project: "Total", "**Overall**", "项目整体". */
const wholeRe = /^\W*(?:total|totals|totales|overall|summary|all|project|sum|grand\s+total|total\s+general)\b|^\W*(?:总计|合计|项目整体|整体)/iu;
/** Nouns after a delta that make it no change of a measured state: time and money ("+2 hours", "+$5"). */
const timeNounRe = /^(?:h|hrs?|hours?|mins?|minutes?|days?|weeks?|months?|sprints?|sessions?|usd|eur|dollars?|ms|s|sec|seconds?|小时|天)\b/iu;
/** A heading that names a part before its own figure: "1. Code Quality: 15/15 ✅", "Testing: 18/20". Group `name`. */
const headingPartRe = /^\s*(?:\d+[.)]\s*)?(?<name>[\p{L}][\p{L}/&\s-]{1,40}?)\s*:\s*\d/u;
/**
 * A step of a plan named by its place and then the part it works on: "Phase 1: Scheduler Module (7% → 40% = +33%)",
 * "Priority 2: Tenant Isolation Service". Group `name`: the part.
 */
export const stepPartRe = /^\W*(?:phase|priority|step|stage|sprint|milestone)\s+\d+\s*[:–—-]\s*\**\s*(?<name>\p{L}[\p{L}\p{N}\s/&.'-]{1,40}?)\s*\**\s*(?:\(|$)/iu;
/** A heading over the steps of a plan: "Recommended Expansion Plan", "Roadmap", "Path to 85% Coverage Target"; not one it says is done. */
const planHeadingRe = /\b(?:plan|roadmap|recommend(?:ed|ations?)|next\s+steps|path\s+to)\b/i;
const doneHeadingRe = /✅|\b(?:done|complete[ds]?|achieved|finished|results?)\b/i;
/** A verb opening a task label: "Add AdjusterDashboard tests (+5%)" is about the AdjusterDashboard tests. */
const taskVerbRe = /^(?:add|expand|write|create|extend|improve|fix|complete)\s+(?=\S)/i;
/** A row that opens with a file's path, then words in a language without spaces: "error.rs测试" ("error.rs tests"). */
const rowPathRe = new RegExp(String.raw`^(?<path>${pathSource})(?=[^\x00-\x7F])`, 'u');
/** A name that is no file: "91/100" (a score), "CI/CD" (an acronym). */
const notPathRe = /^[\d/.\s]+$|^[A-Z/&]+$/;

/** Marks of a plan or an estimate in languages without spaces: 预估 "estimate", 预计 "expected", 建议 "recommendation", 下一步 "next step". */
const planMarks: readonly string[] = ['预估', '预计', '预期', '估计', '建议', '下一步'];
/** Labels that name no figure: "Result:", "结果" ("result"), "Notes:"; and no label at all. */
const emptyLabels: readonly string[] = ['', 'result', 'results', 'outcome', 'outcomes', 'note', 'notes', '结果', '成果', 'resultado', 'resultados'];
/** Words of a label that names a time or a step of the work, not a part: "Integration Phase", "Sprint 3". */
const periodWords: readonly string[] = ['phase', 'sprint', 'stage', 'step', 'day', 'week', 'milestone', 'iteration', 'session', 'round', 'priority', 'current', 'need', 'needed'];
/** Words that name the tests themselves or the whole, not a part: "Test cases", "Tests totales". */
const wholeWordsRe = /\b(?:tests?|test\s+cases?|cases|specs?|suites?|total(?:es)?|overall|all)\b/giu;

/** Nouns right after a percentage that make it a relative change: "| **96% improvement** |" beside a row's Previous and Updated cells. */
const relativeChangeNouns: readonly string[] = ['improvement', 'increase', 'growth', 'gain', 'rise', 'reduction', 'decrease', 'drop'];

/** Change words that are adjectives of a thing, not the change itself: "New Tests" counts tests. */
const adjectiveChangeWords: readonly string[] = ['new', 'nuevos', 'nuevas'];

/** Whether a label's head, its last word, names a change: "Code Added: 7,000+ lines", "Overall coverage improvement: 7.5%". */
function headNamesChange(label: string): boolean {
  const head = label.replace(/[*_`]/g, '').trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return changeWords.includes(head) && !adjectiveChangeWords.includes(head);
}

/** The colon of a label right before the figure: "Code Added: 7,000+", "**Coverage gain**: ~5%". */
const labelRightBeforeRe = /:[\s*_]*[~≈]?\s*$/;

/** A noun that ends with the adding: "143 high-quality tests added". (A verb before the count is left alone: "Created 137 endpoint tests" may be the suite's size, "Add 20 tests" a plan.) */
const addedAfterRe = /\b(?:added|created|written)\s*$/i;

/** Whether a count is of tests the work added, its noun ending with the adding ("143 high-quality tests added"): a change, not the size of the suite. */
function addedTests(figure: Figure, words: Words): boolean {
  const c = figure.context;
  if (figure.unit !== 'count' || figure.of !== undefined || c.sign !== undefined || c.table !== undefined) return false;
  const noun = c.noun ?? '';
  return findWord(noun, words.testNouns) !== undefined && addedAfterRe.test(noun);
}

/** Points a percentage moved by: "18.18 percentage points", "2.70 pp". */
const pointsNounRe = new RegExp(String.raw`^${wordsSource(pointsUnits)}\b`, 'i');
/** The clause before a figure, from its last stop or colon: "… to 92.47% - a gain of". */
const clauseRe = /[^.;:|!?]*$/;
/** A rise's figure follows "of" or "by": "a gain of", "improving overall coverage by". */
const ofOrByRe = /\b(?:of|by)\s*$/i;

/**
 * Whether an unsigned figure in points is the rise its clause names: "a gain of **18.18 percentage points**" (405:4),
 * "improving overall coverage by **2.70 percentage points**" (406:9). Outside tables; a fall ("reduced by") is no rise.
 */
function risenByPoints(figure: Figure): boolean {
  const c = figure.context;
  if (c.table !== undefined || c.sign !== undefined || !pointsNounRe.test(c.noun ?? '')) return false;
  const clause = clauseRe.exec(c.before ?? '')?.[0] ?? '';
  return ofOrByRe.test(clause) && findWord(clause, riseWords) !== undefined;
}

/** The coverage words of every language: what a rise's noun may name ("提升5%覆盖率"). */
const coverageNouns: readonly string[] = [...new Set(Object.values(wordsByLanguage).flatMap((w) => w.coverage))];

/**
 * Whether an unsigned percentage is the rise a mark of change right before it names, in a language written without
 * spaces: "预计8-12小时，提升~5-6%" ("estimated 8-12 hours, raising it ~5-6%", 303:89) under steps of coverage work. The
 * mark stands where English writes the sign ("+5-6%", 302:63). A noun of another measure after it makes it no change
 * the report's figures state: "预计提升90-98%性能" (performance, 302:81). Outside tables.
 */
function risenByMark(figure: Figure): boolean {
  const c = figure.context;
  if (c.table !== undefined || c.sign !== undefined || figure.unit !== 'percent') return false;
  const before = (c.before ?? '').trimEnd();
  if (!changeMarks.some((m) => before.endsWith(m))) return false;
  const noun = (c.noun ?? '').toLowerCase();
  return noun === '' || coverageNouns.some((w) => noun.startsWith(w));
}

/** Whether `text` names a change by its words. */
function namesChange(text: string): boolean {
  return findWord(text, changeWords) !== undefined || changeMarks.some((m) => text.includes(m));
}

/**
 * Whether a label names a part of the project: not a word of change ("Points
 * Gained"), not the whole or the tests themselves ("Total", "Test cases"), not
 * a time or a step ("Integration Phase", "P0 Critical Blockers") and no figure.
 */
function isPart(label: string): boolean {
  if (label === '' || /\d/.test(label) || namesChange(label) || wholeRe.test(label)) return false;
  if (label.replace(wholeWordsRe, '').replace(/[^\p{L}\p{N}]+/gu, '') === '') return false;
  // "Gap: Need +24% coverage", "Target: +10%": a label of the line's role names no part (role-label.ts).
  if (isRoleLabel(label)) return false;
  return findWord(label, periodWords) === undefined && findWord(label, englishWords.before) === undefined;
}

/** The name of the step of a plan the figure's heading opens or stands under: "Phase 1: Scheduler Module (7% → 40% = +33%)", "Phase 1: Quick Wins". */
function stepName(figure: Figure): string | undefined {
  const c = figure.context;
  const text = c.block === 'heading' ? c.before ?? '' : c.headings[c.headings.length - 1] ?? '';
  const name = stepPartRe.exec(text.replace(/[*`]/g, ''))?.groups?.name?.trim();
  return name === undefined || name === '' ? undefined : name;
}

/** The part the step works on ("Scheduler Module"); a name of the step's effort or priority ("Quick Wins", "Medium Effort", "High") names none (role-label.ts). */
function stepPart(figure: Figure): string | undefined {
  const name = stepName(figure);
  return name === undefined || isRoleLabel(name) ? undefined : name;
}

/** Whether a figure in the heading of a plan's step is a goal: the heading above the step names a plan that is not done. */
function inPlanStep(figure: Figure): boolean {
  const c = figure.context;
  if (c.block !== 'heading' || stepName(figure) === undefined) return false;
  const parent = c.headings[c.headings.length - 1] ?? '';
  return planHeadingRe.test(parent) && !doneHeadingRe.test(parent);
}

/** The part a heading names before its own score, as in a section per category. */
function headingPart(headings: readonly string[]): Subject | undefined {
  const name = headingPartRe.exec(headings[headings.length - 1] ?? '')?.groups?.name?.trim();
  return name ? { category: name } : undefined;
}

/**
 * What the change is of: the file named before it, the row of its table, the
 * label naming a part ("Readiness Score: ↑ 11.4 points", "Test code: +6,500
 * lines"); a label that only says "change" gives the part its section's
 * heading names ("Points Gained: +4" under "Code Quality: 15/15"), else the
 * whole project.
 */
function subjectOf(figure: Figure, place?: FigurePlace): Subject {
  const c = figure.context;
  if (c.name !== undefined && !notPathRe.test(c.name)) return { path: c.name };
  // A row of a table whose rows are periods ("| Sub-Sprint | Status | Tests Added |" then "| 3a | ✅ Complete | 78 |") says
  // when the change happened, not what changed: the whole project's, as a column per period is (104:78, 204's history).
  if (c.table && findWord(place?.block.columns?.[0] ?? '', periodNouns) !== undefined) return { scope: 'all' };
  if (c.table) {
    // "| **1. Identity & Access Control** |": the row's list number is no part of the category's name.
    const row = c.table.row.replace(/[*`]/g, '').trim().replace(rowListNumberRe, '');
    const path = rowPathRe.exec(row)?.groups?.path;
    if (path !== undefined && !notPathRe.test(path)) return { path };
    return row === '' || wholeRe.test(row) || namesChange(row) || !isPart(row) && !/\d/.test(row) ? { scope: 'all' } : { name: row };
  }
  const label = ownLabelOf(figure).replace(/[*`]/g, '').trim().replace(taskVerbRe, '');
  // "Scripts & automation" and "scripts and automation" name one part.
  if (isPart(label) && !/\boverall\b/i.test(c.noun ?? '')) return { name: label.replace(/\s+&\s+/g, ' and ') };
  if (/\boverall\b/i.test(c.noun ?? '')) return { scope: 'all' };
  const step = stepPart(figure);
  if (step !== undefined) return { name: step };
  return headingPart(c.headings) ?? { scope: 'all' };
}

/**
 * A figure that states a change, read from structure: a delta written with
 * its sign or an up-arrow ("+129", "(↑ 56%)", "Points Gained: +4"), a cell of
 * a column of changes ("Tests Added", "Δ", "新增测试数"). A count of new
 * things ("37 new tests", "165+ new tests") stays what its noun counts. A fall (`-`, `↓`) is left a figure: reports write
 * gaps and remainders that way as often as changes.
 */
function classify(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  const c = figure.context;
  if (addedTests(figure, words)) return { kind: 'change', subject: { scope: 'all' } };
  if (figure.of !== undefined || !['count', 'percent', 'lines'].includes(figure.unit)) return undefined;
  if (c.noun !== undefined && timeNounRe.test(c.noun)) return undefined;
  const header = c.table?.header ?? '';
  const column = header !== '' && namesChange(header);
  const rising = (c.sign === '+' || c.sign === '↑') && c.block !== 'code-text';
  // In a table row, a percentage its noun names a change of is the row's change, whatever the column ("Notes").
  const namedInRow = c.table !== undefined && figure.unit === 'percent' && c.sign === undefined && relativeChangeNouns.includes((c.noun ?? '').toLowerCase().split(/\s+/)[0] ?? '');
  // Outside tables, a label whose head names a change states one, sign or not: "Code Added: 7,000+ lines".
  // Only the figure right after the label's colon, and not a count of tests (figure-added-tests reads those).
  // The left side of an arrow is the state before, not the change ("Coverage gain: 46.36% → 47.04%").
  const labelled = c.table === undefined && c.block !== 'heading' && labelRightBeforeRe.test(c.before ?? '') && headNamesChange(ownLabelOf(figure)) &&
    findWord(ownLabelOf(figure), words.testNouns) === undefined && !(place !== undefined && arrowThenNumberRe.test(place.text.slice(place.end)));
  const risenBy = risenByPoints(figure) || risenByMark(figure);
  if (!column && !rising && !namedInRow && !labelled && !risenBy) return undefined;
  // A delta nothing names ("- +1 point for complete infrastructure", "Result:" then "- +1288 lines") says what was done, not what changed by how much.
  // A noun of change names it, label or not: "(+96% improvement)".
  if (!column && !risenBy && c.table === undefined && c.name === undefined && emptyLabels.includes(ownLabelOf(figure).trim().toLowerCase()) && !namesChange(c.noun ?? '')) return undefined;
  // A fall in a change column is a change too, but stays a figure like any other fall.
  if (c.sign === '-' || c.sign === '↓') return undefined;
  // Tests a task still to do adds ("2. Expand existing tests" then "- WorkflowDesigner (+5 tests)"): work to do, a figure (labels README, evalC).
  if (c.parent !== undefined && isTaskLead(c.parent) && findWord(c.noun ?? '', words.testNouns) !== undefined) return undefined;
  // A gain named in a plan under an estimate ("Phase 1 (Estimated +15%)" then "Add X tests (+5%)") is the gain the task is expected to bring.
  const plan = [...c.headings, c.table?.header ?? '', c.label ?? ''].find((t) => planMarks.some((m) => t.includes(m)));
  if (plan !== undefined) return { kind: 'change', subject: subjectOf(figure, place), tense: 'projected', tenseReason: `under "${plan}"` };
  const stated = contextTense(c);
  if (stated?.tense === 'projected') return { kind: 'change', subject: subjectOf(figure, place), tense: 'projected', ...(stated.reason ? { tenseReason: stated.reason } : {}) };
  if (inPlanStep(figure)) {
    // "### Phase 1: Quick Wins (Estimated +15% coverage)": the gain the step is estimated to bring, a projection.
    if (place !== undefined && writtenAsEstimate(place.text, place.start, place.end)) return { kind: 'change', subject: subjectOf(figure, place), tense: 'projected', tenseReason: 'estimated gain of a step of a plan' };
    return { kind: 'change', subject: subjectOf(figure, place), tense: 'target', tenseReason: 'gain a step of a plan aims at' };
  }
  return { kind: 'change', subject: subjectOf(figure, place) };
}

export default {
  id: 'figure-change',
  description: 'Changes read from structure: a signed delta ("+129", "↑ 11.4 points", "Points Gained: +4"), a cell of a change column ("Tests Added", "Δ", "新增测试数").',
  kinds: ['change'],
  classify,
} satisfies FigureClassifier;
