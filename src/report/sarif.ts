/**
 * The `sarif` format: a SARIF 2.1.0 log for GitHub code scanning and other
 * SARIF viewers. One rule per claim kind (`claimcheck/tests.passed`), one
 * result per finding worth attention (contradicted, error, unverifiable; with
 * `verbose` also confirmed ones, as `pass`, and consistent ones, as `review`), each with a physical location on
 * the report's line and column, relative to the repository root
 * (`%SRCROOT%`). Reports that could not be read become tool notifications.
 */
import { pathToFileURL } from 'node:url';
import type { ClaimKind, Finding, VerifyResult } from '../model.js';
import { familyOf, kindNoun } from '../kinds.js';
import { consistentMeaning, failingVerdicts, figuresLine, inOrder, repoPath, type FormatOptions } from './options.js';

export const sarifSchemaUri = 'https://json.schemastore.org/sarif-2.1.0.json';
const informationUri = 'https://github.com/claimcheck/claimcheck';

type Level = 'error' | 'warning' | 'note' | 'none';

/** The SARIF rule id of a claim kind. */
export function ruleId(kind: ClaimKind): string {
  return `claimcheck/${kind}`;
}

function rule(kind: ClaimKind) {
  const noun = kindNoun(kind);
  return {
    id: ruleId(kind),
    name: kind.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')).replace(/^./, (c) => c.toUpperCase()),
    shortDescription: { text: `A report's figure for ${noun} disagrees with the repository.` },
    fullDescription: {
      text: `Claims of kind ${kind} (${noun}) are re-measured by the \`${familyOf(kind)}\` check and compared under the claim's own precision and qualifier.`,
    },
    defaultConfiguration: { level: 'error' as Level },
    properties: { tags: ['claimcheck', familyOf(kind)] },
  };
}

/** Render `result` as a SARIF 2.1.0 log (JSON). Pure. */
export function formatSarif(result: VerifyResult, options: FormatOptions = {}): string {
  const failing = failingVerdicts(options);
  const levelOf = (finding: Finding): Level | undefined => {
    if (failing.has(finding.verdict)) return 'error';
    // --fail-on decides the exit status only: a contradiction or a failed measurement is always a result.
    if (finding.verdict === 'contradicted' || finding.verdict === 'error') return 'warning';
    if (finding.verdict === 'unverifiable') return 'note';
    if ((finding.verdict === 'confirmed' || finding.verdict === 'consistent') && options.verbose) return 'none';
    return undefined;
  };

  const kinds: ClaimKind[] = [];
  const results: object[] = [];
  const notifications: object[] = [];
  for (const report of result.reports) {
    const uri = repoPath(result, report, options.cwd);
    if (report.error) {
      notifications.push({
        level: 'error',
        message: { text: `${report.file}: ${report.error}` },
        locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' } } }],
      });
      continue;
    }
    for (const finding of inOrder(report)) {
      const level = levelOf(finding);
      if (!level) continue;
      const claim = finding.claim;
      if (!kinds.includes(claim.kind)) kinds.push(claim.kind);
      const region: Record<string, number> = { startLine: claim.position.line, startColumn: claim.position.column };
      results.push({
        ruleId: ruleId(claim.kind),
        ruleIndex: kinds.indexOf(claim.kind),
        // A figure that only adds up within the report asks for review: nothing vouches for it.
        kind: finding.verdict === 'consistent' ? 'review' : level === 'none' ? 'pass' : 'fail',
        level,
        message: { text: finding.verdict === 'consistent' ? `${finding.message} (consistent: ${consistentMeaning})` : finding.message },
        locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region } }],
        partialFingerprints: { 'claimcheck/claim/v1': claim.id },
        properties: {
          verdict: finding.verdict,
          claimed: claim.value,
          ...(finding.measured ? { measured: finding.measured.value, source: finding.measured.source } : {}),
          ...(finding.verifier ? { verifier: finding.verifier } : {}),
        },
      });
    }
  }

  const log = {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'claimcheck',
            informationUri,
            ...(options.version ? { version: options.version, semanticVersion: options.version } : {}),
            rules: kinds.map(rule),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(result.repo.endsWith('/') ? result.repo : `${result.repo}/`).href } },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results,
        columnKind: 'utf16CodeUnits',
        properties: { summary: result.summary, checked: figuresLine(result) },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
