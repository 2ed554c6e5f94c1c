import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import { validator } from '../src/schemas.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sampleRepo = 'fixtures/repos/sample';

async function cli(args: string[], cwd = root) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('claimcheck verify', () => {
  it('prints findings like a linter and exits 1 on a contradiction', async () => {
    const { code, stdout } = await cli(['verify', 'fixtures/reports/sample.md', '--repo', sampleRepo]);
    expect(code).toBe(1);
    expect(stdout).toContain('fixtures/reports/sample.md:10:3   contradicted  claims 96.3% pass rate; measured 66.67% (or 80%) (junit: reports/junit.xml)');
    expect(stdout).toMatch(/fixtures\/reports\/sample\.md:26:3 +confirmed +claims 90 lines in `scripts\/backup\.sh`; measured 90/);
    expect(stdout.trim().split('\n').at(-1)).toBe('✖ 15 claims (17 findings): 9 confirmed, 7 contradicted, 0 unverifiable, 1 skipped, 0 error');
  });

  it('exits 0 when nothing is contradicted', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-cli-'));
    try {
      writeFileSync(path.join(dir, 'ok.md'), '- `scripts/backup.sh` (90 lines)\n- 4 passing, 1 failing\n');
      const { code, stdout } = await cli(['verify', path.join(dir, 'ok.md'), '--repo', sampleRepo]);
      expect(code).toBe(0);
      expect(stdout).toContain('3 claims: 3 confirmed, 0 contradicted');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints JSON valid against schemas/result.schema.json', async () => {
    const { code, stdout } = await cli(['verify', 'fixtures/reports/sample.md', '--repo', sampleRepo, '--format', 'json']);
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    const validate = validator('result');
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
    const finding = result.reports[0].findings.find((f: { claim: { position: { line: number } } }) => f.claim.position.line === 27);
    expect(finding).toMatchObject({ verdict: 'contradicted', measured: { value: 40, source: 'file: docs/SECURITY.md' }, message: 'claims 212 lines in `docs/SECURITY.md`; measured 40 (file: docs/SECURITY.md)' });
  });

  it('runs only the checks asked for', async () => {
    const { stdout } = await cli(['verify', 'fixtures/reports/sample.md', '--repo', sampleRepo, '--format', 'json', '--checks', 'files']);
    const findings = JSON.parse(stdout).reports[0].findings as Array<{ claim: { kind: string }; verdict: string; message: string }>;
    for (const finding of findings.filter((f) => !f.claim.kind.startsWith('file.') && f.verdict !== 'skipped')) expect(finding).toBeUndefined();
    expect(findings.find((f) => f.claim.kind === 'tests.total')?.message).toBe('check `tests` not selected');
  });

  it('fails on unverifiable claims when --fail-on says so', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-cli-'));
    try {
      writeFileSync(path.join(dir, 'r.md'), '| Module | Coverage |\n| --- | --- |\n| Billing | 80% |\n');
      expect((await cli(['verify', path.join(dir, 'r.md'), '--repo', sampleRepo])).code).toBe(0);
      expect((await cli(['verify', path.join(dir, 'r.md'), '--repo', sampleRepo, '--fail-on', 'unverifiable'])).code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [['verify', 'no/such/report.md', '--repo', sampleRepo], /no\/such\/report\.md: no such file/],
    [['verify', 'fixtures/reports/sample.md', '--repo', 'no/such/repo'], /cannot read repository no\/such\/repo/],
    [['verify', 'fixtures/reports/sample.md', '--checks', 'tests,bogus'], /--checks: unknown value "bogus"/],
    [['verify', 'fixtures/reports/sample.md', '--format', 'yaml'], /--format: unknown format "yaml"/],
    [['verify', 'fixtures/reports/sample.md', '--bogus'], /Unknown option '--bogus'/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['extract'], /extract needs at least one REPORT/],
  ])('exits 2 with a message naming the problem: %j', async (args, message) => {
    const { code, stderr } = await cli(args as string[]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('still verifies the other reports when one is missing, and exits 2', async () => {
    const { code, stdout } = await cli(['verify', 'missing.md', 'fixtures/reports/sample.md', '--repo', sampleRepo]);
    expect(code).toBe(2);
    expect(stdout).toContain('missing.md: error: no such file');
    expect(stdout).toContain('15 claims');
  });

  it('names the config path of an invalid configuration', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-cfg-'));
    try {
      writeFileSync(path.join(dir, 'claimcheck.yaml'), 'tests:\n  - results: junit.xml\n    timeout: soon\nbogus: 1\n');
      writeFileSync(path.join(dir, 'r.md'), '4 passing\n');
      const { code, stderr } = await cli(['verify', 'r.md', '--repo', '.'], dir);
      expect(code).toBe(2);
      expect(stderr).toContain('claimcheck.yaml: tests[0].timeout: must be number');
      expect(stderr).toContain('claimcheck.yaml: bogus: unknown key');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads results named in claimcheck.yaml', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-cfg-'));
    try {
      writeFileSync(path.join(dir, 'claimcheck.yaml'), 'reports: [docs/*.md]\ntests:\n  - results: out/results.xml\n');
      execFileSync('mkdir', ['-p', path.join(dir, 'out'), path.join(dir, 'docs')]);
      writeFileSync(path.join(dir, 'out', 'results.xml'), readFileSync(path.join(root, sampleRepo, 'reports/junit.xml')));
      writeFileSync(path.join(dir, 'docs', 'AUDIT.md'), '6 tests total, 4 passing\n');
      const { code, stdout } = await cli(['verify', '--repo', '.', '--format', 'json'], dir);
      expect(code).toBe(0);
      const result = JSON.parse(stdout);
      expect(result.reports[0].file).toBe('docs/AUDIT.md');
      expect(result.summary).toMatchObject({ claims: 2, confirmed: 2 });
      expect(result.reports[0].findings[0].measured.source).toBe('junit: out/results.xml');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('claimcheck extract', () => {
  it('prints claims valid against schemas/claim.schema.json', async () => {
    const { code, stdout } = await cli(['extract', 'fixtures/reports/sample.md', '--format', 'json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    const validate = validator('claim');
    expect(out.reports[0].claims).toHaveLength(15);
    for (const claim of out.reports[0].claims) expect(validate(claim), JSON.stringify(validate.errors)).toBe(true);
  });
  it('prints line, kind, subject, value and tense as text', async () => {
    const { stdout } = await cli(['extract', 'fixtures/reports/sample.md']);
    expect(stdout).toContain('15:77\tcoverage.lines\tall\t90%\ttarget\t90% coverage');
  });
  it('shows a bound, an approximation and a range by their figure, the qualifier beside it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-extract-'));
    writeFileSync(path.join(dir, 'R.md'), 'Coverage is at least 80%.\n\nThe suite has ~1,250 tests.\n\nBranch coverage: 55-85%.\n');
    const { stdout } = await cli(['extract', 'R.md'], dir);
    rmSync(dir, { recursive: true, force: true });
    expect(stdout).toMatch(/\tcoverage\.lines\tall\t80% \(atLeast\)\t/);
    expect(stdout).toMatch(/\ttests\.total\tall\t1,250 \(approx\)\t/);
    expect(stdout).toMatch(/\tcoverage\.branches\tall\t55%–85% \(range\)\t/);
  });
});

describe('bin/claimcheck.js', () => {
  it('runs the compiled CLI with --version and --help', () => {
    const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
    expect(execFileSync('node', ['bin/claimcheck.js', '--version'], { cwd: root, encoding: 'utf8' }).trim()).toBe(version);
    expect(execFileSync('node', ['bin/claimcheck.js', 'verify', '--help'], { cwd: root, encoding: 'utf8' })).toContain('--no-exec');
  });
  it('exits 1 on the sample and 2 on a missing report', () => {
    expect(spawnSync('node', ['bin/claimcheck.js', 'verify', 'fixtures/reports/sample.md', '--repo', sampleRepo], { cwd: root }).status).toBe(1);
    expect(spawnSync('node', ['bin/claimcheck.js', 'verify', 'nope.md', '--repo', sampleRepo], { cwd: root }).status).toBe(2);
  });
  it('stops quietly when its reader closes the pipe early (`| head`)', async () => {
    const corpus = readdirSync(path.join(root, 'fixtures/corpus')).filter((f) => f.endsWith('.md')).map((f) => `fixtures/corpus/${f}`);
    const child = spawn('node', ['bin/claimcheck.js', 'extract', ...corpus], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // The claims of the corpus are far more than a pipe holds: the CLI is still writing when the reader goes.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
