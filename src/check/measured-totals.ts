/**
 * A table's total row measured, not only added up. When every row above a
 * `**Total**` cell has its figure in that column measured in the repository
 * (the tests of a file, the lines of a file, the files of a folder), the
 * total is the sum of those measurements, and is compared with it like any
 * measured figure: `claims 58 tests; measured 50 (sum of 3 rows of the
 * table at line 3: junit: …)`. The report's rows adding up (`consistent`) never stands
 * in for this.
 */
import type { Root } from 'mdast';
import type { Claim, ClaimKind, Finding } from '../model.js';
import { compare, holds, type Tolerance } from './compare.js';
import { parseMarkdown } from '../read/markdown.js';
import { tableAt } from '../read/report-structure.js';
import { totalRowLabelRe } from './relation-forms.js';

/** Row kinds whose measurements add up to the column's total. */
const summable: ReadonlySet<ClaimKind> = new Set(['tests.total', 'tests.passed', 'tests.failed', 'tests.skipped', 'file.lines', 'dir.files']);

/** Subtotal rows are neither rows nor the total. */
const subtotalRe = /subtotal/i;

/** The measured finding of one row's cell, if the row's figure there was measured. */
function rowFinding(findings: readonly Finding[], line: number, header: string): Finding | undefined {
  const found = findings.filter(
    (f) =>
      f.claim.position.line === line && f.claim.context.table?.header === header && summable.has(f.claim.kind) &&
      (f.verdict === 'confirmed' || f.verdict === 'contradicted') && typeof f.measured?.value === 'number' && !('scope' in f.claim.subject),
  );
  // Two measured claims in one cell leave no single reading.
  return found.length === 1 ? found[0] : undefined;
}

/**
 * For each table total among `findings` whose rows were all measured, the
 * finding that measures it, keyed by the total's own finding (to add right
 * after it); empty when none. `source` is the report's text.
 */
export function measuredTotals(findings: readonly Finding[], source: string, tolerance: Tolerance): Map<Finding, Finding> {
  const out = new Map<Finding, Finding>();
  let tree: Root | undefined;
  for (const finding of findings) {
    const claim = finding.claim;
    if (claim.kind !== 'total' || claim.tense !== 'current' || !claim.context.table || !totalRowLabelRe.test(claim.context.table.row) || typeof claim.value !== 'number') continue;
    tree ??= parseMarkdown(source);
    const view = tableAt(tree, claim.position.offset);
    if (!view || view.row < 1) continue;
    const header = view.header[view.column] ?? '';
    const rows = view.rowLines.slice(0, view.row).filter((_, r) => {
      const label = view.rows[r]?.[0] ?? '';
      return !totalRowLabelRe.test(label) && !subtotalRe.test(label);
    });
    const measured = rows.map((line) => rowFinding(findings, line, header));
    if (rows.length < 2 || measured.some((f) => f === undefined)) continue;
    const parts = measured as Finding[];
    const kind = parts[0]?.claim.kind;
    if (!kind || parts.some((p) => p.claim.kind !== kind)) continue;
    // A row confirmed by one of its valid readings (tests over all, or that ran) adds that reading.
    const readingOf = (p: Finding) => {
      const readings = [Number(p.measured?.value), ...(p.measured?.alternatives ?? [])];
      return (p.verdict === 'confirmed' ? readings.find((r) => holds(p.claim, r, tolerance)) : undefined) ?? (readings[0] as number);
    };
    const sum = parts.reduce((s, p) => s + readingOf(p), 0);
    const sources = [...new Set(parts.map((p) => p.measured?.source ?? ''))];
    const as: Claim = { ...claim, kind, unit: parts[0]?.claim.unit ?? claim.unit };
    // Each row's line count may differ by its own allowance (a final newline): the total by all of them.
    const allowance = { ...tolerance, lines: tolerance.lines * parts.length };
    const shown = sources.join('; ');
    const where = `sum of ${parts.length} rows of the table at line ${view.line}: ${shown.length <= 120 ? shown : `${sources[0]}; and ${sources.length - 1} more`}`;
    const { verdict, message } = compare(as, { value: sum, source: where }, allowance);
    out.set(finding, { claim, verdict, measured: { value: sum, source: where }, message, verifier: parts[0]?.verifier ?? 'files' });
  }
  return out;
}
