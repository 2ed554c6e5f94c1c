/**
 * A count and the list it introduces, when the count says it covers them
 * all or gives them as a part of a whole: "All 10 CLI commands implemented:"
 * over nine items; "Services: 9/11 healthy (82%)" over eight services, or
 * over eleven of which eight are marked ✅. (A count the list after it
 * simply numbers, "**Files Created**: 2" or "(4 failures)", is consistency's
 * listCount check.) Tests are left out: a list under a count of tests names
 * areas of them ("Pi Camera Tests (87/87 passing)" over eight areas), not
 * each test; but failures and errors are listed one by one, so a heading's
 * "## Failing Tests (4)" is judged, as is a bold lead-in's "**Failing Tests**
 * (7):" over the list right under it. A count alone in a heading's parentheses
 * ("## Healthy Services (9/11)") counts the one list of its section
 * (src/check/heading-list.ts says when a list is not its entries).
 */
import type { Root } from 'mdast';
import type { Claim, ClaimKind } from '../../model.js';
import { listsAfter, type ListView } from '../../read/report-structure.js';
import { numberSource, parseNumber } from '../../figures/numbers.js';
import type { RelationJudgement, ReportRelation } from './types.js';
import { counted, eachClaim, exactCount, showLines, viewsOf } from './shared.js';
import { statusWords } from './count-and-items.js';
import { headingList } from '../heading-list.js';
import { testCountNouns, wordsSource } from '../../figures/words.js';

/** Kinds whose count "All N …" may cover the entries of a list. */
const allCountKinds: readonly ClaimKind[] = ['count.items', 'dir.files'];

/** "All 10", "all the 10", "all of the 10" right before the figure. */
const allBeforeRe = /\ball\s+(?:(?:of\s+)?the\s+)?$/i;
/** The noun after the figure: "10 CLI commands" → "CLI commands". */
const nounAfterRe = /^[\d,]+\s+(?<noun>[A-Za-z][\w-]*(?:\s+(?!(?:are|is|were|was|have|has|fully|now|all)\b)[A-Za-z][\w-]*){0,2})/;
/** "9/11", "9 of 11", "9 out of 11" and the words after it. */
const partOfWholeRe = new RegExp(String.raw`(?<![\w.,/])(?<part>${numberSource})\s*(?:\/|\bout\s+of\b|\bof\b)\s*(?<whole>${numberSource})(?![\d/.%])(?<words>(?:\s+[A-Za-z][\w-]*){0,4})`);

const testNounRe = new RegExp(String.raw`\b${wordsSource([...testCountNouns, 'suite', 'suites'])}\b`, 'i');

/** A heading whose count stands alone in its trailing parenthesis: "## Failing Tests (4)", "#### Failing Tests (2/24) ⚠️". */
const headingCountRe = new RegExp(String.raw`^#{1,6}\s+(?<title>.*?\p{L}.*?)\s*\(\s*(?<part>${numberSource})\s*(?:\/\s*(?<whole>${numberSource})\s*)?\)[\s*_\p{Extended_Pictographic}\u{FE0F}]*$`, 'u');
/**
 * A bold lead-in standing for a heading, its count alone in its trailing
 * parenthesis, the list on the next line: "**Failing Tests** (7):".
 */
