/**
 * Number forms of the languages reports are written in, read into ASCII
 * number syntax: full-width digits and punctuation (`１３`, `：`, `（`, `％`),
 * Chinese and Japanese myriads (`1.2万`, `3亿`), counters after a number
 * (`13个`, `5项`), and decimal commas (`1.234,5`, `96,3 %`) in the languages
 * that write them. Pure: no I/O, no knowledge of claims.
 *
 * Decimal commas are decided by the block's language, never by a number's
 * shape: `1,234` in an English block is one thousand two hundred thirty-four;
 * in a German block it is ambiguous (1.234 or 1234), and reads as nothing.
 */

/** Languages whose numbers write a decimal comma and group with dots or spaces. */
export const decimalCommaLanguages: ReadonlySet<string> = new Set(['es', 'pt', 'fr', 'de', 'it', 'nl']);

/** Languages that count in myriads (`万` = 10⁴, `亿` = 10⁸) and put counters after a number. */
export const cjkLanguages: ReadonlySet<string> = new Set(['zh', 'ja', 'ko']);

/** Full-width and CJK punctuation, and what it is in ASCII number syntax. */
const punctuation: Readonly<Record<string, string>> = {
  '：': ':', '（': '(', '）': ')', '％': '%', '，': ', ', '、': ', ', '。': '. ', '；': '; ', '．': '.',
  '＋': '+', '－': '-', '～': '~', '／': '/', '＝': '=', '＞': '>', '＜': '<', '｜': '|', '　': ' ',
  '【': '[', '】': ']', '［': '[', '］': ']', '！': '!', '？': '?', '＊': '*',
};

/** Myriad multipliers after a number in CJK text. */
export const myriads: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 만: 1e4, 억: 1e8 };

/** Counters (measure words) that may follow a number: `13个测试`, `5项`, `3件`, `392行`, `2次`. */
export const counters: readonly string[] = ['个', '個', '项', '項', '件', '行', '次', '条', '條', '处', '處', '份', '名', '位', '개', '건', '회', 'つ'];

/** The spaces that group thousands in French and German writing ("1 234,5"); a plain space does not. */
const groupSpaces = '\u00A0\u202F\u2009';

/** A number with any grouping, before it is read: digits, separators, digits. */
const rawNumberRe = new RegExp(String.raw`\d+(?:[.,${groupSpaces}]\d+)*`, 'g');
const myriadRe = new RegExp(`^(?:${Object.keys(myriads).join('|')})`);
const counterRe = new RegExp(`^\\s?(?:${counters.join('|')})`);
/** Space between a number and its percent sign in languages that write "96,3 %". */
const spacedPercentRe = new RegExp(`^[ ${groupSpaces}]%`);

/** Text in ASCII number syntax and, for each of its characters, where it came from. */
export interface NormalisedText {
  text: string;
  /** `offsets[i]` is the source index of `text[i]`; `offsets[text.length]` is the source length. */
  offsets: readonly number[];
}

/** A number read from text in a given language. */
export interface LocalNumber {
  value: number;
  /** Decimals as written: `96,3` → 1. */
  precision: number;
  /** The counter written after it (`个` of `13个`), if any. */
  counter?: string;
}

/** A digit as `normaliseNumbers` reads one: ASCII or full-width. A text without one holds no number of these forms. */
export const anyDigitRe = /[0-9\uFF10-\uFF19]/;

function fullWidthDigit(ch: string): string | undefined {
  const code = ch.charCodeAt(0);
  return code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xff10 + 48) : undefined;
}

/** Replace full-width digits and punctuation, keeping an offset map. */
function widen(source: string): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] ?? '';
    const out = fullWidthDigit(ch) ?? punctuation[ch] ?? ch;
    text += out;
    for (let k = 0; k < out.length; k++) offsets.push(i);
  }
  offsets.push(source.length);
  return { text, offsets };
}

/**
 * Read the digits-and-separators `raw` as a number of `language`, or
 * `undefined` when the language leaves it ambiguous or it is no number.
 */
function readRaw(raw: string, language: string): { value: number; precision: number } | undefined {
  const spaced = new RegExp(`[${groupSpaces}]`, 'g');
  if (decimalCommaLanguages.has(language)) {
    const compact = raw.replace(spaced, '');
    if (compact !== raw && !/^\d{1,3}(?:[\u00A0\u202F\u2009]\d{3})+(?:,\d+)?$/.test(raw)) return undefined;
    const lastComma = compact.lastIndexOf(',');
    const lastDot = compact.lastIndexOf('.');
    if (lastComma >= 0 && lastDot >= 0) {
      const [group, decimal] = lastComma > lastDot ? ['.', ','] : [',', '.'];
      const at = compact.lastIndexOf(decimal);
      const whole = compact.slice(0, at);
      if (!new RegExp(`^\\d{1,3}(?:\\${group}\\d{3})+$`).test(whole) || compact.slice(at + 1).includes(group)) return undefined;
      return decimalValue(whole.split(group).join(''), compact.slice(at + 1));
    }
    const sep = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : undefined;
    if (sep === undefined) return decimalValue(compact, '');
    const parts = compact.split(sep);
    if (parts.length > 2) return /^\d{1,3}$/.test(parts[0] ?? '') && parts.slice(1).every((p) => /^\d{3}$/.test(p)) ? decimalValue(parts.join(''), '') : undefined;
    // One separator before exactly three digits: a thousands group or three decimals; the language does not say which.
    if ((parts[1] ?? '').length === 3) return undefined;
    return decimalValue(parts[0] ?? '', parts[1] ?? '');
  }
  if (spaced.test(raw)) return undefined;
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(raw) || /^\d+(?:\.\d+)?$/.test(raw)) {
    const [whole = '', fraction = ''] = raw.replace(/,/g, '').split('.');
    return decimalValue(whole, fraction);
  }
  return undefined;
}

