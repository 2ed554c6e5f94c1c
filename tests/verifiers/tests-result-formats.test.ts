/**
 * The tests verifier over result files of other ecosystems, found where their
 * tools write them: .NET TRX (`TestResults/*.trx`) and Maven Failsafe
 * (`target/failsafe-reports/TEST-*.xml`, beside its failsafe-summary.xml,
 * which is no result file). The files are real samples from fixtures/samples.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';

const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/samples');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A repository holding `files` (sample name → path in the repo) and `extra` written as given. */
function repoWith(files: Record<string, string>, extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-formats-'));
  dirs.push(dir);
  for (const [sample, at] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, at)), { recursive: true });
    copyFileSync(path.join(samples, sample), path.join(dir, at));
  }
  for (const [at, text] of Object.entries(extra)) {
    mkdirSync(path.dirname(path.join(dir, at)), { recursive: true });
    writeFileSync(path.join(dir, at), text);
  }
  return dir;
}

describe('tests verifier over TRX and Failsafe results', () => {
  it('measures a .NET run from its TRX file: true counts confirmed, planted false ones contradicted', async () => {
    const repo = repoWith({ 'dotnet-xunit-trx.trx': 'TestResults/Michal_DORNY-PC_2020-10-17.trx' });
    writeFileSync(path.join(repo, 'R.md'), ['- 7 tests total', '- 3 passing', '- 3 failing', '- 1 skipped', '- 6 passing', '- 0 failing'].join('\n'));
    const result = await verify({ reports: [path.join(repo, 'R.md')], repo, cwd: repo, noExec: true });
    const findings = result.reports[0]!.findings;
    expect(findings.map((f) => f.verdict)).toEqual(['confirmed', 'confirmed', 'confirmed', 'confirmed', 'contradicted', 'contradicted']);
    expect(findings[0]!.measured?.source).toBe('trx: TestResults/Michal_DORNY-PC_2020-10-17.trx');
  });

  it('reads Failsafe TEST-*.xml and leaves failsafe-summary.xml alone', async () => {
    const summary = '<?xml version="1.0" encoding="UTF-8"?>\n<failsafe-summary result="null" timeout="false">\n  <completed>1</completed>\n  <errors>0</errors>\n  <failures>0</failures>\n  <skipped>0</skipped>\n</failsafe-summary>\n';
    const repo = repoWith(
      { 'failsafe-TEST-SampleIT.xml': 'target/failsafe-reports/TEST-com.github.seregamorph.testsmartcontext.demo.SampleIT.xml' },
      { 'target/failsafe-reports/failsafe-summary.xml': summary },
    );
    writeFileSync(path.join(repo, 'R.md'), ['- 1 passing', '- 2 passing'].join('\n'));
    const result = await verify({ reports: [path.join(repo, 'R.md')], repo, cwd: repo, noExec: true });
    const findings = result.reports[0]!.findings;
    expect(findings.map((f) => f.verdict)).toEqual(['confirmed', 'contradicted']);
    expect(findings[0]!.measured?.source).toBe('junit: target/failsafe-reports/TEST-com.github.seregamorph.testsmartcontext.demo.SampleIT.xml');
  });

  it('adds Gradle results under build/test-results to the count', async () => {
    const repo = repoWith({ 'gradle-junit.xml': 'build/test-results/test/TEST-com.victor.paymentreporting.app.PowerDroidControllerTest.xml' });
    writeFileSync(path.join(repo, 'R.md'), ['- 3 tests total', '- 1 failing', '- 3 passing'].join('\n'));
    const result = await verify({ reports: [path.join(repo, 'R.md')], repo, cwd: repo, noExec: true });
    expect(result.reports[0]!.findings.map((f) => f.verdict)).toEqual(['confirmed', 'confirmed', 'contradicted']);
  });
});
