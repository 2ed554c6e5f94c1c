/**
 * A count item and the breakdown a sibling item introduces in its nested
 * list: "- **Count:** 125 tests" beside "- **Areas Covered:**" over "  -
 * Products API (20 tests)", "  - Dishes API (18 tests)", …. The total and its
 * parts sit at two depths of one list, so neither a section's list nor a
 * heading's sub-sections hold them. Every entry of the nested list must state
 * one count of a kind that adds up to the total, and only one sibling may
 * introduce such a list. Entries that add up to less may be a selection
 * ("Areas Covered" need not be every area), so only parts that hold, or that
 * exceed the total, are judged.
 */
import type { List, ListItem, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Claim, ClaimKind } from '../../model.js';
import type { RelationJudgement, ReportRelation } from './types.js';
import { agreeingOnLine, figureOf, partsOfTotal, showLines, sumOf } from './shared.js';

const countKinds: readonly ClaimKind[] = ['tests.total', 'tests.passed', 'tests.failed', 'tests.skipped', 'tests.errors', 'total', 'count.items', 'dir.files'];
const isCount = (c: Claim) => countKinds.includes(c.kind) && c.unit === 'count' && c.tense === 'current' && c.context.checked !== false && !c.context.table;
/** The item's own text ends in a colon: it introduces the list nested under it. */
const introducesRe = /:\s*\**\s*$/;

/** The one count stated on `line`, or undefined when none or several disagree. */
const countAt = (claims: readonly Claim[], line: number): { index: number; claim: Claim } | undefined => agreeingOnLine(claims, line, isCount)?.[0];

const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 0;
const nestedList = (item: ListItem) => item.children.find((c): c is List => c.type === 'list');
const ownText = (item: ListItem) => item.children.filter((c) => c.type !== 'list').map((c) => toString(c)).join(' ').trim();

/** Every list of the tree, at any depth. */
function listsOf(node: Root | RootContent, out: List[] = []): List[] {
  if (node.type === 'list') out.push(node);
  if ('children' in node) for (const child of node.children as RootContent[]) listsOf(child, out);
  return out;
}

export default {
  id: 'total-over-nested-list',
  description: 'A count item against the counts of the list a sibling item introduces under it.',
  judge({ claims, tree }) {
    const out: RelationJudgement[] = [];
    for (const list of listsOf(tree)) {
      const items = list.children as ListItem[];
      // The siblings that introduce a list whose every entry states one count.
      const breakdowns = items
        .filter((item) => nestedList(item) && introducesRe.test(ownText(item)))
        .map((item) => (nestedList(item)?.children as ListItem[]).map((entry) => countAt(claims, lineOf(entry))))
        .filter((parts): parts is Array<{ index: number; claim: Claim }> => parts.length >= 2 && parts.every((p) => p !== undefined));
      if (breakdowns.length !== 1) continue;
      const parts = breakdowns[0] as Array<{ index: number; claim: Claim }>;
      // The parts are one kind of count, and the total one item of the list with no list of its own.
      const kind = parts[0]?.claim.kind;
      if (!kind || parts.some((p) => p.claim.kind !== kind)) continue;
      const totals = items.filter((item) => !nestedList(item)).map((item) => countAt(claims, lineOf(item))).filter((t): t is { index: number; claim: Claim } => t !== undefined && t.claim.kind === kind);
      if (totals.length !== 1) continue;
      const total = totals[0] as { index: number; claim: Claim };
      const lines = parts.map((p) => p.claim.position.line);
      const sum = sumOf(parts.map((p) => figureOf(p.claim)), `list at ${showLines(lines)}`);
      // The item's `total` claim, when extractors/total.ts reads one beside the count, is the claim the arithmetic checks: one finding, on it.
      const sumClaim = agreeingOnLine(claims, total.claim.position.line, isCount)?.find((c) => c.claim.kind === 'total') ?? total;
      const judged = partsOfTotal(sumClaim.index, figureOf(total.claim), sum, lines, { complete: false });
      if (judged) out.push(judged);
    }
    return out;
  },
} satisfies ReportRelation;
