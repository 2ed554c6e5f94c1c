/**
 * A count with its entries written out on the same line: "3 roles: admin,
 * developer, viewer", "4 severity levels (info, warning, critical, page)",
 * "(3 time scales: 5min, 1hr, 6hr)". Read here once for the classifier that
 * claims the count (extractors/figure-inline-list.ts) and for the
 * consistency verifier that counts the entries back from the claim's text.
 */

/** The count, its noun phrase (one to four words), and how the entries open: a colon or a parenthesis. */
const countHeadRe = /^(?<num>\d[\d,]*)\s+(?<phrase>[\p{L}][\p{L}\p{N}/'-]*(?:\s+[\p{L}][\p{L}\p{N}/'-]*){0,3}?)\s*(?<open>:\s+|\()/u;
/** A plural noun: "roles", "ViewModels", "words/phrases" (not "class", "status"). */
const pluralRe = /\p{L}[^s\W]s$/u;
/** A participle after the noun, still part of the phrase: "14 forbidden words/phrases enforced:". */
const participleRe = /^\p{L}+ed$/u;
/** Words that make the entries examples or a list that trails off: no count of them checks the figure. */
const openEndRe = /\b(?:etc|e\.g|i\.e|eg|including|such as|like|and more|among others|others|more)\b|…|\.\.\./i;
/** Where the entries of a colon form end: the line's end, a sentence's end, a dash or a semicolon. */
const colonEndRe = /\n|;|\.\s|\.$|\s[-–—]\s/;
/** A comma between entries, not inside a number ("3,873"). */
const thousandsSafeCommaRe = /,(?!\d{3}\b)/;
/** A joint inside an entry: "warning and critical", "R&D". */
const innerJointRe = /\s+(?:and|or|&)\s+/i;
/** The joint before the last entry: "admin, developer, and viewer". */
const lastJointRe = /^(?:and|or)\s+/i;

/** A count's entries as written inline. */
export interface InlineList {
  count: number;
  /** The noun phrase the count counts, up to its last plural ("forbidden words/phrases"). */
  noun: string;
  /** Whether the last two entries were split at an "and" ("developer and viewer"), which may also join one name ("search and replace"). */
  lastJoined: boolean;
  /** `colon` for "3 roles: a, b, c", `paren` for "4 levels (a, b, c, d)". */
  form: 'colon' | 'paren';
  entries: string[];
  /** End of the entries in the text read (after the closing parenthesis, when there is one). */
  end: number;
  /** Whether every entry is a name: one token, or capitalised words. */
  names: boolean;
  /** Whether the entries can be counted one by one: no entry groups several, and in parentheses every one is a name. */
  countable: boolean;
}

/** Whether an entry is a name: one token, or words that each start with a capital or a digit ("Fast M1", "IS NULL"). */
const isName = (entry: string): boolean => !/\s/.test(entry) || entry.split(/\s+/).every((w) => /^[\p{Lu}\p{N}.]/u.test(w));

/** The noun phrase up to its last plural, or undefined when it holds none or more follows than a participle. */
function countedNoun(phrase: string): string | undefined {
  const words = phrase.split(/\s+/);
  let last = words.length - 1;
  if (last > 0 && participleRe.test(words[last] as string) && !pluralRe.test(words[last] as string)) last--;
  return pluralRe.test(words[last] as string) ? words.slice(0, last + 1).join(' ') : undefined;
}

/**
 * The inline entries of the count `text` starts with, or undefined when it
 * gives none: fewer than two entries, an entry of four words or more (a
 * sentence, not a name), or entries that trail off ("etc.", "e.g.").
 */
export function readInlineList(text: string): InlineList | undefined {
  const head = countHeadRe.exec(text);
  if (!head?.groups) return undefined;
  const noun = countedNoun(head.groups.phrase as string);
  if (noun === undefined) return undefined;
  const start = head[0].length;
  const rest = text.slice(start);
  let body: string;
  let end: number;
  if (head.groups.open === '(') {
    const close = rest.indexOf(')');
    if (close < 0 || rest.slice(0, close).includes('(')) return undefined;
    body = rest.slice(0, close);
    end = start + close + 1;
  } else {
    // Inside a parenthesis ("(3 time scales: 5min, 1hr, 6hr)") the entries end at its close.
    const close = rest.indexOf(')');
    const stop = colonEndRe.exec(rest);
    const at = Math.min(stop ? stop.index : rest.length, close >= 0 && !rest.slice(0, close).includes('(') ? close : rest.length);
    body = rest.slice(0, at);
    end = start + at;
  }
  if (openEndRe.test(body)) return undefined;
  const entries = body.split(thousandsSafeCommaRe).map((e) => e.trim().replace(lastJointRe, '').replace(/[*_`]/g, '').trim()).filter((e) => e !== '');
  // "info, warning and critical": the last two entries share a joint without a comma.
  const joined = innerJointRe.exec(entries.at(-1) ?? '');
  const lastJoined = joined !== null;
  if (joined) entries.splice(-1, 1, (entries.at(-1) as string).slice(0, joined.index), (entries.at(-1) as string).slice(joined.index + joined[0].length));
  if (entries.length < 2 || entries.some((e) => e.split(/\s+/).length > 3)) return undefined;
  const form = head.groups.open === '(' ? 'paren' : 'colon';
  // An entry holding its own parenthesis or a slash between words may group several ("latency (light/webhook)", "static CSS/JS").
  const grouped = entries.some((e) => e.includes('(') || (/\s/.test(e) && e.includes('/')) || innerJointRe.test(e));
  const names = entries.every(isName);
  // In parentheses, words may be remarks ("(non-critical paths, P2)"); only names are entries there.
  return { count: Number((head.groups.num as string).replace(/,/g, '')), noun, form, entries, lastJoined, end, names, countable: !grouped && (form === 'colon' || names) };
}
