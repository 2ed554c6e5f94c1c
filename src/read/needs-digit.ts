/**
 * Whether a regular expression can only match text holding an ASCII digit.
 *
 * `scan` runs every extractor's expressions over every block, and most
 * blocks (prose, headings, labels) hold no digit at all; an expression that
 * needs one can skip them without running. The answer is read from the
 * expression's source and errs one way only: `true` means no match is
 * possible without a digit in the text searched (in the match or in a
 * lookaround of it); anything the reader does not follow gives `false`.
 */

/** What the reader found: whether the pattern needs a digit, and where it stopped. */
interface Read {
  digit: boolean;
  at: number;
}

/** The reader gave up: the expression is treated as not needing a digit. */
class Unsure extends Error {}

const digitCharRe = /^[0-9]$/;
/** Escapes that stand for one fixed character or a class other than `\d`: never only digits (as far as this reader says). */
const classEscapes = new Set(['D', 'w', 'W', 's', 'S', 'b', 'B', 'n', 'r', 't', 'v', 'f', '0']);

/** Reads a pattern's source; every method returns where the part it read ends. */
class PatternReader {
  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
  ) {}

  /** Alternatives up to `)` or the end: a digit is needed only when every alternative needs one. */
  disjunction(at: number): Read {
    let all = true;
    for (;;) {
      const alternative = this.alternative(at);
      all &&= alternative.digit;
      at = alternative.at;
      if (this.source[at] !== '|') return { digit: all, at };
      at++;
    }
  }

  /** Terms up to `|`, `)` or the end: a digit is needed when any term needs one. */
  private alternative(at: number): Read {
    let any = false;
    while (at < this.source.length && this.source[at] !== '|' && this.source[at] !== ')') {
      const term = this.term(at);
      any ||= term.digit;
      at = term.at;
    }
    return { digit: any, at };
  }

  /** One atom or assertion and its quantifier. */
  private term(at: number): Read {
    const char = this.source[at];
    if (char === '^' || char === '$') return { digit: false, at: at + 1 };
    const atom = this.atom(at);
    const quantified = this.quantifier(atom.at);
    if (quantified === undefined) return atom;
    if (atom.lookaround) throw new Unsure();
    return { digit: atom.digit && quantified.min > 0, at: quantified.at };
  }

  /** `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}` (and a lazy `?` after it), or undefined when none follows. */
  private quantifier(at: number): { min: number; at: number } | undefined {
    const char = this.source[at];
    let min: number;
    let end: number;
    if (char === '*' || char === '?') [min, end] = [0, at + 1];
    else if (char === '+') [min, end] = [1, at + 1];
    else if (char === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.source.slice(at));
      // A brace that opens no quantifier is a literal brace (outside `u` mode); the reader does not follow those.
      if (!m) throw new Unsure();
      [min, end] = [Number(m[1]), at + m[0].length];
    } else return undefined;
    if (this.source[end] === '?') end++;
    return { min, at: end };
  }

  /** A group, a class, an escape, `.` or a literal character. */
  private atom(at: number): Read & { lookaround?: boolean } {
    const char = this.source[at];
    if (char === '(') return this.group(at);
    if (char === '[') return this.characterClass(at);
    if (char === '\\') return this.escape(at);
    if (char === undefined || char === ')' || char === '|' || char === '*' || char === '+' || char === '?' || char === '{') throw new Unsure();
    const code = this.source.codePointAt(at) ?? 0;
    return { digit: digitCharRe.test(char), at: at + (code > 0xffff ? 2 : 1) };
  }

  /** `(…)`, `(?:…)`, `(?<name>…)` and the lookarounds; a negative lookaround never needs a digit. */
  private group(at: number): Read & { lookaround?: boolean } {
    const rest = this.source.slice(at, at + 4);
    let inner = at + 1;
    let kind: 'group' | 'positive' | 'negative' = 'group';
    if (rest.startsWith('(?:')) inner = at + 3;
    else if (rest.startsWith('(?=')) [inner, kind] = [at + 3, 'positive'];
    else if (rest.startsWith('(?!')) [inner, kind] = [at + 3, 'negative'];
    else if (rest.startsWith('(?<=')) [inner, kind] = [at + 4, 'positive'];
    else if (rest.startsWith('(?<!')) [inner, kind] = [at + 4, 'negative'];
    else if (rest.startsWith('(?<')) {
      const close = this.source.indexOf('>', at);
      if (close < 0) throw new Unsure();
      inner = close + 1;
    } else if (rest.startsWith('(?')) throw new Unsure();
    const body = this.disjunction(inner);
    if (this.source[body.at] !== ')') throw new Unsure();
    if (kind === 'group') return { digit: body.digit, at: body.at + 1 };
    // A lookaround looks at the text searched: a positive one needing a digit means the text holds one.
    return { digit: kind === 'positive' && body.digit, at: body.at + 1, lookaround: true };
  }

  /** `[…]`: needs a digit when it is not negated and every member is a digit, a range within 0-9 or `\d`. */
  private characterClass(at: number): Read {
    let i = at + 1;
    const negated = this.source[i] === '^';
    if (negated) i++;
    let onlyDigits = true;
    let members = 0;
    while (i < this.source.length && this.source[i] !== ']') {
      const first = this.classMember(i);
      i = first.at;
      members++;
      if (this.source[i] === '-' && this.source[i + 1] !== ']' && i + 1 < this.source.length) {
        const last = this.classMember(i + 1);
        i = last.at;
        const range = first.char !== undefined && last.char !== undefined && digitCharRe.test(first.char) && digitCharRe.test(last.char);
        onlyDigits &&= range;
      } else {
        onlyDigits &&= first.digit;
      }
    }
    if (this.source[i] !== ']') throw new Unsure();
    return { digit: !negated && members > 0 && onlyDigits, at: i + 1 };
  }

  /** One member of a class: its character when it is one, whether it is only digits. */
  private classMember(at: number): { char?: string; digit: boolean; at: number } {
    const char = this.source[at];
    if (char === '\\') return this.escape(at, true);
    if (char === undefined) throw new Unsure();
    const code = this.source.codePointAt(at) ?? 0;
    return { char, digit: digitCharRe.test(char), at: at + (code > 0xffff ? 2 : 1) };
  }

  /**
   * An escape: `\d` needs a digit; a character escape is its character
   * (`\x30` is a digit); a class escape or property (`\w`, `\p{L}`) is not
   * only digits. Back-references and what this does not follow give up.
   */
  private escape(at: number, inClass = false): { char?: string; digit: boolean; at: number } {
    const next = this.source[at + 1];
    if (next === undefined) throw new Unsure();
    if (next === 'd') return { digit: true, at: at + 2 };
    if (classEscapes.has(next)) {
      // `\0` followed by a digit is an octal escape outside `u` mode: not followed.
      if (next === '0' && /[0-9]/.test(this.source[at + 2] ?? '')) throw new Unsure();
      return { digit: false, at: at + 2 };
    }
    const rest = this.source.slice(at + 2);
    let m: RegExpExecArray | null;
    if ((next === 'p' || next === 'P') && this.unicode && (m = /^\{[\w=]+\}/.exec(rest))) return { digit: false, at: at + 2 + m[0].length };
    if (next === 'u' && this.unicode && (m = /^\{([0-9a-fA-F]{1,6})\}/.exec(rest))) return this.character(String.fromCodePoint(parseInt(m[1] ?? '', 16)), at + 2 + m[0].length);
    if (next === 'u' && (m = /^[0-9a-fA-F]{4}/.exec(rest))) return this.character(String.fromCharCode(parseInt(m[0], 16)), at + 6);
    if (next === 'x' && (m = /^[0-9a-fA-F]{2}/.exec(rest))) return this.character(String.fromCharCode(parseInt(m[0], 16)), at + 4);
    if (next === 'k' && !inClass && (m = /^<[\w$]+>/.exec(rest))) return { digit: false, at: at + 2 + m[0].length };
    // Back-references, `\c`, a `\p`, `\u` or `\x` written otherwise: their length or meaning needs more reading than this does.
    if (/[1-9pPuxck]/.test(next)) throw new Unsure();
    // An identity escape: `\.`, `\-`, `\]`, `\\`, `\/` …
    return this.character(next, at + 2);
  }

  private character(char: string, at: number): { char: string; digit: boolean; at: number } {
    return { char, digit: digitCharRe.test(char), at };
  }
}

const known = new WeakMap<RegExp, boolean>();

/** Whether every match of `re` needs an ASCII digit in the text it searches (`false` when unsure). */
export function needsDigit(re: RegExp): boolean {
  let answer = known.get(re);
  if (answer === undefined) {
    answer = readNeedsDigit(re);
    known.set(re, answer);
  }
  return answer;
}

function readNeedsDigit(re: RegExp): boolean {
  // `v` mode has nested classes and set operations this reader does not follow.
  if (re.flags.includes('v')) return false;
  try {
    const read = new PatternReader(re.source, re.unicode).disjunction(0);
    return read.at === re.source.length && read.digit;
  } catch (error) {
    if (error instanceof Unsure) return false;
    throw error;
  }
}
