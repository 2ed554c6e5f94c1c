/**
 * The written forms of the report's own arithmetic, shared by the extractors
 * that find them and the consistency verifier that checks them: a ratio with
 * its percentage ("11/12 healthy (92%)"), a change with its deltas
 * ("61 → 88 (+27 points, +44%)"), a sum ("612 (580 unit + 32 e2e)"), a
 * percent of target ("78% (130% of target 60%)"), a count of checked boxes
 * ("7 of 9 criteria met") and a score ("Score: 85/100").
 *
 * A claim's text is the span its extractor matched, so the verifier reads the
 * operands back from `claim.text` with the same reader.
 */
import type { Figure } from './arithmetic.js';
import { arrowSource, numberSource as anyNumberSource, parseNumber, quantitySource, readQuantity } from '../figures/numbers.js';
import { pointsUnits, wordsSource } from '../figures/words.js';

/** `numberSource` as one group, safe to compose. */
const numberSource = `(?:${anyNumberSource})`;

/** `quantitySource` with its named groups prefixed by `prefix`, so one pattern can hold several quantities. */
export function namedQuantity(prefix: string): string {
  return quantitySource.replace(/\(\?<(\w+)>/g, `(?<${prefix}_$1>`);
}

/** The figure of a `namedQuantity(prefix)` match, or `undefined` when it did not take part. */
export function readFigure(groups: Record<string, string | undefined>, prefix: string, percent: boolean): Figure | undefined {
  const num = groups[`${prefix}_num`];
  if (num === undefined) return undefined;
  const q = readQuantity({
    num,
    num2: groups[`${prefix}_num2`],
    approx: groups[`${prefix}_approx`],
    atLeast: groups[`${prefix}_atLeast`],
    atMost: groups[`${prefix}_atMost`],
    plus: groups[`${prefix}_plus`],
  });
  return { ...q, rounded: percent || q.precision > 0 };
}

/** A number's start that is not inside a date, a version or another number. */
const numberStart = String.raw`(?<![\w.,/:#-])`;
/** Up to `n` plain words, e.g. the noun after a count: "tests", "healthy", "targets up". */
const words = (n: number) => String.raw`(?:\s+[A-Za-z][\w-]*){0,${n}}`;
/** Rate words: a percentage followed by them belongs to the test-rate extractor. */
const rateAfterSource = String.raw`(?!\s*(?:pass(?:ing)?|success|fail(?:ing|ure)?)\s+rate)`;
/** "7/9", "7 of 9", "7 out of 9". */
const ofSource = String.raw`\s*(?:\/|\bout\s+of\b|\bof\b)\s*`;

/** "11/12 healthy (92%)", "26/27 tools (96%)", "412 covered out of 530 lines (77.7%)", "42/42 (100%)". */
export const ratioThenPercentRe = new RegExp(
  String.raw`${numberStart}(?<part>${numberSource})(?:\s+[a-z]+(?=\s+out\s+of\b))?${ofSource}(?<whole>${numberSource})(?![\d/.]|\s*%)(?<between>${words(4)})\s*(?:[(:,=–—]|-\s)?\s*\**` +
    String.raw`${namedQuantity('pct')}\s*%${rateAfterSource}(?!\s+of\b)`,
  'gd',
);
/** "95.3% passing (182/191 non-session tests)", "78% (7 of 9 criteria)". */
export const percentThenRatioRe = new RegExp(
  String.raw`${numberStart}${namedQuantity('pct')}\s*%(?!\s+of\b)${words(3)}\s*\(\s*(?<part>${numberSource})${ofSource}(?<whole>${numberSource})(?![\d/.]|\s*%)`,
  'gd',
);

export interface RatioForm {
  part: number;
  whole: number;
  /** Decimals the part and the whole are written with ("13.5/50": 1 and 0), to show them as written. */
  partDecimals: number;
  wholeDecimals: number;
  percent: Figure;
}

/** Read "part of whole (percent)" back from a claim's text. */
export function readRatio(text: string): RatioForm | undefined {
  for (const re of [ratioThenPercentRe, percentThenRatioRe]) {
    const m = new RegExp(re.source, 'd').exec(text);
    const groups = m?.groups;
    if (!groups?.part || !groups.whole) continue;
    const percent = readFigure(groups, 'pct', true);
    if (!percent) continue;
    const part = parseNumber(groups.part);
    const whole = parseNumber(groups.whole);
    return { part: part.value, whole: whole.value, partDecimals: part.precision, wholeDecimals: whole.precision, percent };
  }
  return undefined;
}

/** A signed delta: "+27", "−4.5", "-12". */
const deltaSource = (p: string) => String.raw`(?<${p}>[+−-]\s*${numberSource})`;
/** A unit of a change in points: "points", "pp", "percentage points" (`pointsUnits`). */
const pointsUnitSource = wordsSource(pointsUnits);
/** A delta's unit that is points, as `readDelta` reads it: "pp", "pts", "percentage points". */
const pointsUnitRe = new RegExp(String.raw`^${pointsUnitSource}\b`);
/** A cell's first figure, signed or not, and the word right after it: "+10.5 km / +16 min", "194.7 km", "**4**". */
const cellUnitWordRe = new RegExp(String.raw`^[^\p{N}+−-]*[+−-]?\s*${numberSource}\s*(?<unit>[A-Za-z][\w-]*)?`, 'u');

/** The unit word right after a cell's first figure, singular and lower case ("+10.5 km / +16 min" → "km", "4" → ""); points are none. */
export function cellUnitWord(cell: string): string {
  const unit = (cellUnitWordRe.exec(cell.replace(/\*/g, ''))?.groups?.unit ?? '').toLowerCase().replace(/s$/, '');
  return pointsUnitRe.test(unit) ? '' : unit;
}

/** What a delta counts: percent, points (spaced or not: "+27pp", "+27 points"), or a noun ("tests", "modules"). */
const deltaUnitSource = (p: string) => String.raw`(?<${p}>\s*%|\s*${pointsUnitSource}\b|\s+[A-Za-z][\w-]*)?`;

/**
 * "61 → 88 (+27 points, +44%)", "1,417 → 2,003 tests (+586 tests, +41%)",
 * "30% → 73.23% (+43.23 percentage points)".
 */
export const changeThenDeltaRe = new RegExp(
  // A score out of a scale keeps its scale on both sides: "61/100 → 88/100".
  String.raw`${numberStart}${namedQuantity('from')}(?<fromPct>\s*%)?(?:\s*\/\s*\d+)?(?:\s+[A-Za-z][\w-]*)?\s*${arrowSource}\s*\**${namedQuantity('to')}(?<toPct>\s*%)?(?:\s*\/\s*\d+)?\**${words(2)}` +
    // The delta stands apart from the after-value, so "5-10" is never read as 5 then −10.
    String.raw`(?:\s*[(:,]\s*|\s+)\**${deltaSource('d1')}${deltaUnitSource('u1')}\**(?:\s*[,;(]\s*\**${deltaSource('d2')}${deltaUnitSource('u2')}\**)?`,
  'gd',
);
/**
 * The same change in words: "from **15% to 24%** (+9% improvement)", "Improved
 * from 27% to 53% production readiness (+96% improvement)". "from" must lead,
 * so a range ("5 to 10 tests") is never read as a change.
 */
export const fromToThenDeltaRe = new RegExp(
  String.raw`\bfrom\s+\**${namedQuantity('from')}(?<fromPct>\s*%)?\**\s+to\s+\**${namedQuantity('to')}(?<toPct>\s*%)?\**${words(3)}` +
    String.raw`(?:\s*[(:,]\s*|\s+)\**${deltaSource('d1')}${deltaUnitSource('u1')}\**(?:\s*[,;(]\s*\**${deltaSource('d2')}${deltaUnitSource('u2')}\**)?`,
  'gd',
);

/** "+10 tests now passing (14 → 24)", "+586 tests (1,417 → 2,003)". */
export const deltaThenChangeRe = new RegExp(
  String.raw`(?<![\w.,/])${deltaSource('d1')}${deltaUnitSource('u1')}\**${words(3)}\s*\(\s*${namedQuantity('from')}(?<fromPct>\s*%)?\s*${arrowSource}\s*${namedQuantity('to')}(?<toPct>\s*%)?\s*\)`,
  'gd',
);

/** The forms of a change with its delta, in the order they are tried. */
export const changeForms: readonly RegExp[] = [changeThenDeltaRe, fromToThenDeltaRe, deltaThenChangeRe];

/** A year: "from 2023 to 2024 (+15%)" is a period, not a change of a figure. */
const isYear = (f: Figure) => f.precision === 0 && f.value >= 1900 && f.value <= 2100;

export interface Delta {
  value: number;
  precision: number;
  /** `%` after a delta of counts is relative; after percentages it may be either. */
  unit: 'percent' | 'points' | 'same';
  written: string;
}

export interface ChangeForm {
  from: Figure;
  to: Figure;
  /** Whether the figures themselves are percentages. */
  percent: boolean;
  deltas: Delta[];
}

function readDelta(sign: string | undefined, unit: string | undefined): Delta | undefined {
  if (sign === undefined) return undefined;
  const negative = /^[−-]/.test(sign);
  const n = parseNumber(sign.replace(/^[+−-]\s*/, ''));
  const u = (unit ?? '').trim().toLowerCase();
  const kind = u === '%' ? 'percent' : pointsUnitRe.test(u) ? 'points' : 'same';
  return { value: negative ? -n.value : n.value, precision: n.precision, unit: kind, written: `${sign.replace(/\s+/g, '')}${unit ?? ''}`.trim() };
}

/** Read "from → to (deltas)" back from a claim's text. */
export function readChange(text: string): ChangeForm | undefined {
  for (const re of changeForms) {
    const groups = new RegExp(re.source, 'd').exec(text)?.groups;
    if (!groups) continue;
    const percent = Boolean(groups.fromPct || groups.toPct);
    const from = readFigure(groups, 'from', percent);
    const to = readFigure(groups, 'to', percent);
    if (!from || !to || (!percent && isYear(from) && isYear(to))) continue;
    const deltas = [readDelta(groups.d1, groups.u1), readDelta(groups.d2, groups.u2)].filter((d): d is Delta => d !== undefined);
    if (deltas.length === 0) continue;
    return { from, to, percent, deltas };
  }
  return undefined;
}

/** One term of a sum: "580 unit", "164/164 unit tests" (either side of the slash may be meant). */
const termSource = String.raw`(?:${numberSource}\s*\/\s*)?${numberSource}\+?${words(4)}`;
const termsSource = String.raw`${termSource}(?:\s*\+\s*${termSource})+`;
/** "612 (580 unit + 32 e2e)", "Total Tests: 249 (191 active + 58 session tests)". */
export const totalThenTermsRe = new RegExp(
  String.raw`${numberStart}${namedQuantity('total')}${words(3)}\s*\(\s*(?<terms>${termsSource})\s*\)`,
  'gd',
);
/** "164/164 unit + 21 feature tests = 222 total", "117 + 11 = 128 files". */
export const termsThenTotalRe = new RegExp(String.raw`${numberStart}(?<terms>${termsSource})\s*=\s*\**${namedQuantity('total')}`, 'gd');
/** "128 files = 117 + 11". */
export const totalEqualsTermsRe = new RegExp(
  String.raw`${numberStart}${namedQuantity('total')}${words(3)}\s*=\s*(?<terms>${termsSource})(?!\d|\.\d)`,
  'gd',
);
const termRe = new RegExp(String.raw`(?:(?<first>${numberSource})\s*\/\s*)?${namedQuantity('term')}`, 'g');

export interface SumForm {
  total: Figure;
  /** Each term's readings: one, or two for "164/164" (either side). */
  terms: Figure[][];
  /** Whether the terms come in parentheses after the total: they break it down, so they must add up to it. */
  breakdown: boolean;
}

/** Read a sum back from a claim's text. */
export function readSum(text: string): SumForm | undefined {
  for (const re of [totalThenTermsRe, termsThenTotalRe, totalEqualsTermsRe]) {
    const groups = new RegExp(re.source, 'd').exec(text)?.groups;
    if (!groups?.terms) continue;
    const total = readFigure(groups, 'total', false);
    if (!total) continue;
    const terms: Figure[][] = [];
    for (const piece of groups.terms.split('+').filter((p) => /\d/.test(p))) {
      const m = new RegExp(termRe.source).exec(piece);
      const term = m?.groups ? readFigure(m.groups, 'term', false) : undefined;
      if (!term) continue;
      // "N+" as a term: the `+` is a lower bound only when no further term follows it, which splitting removed.
      const readings = [term];
      if (m?.groups?.first) readings.push({ ...term, ...parseNumber(m.groups.first), qualifier: 'exact' });
      terms.push(readings);
    }
    if (terms.length < 2) continue;
    return { total, terms, breakdown: re === totalThenTermsRe };
  }
  return undefined;
}

/** "130% of target", "130% of the goal". */
export const percentOfTargetRe = new RegExp(String.raw`${numberStart}${namedQuantity('pct')}\s*%\s+of\s+(?:the\s+)?(?:target|goal)\b`, 'gdi');
/** "target 60%", "target: 60%", "target of 60%", "goal is 60". */
export const targetFigureRe = new RegExp(
  String.raw`\b(?:target|goal)\b\s*(?:[:=]|of|is|was)?\s*\**${namedQuantity('target')}(?<targetPct>\s*%)?`,
  'gdi',
);
const figureRe = new RegExp(String.raw`${numberStart}${namedQuantity('fig')}(?<figPct>\s*%)?`, 'gd');

export interface PercentOfForm {
  actual: Figure;
  target: Figure;
  stated: Figure;
  /** Span of the three figures in the text they were read from, `[start, end)`. */
  span: [number, number];
}

/**
 * Read "actual (P% of target) … target T" from `text`, around the "P% of
 * target" match starting at `at` (default: the first one).
 */
export function readPercentOf(text: string, at?: number): PercentOfForm | undefined {
  const pctRe = new RegExp(percentOfTargetRe.source, 'gdi');
  let pct: RegExpExecArray | null;
  while ((pct = pctRe.exec(text)) !== null) if (at === undefined || pct.index >= at) break;
  if (!pct?.groups) return undefined;
  const stated = readFigure(pct.groups, 'pct', true);
  const target = new RegExp(targetFigureRe.source, 'gdi');
  let t: RegExpExecArray | null;
  let targetMatch: RegExpExecArray | undefined;
  while ((t = target.exec(text)) !== null) {
    // The "of target" words themselves are not the target figure.
    if (t.index >= pct.index && t.index < pct.index + pct[0].length) continue;
    if (t.groups?.target_num !== undefined) targetMatch = targetMatch ?? t;
  }
  if (!stated || !targetMatch?.groups) return undefined;
  const targetFigure = readFigure(targetMatch.groups, 'target', Boolean(targetMatch.groups.targetPct));
  // The actual figure: the last number before "P% of target" that is not the target's own.
  let actualMatch: RegExpExecArray | undefined;
  const fig = new RegExp(figureRe.source, 'gd');
  let f: RegExpExecArray | null;
  const targetStart = targetMatch.indices?.groups?.target_num?.[0] ?? -1;
  while ((f = fig.exec(text)) !== null && f.index < pct.index) {
    const numStart = f.indices?.groups?.fig_num?.[0] ?? f.index;
    if (numStart !== targetStart) actualMatch = f;
  }
  if (!targetFigure || !actualMatch?.groups) return undefined;
  const actual = readFigure(actualMatch.groups, 'fig', Boolean(actualMatch.groups.figPct));
  if (!actual) return undefined;
  const start = Math.min(actualMatch.index, targetMatch.index, pct.index);
  const end = Math.max(actualMatch.index + actualMatch[0].length, targetMatch.index + targetMatch[0].length, pct.index + pct[0].length);
  return { actual, target: targetFigure, stated, span: [start, end] };
}

/** "7 of 9 criteria met", "6/8 tasks complete", "12 of 14 items checked". */
export const checkedOfRe = new RegExp(
  String.raw`${numberStart}(?<done>${numberSource})${ofSource}(?<all>${numberSource})\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?:criteria|items|tasks|checks|checkboxes|boxes|requirements|deliverables|goals)\s+(?:are\s+)?(?:met|complete[d]?|done|checked|ticked|satisfied|achieved)\b`,
  'gd',
);

/** Read "done of all" back from a claim's text. */
export function readCheckedOf(text: string): { done: number; all: number } | undefined {
  const groups = new RegExp(checkedOfRe.source, 'd').exec(text)?.groups;
  if (!groups?.done || !groups.all) return undefined;
  return { done: parseNumber(groups.done).value, all: parseNumber(groups.all).value };
}

/** "Score: 85/100", "Overall Readiness Score: 78/100", "Quality Rating: **98/100**", "Readiness Score: 10/10". */
export const scoreRe = new RegExp(
  String.raw`(?<label>(?:[A-Za-z][\w-]*[ \t]+){0,3}(?:score|rating|grade))\b\s*(?:\([^)]*\)\s*)?[:=]?\s*\**\s*(?<score>${numberSource})\s*\/\s*(?<scale>${numberSource})(?![\d/])`,
  'gid',
);

/** Read "label: score/scale" back from a claim's text. */
export function readScore(text: string): { label: string; score: Figure; scale: number } | undefined {
  const groups = new RegExp(scoreRe.source, 'di').exec(text)?.groups;
  if (!groups?.score || !groups.scale) return undefined;
  const score = parseNumber(groups.score);
  return { label: (groups.label ?? '').trim(), score: { ...score, qualifier: 'exact', rounded: true }, scale: parseNumber(groups.scale).value };
}

/** A change cell of a Before/After table: "+327 (+23%)", "+43.23 points", "-4". */
export const cellDeltaRe = new RegExp(
  String.raw`^\s*\**${deltaSource('d1')}${deltaUnitSource('u1')}\**(?:\s*\(\s*\**${deltaSource('d2')}${deltaUnitSource('u2')}\**\s*\))?`,
  'd',
);

/** Read the deltas of a change cell. */
export function readCellDeltas(text: string): Delta[] {
  const groups = cellDeltaRe.exec(text)?.groups;
  if (!groups) return [];
  return [readDelta(groups.d1, groups.u1), readDelta(groups.d2, groups.u2)].filter((d): d is Delta => d !== undefined);
}

/** A table cell holding one figure, maybe bold, with a unit word: "**78.00**", "27", "14-19 days", "100%". */
export const cellFigureRe = new RegExp(String.raw`^\s*\**\s*${namedQuantity('cell')}(?<cellPct>\s*%)?\s*\**(?:\s*[A-Za-z][\w-]*)?\s*\**\s*$`, 'd');

/** The figure of a table cell, or `undefined` when the cell holds no single figure. */
export function readCellFigure(text: string): (Figure & { percent: boolean }) | undefined {
  // Status marks around a figure ("🟡 70%", "73.23% ✅") are decoration.
  const groups = cellFigureRe.exec(text.replace(/^[^\p{L}\p{N}~≈<>*+−-]+|[^\p{L}\p{N}%*+)]+$/gu, ''))?.groups;
  if (!groups) return undefined;
  const percent = Boolean(groups.cellPct);
  const figure = readFigure(groups, 'cell', percent);
  return figure ? { ...figure, percent } : undefined;
}

/** A score cell: "85/100". */
export const cellScoreRe = new RegExp(String.raw`^\s*\**\s*(?<score>${numberSource})\s*\/\s*(?<scale>${numberSource})\s*\**\s*$`);

/** A score cell's pair ("85/100", "**11/15**"): the score, exact, and the scale it is out of; undefined for any other cell. */
export function readScorePair(text: string): { score: Figure; max: number } | undefined {
  const pair = cellScoreRe.exec(text)?.groups;
  if (!pair?.score || !pair.scale) return undefined;
  const s = parseNumber(pair.score);
  return { score: { ...s, qualifier: 'exact', rounded: s.precision > 0 }, max: parseNumber(pair.scale).value };
}

/** Row labels of a table's total row. */
export const totalRowLabelRe = /^(?:\*\*)?(?:total|totals|grand\s+total|sum|overall)\b/i;
/** Header of a weighted-score column. */
export const weightedHeaderRe = /\bweighted\b/i;
/** Header of a weight column. */
export const weightHeaderRe = /^\s*weight(?:ing)?\b/i;
/** Header of a change column in a Before/After table. */
export const changeHeaderRe = /^\s*(?:change|delta|improvement|diff(?:erence)?|gain|increase|Δ)\b/i;
