/**
 * The `github` format: workflow commands (`::error file=…,line=…,col=…::…`)
 * that GitHub Actions turns into annotations on the report's lines.
 * Verdicts that fail the run are errors, `error` verdicts warnings, and with
 * `verbose` unverifiable and consistent claims are notices. A plain summary line ends the output.
 */
import type { Finding, VerifyResult } from '../model.js';
import { consistentMeaning, consistentPart, failingVerdicts, figuresLine, inOrder, repoPath, type FormatOptions } from './options.js';
import { visible } from './visible.js';

/** Escape a command's message (data): `%`, CR and LF, per the workflow-command rules. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a command property value: as data, plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

type Level = 'error' | 'warning' | 'notice';

/** One workflow command; its values are report text and file content, shown with control characters escaped (`visible`). */
function command(level: Level, properties: Record<string, string | number>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(visible(String(value)))}`)
    .join(',');
  return `::${level} ${props}::${escapeData(visible(message))}`;
}

/** Render `result` as workflow commands. Pure. */
export function formatGithub(result: VerifyResult, options: FormatOptions = {}): string {
  const failing = failingVerdicts(options);
  const levelOf = (finding: Finding): Level | undefined => {
    if (failing.has(finding.verdict)) return 'error';
    // --fail-on decides the exit status only: a contradiction or a failed measurement is always annotated.
    if (finding.verdict === 'contradicted' || finding.verdict === 'error') return 'warning';
    if ((finding.verdict === 'unverifiable' || finding.verdict === 'consistent') && options.verbose) return 'notice';
    return undefined;
  };
  const out: string[] = [];
  for (const report of result.reports) {
    const file = repoPath(result, report, options.cwd);
    if (report.error) {
      out.push(command('error', { file, title: 'claimcheck: report not verified' }, report.error));
      continue;
    }
    for (const finding of inOrder(report)) {
      const level = levelOf(finding);
      if (!level) continue;
      const { line, column } = finding.claim.position;
      const title = `claimcheck ${finding.verdict}${finding.verdict === 'consistent' ? ` (${consistentMeaning})` : ''}: ${finding.claim.kind}`;
      out.push(command(level, { file, line, col: column, title }, finding.message));
    }
  }
  const s = result.summary;
  // Leads with what was checked, so a run that checked nothing never reads as a pass.
  out.push(`claimcheck: ${figuresLine(result)}`);
  out.push(`claimcheck: ${s.claims} claims: ${s.confirmed} confirmed${consistentPart(s)}, ${s.contradicted} contradicted, ${s.unverifiable} unverifiable, ${s.skipped} skipped, ${s.error} error`);
  return out.join('\n') + '\n';
}
