/**
 * A figure about a part of the project carries that part as its subject: a
 * claim its classifier read as the whole (`{"scope":"all"}`) takes the part
 * its own line names (part-name.ts), else the part a `Location:`/`File:`
 * label of its block names (part-label.ts), else the part its parent item or
 * heading is the name of (part-heading.ts), else the name a title gives it
 * (part-title.ts). Verifiers then measure the part,
 * or leave the claim unverifiable; they never compare the whole project with
 * a part's figure.
 */
import type { Claim, ClaimKind, FigureContext } from '../model.js';
import type { TextBlock } from '../read/markdown.js';
import { lineAt, partNamedOnLine, speaksOfWhole } from './part-name.js';
import { partOfBlock } from './part-label.js';
import { partOfHeading } from './part-heading.js';
import { partOfLeadTitle, partOfTitle } from './part-title.js';
import { isTestFilePart } from './part-path.js';
import { identifierOfHeading } from './part-identifier.js';
import { settleComponent } from './part-component.js';
import { isTaskLead } from './role-label.js';

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
  // A component its own line names ("- ✅ **AdminViewModel**: 18/18 tests passing") is nearer than any part named further out.
  const own = blocks[index];
  if (own) settleComponent(claims, own, start, speaksOfWhole);
  const open = claims.filter((claim) => partKind(claim.kind) && isWhole(claim.subject));
  if (open.length === 0) return;
  const block = blocks[index];
  if (!block || speaksOfWhole(lineAt(block.text, start))) return;
  const label = partOfBlock(blocks, index, start);
  const above = partOfHeading(block);
  // A part named without a path: the title whose parenthesis holds the figure, or the title leading the figure's list.
  const identifier = identifierOfHeading(block);
  const leadTitled = block.item === true ? partOfLeadTitle(block.context.list) : undefined;
  const titled = partOfTitle(block.text.slice(0, start)) ?? leadTitled;
  for (const claim of open) {
    const testCount = claim.kind.startsWith('tests.');
    // A count of tests under a source file that is no test file may be its test program's, the suite's (test-files.ts).
    const named = above !== undefined && (!testCount || isTestFilePart(above)) ? above : undefined;
    const part = partNamedOnLine(context, block.text, start, testCount) ?? label ?? named;
    if (part !== undefined) claim.subject = { path: part };
    // A title over a count or a rate of tests ("Passing Tests (649)", "Web app tests pass (8/8)") names their status, not a part;
    // a title leading the list of a coverage figure names the part covered ("- Before: 5% (6/128 lines)" under "**Dashboard
    // Module (+25%)**"), where a title around the figure itself may name its state ("Current coverage (35.12%)").
    else if (titled !== undefined && (claim.kind === 'change' || claim.kind === 'ratio')) claim.subject = { name: titled };
    else if (leadTitled !== undefined && !isTaskLead(leadTitled) && claim.kind.startsWith('coverage.')) claim.subject = { name: leadTitled };
    // Coverage under a heading that is a crate's or package's identifier alone ("### vectro_lib (Core Library)") is that part's.
    else if (identifier !== undefined && claim.kind.startsWith('coverage.')) claim.subject = { name: identifier };
  }
}
