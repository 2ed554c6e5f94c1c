/** Regular-expression pieces for git revisions as reports write them. */
import { isRevision, parseRange } from './git.js';

/** A ref name or hash as written: `main`, `origin/main`, `v1.2.0`, `c7d6981`. */
export const refSource = String.raw`[A-Za-z0-9_][\w./+-]*[\w+]|[A-Za-z0-9_]`;
/** Two revisions joined by `..` or `...`. */
export const rangeSource = String.raw`(?:[\w][\w/+-]*(?:\.[\w+-]+)*)\.{2,3}(?:[\w][\w/+-]*(?:\.[\w+-]+)*)`;
/** A commit hash with at least one digit and one letter, so plain numbers and words are left alone. */
export const hashOnlySource = String.raw`(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}`;

/**
 * A hash named as one ("commit `1234567`", "SHA 0042137"): after such a word, a hash of digits only
 * (one short hash in 27 has no letter) is still a hash, not a number.
 */
export const namedHashSource = String.raw`[0-9a-f]{7,40}`;

/** `written` when git may safely be asked about it as a revision or range, else `undefined`. */
export function checkedRevision(written: string | undefined): string | undefined {
  if (!written) return undefined;
  return isRevision(written) || parseRange(written) ? written : undefined;
}
