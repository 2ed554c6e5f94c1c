/**
 * The `markdown` format: per report, a table of what the report claims
 * against what was measured, ready to paste into a pull request. Skipped
 * claims appear only with `verbose`; they are always counted in the summary.
 */
import type { Finding, Verdict, VerifyResult } from '../model.js';
import { describeClaim, formatMeasured } from '../check/compare.js';
import { consistentMeaning, consistentPart, figuresLine, inOrder, type FormatOptions } from './options.js';

const verdictMarks: Record<Verdict, string> = {
  confirmed: '✅ confirmed',
  consistent: `🟰 consistent: ${consistentMeaning}`,
  contradicted: '❌ contradicted',
  unverifiable: '❔ unverifiable',
  skipped: '⏭️ skipped',
  error: '⚠️ error',
};

/** A table cell: one line, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').trim() || ' ';
}

/** Inline code that survives backticks inside the text. */
function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${text.includes('`') ? ` ${text} ` : text}${fence}`;
}

function measuredOf(finding: Finding): string {
  const measured = finding.measured;
  if (!measured) return '—';
  const readings = [measured.value, ...(measured.alternatives ?? [])].map((value) => formatMeasured(value, finding.claim));
  return readings.join(' or ');
}

function noteOf(finding: Finding): string {
  return finding.measured ? code(finding.measured.source) : finding.message;
}

/** Render `result` as markdown. Pure. */
export function formatMarkdown(result: VerifyResult, options: FormatOptions = {}): string {
  const s = result.summary;
  const out: string[] = [
    '## claimcheck',
    '',
    figuresLine(result),
    '',
    `${s.contradicted > 0 || s.error > 0 ? '❌' : '✅'} **${s.claims}** claims: ${s.confirmed} confirmed${consistentPart(s)}, **${s.contradicted} contradicted**, ${s.unverifiable} unverifiable, ${s.skipped} skipped, ${s.error} error`,
    '',
  ];
  for (const report of result.reports) {
    out.push(`### ${code(report.file)}`, '');
    if (report.error) {
      out.push(`⚠️ Not verified: ${report.error}`, '');
      continue;
    }
    const shown = inOrder(report).filter((f) => options.verbose || f.verdict !== 'skipped');
    if (shown.length === 0) {
      out.push(report.findings.length === 0 ? 'No claims found.' : 'Only skipped claims (targets, before-values, suppressed).', '');
      continue;
    }
    out.push('| Line | Claim as written | Claimed | Measured | Verdict | Source or reason |', '| ---: | --- | --- | --- | --- | --- |');
    for (const finding of shown) {
      const claim = finding.claim;
      out.push(
        `| ${claim.position.line} | ${cell(code(claim.text))} | ${cell(describeClaim(claim))} | ${cell(measuredOf(finding))} | ${verdictMarks[finding.verdict]} | ${cell(noteOf(finding))} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}
