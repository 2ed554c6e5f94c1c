/**
 * The CI and reviewer experience, end to end through `run()`: configuration
 * errors, `init`, `measure`, suppression comments, output files, quiet and
 * verbose, progress and colour.
 */
import { execFileSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { load as loadYaml } from 'js-yaml';
import { run, type CliIO } from '../src/commands/cli.js';
import { loadConfig } from '../src/config.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sample = path.join(root, 'fixtures/repos/sample');
const junit = readFileSync(path.join(sample, 'reports/junit.xml'), 'utf8');
const lcov = readFileSync(path.join(sample, 'coverage/lcov.info'), 'utf8');

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A repository in a temp folder made from `files` (path → content). */
function repoOf(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-ci-'));
  temps.push(dir);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

async function cli(args: string[], cwd: string, extra: Partial<CliIO> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, ...extra });
  return { code, stdout, stderr };
}

const ansiRe = /\x1b\[\d+m/;

describe('configuration errors name the file and the path', () => {
  it.each([
    ['claimcheck.yaml', 'tests:\n  - results: 3\n    timeout: soon\n', ['claimcheck.yaml: tests[0].results: must be string', 'claimcheck.yaml: tests[0].timeout: must be number']],
    ['.claimcheck.yaml', 'failOn: [contradicted, maybe]\n', ['.claimcheck.yaml: failOn[1]: must be one of contradicted, unverifiable, error']],
    ['claimcheck.yaml', 'tolerance:\n  approx: 5\n  percent: 1\n', ['claimcheck.yaml: tolerance.approx: must be <= 1', 'claimcheck.yaml: tolerance.percent: unknown key']],
    ['claimcheck.yaml', 'reports: [docs/A.md\n', ['claimcheck.yaml:']],
  ])('%s: %j', async (name, yaml, messages) => {
    const dir = repoOf({ [name]: yaml, 'r.md': '4 passing\n' });
    const { code, stderr } = await cli(['verify', 'r.md', '--repo', '.'], dir);
    expect(code).toBe(2);
    for (const message of messages) expect(stderr).toContain(message);
  });

  it('reads --config FILE relative to the current folder, and names it when missing', async () => {
    const dir = repoOf({ 'ci/check.yaml': 'tests:\n  - results: out/results.xml\n', 'out/results.xml': junit, 'r.md': '6 tests total, 4 passing\n' });
    const ok = await cli(['verify', 'r.md', '--repo', '.', '--config', 'ci/check.yaml', '--format', 'json'], dir);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).reports[0].findings[0].measured.source).toBe('junit: out/results.xml');
    const missing = await cli(['verify', 'r.md', '--repo', '.', '--config', 'ci/none.yaml'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('ci/none.yaml: file not found');
  });

  it('adds failOn of the configuration and --fail-on to the default; --fail-on-only replaces them', async () => {
    const dir = repoOf({ 'claimcheck.yaml': 'failOn: [unverifiable]\n', 'r.md': '| Module | Coverage |\n| --- | --- |\n| Billing | 80% |\n' });
    expect((await cli(['verify', 'r.md', '--repo', '.'], dir)).code).toBe(1);
    expect((await cli(['verify', 'r.md', '--repo', '.', '--fail-on', 'contradicted'], dir)).code).toBe(1);
    expect((await cli(['verify', 'r.md', '--repo', '.', '--fail-on-only', 'contradicted'], dir)).code).toBe(0);
    const both = await cli(['verify', 'r.md', '--repo', '.', '--fail-on', 'error', '--fail-on-only', 'error'], dir);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('claimcheck: --fail-on and --fail-on-only cannot be used together');
  });
});

describe('command-line conventions', () => {
  it('gives each command its own help, with examples', async () => {
    const verifyHelp = await cli(['verify', '--help'], root);
    expect(verifyHelp.code).toBe(0);
    expect(verifyHelp.stdout).toMatch(/^Usage: claimcheck verify \[options\] \[report\.\.\.\]/);
    expect(verifyHelp.stdout).toContain('Examples:\n  claimcheck verify docs/AUDIT.md');
    const diffHelp = await cli(['help', 'diff'], root);
    expect(diffHelp.stdout).toMatch(/^Usage: claimcheck diff \[options\] <old> <new>/);
    expect(diffHelp.stdout).not.toContain('--no-exec');
  });

  it('takes folders, globs and - as REPORT, leaving out what .gitignore ignores', async () => {
    const dir = repoOf({
      '.gitignore': 'build/\n',
      'docs/A.md': '- `docs/A.md` (1 lines)\n',
      'docs/sub/B.md': '- `docs/A.md` (1 lines)\n',
      'docs/sub/.gitignore': 'C.md\n',
      'docs/sub/C.md': '- `docs/A.md` (9 lines)\n',
      'build/D.md': '- `docs/A.md` (9 lines)\n',
      'docs/notes.txt': '9 lines\n',
    });
    const files = async (...args: string[]) => {
      const out = await cli(['verify', ...args, '--repo', '.', '--format', 'json'], dir);
      return (JSON.parse(out.stdout) as { reports: Array<{ file: string }> }).reports.map((r) => r.file);
    };
    expect(await files('docs')).toEqual(['docs/A.md', 'docs/sub/B.md']);
    expect(await files('**/*.md')).toEqual(['docs/A.md', 'docs/sub/B.md']);
    expect(await files('build/D.md')).toEqual(['build/D.md']); // a file named outright is checked
    const piped = await cli(['verify', '-', '--repo', '.'], dir, { stdin: Readable.from(['- `docs/A.md` (5 lines)\n']) });
    expect(piped.stdout).toContain('<stdin>:1:3  contradicted  claims 5 lines in `docs/A.md`; measured 1');
    expect((await cli(['verify', 'nothing/*.md', '--repo', '.'], dir)).stderr).toContain('nothing/*.md: no markdown report matches this glob');
  });

  it('colours by --color/--no-color, then FORCE_COLOR and NO_COLOR, then the terminal', async () => {
    const dir = repoOf({ 'r.md': '- `r.md` (9 lines)\n' });
    const colored = async (args: string[], env: Record<string, string>, isTTY: boolean) => ansiRe.test((await cli(['verify', 'r.md', '--repo', '.', ...args], dir, { env, isTTY })).stdout);
    expect(await colored([], {}, true)).toBe(true);
    expect(await colored([], {}, false)).toBe(false);
    expect(await colored([], { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(await colored([], { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(await colored([], { NO_COLOR: '1' }, true)).toBe(false);
    expect(await colored(['--color'], { NO_COLOR: '1' }, false)).toBe(true);
    expect(await colored(['--no-color'], { FORCE_COLOR: '1' }, true)).toBe(false);
    expect(await colored(['--color', '--output', 'out.txt'], {}, true)).toBe(false);
  });
});

describe('a gate that cannot pass by accident', () => {
  // A real runner (node --test) whose configured command fails before writing its results.
  const crashing = {
    'claimcheck.yaml': 'tests:\n  - run: node --test --test-reporter=junit --test-reporter-destination=out/junit.xml missing.test.mjs\n    results: out/junit.xml\n',
    'r.md': '- 2 passing tests\n- 0 failing tests\n',
  };

  it('exits 2 and shows no pass when every claim errored, and --quiet still shows the errors', async () => {
    const dir = repoOf(crashing);
    const out = await cli(['verify', 'r.md', '--repo', '.'], dir);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('nothing could be measured');
    expect(out.stdout.trim().split('\n').at(-1)).toMatch(/^✖ 2 claims: 0 confirmed, 0 contradicted, 0 unverifiable, 0 skipped, 2 error$/);
    const quiet = await cli(['verify', 'r.md', '--repo', '.', '--quiet'], dir);
    expect(quiet.stdout.match(/ error /g)).toHaveLength(2);
    expect((await cli(['verify', 'r.md', '--repo', '.', '--fail-on-only', 'contradicted'], dir)).code).toBe(0);
  });

  it('exits 1 when some claims errored and others were measured', async () => {
    const dir = repoOf({ ...crashing, 'r.md': '- 2 passing tests\n- `r.md` (2 lines)\n' });
    const out = await cli(['verify', 'r.md', '--repo', '.'], dir);
    expect(out.code).toBe(1);
    expect(out.stdout.trim().split('\n').at(-1)).toMatch(/^✖ /);
  });

  it('never shows a pass when nothing was checked', async () => {
    const dir = repoOf({ 'r.md': '| Module | Coverage |\n| --- | --- |\n| Billing | 80% |\n' });
    const out = await cli(['verify', 'r.md', '--repo', '.'], dir);
    expect(out.code).toBe(0);
    expect(out.stdout.trim().split('\n').at(-1)).toMatch(/^⚠ 1 claim: 0 confirmed/);
  });

  it('keeps every contradiction in SARIF and GitHub output whatever --fail-on says', async () => {
    const dir = repoOf({ 'r.md': '- `r.md` (40 lines)\n\n| Module | Coverage |\n| --- | --- |\n| Billing | 80% |\n' });
    for (const failOn of [['--fail-on', 'unverifiable'], ['--fail-on-only', 'unverifiable'], ['--fail-on-only', 'error']]) {
      const sarif = JSON.parse((await cli(['verify', 'r.md', '--repo', '.', '--format', 'sarif', ...failOn], dir)).stdout);
      const levels = sarif.runs[0].results.map((r: { level: string; message: { text: string } }) => `${r.level} ${r.message.text.slice(0, 14)}`);
      expect(levels).toContain(failOn[0] === '--fail-on' || failOn[1] === 'contradicted' ? 'error claims 40 line' : 'warning claims 40 line');
      const github = (await cli(['verify', 'r.md', '--repo', '.', '--format', 'github', ...failOn], dir)).stdout;
      expect(github).toMatch(/^::(error|warning) file=r\.md,line=1,.*claims 40 lines/m);
    }
  });
});

describe('claimcheck init', () => {
  const audit = [
    '# Production Readiness Assessment',
    '',
    '- 6 tests, 4 passing, 1 failing',
    '- Coverage: 79% lines, 91% branches',
    '- `scripts/backup.sh` (90 lines)',
    '- 3 jobs, 12 rules, 2 warnings',
    '',
  ].join('\n');

  it('writes a commented claimcheck.yaml from what it detects, valid against the schema', async () => {
    const dir = repoOf({
      'package.json': JSON.stringify({ scripts: { test: 'vitest run' } }),
      'reports/junit.xml': junit,
      'coverage/lcov.info': lcov,
      'docs/READINESS.md': audit,
      'docs/guide.md': '# Guide\n\nInstall it with 2 commands.\n',
      'README.md': `# Project status\n\n${audit}`,
      'tests/test_stats.py': 'def test_x():\n    assert True\n',
    });
    const { code, stdout } = await cli(['init', '--repo', '.'], dir);
    expect(code).toBe(0);
    expect(stdout).toBe('wrote claimcheck.yaml: vitest, pytest, 1 result file, 1 coverage file, 1 report\nadded .claimcheck/ to .gitignore\n');
    const text = readFileSync(path.join(dir, 'claimcheck.yaml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: .*\n# claimcheck configuration/);
    expect(text).toContain('# vitest, from package.json test script "vitest run"');
    const { config } = loadConfig(dir, undefined, dir);
    expect(config.reports).toEqual(['docs/READINESS.md']);
    // The result file on disk is the measurement; runner commands are only suggested beside it.
    expect(config.tests).toEqual([{ results: 'reports/junit.xml' }]);
    expect(text).toContain('# - run: "npx vitest run --reporter=json --outputFile=.claimcheck/vitest.json"');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/claimcheck/schemas/config.schema.json');
    expect(config.coverage).toEqual([{ results: 'coverage/lcov.info' }]);
    expect(config.failOn).toBeUndefined();
    expect(readFileSync(path.join(dir, '.gitignore'), 'utf8')).toBe("# written by claimcheck's test and coverage runs\n.claimcheck/\n");

    // The written configuration drives verify with no arguments.
    const verified = await cli(['verify', '--repo', '.', '--format', 'json', '--checks', 'tests'], dir);
    const result = JSON.parse(verified.stdout);
    expect(result.reports.map((r: { file: string }) => r.file)).toEqual(['docs/READINESS.md']);
    expect(result.summary).toMatchObject({ confirmed: 2, contradicted: 0 }); // 4 passing, 1 failing
  });

  it('proposes a runner command when no result file exists yet', async () => {
    const dir = repoOf({ 'package.json': JSON.stringify({ scripts: { test: 'node --test tests/' } }) });
    expect((await cli(['init', '--repo', '.'], dir)).code).toBe(0);
    const config = loadYaml(readFileSync(path.join(dir, 'claimcheck.yaml'), 'utf8')) as { tests: unknown; reports: unknown };
    expect(config.tests).toEqual([
      { run: 'node --test --test-reporter=junit --test-reporter-destination=.claimcheck/junit-node-test.xml', results: '.claimcheck/junit-node-test.xml', timeout: 600 },
    ]);
    expect(config.reports).toEqual([]);
  });

  it('asks pytest for xunit1 JUnit (test files named) and runs pytest-cov when the project has it', async () => {
    const dir = repoOf({ 'test_calc.py': 'def test_x():\n    assert True\n', 'requirements-dev.txt': 'pytest\npytest-cov>=4\n', '.gitignore': '/.claimcheck\n' });
    const { stdout } = await cli(['init', '--repo', '.'], dir);
    expect(stdout).not.toContain('.gitignore');
    const config = loadYaml(readFileSync(path.join(dir, 'claimcheck.yaml'), 'utf8')) as { tests: unknown; coverage: unknown };
    expect(config.tests).toEqual([{ run: 'python3 -m pytest -o junit_family=xunit1 --junitxml=.claimcheck/junit-pytest.xml', results: '.claimcheck/junit-pytest.xml', timeout: 600 }]);
    expect(config.coverage).toEqual([{ run: 'python3 -m pytest -q --cov --cov-report=xml:.claimcheck/coverage-pytest.xml', results: '.claimcheck/coverage-pytest.xml', timeout: 600 }]);
  });

  it('sets up a vitest project with a failing test so that verify measures its tests, coverage and clean tree', async () => {
    const dir = repoOf({
      'package.json': JSON.stringify({ type: 'module', private: true, scripts: { test: 'vitest run' }, devDependencies: { vitest: '^4.1.12', '@vitest/coverage-v8': '^4.1.12' } }),
      'src/calc.js': 'export function add(a, b) {\n  return a + b;\n}\n\nexport function sub(a, b) {\n  return a - b;\n}\n\nexport function mul(a, b) {\n  const product = a * b;\n  return product;\n}\n',
      'tests/calc.test.js': [
        "import { test, expect } from 'vitest';",
        "import { add, mul } from '../src/calc.js';",
        "test('adds', () => expect(add(1, 2)).toBe(3));",
        "test('multiplies', () => expect(mul(2, 3)).toBe(6));",
        "test('adds wrongly', () => expect(add(2, 2)).toBe(5));",
      ].join('\n'),
      // add and mul run (2 lines each), sub's body does not: 6 of 8 lines.
      'docs/STATUS.md': '# Test status\n\n- 3 tests total\n- 2 passing\n- 1 failing\n- 0 skipped\n- Line coverage: 75%\n- The working tree is clean.\n',
      '.gitignore': 'node_modules\n',
    });
    // The project's own vitest and coverage provider, as `npm install` would have put them there.
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const env = { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com' };
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    expect((await cli(['init', '--repo', '.'], dir)).stdout).toBe('wrote claimcheck.yaml: vitest, 0 result files, 0 coverage files, 1 report\nadded .claimcheck/ to .gitignore\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'set up claimcheck');
    const out = await cli(['verify', '--repo', '.', '--format', 'json'], dir);
    const findings = JSON.parse(out.stdout).reports[0].findings as Array<{ claim: { position: { line: number } }; verdict: string; measured?: { source: string } }>;
    // The total is also the sum of the statuses listed under it (2 + 1 + 0 = 3): consistent, right after its measurement.
    expect(findings.map((f) => `${f.claim.position.line} ${f.verdict}`)).toEqual(['3 confirmed', '3 consistent', '4 confirmed', '5 confirmed', '6 confirmed', '7 confirmed', '8 confirmed']);
    expect(findings[0]!.measured!.source).toContain('.claimcheck/vitest.json');
    expect(findings[5]!.measured!.source).toBe('lcov: .claimcheck/coverage-vitest/lcov.info');
    expect(out.code).toBe(0);

    // Without reportOnFailure vitest writes no coverage when a test fails: the message says the command failed.
    writeFileSync(path.join(dir, 'claimcheck.yaml'), 'reports: [docs/STATUS.md]\ncoverage:\n  - run: npx vitest run --coverage.enabled --coverage.reporter=lcov --coverage.reportsDirectory=.claimcheck/bare\n    results: .claimcheck/bare/lcov.info\n');
    const bare = await cli(['verify', '--repo', '.', '--checks', 'coverage', '--format', 'json'], dir);
    const finding = JSON.parse(bare.stdout).reports[0].findings.find((f: { verdict: string }) => f.verdict !== 'skipped');
    expect(finding.verdict).toBe('error');
    expect(finding.message).toMatch(/^`npx vitest run --coverage\.enabled .*` exited 1 .*and wrote no coverage file \(looked for \.claimcheck\/bare\/lcov\.info\)/);
    expect(bare.code).toBe(2);
  }, 60_000);

  it.each(['claimcheck.yaml', '.claimcheck.yaml'])('never overwrites an existing %s: exits 2 and leaves it alone', async (name) => {
    const dir = repoOf({ [name]: 'reports: [mine.md]\n' });
    const { code, stderr } = await cli(['init', '--repo', '.'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain(`${name} already exists; init never overwrites it`);
    expect(readFileSync(path.join(dir, name), 'utf8')).toBe('reports: [mine.md]\n');
    expect(name === 'claimcheck.yaml' || !existsSync(path.join(dir, 'claimcheck.yaml'))).toBe(true);
  });
});

describe('claimcheck measure', () => {
  const workflow = 'name: ci\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps: []\n  test:\n    runs-on: ubuntu-latest\n    steps: []\n  lint:\n    runs-on: ubuntu-latest\n    steps: []\n';
  const rules = 'groups:\n  - name: a\n    rules:\n      - alert: HighLatency\n        expr: x > 1\n      - alert: Down\n        expr: up == 0\n      - record: job:rate5m\n        expr: rate(x[5m])\n';

  function gitRepo(files: Record<string, string>): string {
    const dir = repoOf(files);
    const env = { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com', GIT_AUTHOR_DATE: '2024-01-02T03:04:05Z', GIT_COMMITTER_DATE: '2024-01-02T03:04:05Z' };
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'first');
    writeFileSync(path.join(dir, 'docs/NOTES.md'), 'one\ntwo\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'second');
    return dir;
  }

  it('prints the repository facts as JSON', async () => {
    const dir = gitRepo({
      'reports/junit.xml': junit,
      'coverage/lcov.info': lcov,
      'docs/AUDIT.md': 'a\nb\nc\n',
      'scripts/deploy.sh': '#!/bin/sh\necho hi\n',
      '.github/workflows/ci.yml': workflow,
      'deploy/alerts.yml': rules,
      'tests/a.test.ts': "import { it } from 'vitest';\nit('a', () => {});\nit('b', () => {});\n",
      'tests/each.test.ts': "import { it } from 'vitest';\nfor (const n of [1, 2]) it(`n${n}`, () => {});\n",
      'tests/test_c.py': 'def test_c():\n    pass\n\ndef helper():\n    pass\n',
      'tests/empty.test.ts': "import { describe } from 'vitest';\n",
    });
    const { code, stdout } = await cli(['measure', '--repo', '.', '--format', 'json'], dir);
    expect(code).toBe(0);
    const facts = JSON.parse(stdout);
    expect(facts.tests).toMatchObject({ files: ['reports/junit.xml'], total: 6, passed: 4, failed: 1, skipped: 1 });
    expect(facts.tests.passRateOfRun).toBeCloseTo(80, 6);
    expect(facts.coverage[0].source).toBe('lcov: coverage/lcov.info');
    expect(facts.coverage[0].lines).toMatchObject({ covered: 30, total: 38 });
    expect(facts.coverage[0].folders.map((f: { folder: string }) => f.folder)).toEqual(['src', 'tests']);
    expect(facts.docs).toEqual([{ path: 'docs/AUDIT.md', lines: 3 }, { path: 'docs/NOTES.md', lines: 2 }]);
    expect(facts.scripts).toEqual([{ path: 'scripts/deploy.sh', lines: 2 }]);
    expect(facts.workflows).toEqual([{ file: '.github/workflows/ci.yml', jobs: ['build', 'test', 'lint'] }]);
    expect(facts.rules).toEqual([{ file: 'deploy/alerts.yml', alerts: 2, records: 1 }]);
    expect(facts.git).toMatchObject({ branch: 'main', commits: 2, clean: true, first: { date: '2024-01-02T03:04:05+00:00' } });
    expect(facts.git.recent.map((c: { subject: string }) => c.subject)).toEqual(['second', 'first']);
    // declarations as verify counts them: a loop's test once, and a floor it says so; a file defining none is no test file of the count
    expect(facts.defined).toEqual({ tests: 4, files: 3, partial: [], generated: ['tests/each.test.ts'] });
    const text = await cli(['measure', '--repo', '.'], dir);
    expect(text.stdout).toContain('Tests defined in the source (declarations counted; nothing is run)\n  4 tests in 3 files\n  `tests/each.test.ts` makes tests at run time: a runner reports more\n');
  });

  it('prints text, says what is missing, and writes --output', async () => {
    const dir = repoOf({ 'docs/AUDIT.md': 'a\n', '.github/workflows/ci.yml': workflow });
    const { code, stdout } = await cli(['measure', '--repo', '.'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('none: no test result file found');
    expect(stdout).toContain('none: no test file in a language claimcheck counts tests of');
    expect(stdout).toContain('nothing is run');
    expect(stdout).toContain('.github/workflows/ci.yml: 3 jobs (build, test, lint)');
    expect(stdout).toMatch(/docs\/AUDIT\.md {2}1\n/);
    const written = await cli(['measure', '--repo', '.', '--format', 'json', '--output', 'out/facts.json'], dir);
    expect(written.stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(dir, 'out/facts.json'), 'utf8')).docs).toEqual([{ path: 'docs/AUDIT.md', lines: 1 }]);
  });

  it('exits 2 on a bad format or a report argument', async () => {
    expect((await cli(['measure', '--repo', sample, '--format', 'sarif'], root)).code).toBe(2);
    expect((await cli(['measure', 'docs/AUDIT.md', '--repo', sample], root)).stderr).toContain("too many arguments for 'measure'");
  });
});

describe('suppression comments', () => {
  const report = [
    '# Status', //                                                  1
    '',
    '<!-- claimcheck-ignore-next-line figure from the old CI -->', // 3
    '',
    '- `scripts/backup.sh` (12 lines)', //                          5 suppressed
    '- `scripts/backup.sh` (13 lines)', //                          6 contradicted
    '',
    '<!-- claimcheck-ignore-start -->', //                          8
    '- `docs/SECURITY.md`: 99 lines', //                            9 suppressed
    '<!-- claimcheck-ignore-end -->', //                           10
    '- `docs/SECURITY.md`: 40 lines', //                           11 confirmed
    '',
    '```',
    '<!-- claimcheck-ignore-next-line -->', //                     14 code, not a directive
    '```',
    '- `scripts/backup.sh` (14 lines)', //                         16 contradicted
    '',
  ].join('\n');

  it('counts suppressed claims as skipped with the reason, never drops them', async () => {
    const dir = repoOf({ 'r.md': report });
    const { code, stdout } = await cli(['verify', 'r.md', '--repo', sample, '--format', 'json', '--checks', 'files'], dir);
    expect(code).toBe(1);
    const findings = JSON.parse(stdout).reports[0].findings as Array<{ claim: { position: { line: number } }; verdict: string; message: string }>;
    const byLine = Object.fromEntries(findings.map((f) => [f.claim.position.line, f]));
    expect(findings).toHaveLength(5);
    expect(byLine[5]).toMatchObject({ verdict: 'skipped', message: 'suppressed by `claimcheck-ignore-next-line` on line 3: figure from the old CI' });
    expect(byLine[6]?.verdict).toBe('contradicted');
    expect(byLine[9]).toMatchObject({ verdict: 'skipped', message: 'suppressed by `claimcheck-ignore-start` on line 8' });
    expect(byLine[11]?.verdict).toBe('confirmed');
    expect(byLine[16]?.verdict).toBe('contradicted');
  });

  it('ignore-file skips every claim, and the run passes', async () => {
    const dir = repoOf({ 'r.md': `<!-- claimcheck-ignore-file -->\n${report}` });
    const { code, stdout } = await cli(['verify', 'r.md', '--repo', sample, '--checks', 'files', '--verbose'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('5 claims: 0 confirmed, 0 contradicted, 0 unverifiable, 5 skipped');
    expect(stdout).toContain('skipped       suppressed by `claimcheck-ignore-file` on line 1');
  });

  it('an ignore-start that never ends runs to the end of the report', async () => {
    const dir = repoOf({ 'r.md': '- `scripts/backup.sh` (12 lines)\n<!-- claimcheck-ignore-start -->\n- `scripts/backup.sh` (13 lines)\n' });
    const { stdout } = await cli(['verify', 'r.md', '--repo', sample, '--format', 'json'], dir);
    const findings = JSON.parse(stdout).reports[0].findings;
    expect(findings.map((f: { verdict: string }) => f.verdict)).toEqual(['contradicted', 'skipped']);
    expect(findings[1].message).toContain('never ended');
  });
});

describe('verify output for CI', () => {
  const args = ['verify', 'fixtures/reports/sample.md', '--repo', 'fixtures/repos/sample'];

  it.each(['text', 'json', 'markdown', 'sarif', 'junit', 'github'])('--format %s --output FILE writes the file and nothing to stdout', async (format) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-out-'));
    temps.push(dir);
    const out = path.join(dir, 'deep', `result.${format}`);
    const { code, stdout } = await cli([...args, '--format', format, '--output', out], root, { isTTY: true });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const text = readFileSync(out, 'utf8');
    expect(text).not.toMatch(ansiRe);
    expect(text).toMatch(/contradicted|failure|::error/);
  });

  it('github annotations name the report relative to the repository root', async () => {
    // Run from fixtures/ with the repository one folder up: paths are rewritten from the current folder to the root.
    const { stdout } = await cli(['verify', 'reports/sample.md', '--repo', '..', '--format', 'github', '--checks', 'files'], path.join(root, 'fixtures'));
    expect(stdout.split('\n').filter((l) => l.startsWith('::error'))[0]).toMatch(/^::error file=fixtures\/reports\/sample\.md,line=\d+,col=\d+,/);
  });

  it('--quiet prints only failing findings; --verbose adds skipped ones', async () => {
    const quiet = await cli([...args, '--quiet'], root);
    const lines = quiet.stdout.split('\n').filter((l) => l.startsWith('  '));
    expect(lines).toHaveLength(7);
    for (const line of lines) expect(line).toContain('contradicted');
    const verbose = await cli([...args, '--verbose'], root);
    expect(verbose.stdout.split('\n').filter((l) => l.startsWith('  '))).toHaveLength(17);
    expect((await cli([...args, '--quiet', '--verbose'], root)).code).toBe(2);
  });

  it('shows progress on stderr only on a terminal, never with --quiet', async () => {
    expect((await cli(args, root)).stderr).toBe('');
    const tty = await cli(args, root, { stderrIsTTY: true });
    expect(tty.stderr).toMatch(/claimcheck: tests: measuring 6 claims of fixtures\/reports\/sample\.md…\nclaimcheck: tests: done in \d+\.\ds\n/);
    expect((await cli([...args, '--quiet'], root, { stderrIsTTY: true })).stderr).toBe('');
  });

  it('colours text only on a terminal, and NO_COLOR turns it off', async () => {
    expect((await cli(args, root)).stdout).not.toMatch(ansiRe);
    expect((await cli(args, root, { isTTY: true })).stdout).toMatch(ansiRe);
    expect((await cli(args, root, { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ansiRe);
    expect((await cli([...args, '--format', 'markdown'], root, { isTTY: true })).stdout).not.toMatch(ansiRe);
  });
});
