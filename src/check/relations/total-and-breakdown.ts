/**
 * A total stated in a heading and its breakdown under it: the counts its
 * sub-sections state in their own headings ("## Remaining Test Failures (37
 * total)" over "### … (5 tests)", "### … (33 tests)", "### … (3 tests)"),
 * or, in the section's own text, a list whose every entry states one count
 * ("### CLI Integration Test Issues (33 tests)" over "- `cli.test.ts` - 15
 * failures", …). Every part must state a count of the same kind, so the
 * parts are the whole breakdown, not a few examples.
 */
import type { Claim, ClaimKind } from '../../model.js';
import { listsBetween, subsections, type SectionView } from '../../read/report-structure.js';
import type { RelationJudgement, ReportRelation } from './types.js';
import { agreeingOnLine, counted as countedReading, figureOf, partsOfTotal, showLines, sumOf, viewsOf } from './shared.js';
import { numberSource } from '../../figures/numbers.js';

/**
 * A heading whose count stands bare in its trailing parenthesis, no noun
 * beside it: "### Completed ViewModel Tests (9):". Such a count may be the
 * number of the list's entries as well as the sum of their counts (w80:226:
 * seven ViewModels, each "(N tests)"), so both readings judge it.
 */
const bareHeadingCountRe = new RegExp(String.raw`\(\s*${numberSource}\s*\)[\s*_:]*$`);

/** Kinds that count things, and can be the total or a part of a breakdown. */
const countKinds: readonly ClaimKind[] = ['tests.total', 'tests.passed', 'tests.failed', 'tests.skipped', 'tests.errors', 'listCount', 'total', 'count.items', 'dir.files'];
/** Kinds that state a total of anything: their parts may be of any one kind. */
const anyTotalKinds: readonly ClaimKind[] = ['listCount', 'total'];

const isCount = (c: Claim) => countKinds.includes(c.kind) && c.unit === 'count' && c.tense === 'current' && c.context.checked !== false && !c.context.table;

/** The one count stated on `line`: claims of several kinds there must agree on the value. */
function countAt(claims: readonly Claim[], line: number): { index: number; claim: Claim } | undefined {
  const here = agreeingOnLine(claims, line, isCount);
  if (!here) return undefined;
  // The more specific kind names the parts: a test count over a bare "(N total)".
  return here.find(({ claim }) => !anyTotalKinds.includes(claim.kind)) ?? here[0];
}

/** Whether a part of kind `part` can count toward a total of kind `whole`. */
const sameKind = (whole: ClaimKind, part: ClaimKind) => whole === part || anyTotalKinds.includes(whole) || (whole === 'tests.total' && part.startsWith('tests.'));

function fromSubsections(claims: readonly Claim[], all: readonly SectionView[], section: SectionView, total: { index: number; claim: Claim }): RelationJudgement | undefined {
  const subs = subsections(all, section);
  if (subs.length < 2) return undefined;
  const parts = subs.map((s) => countAt(claims, s.line));
  const found = parts.filter((p): p is { index: number; claim: Claim } => p !== undefined);
  if (found.length < 2) return undefined;
  const kinds = new Set(found.map((p) => p.claim.kind));
  if (kinds.size > 1 || !sameKind(total.claim.kind, found[0]!.claim.kind)) return undefined;
  const lines = found.map((p) => p.claim.position.line);
  const sum = sumOf(found.map((p) => figureOf(p.claim)), `sub-section headings at ${showLines(lines)}`);
  // A sub-section without a count ("### Updates") may hold the rest: then only parts that already exceed the total are wrong.
  return partsOfTotal(total.index, figureOf(total.claim), sum, lines, { complete: found.length === parts.length });
}

export default {
  id: 'total-and-breakdown',
  description: 'A count in a heading against the counts of its sub-sections, or of the counted list under it.',
  judge({ claims, source, tree }) {
    const { sections: all, lines: sourceLines } = viewsOf({ source, tree });
    const out: RelationJudgement[] = [];
    for (const section of all) {
      const total = countAt(claims, section.line);
      if (!total) continue;
      const bySubsections = fromSubsections(claims, all, section, total);
      if (bySubsections) {
        out.push(bySubsections);
        continue;
      }
      if (total.claim.kind === 'listCount') continue;
      const firstSub = subsections(all, section)[0];
      // Lists of the section's own text, before its first sub-section, whose every entry states one count of a kind that adds up to it.
      const counted = listsBetween(tree, section.line + 1, firstSub ? firstSub.line - 1 : section.end)
        .map((list) => list.items.filter((item) => !item.annotation).map((item) => countAt(claims, item.line)))
        .filter((parts): parts is Array<{ index: number; claim: Claim }> => parts.length >= 2 && parts.every((p) => p !== undefined))
        .filter((parts) => new Set(parts.map((p) => p.claim.kind)).size === 1 && sameKind(total.claim.kind, parts[0]!.claim.kind));
      if (counted.length !== 1) continue;
      const parts = counted[0]!;
      const lines = parts.map((p) => p.claim.position.line);
      const readings = [sumOf(parts.map((p) => figureOf(p.claim)), `list at ${showLines(lines)}`)];
      if (bareHeadingCountRe.test(sourceLines[section.line - 1] ?? '')) readings.push(countedReading(`${parts.length} entries`, parts.length, `listed at ${showLines(lines)}`));
      out.push({ index: total.index, stated: figureOf(total.claim), readings, lines });
    }
    return out;
  },
} satisfies ReportRelation;