const leadInCountRe = new RegExp(String.raw`^\s*\*\*(?<title>[^*]*?\p{L}[^*]*?)\*\*\s*\(\s*(?<part>${numberSource})\s*(?:\/\s*(?<whole>${numberSource})\s*)?\)\s*:?\s*$`, 'u');
/** Test kinds whose entries a list under a heading names one by one: failures and errors, not the passing areas. */
const listedTestKinds: readonly ClaimKind[] = ['tests.failed', 'tests.errors'];
/** A title's words without marks or emphasis: "**Failing Tests**" → "failing tests". */
const plainTitle = (title: string) => title.replace(/[^\p{L}\p{N}\s/&+-]+/gu, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

/** Marks that say an entry has the status counted, and marks that say it has not. */
const positiveMarkRe = /^(?:[-*+]\s*)?(?:\*\*)?\s*(?:✅|✔️?|✓|☑️?|🟢|\[x\])/iu;
const negativeMarkRe = /^(?:[-*+]\s*)?(?:\*\*)?\s*(?:❌|✗|✘|⚠️?|🔴|🟡|🟠|⛔|🚫|\[ \])/iu;

/** A list that trails off, names several entries in one, or breaks the count down: it does not enumerate one by one. */
const openEndedRe = /\b(?:etc|and\s+more|others?|more)\b|…|\.\.\./i;
const countedEntryRe = /^\W*[~≈]?\d[\d,]*\+?\s+[A-Za-z]/;
/** An entry that labels a figure ("**Passing**: 74 test files, 1255 tests"): the list states facts about the count, not its entries. */
const labelledFigureRe = /^\W*[\p{L}][\p{L}\s-]{0,40}:\s*\D{0,10}\d/u;

function enumerates(list: ListView): boolean {
  return !list.nested && list.entries.length > 0 && !list.entries.some((e) => openEndedRe.test(e) || countedEntryRe.test(e) || labelledFigureRe.test(e));
}

/** The status a ratio counts: a status word after "9/11" or in the label before it ("Healthy Services (9/11)"). */
function statusOf(text: string): string | undefined {
  return text.toLowerCase().split(/[^a-z]+/).find((w) => w in statusWords);
}

const listed = (list: ListView) => showLines(list.entryLines);

/** A count stated (`what`: "all 10 CLI commands", "4 failing tests") against the entries of `list`. */
function entriesListed(index: number, stated: number, what: string, list: ListView): RelationJudgement {
  const n = list.entries.length;
  return {
    index,
    stated: exactCount(stated),
    readings: [counted(`entries listed (${listed(list)})`, n)],
    lines: list.entryLines,
    message: {
      holds: `${what} stated, ${n} listed (${listed(list)}) (not measured)`,
      fails: `${what} stated, ${n} listed (${listed(list)})`,
    },
  };
}

function allCount(claim: Claim, index: number, line: string, list: ListView): RelationJudgement | undefined {
  const at = claim.position.column - 1;
  if (!allBeforeRe.test(line.slice(0, at).replace(/[*_]+$/, ''))) return undefined;
  const noun = nounAfterRe.exec(line.slice(at))?.groups?.noun ?? 'items';
  const stated = Number(claim.value);
  return entriesListed(index, stated, `all ${stated} ${noun}`, list);
}

function partOfWhole(claim: Claim, index: number, line: string, list: ListView, title?: string): RelationJudgement[] {
  const m = partOfWholeRe.exec(line);
  if (!m?.groups?.part || !m.groups.whole) return [];
  const found = statusOf(m.groups.words ?? '') ?? statusOf(line.slice(0, m.index));
  // Tests are counted by case, and a list under them names areas or files.
  if (!found || testNounRe.test(line)) return [];
  // A heading names what it counts in its title: "Healthy Services (9/11)" → "9 healthy services".
  const status = title ?? found;
  const part = parseNumber(m.groups.part).value;
  const whole = parseNumber(m.groups.whole).value;
  const n = list.entries.length;
  const marked = list.entries.filter((e) => positiveMarkRe.test(e)).length;
  const unmarked = list.entries.filter((e) => !positiveMarkRe.test(e) && !negativeMarkRe.test(e)).length;
  const judgement = (stated: number, count: number, what: string, word: string): RelationJudgement => ({
    index,
    stated: exactCount(stated),
    readings: [counted(what, count)],
    lines: list.entryLines,
    message: {
      holds: `${stated} ${word} stated, ${count} ${what.replace(/ \(.*$/, '')} (${listed(list)}) (not measured)`,
      fails: `${stated} ${word} stated, ${count} ${what.replace(/ \(.*$/, '')} (${listed(list)})`,
    },
  });
  // Every entry marked one way or the other: the marked ones are the part, all of them the whole.
  if (unmarked === 0 && marked < n) return [judgement(part, marked, `marked ✅ (${listed(list)})`, status), judgement(whole, n, `listed (${listed(list)})`, 'in all')];
  // Every entry marked ✅: the list names the part alone.
  if (unmarked === 0) return [judgement(part, n, `marked ✅ (${listed(list)})`, status)];
  // No marks: the list names either the whole or the part; naming neither count, it contradicts the part.
  if (unmarked === n && n !== whole) return [judgement(part, n, `listed (${listed(list)})`, status)];
  return [];
}

/**
 * A count of failing (or erroring) tests alone in a heading's parentheses,
 * over the list of its section: "## Failing Tests (4)" over three tests.
 */
function failuresListed(claim: Claim, index: number, title: string, part: number, list: ListView): RelationJudgement | undefined {
  if (Number(claim.value) !== part) return undefined;
  // Marks of both kinds: the list names passing tests too, and which are counted is unsure.
  if (list.entries.some((e) => positiveMarkRe.test(e))) return undefined;
  return entriesListed(index, part, `${part} ${title}`, list);
}

/**
 * The judgements of a count alone in a heading's parentheses, against the one
 * list of its section; or in a bold lead-in's, against the list right under it.
 */
function headingCount(claims: readonly Claim[], index: number, source: string, tree: Root, line: string): RelationJudgement[] {
  const claim = claims[index] as Claim;
  const leadIn = leadInCountRe.exec(line);
  const m = headingCountRe.exec(line) ?? leadIn;
  if (!m?.groups?.title || !m.groups.part) return [];
  const title = plainTitle(m.groups.title);
  const tests = listedTestKinds.includes(claim.kind);
  if (!tests && !(claim.kind === 'ratio' && claim.unit === 'ratio')) return [];
  const after = leadIn ? listsAfter(tree, claim.position.offset) : undefined;
  const found = leadIn ? (after && after.line === claim.position.line + 1 ? { list: after } : { reason: 'no list right under it' }) : headingList(tree, source, claim.position.line, title);
  if (!('list' in found) || !enumerates(found.list)) return [];
  const part = parseNumber(m.groups.part).value;
  if (tests) return [failuresListed(claim, index, title, part, found.list)].filter((j): j is RelationJudgement => j !== undefined);
  return partOfWhole(claim, index, line, found.list, title);
}

export default {
  id: 'count-over-list',
  description: 'A count that covers a list ("All 10 CLI commands:", "9/11 healthy") against the entries of the list after it.',
  judge({ claims, source, tree }) {
    const { lines } = viewsOf({ source, tree });
    const seen = new Set<number>();
    return eachClaim(claims, (claim, index) => {
      const at = claim.position.line;
      if (claim.tense !== 'current' || claim.qualifier !== 'exact' || claim.context.table || claim.context.checked === false || seen.has(at)) return undefined;
      const line = lines[at - 1] ?? '';
      if (headingCountRe.test(line) || leadInCountRe.test(line)) {
        const found = headingCount(claims, index, source, tree, line);
        if (found.length > 0) seen.add(at);
        return found;
      }
      const all = allCountKinds.includes(claim.kind) && claim.unit === 'count';
      if (!all && claim.kind !== 'ratio') return;
      const list = listsAfter(tree, claim.position.offset);
      if (!list || !enumerates(list)) return;
      const found = all ? [allCount(claim, index, line, list)].filter((j): j is RelationJudgement => j !== undefined) : partOfWhole(claim, index, line, list);
      if (found.length > 0) seen.add(at);
      return found;
    });
  },
} satisfies ReportRelation;
