import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A repo whose JUnit file is written by a real node --test run with a known outcome. */
function repoWithNodeTests(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-tests-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'test'));
  writeFileSync(path.join(dir, 'test', 'a.test.mjs'), [
    "import { test } from 'node:test';",
    "import assert from 'node:assert/strict';",
    "test('one', () => {});",
    "test('two', () => {});",
    "test('three', () => {});",
    "test('four', () => assert.fail('no'));",
    "test('five', { skip: true }, () => {});",
  ].join('\n'));
  try {
    execFileSync('node', ['--test', '--test-reporter=junit', '--test-reporter-destination=junit.xml', 'test/'], { cwd: dir, stdio: 'ignore' });
  } catch {
    // The suite fails on purpose; the result file is what matters.
  }
  return dir;
}

describe('tests verifier', () => {
  it('measures counts and both readings of the pass rate from a real JUnit file', async () => {
    const repo = repoWithNodeTests();
    writeFileSync(path.join(repo, 'R.md'), [
      '- 5 tests total', // confirmed
      '- 3 passing', // confirmed
      '- 1 failing', // confirmed
      '- 1 skipped', // confirmed
      '- Pass rate: 75%', // confirmed: 3 of the 4 that ran
      '- Pass rate: 60%', // confirmed: 3 of all 5
      '- Pass rate: 90%', // contradicted
      '- 4 passing', // contradicted
    ].join('\n'));
    const result = await verify({ reports: [path.join(repo, 'R.md')], repo, cwd: repo });
    expect(result.reports[0]!.findings.map((f) => f.verdict)).toEqual([
      'confirmed', 'confirmed', 'confirmed', 'confirmed', 'confirmed', 'confirmed', 'contradicted', 'contradicted',
    ]);
    expect(result.reports[0]!.findings[0]!.measured?.source).toBe('junit: junit.xml');
  });

  it('says unverifiable, with where it looked, when there are no results', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-empty-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, 'R.md'), '431 passing\n');
    const result = await verify({ reports: [path.join(dir, 'R.md')], repo: dir, cwd: dir });
    expect(result.reports[0]!.findings[0]).toMatchObject({ verdict: 'unverifiable', message: expect.stringContaining('no test results found (looked in the 18 usual places: junit*.xml, test-results/**/*.xml, reports/junit*.xml, …') });
  });

  it('skips a file in a usual place that is not a test result, with a note, and never calls the claims errors', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-bad-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, 'junit.xml'), '<html>oops</html>');
    writeFileSync(path.join(dir, 'R.md'), '431 passing\n');
    const result = await verify({ reports: [path.join(dir, 'R.md')], repo: dir, cwd: dir });
    expect(result.reports[0]!.findings[0]).toMatchObject({ verdict: 'unverifiable', message: expect.stringContaining('skipped junit.xml is not a test result file claimcheck reads') });
  });

  it('reads the test results beside an unrelated JSON in test-results/, and names the file it skipped', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-mixed-'));
    dirs.push(dir);
    mkdirSync(path.join(dir, 'test-results'));
    writeFileSync(path.join(dir, 'test-results', 'summary.json'), JSON.stringify({ module: 'core', status: 'ok', coverage: 61 }));
    writeFileSync(path.join(dir, 'junit.xml'), '<testsuites><testsuite name="s"><testcase name="a"/><testcase name="b"/></testsuite></testsuites>');
    writeFileSync(path.join(dir, 'R.md'), '- 2 passing tests\n- 3 passing tests\n');
    const result = await verify({ reports: [path.join(dir, 'R.md')], repo: dir, cwd: dir, checks: ['tests'], noExec: true });
    const [right, wrong] = result.reports[0]!.findings;
    expect(right).toMatchObject({ verdict: 'confirmed', message: expect.stringContaining('skipped test-results/summary.json is not a test result file') });
    expect(wrong).toMatchObject({ verdict: 'contradicted' });
    expect(result.summary.error).toBe(0);
  });
  it('confirms a duration the result file records, and calls a different one unverifiable, never contradicted', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-duration-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, 'junit.xml'), '<testsuites time="12.5"><testsuite name="s"><testcase name="a" time="12.5"/></testsuite></testsuites>');
    writeFileSync(path.join(dir, 'R.md'), '## Test results\n\n- Duration: 12.5s\n- Duration: 80s\n');
    const result = await verify({ reports: [path.join(dir, 'R.md')], repo: dir, cwd: dir, checks: ['tests'] });
    const [same, other] = result.reports[0]!.findings;
    expect(same).toMatchObject({ verdict: 'confirmed', measured: { value: 12.5 } });
    expect(other).toMatchObject({ verdict: 'unverifiable' });
    expect(other!.message).toBe('claims 80s test duration; measured 12.5s (junit: junit.xml), but runners time different things (wall time, test time) and runs differ');
  });
});
