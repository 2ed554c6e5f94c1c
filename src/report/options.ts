/** What every formatter is told besides the result, and the helpers they share. */
import path from 'node:path';
import type { Finding, ReportResult, Summary, Verdict, VerifyResult } from '../model.js';
import { decidingVerdicts } from '../model.js';

export interface FormatOptions {
  /** Also show skipped findings (and, in `github`, unverifiable ones as notices). Default false. */
  verbose?: boolean;
  /** `text` only: show only the findings whose verdict fails the run. Default false. */
  quiet?: boolean;
  /** `text` only: ANSI colours. Default false. */
  color?: boolean;
  /**
   * Folder the result's report paths are relative to. With it, `sarif` and
   * `github` name reports relative to the repository root, as code scanning
   * and annotations need. Default: paths as they are in the result.
   */
  cwd?: string;
  /** Verdicts that fail the run: shown as errors. Default `defaultFailOn`. */
  failOn?: readonly Verdict[];
  /** The claimcheck version, recorded by `sarif` and shown by `html`. */
  version?: string;
  /** `html` only: the text of each report, by `ReportResult.file`; a report without one is listed, not rendered. */
  sources?: ReadonlyMap<string, string>;
}

/** What a `consistent` verdict means, said the same way by every format. */
export const consistentMeaning = 'adds up within the report; not measured';

/**
 * The summary's `consistent` count, after the confirmed count: `, 3 consistent
 * (adds up within the report; not measured)`; empty when there are none, so a
 * run without report arithmetic reads as before.
 */
export function consistentPart(summary: Summary): string {
  return summary.consistent > 0 ? `, ${summary.consistent} consistent (${consistentMeaning})` : '';
}

/** A formatter: a pure function of the result; it sorts copies, never the caller's arrays. */
export type Formatter = (result: VerifyResult, options: FormatOptions) => string;

/**
 * Verdicts that fail a run unless told otherwise: a contradiction, and a
 * measurement that failed (like a linter's own crash, never a silent pass).
 */
export const defaultFailOn: readonly Verdict[] = ['contradicted', 'error'];

/** The verdicts that fail the run under `options`. */
export function failingVerdicts(options: FormatOptions): ReadonlySet<Verdict> {
  return new Set(options.failOn ?? defaultFailOn);
}

/**
 * `report.file` relative to the repository root with `/` separators, when
 * `cwd` is known and the report lies inside the repository; else as given.
 */
export function repoPath(result: VerifyResult, report: ReportResult, cwd: string | undefined): string {
  const posix = (p: string) => p.split(path.sep).join('/');
  if (cwd === undefined) return posix(report.file);
  const rel = path.relative(result.repo, path.resolve(cwd, report.file));
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? posix(report.file) : posix(rel);
}

/** The findings of `report` in document order (a sorted copy). */
export function inOrder(report: ReportResult): Finding[] {
  return [...report.findings].sort((a, b) => a.claim.position.offset - b.claim.position.offset);
}

/**
 * The line every output leads with: "62 figures: 40 claims checked (35
 * confirmed, 5 contradicted), 12 unverifiable, 10 not claims". Its parts add
 * up to the figures: each figure a claim reads is counted once, under the
 * verdict that decides it (`decidingVerdicts`); not claims are the figures no
 * claim kind reads and those whose claims were skipped (targets,
 * before-values, projections, suppressed); errors are named when there are
 * any. The claims that read no figure (a path said to exist) follow, by
 * their deciding verdict, when any was checked. A result whose reports do not count figures by verdict (made by an
 * older claimcheck) counts findings instead.
 */
export function figuresLine(result: VerifyResult): string {
  const s = result.summary;
  const unclaimed = result.reports.reduce((n, report) => n + (report.figures?.unclaimed ?? 0), 0);
  const byFigure = result.reports.every((report) => report.error !== undefined || report.figures?.claimed !== undefined);
  const count = (verdict: Verdict): number => (byFigure ? result.reports.reduce((n, report) => n + (report.figures?.claimed?.[verdict] ?? 0), 0) : s[verdict]);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const [confirmed, contradicted, consistent, unverifiable, skipped, error] = [count('confirmed'), count('contradicted'), count('consistent'), count('unverifiable'), count('skipped'), count('error')];
  const errors = error > 0 ? `, ${plural(error, 'error')}` : '';
  // Figures that only add up within the report were not measured: they are counted apart from the checked claims.
  const consistentShown = consistent > 0 ? `${consistent} consistent (${consistentMeaning}), ` : '';
  const notClaims = unclaimed + skipped;
  return `${plural(s.figures, 'figure')}: ${plural(confirmed + contradicted, 'claim')} checked (${confirmed} confirmed, ${contradicted} contradicted), ${consistentShown}` +
    `${unverifiable} unverifiable${errors}, ${notClaims} not claim${notClaims === 1 ? '' : 's'}${byFigure ? figurelessPart(result) : ''}`;
}

/** "; 2 claims of no figure (a path, a name): 1 contradicted, 1 confirmed", the claims the figures line leaves out, when any was checked. */
function figurelessPart(result: VerifyResult): string {
  const counts = decidingVerdicts
    .filter((verdict) => verdict !== 'skipped')
    .map((verdict) => [verdict, result.reports.reduce((n, report) => n + (report.figures?.withoutFigure?.[verdict] ?? 0), 0)] as const)
    .filter(([, n]) => n > 0);
  const total = counts.reduce((n, [, count]) => n + count, 0);
  if (total === 0) return '';
  return `; ${total} claim${total === 1 ? '' : 's'} of no figure (a path, a name): ${counts.map(([verdict, n]) => `${n} ${verdict}`).join(', ')}`;
}
