/**
 * The figure scanner: one pass over a report's text blocks that finds every
 * number — integers, decimals, percents, `N/M`, `N of M`, ranges, `~N`, `N+`,
 * `>N%`, counts in words, numbers with units — and sets aside, by named
 * rules, the numbers that are not figures (versions, dates, times of day,
 * section numbers, ids, ports, hashes, HTTP codes, numbers inside names).
 */
import type { Qualifier, Unit } from '../model.js';
import type { TextBlock } from '../read/markdown.js';
import { plainTextLanguages } from '../read/markdown.js';
import {
  approxPrefixSource, atLeastPrefixSource, atLeastSuffixSource, atMostPrefixSource, atMostSuffixSource, countWordSource, numberSource, parseNumber, readCountWord,
} from './numbers.js';
import { englishWords, goalComparisonWords, isWord, wordsSource, type Words } from './words.js';
import { categoryWords } from './subjects.js';

/** A number found in a block: where it stands in the block's text, and what it says. */
export interface ScannedNumber {
  /** Index of the block in the list scanned. */
  block: number;
  /** `[start, end)` of the whole figure in the block's text, qualifier word and unit included. */
  start: number;
  end: number;
  /** Where the digits (or the count word) start. */
  numStart: number;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  range?: [number, number];
  of?: number;
  precision: number;
}

/** A number that is not a figure, and the rule that says so. */
export interface SetAside extends ScannedNumber {
  rule: SetAsideRule['id'];
  reason: string;
}

/** The numbers of a report: figures, and numbers set aside. */
export interface Scan {
  figures: ScannedNumber[];
  setAside: SetAside[];
}

/** A duration's unit as written after a number: "250 ms", "4 mins", "2h". */
export const durationUnitSource = String.raw`ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|hrs?|hours?|h`;

/** Units written after a number, by the unit they give. */
const unitWords: ReadonlyArray<[Unit, string]> = [
  ['lines', String.raw`lines?\s+of\s+code|lines?|LOC|SLOC`],
  ['bytes', String.raw`[KMGT]i?B|kB|bytes?`],
  ['seconds', durationUnitSource],
  ['ratio', String.raw`x|×`],
];
/** A unit right after a number, named by the unit it gives. */
const unitSource = unitWords.map(([unit, source]) => `(?<${unit}>${source})`).join('|');

/** A qualifier word starts a word: "cover 100%" holds no "over 100%". A sign ("~", ">") may follow a letter. */
const qualifierWordStartSource = String.raw`(?<!\p{L}(?=\p{L}))`;

/**
 * One figure as written: a qualifier word, a number, then a percent, a
 * denominator ("/21", " of 8"), a range end, a `+` and a unit, each optional.
 * Digits glued to a digit, a dot or a comma before are part of another number.
 */
const figureRe = new RegExp(
  String.raw`(?<![\d.,])${qualifierWordStartSource}(?:(?<approx>${approxPrefixSource})\s*|(?<atLeast>${atLeastPrefixSource})\s*|(?<atMost>${atMostPrefixSource})\s*)?` +
    String.raw`(?<num>${numberSource})(?<pct1>\s?%)?` +
    String.raw`(?:(?<ofSep>\s*\/\s*|\s+(?:out\s+)?of\s+)(?<den>${numberSource})(?![\d.,]\d))?` +
    String.raw`(?:(?<rangeSep>\s*(?:-|–|—)\s*)(?<num2>${numberSource})(?![\d.,]\d))?(?<pct>\s?%)?(?<plus>\+)?` +
    String.raw`(?:(?<!%)\s?(?<!%\s)(?:${unitSource})(?![\p{L}\p{N}_]))?` +
    // A bound written after the figure: "(50% minimum)", "3 or more", "5% or less".
    String.raw`(?:\s+(?:(?<atLeastAfter>${atLeastSuffixSource})|(?<atMostAfter>${atMostSuffixSource}))(?![\p{L}\p{N}_]))?`,
  'giu',
);
/** A count in words: "three failing tests", "two services". */
/**
 * Scripts written without spaces between words (Chinese, Japanese; Korean is spaced, but its counters
 * follow the number directly): a character of theirs beside a number is the next word, not part of a
 * name as a Latin letter is ("P1", "k8s"), so "68个文件" and "有7个" hold figures.
 */
