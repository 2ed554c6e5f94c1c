/**
 * Number forms as reports write them, as named regular-expression pieces and
 * the functions that read them: `1,250`, `10,100+`, `~5,139`, `97.1%`,
 * `55-85%`, `at least 300`, `over 40`.
 */
import type { Qualifier } from '../model.js';

/** A decimal number with optional thousands separators: `1,250`, `96.3`, `12`. */
export const numberSource = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

/** Words that make the following number approximate. */
export const approxPrefixSource = String.raw`~|≈|about|approximately|approx\.?|around|roughly|nearly|almost|circa|ca\.`;
/** Words that make the following number a lower bound. The head of an arrow ("501 -> 538", "=>") is none. */
export const atLeastPrefixSource = String.raw`at\s+least|over|above|more\s+than|greater\s+than|(?<![-=])>=|≥|(?<![-=])>|minimum\s+of|min\.?`;
/** Words that make the following number an upper bound. */
export const atMostPrefixSource = String.raw`at\s+most|under|less\s+than|fewer\s+than|below|up\s+to|<=|≤|<|max\.?|maximum\s+of`;

/** Words after a number that make it a lower bound: "50% minimum", "3 or more", "80% and above". */
export const atLeastSuffixSource = String.raw`minimum|or\s+more|or\s+higher|or\s+above|or\s+greater|or\s+better|and\s+above|and\s+up|at\s+least(?=\s*(?:[),.;:!|*_]|$))`;
/** Words after a number that make it an upper bound: "10 maximum", "2 or fewer", "5% or less". */
export const atMostSuffixSource = String.raw`maximum|or\s+less|or\s+fewer|or\s+lower|or\s+below|and\s+below|at\s+most(?=\s*(?:[),.;:!|*_]|$))`;

/** Range separators: `55-85`, `55–85`, `55 to 85`. */
export const rangeSeparatorSource = String.raw`\s*(?:-|–|—|to)\s*`;

/**
 * A quantity: optional qualifier word, a number, an optional range end and an
 * optional `+`. Named groups: `approx`, `atLeast`, `atMost`, `num`, `num2`, `plus`.
 */
export const quantitySource =
  String.raw`(?:(?<approx>${approxPrefixSource})\s*|(?<atLeast>${atLeastPrefixSource})\s*|(?<atMost>${atMostPrefixSource})\s*)?` +
  String.raw`(?<num>${numberSource})(?:${rangeSeparatorSource}(?<num2>${numberSource}))?(?<plus>\+)?`;

/** An arrow between two values of a change, as written and as mojibake (`‚Üí` is `→` read as Mac Roman). */
export const arrowSource = String.raw`(?:→|->|=>|⇒|‚Üí)`;

/**
 * The right side of a change right after a figure: ` → 30`, ` -> 88/100`, ` to 30`.
 * Not a multiple or an abbreviation ("→ 3x", "to 2K"), which is no figure of the same unit.
 */
export const arrowThenNumberRe = new RegExp(String.raw`^\s*(?:${arrowSource}|\bto\b)\s*(?<num>${numberSource})(?![\d.,]|\s?[kKmMxX×](?![A-Za-z]))`);

/** The figure after an arrow that follows a figure ending at `end` of `text`, and where it stands. */
export interface FigureAfterArrow {
  value: number;
  precision: number;
  start: number;
  /** End of the figure, past its `%` when `percent`. */
  end: number;
}

/**
 * "27% → 30%", "Passing: 40 → 52": the right side of the change, which is the
 * figure now; of a chain ("0% → 71% → 74%") the last one, the steps between
 * being neither the start nor now.
 */
export function figureAfterArrow(text: string, end: number, percent: boolean): FigureAfterArrow | undefined {
  let found: FigureAfterArrow | undefined;
  for (let from = end; ; ) {
    const change = arrowThenNumberRe.exec(text.slice(from));
    const num = change?.groups?.num;
    if (!change || num === undefined) return found;
    const start = from + change[0].length - num.length;
    const stop = start + num.length + (percent && text[start + num.length] === '%' ? 1 : 0);
    found = { ...parseNumber(num), start, end: stop };
    from = stop;
  }
}

/** Parse `1,250` or `96.3` into its value and the number of decimals written. */
export function parseNumber(text: string): { value: number; precision: number } {
  const clean = text.replace(/,/g, '');
  const dot = clean.indexOf('.');
  return { value: Number(clean), precision: dot < 0 ? 0 : clean.length - dot - 1 };
}

/** Number words that carry a count in reports ("three failing tests"). */
export const numberWords: Readonly<Record<string, number>> = {
  zero: 0, no: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
};

/** The number words of `numberWords` as a regular-expression alternation, longest first. */
export const countWordSource = Object.keys(numberWords).sort((a, b) => b.length - a.length).join('|');

/** The count a number word stands for ("three" → 3, "no" → 0), or `undefined`. */
export function readCountWord(word: string): number | undefined {
  return numberWords[word.toLowerCase()];
}

export interface Quantity {
  value: number;
  qualifier: Qualifier;
  range?: [number, number];
  precision: number;
}

/** Read the named groups of a `quantitySource` match. */
export function readQuantity(groups: Record<string, string | undefined>): Quantity {
  const first = parseNumber(groups.num ?? '0');
  if (groups.num2 !== undefined) {
    const second = parseNumber(groups.num2);
    // "3-4" is a range only when it ascends; "2025-10" and the like are not ranges.
    if (second.value > first.value) {
      return {
        value: first.value,
        qualifier: 'range',
        range: [first.value, second.value],
        precision: Math.max(first.precision, second.precision),
      };
    }
  }
  let qualifier: Qualifier = 'exact';
  // "~15,000+" is a floor, softened: the `+` wins over the `~` (fixtures/labels/README.md), as in the scanner.
  if (groups.plus) qualifier = 'atLeast';
  else if (groups.approx) qualifier = 'approx';
  else if (groups.atLeast) qualifier = 'atLeast';
  else if (groups.atMost) qualifier = 'atMost';
  return { value: first.value, qualifier, precision: first.precision };
}

/** Format `value` with `precision` decimals and thousands separators when `grouped`. */
export function formatNumber(value: number, precision = 0, grouped = false): string {
  const fixed = value.toFixed(precision);
  if (!grouped) return fixed;
  const [whole = '', fraction] = fixed.split('.');
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
}
