/**
 * The whole a list of parts splits: "- **Overall**: 85.7%" over "- models.py: 100%", "- schemas.py: 98%" (w44:8, under
 * "### Bookings Service"), "- 🟡 System overall: **24.41%**" after "- 🟢 Context Manager: **65.85%**" (407:110). Each
 * part's item states one coverage measure of that part; the item whose label names only the whole states the same
 * measure of the whole they split: the part the section's heading names, else the project. Its own words name no
 * measure, so no classifier reads it alone.
 */
import type { Claim, ClaimKind, Subject } from '../model.js';
import { ownLabelOf, type ReadFigure } from './classify.js';
import { wholeLabelWords, wholeLeadWords, wordsSource } from './words.js';

/** How far, in lines, a part's item may stand from the whole's item in the same list. */
const nearLines = 8;
/** Parts a list must state the measure of before its whole's item is read as that measure. */
const leastParts = 2;

/** A label of nothing but words of the whole: "Overall", "System overall", "Total". */
const wholeLabelRe = new RegExp(String.raw`^(?:(?:${wordsSource(wholeLabelWords)})\b[\s/&-]*)+$`, 'i');
/** A heading of nothing but words of a section of the report: "Current Status", "Summary". */
const sectionHeadingRe = new RegExp(String.raw`^(?:(?:${wordsSource([...wholeLeadWords, 'session'])})\b[\s/&-]*)+$`, 'i');
/** Marks around a label or heading: emoji, emphasis, numbering, a colon. */
const marksRe = /^[^\p{L}\p{N}]+|[^\p{L}\p{N})]+$/gu;
/** The label's colon right before the figure, maybe inside emphasis: "Overall**: ", "System overall: **". */
const colonBeforeRe = /:[*_\s]*$/;

const clean = (text: string): string => text.replace(/\*\*|__|`/g, '').replace(marksRe, '').trim();

/** What the whole's item is about: the part the innermost heading names, else (a section of the report, or the title) the project. */
function wholeOf(headings: readonly string[]): Subject {
  if (headings.length < 2) return { scope: 'all' };
  const heading = clean(headings.at(-1) ?? '');
  return heading === '' || sectionHeadingRe.test(heading) ? { scope: 'all' } : { name: heading };
}

/** Whether a figure stands in an item of the same list as `figure`: same section, same parent, a few lines away. */
function sameList(a: ReadFigure, b: ReadFigure): boolean {
  return (
    b.context.block === 'item' && Math.abs(a.position.line - b.position.line) <= nearLines && a.context.parent === b.context.parent &&
    a.context.headings.length === b.context.headings.length && a.context.headings.every((h, i) => h === b.context.headings[i])
  );
}

/**
 * The claims of the whole's items (`figures`, the report's figures; `claimsOf`, their claims; `live`, the claims still
 * kept): a percentage no kind claimed, right after the colon of a label of whole words in a list item, stated as the
 * present, whose list states at least two parts' current coverage in one measure, each by a label of its own that names
 * the part. Each claim is added to its figure's claims, and the figure takes its kind and subject.
 */
export function settleWholeOfParts(figures: readonly ReadFigure[], claimsOf: Map<ReadFigure, Claim[]>, live: ReadonlySet<Claim>): Claim[] {
  const added: Claim[] = [];
  for (const whole of figures) {
    if (whole.unit !== 'percent' || whole.context.block !== 'item' || whole.tense !== 'current' || (claimsOf.get(whole)?.length ?? 0) > 0) continue;
    if (!colonBeforeRe.test(whole.context.before ?? '') || !wholeLabelRe.test(clean(ownLabelOf(whole)))) continue;
    const parts = figures.filter((f) => f !== whole && sameList(whole, f)).flatMap((f) =>
      (claimsOf.get(f) ?? []).filter((c) => live.has(c) && c.kind.startsWith('coverage.') && c.tense === 'current' && !('scope' in c.subject) &&
        colonBeforeRe.test(f.context.before ?? '') && !wholeLabelRe.test(clean(ownLabelOf(f)))));
    const kinds = new Set<ClaimKind>(parts.map((c) => c.kind));
    const [kind] = kinds;
    if (parts.length < leastParts || kinds.size !== 1 || kind === undefined) continue;
    const subject = wholeOf(whole.context.headings);
    const claim: Claim = {
      id: '', kind, subject, value: whole.value, unit: 'percent', qualifier: whole.qualifier, precision: whole.precision,
      ...(whole.range ? { range: whole.range } : {}), tense: 'current', text: whole.text, position: whole.position,
      context: whole.context, source: 'whole-of-parts',
    };
    claimsOf.set(whole, [claim]);
    whole.kind = kind;
    whole.subject = subject;
    added.push(claim);
  }
  return added;
}