const unspacedScriptSource = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;
/** A letter before a number that makes it part of a name ("P1"); "第3" is an ordinal. */
const nameLetterBeforeRe = new RegExp(String.raw`(?:第|(?![${unspacedScriptSource}])[\p{L}_])$`, 'u');
/** A letter after a number that makes it part of a name ("2x", "3rd" aside); a counter (个, 行) is not. */
const nameLetterAfterRe = new RegExp(String.raw`^(?![${unspacedScriptSource}])[\p{L}_]`, 'u');
const countWordRe = new RegExp(String.raw`\b(?<word>${countWordSource})\s+(?<next>[\p{L}][\p{L}-]*)`, 'giu');
/** Words after a count word that make it no count: "one of", "two or three". */
const notCountedAfter = new Set(['of', 'or', 'and', 'to', 'more', 'less', 'time', 'times', 'way', 'another', 'other', 'the', 'a', 'an', 'is', 'was', 'that', 'which', 'can', 'should', 'will', 'would', 'must', 'by']);

/** Months, as dates write them. */
const monthSource = String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;
/** A date the number is part of: ISO, slashes, or with a month name. */
const dateRe = new RegExp(
  String.raw`\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{4}-\d{2}\b(?!\s*%)|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(?:${monthSource})\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:${monthSource})\b\.?(?:,?\s+\d{4})?|\b(?:${monthSource})\.?,?\s+\d{4}\b`,
  'gi',
);
/** A time of day: "14:30", "2:05:09", "9am", "3 PM". */
const timeRe = /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:am|pm|utc|gmt|[A-Z]{3}))?\b|\b\d{1,2}\s?(?:am|pm)\b/gi;
/** A dotted version or address: "1.2.3", "127.0.0.1", "v2". */
const dottedRe = /\bv?\d+(?:\.\d+){2,}\b/gi;
/** Status phrases after an HTTP code: "200 OK", "404 Not Found". */
const httpAfterRe = /^\s*(?:errors?\b|responses?\b|status\b|OK|Created|Accepted|No Content|Moved|Found|Not Modified|Bad Request|Unauthori[sz]ed|Forbidden|Not Found|Method Not Allowed|Conflict|Gone|Unprocessable|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout)\b/i;
/** Words before an HTTP code: "HTTP 200", "status 404", "returns 500". */
const httpBeforeRe = /\b(?:http|status(?:\s+code)?|returns?|returned|responds?\s+with|response|code)\s*:?\s*$/i;
/** Errors or a status name before an HTTP code alone in parentheses: "### Permission Errors (403)" (w58:654), "Forbidden (403)". */
const httpParenBeforeRe = /\b(?:errors?|Unauthori[sz]ed|Forbidden|Not Found|Conflict|Gone|Too Many Requests)\**\s*\(\s*$/i;
/** A section number opening a heading: "1.", "2.3", "4)". */
const sectionNumberRe = /^\s*(?:section\s+|§\s*)?\d+(?:\.\d+)*[.)]?(?=\s|$)/i;
/** An ordinal opening a line of a code block or paragraph: "1. Run", "2) Check". */
const lineOrdinalRe = /^\s*\d+[.)]\s+\S/;
/** A hash: hex of seven or more characters with a letter and a digit. */
const hashRe = /\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,40}\b/gi;
/** A command line of a console block: "$ npm test", "> pytest". */
const promptRe = /^\s*(?:\$|>|#|PS>|λ)\s+\S/;
/** The last word before a position, for the word-list rules. */
const lastWordRe = /([\p{L}.#/]+)\s*#?\s*$/u;
/** Hosts before a port: "localhost:3000", "0.0.0.0:8080". */
const hostBeforeRe = /(?:localhost|127\.0\.0\.1|0\.0\.0\.0|[\w-]+\.(?:local|internal|com|io|dev|net|org)|host|port)\s*:$/i;

/** What a set-aside rule sees of a number. */
interface RuleInput {
  text: string;
  block: TextBlock;
  start: number;
  end: number;
  numStart: number;
  groups: Record<string, string | undefined>;
  words: Words;
  /** Spans of dates, times, dotted versions and hashes in the block's text. */
  spans: Spans;
  /** The word right before the number (past spaces and a `#`), lower case; '' when none. */
  wordBefore: string;
  /** Whether a space stands right before the number. */
  spaceBefore: boolean;
  /** Whether a unit is written with the number (`%`, `lines`, `ms`, `×`), beyond a bare count or ratio. */
  unitGiven: boolean;
}

interface Spans {
  date: Array<[number, number]>;
  time: Array<[number, number]>;
  dotted: Array<[number, number]>;
  hash: Array<[number, number]>;
  code: Array<[number, number]>;
}

/** A named rule that sets a number aside, with the reason it gives. */
export interface SetAsideRule {
  id: 'date' | 'time-of-day' | 'version' | 'ip-or-dotted' | 'hash' | 'name-part' | 'ordinal-name' | 'id' | 'port' | 'line-reference' |
    'section-number' | 'list-ordinal' | 'http-status' | 'footnote' | 'command' | 'inline-code';
  reason: string;
  test(input: RuleInput): boolean;
}

/** Whether the figure at `input` covers nothing but digits in a code span that holds more than the figure. */
function inCodeSpan(input: RuleInput): boolean {
  return input.spans.code.some(([a, b]) => input.numStart > a && input.numStart < b && input.text.slice(a + 1, b - 1).trim() !== input.text.slice(input.start, input.end).trim());
}

/** Up to three words after a number: "failing tests", "security tests on". */
const wordsAfterRe = /^(?:[^\S\n]+\p{L}+){1,3}/u;

/**
 * Whether the words after a number say it counts tests ("Fix 161 failing
 * tests", "We run 32 security tests"): a test noun, maybe after a status, a
 * kind of tests or "total". The word before it is then a verb, not a name of
 * a place in a series ("Fix 3", "Run 2").
 */
function countsTestsAfter(after: string, words: Words): boolean {
  const [first = '', second = ''] = (wordsAfterRe.exec(after)?.[0] ?? '').trim().split(/\s+/);
  if (isWord(first, words.testNouns)) return first !== 'testing';
  const lead = [...words.passed, ...words.failed, ...words.skipped, ...words.totals, ...categoryWords];
  return isWord(first, lead) && isWord(second, words.testNouns);
}

/** The rules, in the order they are tried; the first that holds names the reason. */
export const setAsideRules: readonly SetAsideRule[] = [
  { id: 'command', reason: 'a command line of a console block', test: ({ block }) => block.kind === 'code' && promptRe.test(block.text) },
  {
    id: 'version',
    reason: 'a version number',
    test: ({ text, numStart, words, unitGiven, wordBefore, spaceBefore }) => /[vV]$/.test(text.slice(Math.max(0, numStart - 1), numStart)) && !/\w[vV]$/.test(text.slice(Math.max(0, numStart - 2), numStart)) ||
      spaceBefore && isWord(wordBefore, words.versionWords) ||
      // "Python: >=3.8", "Node: 20": a runtime's label, a bare number after it.
      !unitGiven && isWord(lastWordRe.exec(text.slice(Math.max(0, numStart - 24), numStart).replace(/[\s:>=<~≥≤^]+$/u, ''))?.[1] ?? '', words.versionWords),
  },
  { id: 'list-ordinal', reason: 'a keycap emoji ordinal (2️⃣)', test: ({ text, end }) => /^\uFE0F?\u20E3/.test(text.slice(end)) },
  { id: 'footnote', reason: 'a footnote mark', test: ({ text, numStart }) => text[numStart - 1] === '^' },
  { id: 'id', reason: 'an identifier (#123, PR 12)', test: ({ text, numStart, words, wordBefore, spaceBefore }) => text[numStart - 1] === '#' || spaceBefore && isWord(wordBefore, words.idWords) },
  {
    id: 'name-part',
    reason: 'part of a name (P1, ES2020, phase-2, k8s)',
    test: ({ text, numStart, end, unitGiven }) =>
      nameLetterBeforeRe.test(text.slice(Math.max(0, numStart - 2), numStart)) && !/\s/.test(text[numStart - 1] ?? ' ') ||
      /[\p{L}_][-_]$/u.test(text.slice(Math.max(0, numStart - 2), numStart)) ||
      // "HTTP/2", "TCP/3": a protocol or product with its number.
      /[\p{L}]\/$/u.test(text.slice(Math.max(0, numStart - 2), numStart)) ||
      (nameLetterAfterRe.test(text.slice(end)) && !unitGiven),
  },
  { id: 'port', reason: 'a port', test: ({ text, numStart }) => hostBeforeRe.test(text.slice(Math.max(0, numStart - 40), numStart)) },
  {
    id: 'line-reference',
    reason: 'a line reference (file:12, line 45)',
    test: ({ text, numStart }) => /[\w)`]:$/.test(text.slice(Math.max(0, numStart - 2), numStart)) || /\b(?:lines?|L)\s?$/i.test(text.slice(Math.max(0, numStart - 6), numStart)) && !/\d\s+lines?\s?$/i.test(text.slice(Math.max(0, numStart - 12), numStart)),
  },
  {
    id: 'ordinal-name',
    reason: 'names a thing by its place in a series (Phase 2, Step 3)',
    test: ({ text, end, words, wordBefore, spaceBefore }) => spaceBefore && isWord(wordBefore, words.ordinalNouns) && !countsTestsAfter(text.slice(end), words),
  },
  { id: 'section-number', reason: 'a section number of a heading', test: ({ block, text, numStart }) => block.kind === 'heading' && (sectionNumberRe.exec(text)?.[0].length ?? -1) > numStart },
  { id: 'list-ordinal', reason: 'an ordinal opening a line', test: ({ text, numStart }) => { const lineStart = text.lastIndexOf('\n', numStart - 1) + 1; return lineOrdinalRe.test(text.slice(lineStart, lineStart + 80)) && /^\s*$/.test(text.slice(lineStart, numStart)) && /^\d+[.)]\s/.test(text.slice(numStart)); } },
  {
    id: 'http-status',
    reason: 'an HTTP status code',
    test: ({ text, numStart, end, groups }) => {
      const value = Number(groups.num);
      if (!/^[1-5]\d\d$/.test(groups.num ?? '') || value < 100 || groups.pct || groups.pct1) return false;
      const before = text.slice(Math.max(0, numStart - 30), numStart);
      return httpAfterRe.test(text.slice(end)) || httpBeforeRe.test(before) || (httpParenBeforeRe.test(before) && /^\s*\)/.test(text.slice(end)));
    },
  },
  { id: 'inline-code', reason: 'inside inline code that is more than the figure', test: inCodeSpan },
];

/** Rules whose span is set aside whole, with the spans they read. */
const wholeSpanRules: ReadonlyArray<{ id: SetAsideRule['id']; reason: string; span: 'date' | 'time' | 'dotted' | 'hash' }> = [
  { id: 'date', reason: 'a date', span: 'date' },
  { id: 'time-of-day', reason: 'a time of day', span: 'time' },
  { id: 'ip-or-dotted', reason: 'a dotted version or address', span: 'dotted' },
  { id: 'hash', reason: 'a hash', span: 'hash' },
];

/** The first whole-span rule (in their order) whose span holds position `at`, with that span. */
function wholeSpanAt(spans: Spans, at: number): { r: (typeof wholeSpanRules)[number]; span: [number, number] } | undefined {
  for (const r of wholeSpanRules) {
    const span = spans[r.span].find(([a, b]) => at >= a && at < b);
    if (span) return { r, span };
  }
  return undefined;
}

function spansOf(re: RegExp, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** The spans of inline code in a block's text (backticks kept by markdown.ts). */
function codeSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let open = text.indexOf('`'); open >= 0; ) {
    const close = text.indexOf('`', open + 1);
    if (close < 0) break;
    out.push([open, close + 1]);
    open = text.indexOf('`', close + 1);
  }
  return out;
}

/** The unit a figure match gives. */
function unitOf(groups: Record<string, string | undefined>): Unit {
  if (groups.pct1 || groups.pct) return 'percent';
  for (const [unit] of unitWords) if (groups[unit]) return unit;
  if (groups.den !== undefined) return 'ratio';
  return 'count';
}

/**
 * A comparison word before a figure that names a goal right after it: "(Below 95% requirement)", "(above 99.9% target)",
 * "Coverage below 80% target". The word holds the measured figure against the goal; the goal itself is stated exactly.
 */
const comparedLeadRe = new RegExp(String.raw`^${wordsSource(goalComparisonWords)}\s`, 'i');
const goalAfterRe = new RegExp(String.raw`^[*_]*\s+${wordsSource(englishWords.target)}\b`, 'i');

/** Read one match of `figureRe` into a number; `undefined` when its parts do not make one figure. */
function readMatch(m: RegExpExecArray, block: number): ScannedNumber | undefined {
  const g = m.groups ?? {};
  const num = g.num ?? '';
  const first = parseNumber(num);
  const numStart = m.index + m[0].indexOf(num, g.approx || g.atLeast || g.atMost ? 1 : 0);
  let qualifier: Qualifier = 'exact';
  // "~720+" is a floor, softened: the `+` says "or more", so it is read as `atLeast` (fixtures/labels/README.md).
  if (g.plus || g.atLeastAfter) qualifier = 'atLeast';
  else if (g.approx) qualifier = 'approx';
  else if (g.atLeast) qualifier = 'atLeast';
  else if (g.atMost || g.atMostAfter) qualifier = 'atMost';
  if ((g.atLeast || g.atMost) && !g.plus && comparedLeadRe.test(m[0]) && goalAfterRe.test(m.input.slice(m.index + m[0].length))) qualifier = 'exact';
  const found: ScannedNumber = { block, start: m.index, end: m.index + m[0].length, numStart, value: first.value, unit: unitOf(g), qualifier, precision: first.precision };
  if (g.num2 !== undefined) {
    const second = parseNumber(g.num2);
    if (!(second.value > first.value)) return undefined;
    found.qualifier = 'range';
    found.range = [first.value, second.value];
    found.precision = Math.max(first.precision, second.precision);
  }
  // "(49.06% / 50% target)", "(80% / 20%)": a percentage over a percentage is two figures side by side, no share of counts.
  if (g.den !== undefined && g.pct1 && g.pct) return undefined;
  if (g.den !== undefined) found.of = parseNumber(g.den).value;
  return found;
}

/** Whether the figure's block is text a reader reads: not a code block in a programming or config language. */
function readable(block: TextBlock): boolean {
  return block.kind !== 'code' || plainTextLanguages.has(block.lang ?? '');
}

/**
 * Scan `blocks` for every number. Returns the figures and the numbers set
 * aside, in block order and by position within a block. `words` defaults to English.
 */
export function scanNumbers(blocks: readonly TextBlock[], words: Words = englishWords): Scan {
  const figures: ScannedNumber[] = [];
  const setAside: SetAside[] = [];
  blocks.forEach((block, index) => {
    if (!readable(block)) return;
    const text = block.text;
    if (!/\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|zero|one)\b/i.test(text)) return;
    const spans: Spans = {
      date: spansOf(dateRe, text), time: spansOf(timeRe, text), dotted: spansOf(dottedRe, text), hash: spansOf(hashRe, text), code: codeSpans(text),
    };
    figureRe.lastIndex = 0;
    for (let m = figureRe.exec(text); m !== null; m = figureRe.exec(text)) {
      // A date, a time, a dotted version or a hash is one number set aside, not one per run of digits.
      const digits = m.index + m[0].search(/\d/);
      const whole = wholeSpanAt(spans, digits);
      if (whole) {
        const [a, b] = whole.span;
        setAside.push({ block: index, start: a, end: b, numStart: a, value: parseNumber(/\d[\d,]*(?:\.\d+)?/.exec(text.slice(a, b))?.[0] ?? '0').value, unit: 'none', qualifier: 'exact', precision: 0, rule: whole.r.id, reason: whole.r.reason });
        figureRe.lastIndex = b;
        continue;
      }
      let found = readMatch(m, index);
      if (!found) {
        // "26 passed - 3 failed" is two figures, not a descending range: take the first alone, with its own
        // percent sign ("92% - 16 tests").
        const num = m.groups?.num ?? '';
        const pct = m.groups?.pct1 ?? '';
        const numStart = m.index + m[0].indexOf(num);
        const first = parseNumber(num);
        found = { block: index, start: m.index, end: numStart + num.length + pct.length, numStart, value: first.value, unit: pct ? 'percent' : 'count', qualifier: 'exact', precision: first.precision };
        figureRe.lastIndex = found.end;
      }
      // The match's own groups, not a copy: copying them for every number was the scanner's largest cost.
      const groups = m.groups ?? {};
      const unitGiven = (found.unit !== 'count' && found.unit !== 'ratio') || Boolean(m.groups?.ratio);
      const wordBefore = lastWordRe.exec(text.slice(Math.max(0, found.numStart - 20), found.numStart))?.[1] ?? '';
      const spaceBefore = /\s/.test(text[found.numStart - 1] ?? '');
      const input: RuleInput = { text, block, start: found.start, end: found.end, numStart: found.numStart, groups, words, spans, wordBefore, spaceBefore, unitGiven };
      const rule = setAsideRules.find((r) => r.test(input));
      if (rule && (found.of !== undefined || found.range !== undefined)) {
        // "p95 of 120 ms": the rule sets aside the first number only; what follows is read again.
        const numEnd = found.numStart + (m.groups?.num ?? '').length;
        const { of: _of, range: _range, ...first } = found;
        setAside.push({ ...first, end: numEnd, unit: 'count', qualifier: 'exact', rule: rule.id, reason: rule.reason });
        figureRe.lastIndex = numEnd;
      } else if (rule) setAside.push({ ...found, rule: rule.id, reason: rule.reason });
      else figures.push(found);
    }
    countWordRe.lastIndex = 0;
    for (let m = countWordRe.exec(text); m !== null; m = countWordRe.exec(text)) {
      const word = m.groups?.word ?? '';
      const next = (m.groups?.next ?? '').toLowerCase();
      const value = readCountWord(word);
      // "no" and "one" are mostly prose ("no issues", "one of"): a count only before a test noun or status word.
      const strict = value === undefined || word.toLowerCase() === 'no' || value === 1;
      if (value === undefined || notCountedAfter.has(next)) continue;
      if (strict && !isWord(next, [...words.testNouns, ...words.failed, ...words.passed, ...words.skipped])) continue;
      figures.push({ block: index, start: m.index, end: m.index + word.length, numStart: m.index, value, unit: 'count', qualifier: 'exact', precision: 0 });
    }
  });
  // Count words were found after the digits of their block: put each block's numbers back in order.
  figures.sort((a, b) => a.block - b.block || a.start - b.start);
  return { figures, setAside };
}
