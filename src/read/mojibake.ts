/**
 * Repair of UTF-8 text that was once decoded as Mac Roman or Windows-1252 and
 * saved again ("mojibake"): `‚úÖ` → ✅, `‚Üí` → →, `‚â•` → ≥, `âœ…` → ✅.
 *
 * Reports copied through old editors carry it; without repair an arrow that
 * marks a before-value is invisible to tense reading, so a report and its
 * mojibake twin would yield different claims. The repaired text keeps a map
 * back to the original, so claim positions still point into the file as it is.
 */

/**
 * Windows-1252's characters for bytes 0x80–0x9F, in byte order; '' where the
 * code page leaves a byte undefined. Written out because Node's decoder for
 * the label reads these bytes as Latin-1 control characters.
 */
const windows1252High = '€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ'.split('').map((c) => (c === ' ' ? '' : c));

function macRomanTable(): Map<string, number> {
  const decoder = new TextDecoder('macintosh');
  const table = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return table;
}

function windows1252Table(): Map<string, number> {
  const table = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte++) {
    // Latin-1 reads every byte as the code point of the same number, control characters included.
    table.set(String.fromCharCode(byte), byte);
    const char = windows1252High[byte - 0x80];
    if (char) table.set(char, byte);
  }
  return table;
}

/** For each legacy encoding, most common first: the byte each of its non-ASCII characters stands for. */
const byteTables: ReadonlyArray<ReadonlyMap<string, number>> = [macRomanTable(), windows1252Table()];

/** Length of the UTF-8 sequence a lead byte opens, or 0 when it opens none. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

const isContinuation = (byte: number | undefined): boolean => byte !== undefined && byte >= 0x80 && byte <= 0xbf;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decode a valid UTF-8 sequence of `length` bytes at `at`, or `undefined`
 * when the bytes do not form one (overlong forms and surrogates included).
 */
function decodeSequence(bytes: readonly number[], at: number, length: number): string | undefined {
  for (let k = 1; k < length; k++) if (!isContinuation(bytes[at + k])) return undefined;
  try {
    return strictUtf8.decode(Uint8Array.from(bytes.slice(at, at + length)));
  } catch {
    return undefined;
  }
}

/** Text with its mojibake repaired, and the way back to the original offsets. */
export interface RepairedText {
  /** The repaired text; equal to the input when nothing needed repair. */
  text: string;
  /** Whether anything was repaired. */
  repaired: boolean;
  /** The offset in the original text of offset `index` (0-based) of the repaired text. */
  originalOffset(index: number): number;
}

/** One repaired piece: `repairedLength` characters of repaired text stand for `originalLength` original ones. */
interface Piece {
  repairedStart: number;
  originalStart: number;
  repairedLength: number;
  originalLength: number;
}

/** Replace `from` characters at `at` with `to`. */
interface Change {
  at: number;
  from: number;
  to: string;
}

/**
 * The changes that repair one run of non-ASCII characters read through
 * `table`: where each starts in the run, how many characters it replaces and
 * by what. `undefined` when no UTF-8 sequence was found in it.
 */
function repairRun(run: string, table: ReadonlyMap<string, number>): Change[] | undefined {
  const chars = [...run];
  // A character the table lacks (a real emoji beside mojibake) stands for no byte and decodes nothing.
  const bytes = chars.map((c) => table.get(c) ?? -1);
  const changes: Change[] = [];
  // Character index → UTF-16 offset within the run.
  const offsets: number[] = [];
  let offset = 0;
  for (const c of chars) {
    offsets.push(offset);
    offset += c.length;
  }
  offsets.push(offset);
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes[i] ?? 0);
    const decoded = length > 0 && i + length <= bytes.length ? decodeSequence(bytes, i, length) : undefined;
    if (decoded !== undefined) {
      changes.push({ at: offsets[i] ?? 0, from: (offsets[i + length] ?? 0) - (offsets[i] ?? 0), to: decoded });
      i += length;
    } else {
      i++;
    }
  }
  return changes.length > 0 ? changes : undefined;
}

/** Runs of non-ASCII characters, where mojibake lives (UTF-8 continuation bytes are never ASCII). */
const nonAsciiRunRe = /[^\u0000-\u007f]+/g;

/**
 * Repair UTF-8 misread as Mac Roman or Windows-1252 in `text`. Text without
 * mojibake comes back unchanged, with `originalOffset` the identity.
 */
export function repairMojibake(text: string): RepairedText {
  // One encoding per document: the one that explains the most characters. Read
  // through the wrong table, mojibake of the other can decode to rare letters.
  let best: Array<{ start: number; changes: Change[] }> = [];
  let bestScore = 0;
  for (const table of byteTables) {
    const runs: Array<{ start: number; changes: Change[] }> = [];
    let score = 0;
    for (const match of text.matchAll(nonAsciiRunRe)) {
      const changes = repairRun(match[0], table);
      if (!changes) continue;
      runs.push({ start: match.index ?? 0, changes });
      for (const change of changes) score += change.from;
    }
    if (score > bestScore) {
      best = runs;
      bestScore = score;
    }
  }
  const pieces: Piece[] = [];
  let out = '';
  let last = 0;
  for (const run of best) {
    for (const change of run.changes) {
      const originalStart = run.start + change.at;
      out += text.slice(last, originalStart);
      pieces.push({ repairedStart: out.length, originalStart, repairedLength: change.to.length, originalLength: change.from });
      out += change.to;
      last = originalStart + change.from;
    }
  }
  if (pieces.length === 0) return { text, repaired: false, originalOffset: (index) => index };
  out += text.slice(last);
  return {
    text: out,
    repaired: true,
    originalOffset(index: number): number {
      // The last piece that starts at or before `index`.
      let lo = 0;
      let hi = pieces.length - 1;
      let found: Piece | undefined;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const piece = pieces[mid];
        if (piece && piece.repairedStart <= index) {
          found = piece;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      if (!found) return index;
      if (index < found.repairedStart + found.repairedLength) return found.originalStart;
      return found.originalStart + found.originalLength + (index - found.repairedStart - found.repairedLength);
    },
  };
}

/**
 * Encode `text` as UTF-8 and read the bytes back as Mac Roman: the mojibake an
 * old editor makes. For tests and fixtures; every byte has a Mac Roman character.
 */
export function toMacRomanMojibake(text: string): string {
  return new TextDecoder('macintosh').decode(new TextEncoder().encode(text));
}
