/**
 * Runs one relation over a markdown report, through the consistency
 * verifier's judgement, and lists its findings as `line verdict message`.
 */
import { extractClaims } from '../../../src/commands/claims.js';
import { relateReport } from '../../../verifiers/consistency.js';
import type { ReportRelation } from '../../../src/check/relations/index.js';

export interface Case {
  name: string;
  /** The report; a leading newline is dropped, so line 1 is the first line written. */
  md: string;
  /** `line verdict: message`, in line order; empty for a negative case. */
  expect: string[];
}

export function findings(relation: ReportRelation, md: string): string[] {
  const source = md.replace(/^\n/, '');
  const claims = extractClaims('report.md', source);
  return relateReport(claims, source, [relation])
    .map(({ index, outcome }) => ({ line: claims[index]?.position.line ?? 0, text: outcome.kind === 'judged' ? `${outcome.verdict}: ${outcome.message}` : `${outcome.kind}` }))
    .sort((a, b) => a.line - b.line)
    .map((f) => `${f.line} ${f.text}`);
}
