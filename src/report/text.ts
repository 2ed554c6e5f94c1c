/** The text format: one line per finding, like a linter, grouped by report, then a summary line. */
import type { Finding, VerifyResult } from '../model.js';
import { consistentPart, failingVerdicts, figuresLine, type FormatOptions } from './options.js';
import { visible } from './visible.js';

export type TextOptions = FormatOptions;

const colors: Record<Finding['verdict'], string> = {
  confirmed: '\x1b[32m',
  consistent: '\x1b[36m',
  contradicted: '\x1b[31m',
  unverifiable: '\x1b[33m',
  skipped: '\x1b[2m',
  error: '\x1b[35m',
};

/** A reason given for this many claims of one report or more is printed once, with the claims' lines. */
export const foldAt = 3;
/** Verdicts whose message is a reason shared by many claims, not a measurement of each. */
const reasonVerdicts: ReadonlySet<Finding['verdict']> = new Set(['unverifiable', 'error', 'skipped']);

/** One printed row: a finding, and the later findings of the same verdict and reason folded into it. */
interface Row {
  finding: Finding;
  others: Finding[];
}

/** Fold findings that repeat one reason `foldAt` times or more into the row of the first. Keeps order. */
function foldRepeated(findings: readonly Finding[]): Row[] {
  const key = (f: Finding) => `${f.verdict}\0${f.message}`;
  const counts = new Map<string, number>();
  for (const f of findings) if (reasonVerdicts.has(f.verdict)) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
  const rows: Row[] = [];
  const folded = new Map<string, Row>();
  for (const finding of findings) {
    const k = key(finding);
    if ((counts.get(k) ?? 0) < foldAt) {
      rows.push({ finding, others: [] });
      continue;
    }
    const row = folded.get(k);
    if (row) row.others.push(finding);
    else {
      const first = { finding, others: [] };
      folded.set(k, first);
      rows.push(first);
    }
  }
  return rows;
}

/** "3, 5, 9 and 44 more": the lines of folded findings, the first ten shown. */
function linesOf(findings: readonly Finding[]): string {
  const lines = [...new Set(findings.map((f) => f.claim.position.line))];
  const shown = lines.slice(0, 10).join(', ');
  return lines.length > 10 ? `${shown} and ${lines.length - 10} more` : shown;
}

/** Render `result` as text. Pure: sorts copies. Report text and file content are shown with control characters escaped (`visible`). */
export function formatText(result: VerifyResult, options: TextOptions = {}): string {
  const out: string[] = [];
  const failing = failingVerdicts(options);
  const paint = (verdict: Finding['verdict'], text: string) => (options.color ? `${colors[verdict]}${text}\x1b[0m` : text);
  for (const report of result.reports) {
    // A report that could not be read is named once, on standard error, by the command line.
    if (report.error) continue;
    const shown = [...report.findings]
      .filter((f) => (options.quiet ? failing.has(f.verdict) || f.verdict === 'error' : options.verbose || f.verdict !== 'skipped'))
      .sort((a, b) => a.claim.position.offset - b.claim.position.offset);
    if (shown.length === 0) continue;
    const rows = foldRepeated(shown);
    const placeOf = (finding: Finding) => `${finding.claim.position.line}:${finding.claim.position.column}`;
    const width = Math.max(...rows.map((row) => placeOf(row.finding).length));
    out.push(visible(report.file));
    for (const { finding, others } of rows) {
      const place = `${visible(report.file)}:${placeOf(finding)}`;
      const pad = ' '.repeat(width - placeOf(finding).length);
      const message = others.length === 0 ? finding.message : `${finding.message} — ${others.length + 1} claims (lines ${linesOf([finding, ...others])})`;
      out.push(`  ${place}${pad}  ${paint(finding.verdict, finding.verdict.padEnd(12))}  ${visible(message)}`);
    }
    out.push('');
  }
  const s = result.summary;
  if (result.reports.every((report) => report.error)) return out.join('\n');
  // A run that errored, or checked nothing, is never shown as a pass.
  const checked = s.confirmed + s.contradicted;
  const mark = s.contradicted > 0 || s.error > 0 ? '✖' : checked === 0 ? '⚠' : '✔';
  const findings = s.confirmed + s.consistent + s.contradicted + s.unverifiable + s.skipped + s.error;
  const extra = findings === s.claims ? '' : ` (${findings} findings)`;
  out.push(figuresLine(result));
  out.push(`${mark} ${s.claims} claim${s.claims === 1 ? '' : 's'}${extra}: ${s.confirmed} confirmed${consistentPart(s)}, ${s.contradicted} contradicted, ${s.unverifiable} unverifiable, ${s.skipped} skipped, ${s.error} error`);
  return out.join('\n') + '\n';
}
