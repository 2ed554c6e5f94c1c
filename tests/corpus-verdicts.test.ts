/**
 * Over every real report of fixtures/corpus: no `confirmed` finding rests on
 * the report's own arithmetic or on a line's existence alone. The reports
 * are verified against this repository (which they do not describe: what
 * matters here is what each verdict rests on, not how many hold).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/model.js';
import { verify } from '../src/commands/pipeline.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reports = readdirSync(path.join(root, 'fixtures/corpus')).filter((f) => f.endsWith('.md')).sort().map((f) => path.join('fixtures/corpus', f));

/** Why a confirmed finding rests on nothing measured, or `undefined` when it rests on a measurement. */
function unmeasured(finding: Finding): string | undefined {
  if (finding.verifier === 'consistency') return 'the report\'s own arithmetic';
  if (finding.measured?.source.startsWith('report:')) return `a source in the report (${finding.measured.source})`;
  if (finding.claim.kind === 'file.snippet' && finding.claim.value === true) return 'a line existing';
  return undefined;
}

describe('corpus: confirmed means measured', () => {
  it('with every check, nothing run', async () => {
    const result = await verify({ reports, repo: root, cwd: root, noExec: true });
    expect(result.reports).toHaveLength(reports.length);
    const findings = result.reports.flatMap((report) => report.findings.map((finding) => ({ file: report.file, finding })));
    const wrong = findings
      .filter(({ finding }) => finding.verdict === 'confirmed' && unmeasured(finding) !== undefined)
      .map(({ file, finding }) => `${file}:${finding.claim.position.line} ${finding.claim.kind}: ${unmeasured(finding)}: ${finding.message}`);
    expect(wrong).toEqual([]);
    // The arithmetic is still checked: what adds up is consistent, and says it was not measured.
    const consistent = findings.filter(({ finding }) => finding.verdict === 'consistent');
    expect(consistent.length).toBeGreaterThan(0);
    for (const { finding } of consistent) expect(finding.message).toContain('not measured');
  }, 120_000);
});
