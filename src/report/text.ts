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
    const width = Math.max(...shown.map((f) => `${f.claim.position.line}:${f.claim.position.column}`.length));
    out.push(visible(report.file));
    for (const finding of shown) {
      const place = `${visible(report.file)}:${finding.claim.position.line}:${finding.claim.position.column}`;
      const pad = ' '.repeat(width - `${finding.claim.position.line}:${finding.claim.position.column}`.length);
      out.push(`  ${place}${pad}  ${paint(finding.verdict, finding.verdict.padEnd(12))}  ${visible(finding.message)}`);
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
