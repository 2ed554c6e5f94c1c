/** Running configured test commands: once per invocation, killed at the timeout, errors with the last lines. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureRepos } from '../helpers/fixture-repo.js';
import { verify } from '../../src/commands/pipeline.js';
import { loadConfig } from '../../src/config.js';
import { run as cli } from '../../src/commands/cli.js';
import { alive, hangScript, waitFor } from '../helpers/processes.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const junitSample = readFileSync(path.join(root, 'fixtures/samples/pytest-junit.xml'), 'utf8');
const repo = fixtureRepos('claimcheck-exec-');

/** Only the tests check: these fixtures repeat a category on purpose, which the consistency check would also judge. */
async function verifyIn(dir: string, reports: string[], noExec = false) {
  const { config } = loadConfig(dir);
  return verify({ reports: reports.map((r) => path.join(dir, r)), repo: dir, cwd: dir, config, noExec, checks: ['tests'] });
}

/** A test command that counts its starts in `runs.txt` and leaves the real pytest sample as its JUnit file. */
const countingRunner = [
  "import { appendFileSync, copyFileSync } from 'node:fs';",
  "appendFileSync('runs.txt', 'run\\n');",
  "copyFileSync('sample.xml', 'out/junit.xml');",
].join('\n');

describe('tests verifier running configured commands', () => {
  it('starts the test command exactly once for three reports and twenty test claims', async () => {
    const dir = repo({
      'claimcheck.yaml': 'tests:\n  - run: node count.mjs\n    results: out/junit.xml\n',
      'count.mjs': countingRunner,
      'sample.xml': junitSample,
      'out/.keep': '',
      'A.md': ['- 13 tests total', '- 6 passing', '- 2 failing', '- 3 skipped', '- 2 test errors', '- Pass rate: 60%', '- 7 passing'].join('\n'),
      'B.md': ['- 13 tests total', '- 6 passing', '- 4 failing', '- 3 skipped', '- 9 passing', '- 1 skipped', '- 14 tests total'].join('\n'),
      'C.md': ['- 6 passing', '- 13 tests total', '- 2 failing', '- 3 skipped', '- 2 test errors', '- 5 passing'].join('\n'),
    });
    const result = await verifyIn(dir, ['A.md', 'B.md', 'C.md']);
    const findings = result.reports.flatMap((r) => r.findings);
    expect(findings).toHaveLength(20);
    expect(findings.every((f) => f.verifier === 'tests')).toBe(true);
    expect(readFileSync(path.join(dir, 'runs.txt'), 'utf8')).toBe('run\n');
    expect(result.reports[0]!.findings.map((f) => f.verdict)).toEqual(['confirmed', 'confirmed', 'confirmed', 'confirmed', 'confirmed', 'confirmed', 'contradicted']);
  });

  it('kills a command that never ends, children included, and gives error within timeout + 5 s', async () => {
    const dir = repo({
      'claimcheck.yaml': 'tests:\n  - run: node hang.mjs\n    results: out/junit.xml\n    timeout: 2\n',
      'hang.mjs': hangScript('child.pid'),
      'R.md': '- 13 tests total\n- 6 passing\n',
    });
    const started = Date.now();
    const result = await verifyIn(dir, ['R.md']);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(2000 + 5000);
    const findings = result.reports[0]!.findings;
    expect(findings.map((f) => f.verdict)).toEqual(['error', 'error']);
    expect(findings[0]!.message).toBe('`node hang.mjs` timed out after 2 s and was killed with its children; last lines:\nstarted the hanging suite');
    const child = Number(readFileSync(path.join(dir, 'child.pid'), 'utf8'));
    expect(await waitFor(() => !alive(child), 3000)).toBe(true);
  });

  it('gives error with the last lines when the runner crashes without results', async () => {
    const dir = repo({
      'claimcheck.yaml': `tests:\n  - run: node -e "console.error('cannot load config'); process.exit(3)"\n    results: out/junit.xml\n`,
      'R.md': '- 6 passing\n',
    });
    const [finding] = (await verifyIn(dir, ['R.md'])).reports[0]!.findings;
    expect(finding).toMatchObject({ verdict: 'error' });
    expect(finding!.message).toMatch(/exited with 3 and left no result file matching out\/junit\.xml; last lines:\ncannot load config$/);
  });

  it('with --no-exec reads existing results only, and says unverifiable when there are none', async () => {
    const dir = repo({
      'claimcheck.yaml': 'tests:\n  - run: node count.mjs\n    results: out/junit.xml\n',
      'count.mjs': countingRunner,
      'sample.xml': junitSample,
      'R.md': '- 6 passing\n',
    });
    const [none] = (await verifyIn(dir, ['R.md'], true)).reports[0]!.findings;
    expect(none).toMatchObject({ verdict: 'unverifiable', message: 'no test results at out/junit.xml (tests[0].results); --no-exec runs nothing' });
    mkdirSync(path.join(dir, 'out'));
    writeFileSync(path.join(dir, 'out/junit.xml'), junitSample);
    const [read] = (await verifyIn(dir, ['R.md'], true)).reports[0]!.findings;
    expect(read).toMatchObject({ verdict: 'confirmed', measured: { value: 6 } });
    expect(() => readFileSync(path.join(dir, 'runs.txt'))).toThrow();
  });

  it('reads categories from config globs and counts per file', async () => {
    const dir = repo({
      'claimcheck.yaml': 'tests:\n  - results: junit.xml\n    categories: { api: "tests/api/**" }\n',
      'junit.xml': [
        '<testsuites><testsuite name="s">',
        '<testcase name="a" file="tests/api/test_users.py"/>',
        '<testcase name="b" file="tests/api/test_users.py"><failure message="x"/></testcase>',
        '<testcase name="c" file="tests/api/test_orders.py"/>',
        '<testcase name="d" file="tests/unit/test_calc.py"/>',
        '</testsuite></testsuites>',
      ].join(''),
      'R.md': ['- 3 api tests', '- 2 api tests passing', '- 4 api tests', '', '| File | Count |', '| --- | --- |', '| `tests/api/test_users.py` | 2 tests |', '| `tests/unit/test_calc.py` | 3 tests |'].join('\n'),
    });
    const findings = (await verifyIn(dir, ['R.md'])).reports[0]!.findings;
    expect(findings.map((f) => [f.verdict, f.measured?.value])).toEqual([
      ['confirmed', 3],
      ['confirmed', 2],
      ['contradicted', 3],
      ['confirmed', 2],
      ['contradicted', 1],
    ]);
  });

  it('claimcheck verify, with no config, detects node --test, runs it and reports confirmed and contradicted claims', async () => {
    const dir = repo({
      'package.json': JSON.stringify({ name: 'fixture', scripts: { test: 'node --test' } }),
      'test/calc.test.mjs': [
        "import { test } from 'node:test';",
        "import assert from 'node:assert/strict';",
        "test('adds', () => assert.equal(1 + 1, 2));",
        "test('subtracts', () => assert.equal(2 - 1, 1));",
        "test('test_empty_uri', () => assert.equal(''.length, 1));",
        "test('later', { skip: true }, () => {});",
      ].join('\n'),
      'docs/STATUS.md': ['# Status', '', '- 4 tests total', '- 3 passing', '- `test_empty_uri` fails', '- Pass rate: 100%'].join('\n'),
    });
    let stdout = '';
    const code = await cli(['verify', 'docs/STATUS.md', '--repo', dir], { cwd: dir, stdout: (t) => (stdout += t), stderr: () => {} });
    expect(code).toBe(1);
    expect(stdout).toMatch(/STATUS\.md:3:3 +confirmed +claims 4 tests; measured 4 in all \(junit: `node --test` run by claimcheck\)/);
    expect(stdout).toMatch(/STATUS\.md:4:3 +contradicted +claims 3 passing tests; measured 2 /);
    expect(stdout).toMatch(/STATUS\.md:5:3 +confirmed +claims failed test status for "test_empty_uri"; measured failed/);
    expect(stdout).toMatch(/STATUS\.md:6:3 +contradicted +claims every test passed \(`Pass rate: 100%`\); measured 50% \(or 66\.7%\); the run reported 4 tests: 2 passed, 1 failed, 1 skipped/);
  });
});

