/**
 * The tests verifier against real runners on fixture projects with known
 * outcomes, detected without configuration.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureRepos } from '../helpers/fixture-repo.js';
import { verify } from '../../src/commands/pipeline.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const repo = fixtureRepos('claimcheck-runners-');
/** bats-core from npm (a devDependency); its package names a bin folder, which npm 11 does not link into node_modules/.bin. */
const bats = path.join(root, 'node_modules', 'bats', 'bin', 'bats');

/** Verify `lines` (one claim each) against `dir` and return each finding's verdict and measured value. */
async function check(dir: string, lines: string[]) {
  writeFileSync(path.join(dir, 'REPORT.md'), lines.join('\n\n') + '\n');
  const result = await verify({ reports: [path.join(dir, 'REPORT.md')], repo: dir, cwd: dir, checks: ['tests'] });
  return result.reports[0]!.findings.map((f) => ({ text: f.claim.text, verdict: f.verdict, value: f.measured?.value, message: f.message }));
}

describe('tests verifier with real runners', () => {
  it('vitest: detects the package.json script, runs it and counts as vitest does', async () => {
    const vitest = path.join(root, 'node_modules', '.bin', 'vitest');
    const dir = repo({
      'package.json': JSON.stringify({ type: 'module', scripts: { test: `${vitest} run --globals` } }),
      'tests/math.test.js': [
        "test('adds', () => expect(1 + 1).toBe(2));",
        "test('subtracts', () => expect(2 - 1).toBe(1));",
        "test('multiplies', () => expect(2 * 2).toBe(4));",
        "test('divides wrongly', () => expect(4 / 2).toBe(3));",
        "test.skip('later', () => {});",
        "test.todo('some day');",
      ].join('\n'),
      'tests/security/auth.test.js': "describe('auth', () => { test('rejects', () => expect(true).toBe(true)); test('accepts', () => expect(1).toBe(1)); });",
    });
    const findings = await check(dir, [
      '- 8 tests total',
      '- 5 passing',
      '- 1 failing',
      '- 2 skipped',
      '- 2 security tests',
      '- 6 passing',
      '- 3 security tests',
    ]);
    expect(findings.map((f) => [f.text, f.verdict, f.value])).toEqual([
      ['8 tests total', 'confirmed', 8],
      ['5 passing', 'confirmed', 5],
      ['1 failing', 'confirmed', 1],
      ['2 skipped', 'confirmed', 2],
      ['2 security tests', 'confirmed', 2],
      ['6 passing', 'contradicted', 5],
      ['3 security tests', 'contradicted', 2],
    ]);
    expect(findings[0]!.message).toContain('run by claimcheck');
  });

  it('pytest: finds a Python with pytest, counts xfail as skipped and errors apart', async () => {
    const dir = repo({
      'test_calc.py': [
        'import pytest',
        'def test_a(): assert 1 + 1 == 2',
        'def test_b(): assert True',
        'def test_c(): assert 1 == 2',
        '@pytest.mark.skip(reason="later")',
        'def test_d(): pass',
        '@pytest.mark.xfail(reason="known")',
        'def test_e(): assert False',
        '@pytest.fixture',
        'def broken(): raise RuntimeError("setup exploded")',
        'def test_f(broken): pass',
      ].join('\n'),
      'tests/test_security_headers.py': 'def test_csp(): assert True\ndef test_hsts(): assert True\n',
    });
    const findings = await check(dir, [
      '- 8 tests total',
      '- 4 passing',
      '- 1 test errors',
      '- 2 failing',
      '- 2 skipped',
      '- 2 security tests',
      '- `test_c` fails',
      '- `test_a` fails',
      '- Pass rate: 50%',
    ]);
    expect(findings.map((f) => [f.text, f.verdict, f.value])).toEqual([
      ['8 tests total', 'confirmed', 8],
      ['4 passing', 'confirmed', 4],
      ['1 test errors', 'confirmed', 1],
      ['2 failing', 'confirmed', 2],
      ['2 skipped', 'confirmed', 2],
      ['2 security tests', 'confirmed', 2],
      ['`test_c` fails', 'confirmed', 'failed'],
      ['`test_a` fails', 'contradicted', 'passed'],
      ['Pass rate: 50%', 'confirmed', 50],
    ]);
  });

  it('bats: runs the .bats files with a JUnit report and counts them', async () => {
    const dir = repo({
      'test/calc.bats': ['@test "adds" { [ $((1 + 1)) -eq 2 ]; }', '@test "fails" { [ 1 -eq 2 ]; }', '@test "later" { skip "not ready"; }', '@test "echoes" { run echo hi; [ "$output" = hi ]; }'].join('\n') + '\n',
      'test/more.bats': '@test "also passes" { true; }\n',
    });
    // The project's own node_modules/.bin/bats is the bats detection runs, whatever the PATH holds.
    mkdirSync(path.join(dir, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(bats, path.join(dir, 'node_modules', '.bin', 'bats'));
    const findings = await check(dir, ['- 5 tests total', '- 3 passing', '- 1 failing', '- 1 skipped', '- 4 passing']);
    expect(findings.map((f) => [f.verdict, f.value])).toEqual([
      ['confirmed', 5],
      ['confirmed', 3],
      ['confirmed', 1],
      ['confirmed', 1],
      ['contradicted', 3],
    ]);
  });

  it('node --test: counts leaves, and the runner\'s own totals as another reading', async () => {
    const dir = repo({
      'package.json': JSON.stringify({ scripts: { test: 'node --test' } }),
      'test/a.test.mjs': [
        "import { test, describe } from 'node:test';",
        "import assert from 'node:assert/strict';",
        "test('one', () => {});",
        "test('two', () => assert.equal(1, 2));",
        "test('three', { skip: true }, () => {});",
        "test('four', { todo: true }, () => assert.fail('not done'));",
        "describe('group', () => { test('inner one', () => {}); test('inner two', () => {}); });",
      ].join('\n'),
    });
    const findings = await check(dir, ['- 6 tests total', '- 3 passing', '- 1 failing', '- 2 skipped', '- 4 passing']);
    expect(findings.map((f) => [f.verdict, f.value])).toEqual([
      ['confirmed', 6],
      ['confirmed', 3],
      ['confirmed', 1],
      ['confirmed', 2],
      ['contradicted', 3],
    ]);
  });
});