function decimalValue(whole: string, fraction: string): { value: number; precision: number } | undefined {
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(fraction)) return undefined;
  return { value: Number(fraction ? `${whole}.${fraction}` : whole), precision: fraction.length };
}

/** Write `value` in ASCII number syntax with `precision` decimals, no grouping. */
function ascii(value: number, precision: number): string {
  return value.toFixed(precision);
}

/**
 * `source` in ASCII number syntax for a block of `language` (a BCP 47 primary
 * tag: `en`, `zh`, `de`…), with an offset map back to `source`. Full-width
 * digits and punctuation become ASCII in every language; `1.2万` becomes
 * `12000` in CJK text; `1.234,5` and `96,3 %` become `1234.5` and `96.3%`
 * where the language writes decimal commas. A number the language leaves
 * ambiguous (`1,234` in German) is left as written.
 */
export function normaliseNumbers(source: string, language: string): NormalisedText {
  const wide = widen(source);
  const cjk = cjkLanguages.has(language);
  const comma = decimalCommaLanguages.has(language);
  if (!cjk && !comma) return wide;
  let text = '';
  const offsets: number[] = [];
  let from = 0;
  rawNumberRe.lastIndex = 0;
  for (let m = rawNumberRe.exec(wide.text); m; m = rawNumberRe.exec(wide.text)) {
    const start = m.index;
    let end = start + m[0].length;
    const read = readRaw(m[0], language);
    let out: string | undefined;
    if (read && cjk) {
      const myriad = myriadRe.exec(wide.text.slice(end))?.[0];
      if (myriad !== undefined) {
        const value = read.value * (myriads[myriad] ?? 1);
        out = ascii(value, Math.max(0, read.precision - Math.round(Math.log10(myriads[myriad] ?? 1))));
        end += myriad.length;
      } else if (m[0].includes(',')) {
        out = ascii(read.value, read.precision);
      }
    } else if (read && comma) {
      out = ascii(read.value, read.precision);
      const percent = spacedPercentRe.exec(wide.text.slice(end));
      if (percent) {
        out += '%';
        end += percent[0].length;
      }
    }
    if (out === undefined) continue;
    text += wide.text.slice(from, start);
    offsets.push(...wide.offsets.slice(from, start));
    text += out;
    // Every character of the rewritten number points at the number's first source character, the last one at its end.
    for (let k = 0; k < out.length; k++) offsets.push(k === out.length - 1 ? (wide.offsets[end - 1] ?? 0) : (wide.offsets[start] ?? 0));
    from = end;
  }
  text += wide.text.slice(from);
  offsets.push(...wide.offsets.slice(from));
  return { text, offsets };
}

/** The source index of character `index` of normalised text (its end when `index` is past the last character). */
export function sourceIndex(normalised: NormalisedText, index: number): number {
  const { offsets } = normalised;
  return offsets[Math.min(Math.max(index, 0), offsets.length - 1)] ?? 0;
}

/** The source range `[start, end)` of normalised `[start, end)`. */
export function sourceRange(normalised: NormalisedText, start: number, end: number): [number, number] {
  if (end <= start) return [sourceIndex(normalised, start), sourceIndex(normalised, start)];
  return [sourceIndex(normalised, start), sourceIndex(normalised, end - 1) + 1];
}

const tokenRe = /^\s*(?<num>[\d０-９][\d０-９.,\u00A0\u202F\u2009．，]*)\s*(?<rest>.*?)\s*$/u;

/**
 * Parse one written number of a block in `language`: `68`, `1,234`, `１３`,
 * `1.2万`, `13个`, `96,3`, `1.234,5`. Returns `undefined` for no number and
 * for a number the language leaves ambiguous (`1,234` in Spanish). A
 * trailing counter is returned, a trailing `%` is allowed; anything else
 * after the number makes it no number.
 */
export function parseLocalNumber(written: string, language: string): LocalNumber | undefined {
  const token = tokenRe.exec(written)?.groups;
  if (!token?.num) return undefined;
  const wide = widen(token.num).text.replace(/\s+$/, '').replace(/, $/, '');
  let read = readRaw(wide.replace(/, /g, ','), language);
  if (!read) return undefined;
  let rest = token.rest ?? '';
  if (cjkLanguages.has(language)) {
    const myriad = myriadRe.exec(rest)?.[0];
    if (myriad !== undefined) {
      const power = Math.round(Math.log10(myriads[myriad] ?? 1));
      read = { value: read.value * (myriads[myriad] ?? 1), precision: Math.max(0, read.precision - power) };
      rest = rest.slice(myriad.length);
    }
  }
  const counter = counterRe.exec(rest)?.[0];
  if (counter !== undefined) rest = rest.slice(counter.length);
  if (rest !== '' && rest !== '%' && rest !== '％') return undefined;
  return { value: Number(read.value.toFixed(12)), precision: read.precision, ...(counter !== undefined ? { counter: counter.trim() } : {}) };
}
