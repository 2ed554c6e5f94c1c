/**
 * A figure about a part of the project carries that part as its subject: a
 * claim its classifier read as the whole (`{"scope":"all"}`) takes the part
 * its own line names (part-name.ts), else the part a `Location:`/`File:`
 * label of its block names (part-label.ts). Verifiers then measure the part,
 * or leave the claim unverifiable; they never compare the whole project with
 * a part's figure.
 */
import type { Claim, ClaimKind, FigureContext } from '../model.js';
import type { TextBlock } from '../read/markdown.js';
import { lineAt, partNamedOnLine, speaksOfWhole } from './part-name.js';
import { partOfBlock } from './part-label.js';

/** Kinds whose figure may count one part: test counts and rates, coverage, shares, sums, changes. */
function partKind(kind: ClaimKind): boolean {
  return kind.startsWith('tests.') || kind.startsWith('coverage.') || kind === 'ratio' || kind === 'total' || kind === 'change';
}

/** Whether a subject is the whole project. */
function isWhole(subject: Claim['subject']): boolean {
  return 'scope' in subject && subject.scope === 'all';
}

/**
 * Give the claims read from the figure at `start` of `blocks[index]` the part
 * their figure is about, when their classifiers read the whole project.
 */
export function settlePart(claims: readonly Claim[], blocks: readonly TextBlock[], index: number, start: number, context: Pick<FigureContext, 'name'>): void {
  const open = claims.filter((claim) => partKind(claim.kind) && isWhole(claim.subject));
  if (open.length === 0) return;
  const block = blocks[index];
  if (!block || speaksOfWhole(lineAt(block.text, start))) return;
  const label = partOfBlock(blocks, index, start);
  for (const claim of open) {
    const part = partNamedOnLine(context, block.text, start, claim.kind.startsWith('tests.')) ?? label;
    if (part !== undefined) claim.subject = { path: part };
  }
}
