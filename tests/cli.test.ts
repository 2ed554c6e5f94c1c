import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../src/commands/cli.js';
import { validator } from '../src/schemas.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sampleRepo = 'fixtures/repos/sample';

/** The figures a figures line names, and the sum of its parts: checked, consistent, unverifiable, errors, not claims. */
function partsOf(line: string): { figures: number; parts: number } {
  const figures = Number(/^(\d+) figures?: /.exec(line)?.[1]);
  const parts = (line.split(';')[0] ?? '').replace(/^\d+ figures?: /, '').replace(/\([^)]*\)/g, '');
  return { figures, parts: [...parts.matchAll(/(\d+) /g)].reduce((n, m) => n + Number(m[1]), 0) };
}

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
    expect(stdout).toContain('fixtures/reports/sample.md:10:3   contradicted  claims 96.3% pass rate; measured 66.67% over all tests; 80% over tests that ran (junit: reports/junit.xml)');
    expect(stdout).toMatch(/fixtures\/reports\/sample\.md:26:3 +confirmed +claims 90 lines in `scripts\/backup\.sh`; measured 90/);
    expect(stdout.trim().split('\n').at(-1)).toBe('✖ 15 claims (17 findings): 8 confirmed, 1 consistent (adds up within the report; not measured), 7 contradicted, 0 unverifiable, 1 skipped, 0 error');
    // The summary leads with the figures, each counted once: 2 no kind reads and 1 skipped claim are not claims;
    // the total line's figure is both measured (contradicted) and added up (consistent), and counts as contradicted.
    const figures = stdout.trim().split('\n').at(-2) ?? '';
    expect(figures).toBe('17 figures: 14 claims checked (8 confirmed, 6 contradicted), 0 unverifiable, 3 not claims');
    expect(partsOf(figures)).toEqual({ figures: 17, parts: 17 });
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

  it('finds nothing false in its own README: examples in quotation marks and marked example output are no claims', async () => {
    const { stdout } = await cli(['verify', 'README.md', '--repo', '.', '--no-exec', '--format', 'json']);
    const findings = (JSON.parse(stdout) as { reports: Array<{ findings: Array<{ verdict: string; claim: { position: { line: number } }; message: string }> }> }).reports[0]!.findings;
    expect(findings.filter((f) => f.verdict === 'contradicted' || f.verdict === 'error').map((f) => `${f.claim.position.line}: ${f.message}`)).toEqual([]);
  });

  it('leads the markdown table with the figures line', async () => {
    const { stdout } = await cli(['verify', 'fixtures/reports/sample.md', '--repo', sampleRepo, '--format', 'markdown']);
    expect(stdout.split('\n').slice(0, 3)).toEqual(['## claimcheck', '', '17 figures: 14 claims checked (8 confirmed, 6 contradicted), 0 unverifiable, 3 not claims']);
  });

  it('prints JSON valid against schemas/result.schema.json', async () => {
    const { code, stdout } = await cli(['verify', 'fixtures/reports/sample.md', '--repo', sampleRepo, '--format', 'json']);
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    const validate = validator('result');
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
    expect(result.summary.figures).toBe(17);
    const none = { confirmed: 0, consistent: 0, contradicted: 0, unverifiable: 0, skipped: 0, error: 0 };
    expect(result.reports[0].figures).toEqual({ found: 17, unclaimed: 2, claimed: { ...none, confirmed: 8, contradicted: 6, skipped: 1 }, withoutFigure: none });
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
    [['verify', 'fixtures/reports/sample.md', '--bogus'], /unknown option '--bogus'/],
    [['verify', 'fixtures/reports/sample.md', '--fail-of', 'error'], /unknown option '--fail-of'\n\(Did you mean --fail-on\?\)/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['verfy'], /unknown command 'verfy'\n\(Did you mean verify\?\)/],
    [['extract'], /missing required argument 'report'/],
  ])('exits 2 with a message naming the problem: %j', async (args, message) => {
    const { code, stderr } = await cli(args as string[]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('still verifies the other reports when one is missing, and exits 2', async () => {
    const { code, stdout, stderr } = await cli(['verify', 'missing.md', 'fixtures/reports/sample.md', '--repo', sampleRepo]);
    expect(code).toBe(2);
    expect(stderr).toBe('claimcheck: missing.md: no such file\n');
    expect(stdout).not.toContain('missing.md');
    expect(stdout).toContain('15 claims');
  });

  describe('--skip-empty', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-skip-empty-'));
    writeFileSync(path.join(dir, 'run.sh'), 'echo 1\necho 2\n');
    const files: Record<string, string> = {
      'AUDIT.md': '- `run.sh` (2 lines)\n',
      'NOTES.md': 'We met 3 times in May.\n',
      'README.md': '# Tool\n\nRun it and read what it says.\n',
      'EMPTY.md': '',
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    const reportsOf = (stdout: string) => (JSON.parse(stdout) as { reports: Array<{ file: string }> }).reports.map((r) => r.file);
    const cases: Array<{ name: string; args: string[]; reports: string[]; note: string | undefined; code: number }> = [
      { name: 'leaves out reports with no figure, and says which', args: ['--skip-empty'], reports: ['AUDIT.md', 'NOTES.md'], note: 'left out 2 reports with no figure: EMPTY.md, README.md', code: 0 },
      { name: 'keeps every report without it', args: [], reports: ['AUDIT.md', 'EMPTY.md', 'NOTES.md', 'README.md'], note: undefined, code: 0 },
    ];
    for (const c of cases) {
      it(c.name, async () => {
        const { code, stdout, stderr } = await cli(['verify', 'AUDIT.md', 'EMPTY.md', 'NOTES.md', 'README.md', '--repo', dir, '--format', 'json', ...c.args], dir);
        expect(code, stderr).toBe(c.code);
        expect(reportsOf(stdout)).toEqual(c.reports);
        if (c.note) expect(stderr).toContain(`claimcheck: ${c.note}\n`);
        else expect(stderr).not.toContain('left out');
      });
    }
    it('keeps a report it cannot read: its error is no absence of figures', async () => {
      const { code, stderr } = await cli(['verify', 'missing.md', 'README.md', '--repo', dir, '--skip-empty'], dir);
      expect(code).toBe(2);
      expect(stderr).toContain('claimcheck: missing.md: no such file');
    });
  });

  it('names a missing report once, with no summary, when it is the only one', async () => {
    const { code, stdout, stderr } = await cli(['verify', 'missing.md', '--repo', sampleRepo]);
    expect(code).toBe(2);
    expect(stderr).toBe('claimcheck: missing.md: no such file\n');
    expect(stdout).toBe('');
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

describe('claimcheck extract --all', () => {
  const report = 'Coverage (global):\n\n- Statements: 89.79%\n\n**BEFORE (v1.2)**:\n\n- Passing: 40 tests\n\nBuilt on Node 20 on 2025-10-07, see #123.\n';
  it('prints every figure and every number set aside, valid against schemas/figures.schema.json', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-all-'));
    writeFileSync(path.join(dir, 'R.md'), report);
    const { code, stdout } = await cli(['extract', 'R.md', '--all', '--format', 'json'], dir);
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    const validate = validator('figures');
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    const figures = out.reports[0].figures as Array<{ value: number; kind: string; tense: string; context: { label?: string } }>;
    expect(figures.map((f) => [f.value, f.kind, f.tense, f.context.label])).toEqual([
      [89.79, 'coverage.statements', 'current', 'Coverage (global): Statements'],
      [40, 'tests.passed', 'before', 'BEFORE (v1.2): Passing'],
    ]);
    const setAside = out.reports[0].setAside as Array<{ text: string; rule: string }>;
    expect(setAside.map((n) => `${n.rule} ${n.text}`)).toEqual(['version 1.2', 'version 20', 'date 2025-10-07', 'id 123']);
  });
  /** The text of `extract --all` over one report holding `markdown`. */
  const allText = async (markdown: string): Promise<string> => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-all-'));
    writeFileSync(path.join(dir, 'R.md'), markdown);
    const { stdout } = await cli(['extract', 'R.md', '--all'], dir);
    rmSync(dir, { recursive: true, force: true });
    return stdout;
  };
  it('keeps a figure no kind reads as kind figure, and says why a number was set aside, as text', async () => {
    const stdout = await allText('## Status\n\nThe team closed 14 tickets, see PR 77.\n');
    expect(stdout).toContain('3:17\tfigure\t-\t14\tcurrent\tparagraph · heading "Status" · noun "tickets"');
    expect(stdout).toContain('3:36\tset aside\tid\t77\t\tan identifier (#123, PR 12)');
    expect(stdout).toContain('1 figure: 0 read by a claim kind, 1 unclassified; 1 numbers set aside');
  });
  it('says why a figure is not the present: its tense with the reason, as text', async () => {
    const stdout = await allText('**BEFORE (v1.2)**:\n\n- Passing: 17 tests\n\nCoverage: 87% now.\n');
    expect(stdout).toContain('3:12\ttests.passed\tall\t17\tbefore: under "BEFORE (v1.2):"\titem');
    expect(stdout).toMatch(/5:11\tcoverage\.lines\tall\t87%\tcurrent\tparagraph/);
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
