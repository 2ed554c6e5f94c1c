/**
 * A progression of one figure written as linked pairs, each section's "A → B"
 * starting where the one before ended:
 *
 *     ### Day 1          - Coverage gain: +0.68% (46.36% → 47.04%)
 *     ### Day 2 (AM)     - Coverage gain: +0.71% (47.04% → 47.75%)
 *     ### Day 2 (PM)     - Coverage gain: +1.31% (47.75% → 49.06%)
 *
 * Each pair alone reads "before → current"; as a chain only the last end is
 * the present, and the ends before it, with the gains that led to them, are
 * history (47.04% was the coverage after Day 1, not now). A chain that runs into the future ("Week 2: 49% →
 * 55%", "Week 3: 55% → 60%") starts each later step at the previous step's
 * goal or estimate, not at a past value. Read as current, a past step's end
 * would contradict the report's final figure.
 */
import type { Claim, Tense } from '../model.js';
import { arrowSource } from './numbers.js';

/** What stands between the two sides of a pair: an arrow or "to", with the left side's "%". */
const pairGapRe = new RegExp(String.raw`^\s*%?\s*\**\s*(?:${arrowSource}|to)\s*\**\s*[~≈]?$`, 'i');

interface Pair {
  left: Claim;
  right: Claim;
}

const subjectKey = (claim: Claim): string => JSON.stringify(claim.subject);
const numeric = (claim: Claim): claim is Claim & { value: number } => typeof claim.value === 'number';
const isCoverage = (claim: Claim): boolean => claim.kind.startsWith('coverage.');
const future: ReadonlySet<Tense> = new Set<Tense>(['target', 'projected']);

/** The pairs of coverage claims written "A → B" on one line of `source`, in the report's order. */
function pairsOf(claims: readonly Claim[], source: string): Pair[] {
  const sorted = claims.filter((c) => isCoverage(c) && numeric(c)).sort((a, b) => a.position.offset - b.position.offset);
  const pairs: Pair[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const left = sorted[i] as Claim;
    const right = sorted[i + 1] as Claim;
    if (left.position.line !== right.position.line || left.kind !== right.kind || subjectKey(left) !== subjectKey(right)) continue;
    const gapStart = left.position.offset + left.text.length;
    if (gapStart > right.position.offset || !pairGapRe.test(source.slice(gapStart, right.position.offset))) continue;
    pairs.push({ left, right });
  }
  return pairs;
}

/** The chains of pairs of one figure, each pair starting at the value the one before it ended on (two pairs at least). */
function chainsOf(pairs: readonly Pair[]): Pair[][] {
  const chains: Pair[][] = [];
  const bySubject = new Map<string, Pair[]>();
  for (const pair of pairs) {
    const key = `${pair.left.kind}\0${subjectKey(pair.left)}`;
    bySubject.set(key, [...(bySubject.get(key) ?? []), pair]);
  }
  for (const list of bySubject.values()) {
    let chain: Pair[] = [];
    for (const pair of list) {
      const last = chain.at(-1);
      const linked = last !== undefined && last.right.value === pair.left.value && last.right.precision === pair.left.precision && last.right.position.line < pair.left.position.line;
      if (!linked) {
        if (chain.length > 1) chains.push(chain);
        chain = [];
      }
      chain.push(pair);
    }
    if (chain.length > 1) chains.push(chain);
  }
  return chains;
}

/**
 * Settle the tenses of the coverage pairs of `source` that form a chain:
 * in a chain ending in the present, the ends before the last are history and
 * the later starts before-values; in a chain into the future, each later
 * start is the goal or estimate the step before ended on, and the first
 * start is where the figure stands now. Changes the claims in place.
 */
export function settlePairChains(claims: readonly Claim[], source: string): void {
  for (const chain of chainsOf(pairsOf(claims, source))) {
    const last = chain.at(-1) as Pair;
    if (last.right.tense === 'current') {
      for (const pair of chain.slice(0, -1)) {
        if (pair.right.tense !== 'current') continue;
        setTense(pair.right, 'historical', 'an earlier step of a progression that ends later in the report');
        // The gain of that step, on its line ("Coverage gain: +0.68% (46.36% → 47.04%)") or in its section beside it, of the
        // same whole ("- Tests added: 64" over it under "### Day 1"), is history too.
        for (const change of claims) {
          if (change.kind !== 'change' || change.tense !== 'current') continue;
          const sameSection = subjectKey(change) === subjectKey(pair.right) && sameHeadings(change, pair.right);
          if (change.position.line === pair.right.position.line || sameSection) setTense(change, 'historical', 'the change of an earlier step of a progression');
        }
      }
      continue;
    }
    if (!chain.every((p) => future.has(p.right.tense))) continue;
    const first = chain[0] as Pair;
    if (first.left.tense === 'before') setTense(first.left, 'current', 'where a progression of goals or estimates starts');
    for (let i = 1; i < chain.length; i++) {
      const previous = (chain[i - 1] as Pair).right;
      const pair = chain[i] as Pair;
      if (pair.left.tense !== previous.tense) setTense(pair.left, previous.tense, 'the end of the step before it in a progression of goals or estimates');
    }
  }
}

/** Whether two claims stand under the same headings. */
function sameHeadings(a: Claim, b: Claim): boolean {
  const x = a.context.headings;
  const y = b.context.headings;
  return x.length === y.length && x.every((h, i) => h === y[i]);
}

function setTense(claim: Claim, tense: Tense, reason: string): void {
  claim.tense = tense;
  claim.tenseReason = reason;
}