/** Copies the sample to the path it is given, and fails like bats `--output` when that folder is missing. */
const copyingRunner = "import { copyFileSync } from 'node:fs'; copyFileSync('sample.xml', process.argv[2]);";

describe('the folder of a configured results file', () => {
  // `made`: the folder claimcheck must create before the run, or undefined when it must create none;
  // `link`: a folder of the repo that is a link to a folder outside it.
  it.each([
    { results: 'build/junit.xml', made: 'build', verdict: 'confirmed' },
    { results: 'build/reports/bats/junit.xml', made: 'build/reports/bats', verdict: 'confirmed' },
    { results: 'build*/junit.xml', made: undefined, verdict: 'error' },
    { results: 'out/new/junit.xml', made: undefined, verdict: 'error', link: 'out' },
  ])('$results', async ({ results, made, verdict, link }) => {
    const dir = repo({
      'claimcheck.yaml': `tests:\n  - run: node copy.mjs ${results}\n    results: ${results}\n`,
      'copy.mjs': copyingRunner,
      'sample.xml': junitSample,
      'R.md': '- 6 passing\n',
    });
    const outside = mkdtempSync(path.join(tmpdir(), 'claimcheck-outside-'));
    try {
      if (link) symlinkSync(outside, path.join(dir, link));
      const [finding] = (await verifyIn(dir, ['R.md'])).reports[0]!.findings;
      expect(finding).toMatchObject({ verdict });
      if (made) expect(existsSync(path.join(dir, made))).toBe(true);
      expect(existsSync(path.join(outside, 'new'))).toBe(false);
      expect(existsSync(path.join(dir, 'build*'))).toBe(false);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
