/**
 * The named part a claim's section is about: "### UserService (23 tests
 * total)" counts UserService's tests, so a kind of tests counted below it
 * ("**Unit Tests (11):**") is UserService's, not the report's. One reading
 * for the relation that keeps two parts' counts apart
 * (one-subject-two-values.ts) and the verifier that measures such a count on
 * the part's test file of that kind (verifiers/tests.ts).
 */
import type { Claim } from '../model.js';

/** A heading line: "#### Feature Tests (80 tests)". */
export const headingLineRe = /^\s{0,3}#{1,6}\s/;

/** Kinds that count a part's tests or say how they stand. */
const partTestKinds: ReadonlySet<string> = new Set(['tests.total', 'tests.passed', 'tests.failed', 'tests.skipped', 'tests.errors', 'tests.passRate', 'tests.failRate']);

/** The parts (names or paths, as written) whose tests a heading counts: a test figure on a heading line, of a named subject. */
export function headingParts(claims: readonly Claim[], lines: readonly string[]): string[] {
  return claims
    .filter((c) => partTestKinds.has(c.kind) && headingLineRe.test(lines[c.position.line - 1] ?? ''))
    .map((c) => ('name' in c.subject ? c.subject.name : 'path' in c.subject ? c.subject.path : ''))
    .filter((name) => name !== '');
}

/** Whether `text` holds `word` as a whole word, not inside another ("Cart" in "Cartridge"), case aside. */
function holdsWord(text: string, word: string): boolean {
  const lower = text.toLowerCase();
  const want = word.toLowerCase();
  for (let at = lower.indexOf(want); at >= 0; at = lower.indexOf(want, at + 1)) {
    const before = lower[at - 1] ?? ' ';
    const after = lower[at + want.length] ?? ' ';
    if (!/[\p{L}\p{N}_]/u.test(before) && !/[\p{L}\p{N}_]/u.test(after)) return true;
  }
  return false;
}

/** The part of `parts` the nearest of `headings` (outermost first) names as a whole word; the longest, of two it names. */
export function partOfHeadings(headings: readonly string[], parts: readonly string[]): string | undefined {
  for (const heading of [...headings].reverse()) {
    const named = parts.filter((name) => holdsWord(heading, name)).sort((a, b) => b.length - a.length)[0];
    if (named !== undefined) return named;
  }
  return undefined;
}
