/**
 * `claimcheck diff OLD.md NEW.md`: the claims of two versions of a report,
 * matched by kind, subject and context (heading path, table column and row,
 * list label), and sorted into added, removed and changed.
 */
import type { Claim } from '../model.js';
import { describeClaim } from '../check/compare.js';

export interface ClaimChange {
  old: Claim;
  new: Claim;
}

export interface ClaimDiff {
  version: 1;
  old: string;
  new: string;
  added: Claim[];
  removed: Claim[];
  changed: ClaimChange[];
  /** Claims found in both versions with the same figure. */
  unchanged: number;
}

/** Where a claim belongs: its kind, subject and context, case and spacing ignored. */
export function claimKey(claim: Claim): string {
  const norm = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
  const { headings, table, list } = claim.context;
  const subject = Object.entries(claim.subject).map(([key, value]) => `${key}=${norm(String(value))}`).join();
  return [claim.kind, subject, headings.map(norm).join(' > '), table ? `${norm(table.header)}|${norm(table.row)}` : '', norm(list ?? '')].join('\0');
}

/** The figure of a claim as a comparable string: value, qualifier, range and tense. */
function figure(claim: Claim): string {
  return JSON.stringify([claim.value, claim.qualifier, claim.range ?? null, claim.precision, claim.tense]);
}

/**
 * Compare the claims of `before` (from the report named `oldFile`) with
 * those of `after`. Within one key, claims with equal figures pair first;
 * the rest pair in document order, and whatever is left over is added or
 * removed. Pure: the inputs are not reordered.
 */
export function diffClaims(oldFile: string, before: readonly Claim[], newFile: string, after: readonly Claim[]): ClaimDiff {
  const groups = new Map<string, { old: Claim[]; new: Claim[] }>();
  const group = (key: string) => {
    let found = groups.get(key);
    if (!found) groups.set(key, (found = { old: [], new: [] }));
    return found;
  };
  for (const claim of before) group(claimKey(claim)).old.push(claim);
  for (const claim of after) group(claimKey(claim)).new.push(claim);

  const result: ClaimDiff = { version: 1, old: oldFile, new: newFile, added: [], removed: [], changed: [], unchanged: 0 };
  for (const { old, new: fresh } of groups.values()) {
    const left = [...old];
    const right = [...fresh];
    for (let i = 0; i < left.length; i++) {
      const j = right.findIndex((claim) => figure(claim) === figure(left[i] as Claim));
      if (j < 0) continue;
      result.unchanged++;
      left.splice(i--, 1);
      right.splice(j, 1);
    }
    const paired = Math.min(left.length, right.length);
    for (let i = 0; i < paired; i++) result.changed.push({ old: left[i] as Claim, new: right[i] as Claim });
    result.removed.push(...left.slice(paired));
    result.added.push(...right.slice(paired));
  }
  const byPlace = (a: Claim, b: Claim) => a.position.offset - b.position.offset;
  result.added.sort(byPlace);
  result.removed.sort(byPlace);
  result.changed.sort((a, b) => byPlace(a.new, b.new));
  return result;
}

/** A claim's figure for the diff: as `describeClaim` reads it, and its tense when not current. */
function show(claim: Claim): string {
  return describeClaim(claim) + (claim.tense === 'current' ? '' : ` (${claim.tense})`);
}

function place(claim: Claim): string {
  return `${claim.position.line}:${claim.position.column}`;
}

/** The diff as text: one line per added, removed or changed claim, then a count. */
export function formatClaimDiff(diff: ClaimDiff): string {
  const out = [`--- ${diff.old}`, `+++ ${diff.new}`];
  for (const claim of diff.removed) out.push(`- ${diff.old}:${place(claim)}  removed  ${show(claim)}  "${claim.text}"`);
  for (const claim of diff.added) out.push(`+ ${diff.new}:${place(claim)}  added    ${show(claim)}  "${claim.text}"`);
  for (const change of diff.changed) {
    out.push(`~ ${diff.new}:${place(change.new)}  changed  ${show(change.old)} → ${show(change.new)}  "${change.old.text}" → "${change.new.text}"`);
  }
  const total = diff.added.length + diff.removed.length + diff.changed.length;
  out.push(`${total} change${total === 1 ? '' : 's'}: ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ${diff.unchanged} unchanged`);
  return out.join('\n') + '\n';
}
