import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../src/commands/cli.js';
import { verify } from '../src/commands/pipeline.js';
import { fixReport, locateFigure, rewriteFigure, unifiedDiff } from '../src/commands/fix.js';
import { extractClaims } from '../src/commands/claims.js';
import type { Claim } from '../src/model.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(root, 'fixtures/fix');
const repo = path.join(fixtures, 'repo');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-fix-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Copy fixture `name` into the test folder and return its path there. */
function copy(name: string): string {
  const target = path.join(dir, name);
  copyFileSync(path.join(fixtures, name), target);
  return target;
}

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { cwd: dir, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const fixArgs = (name: string, ...more: string[]) => ['verify', name, '--repo', repo, '--no-exec', '--fix', ...more];

describe('verify --fix', () => {
  it.each(['report', 'fixable'])('rewrites %s.md into exactly its golden file, and a second run changes nothing', async (name) => {
    const file = copy(`${name}.md`);
    const first = await cli(fixArgs(`${name}.md`));
    expect(first.code).toBe(1);
    const expected = readFileSync(path.join(fixtures, `${name}.expected.md`));
    expect(readFileSync(file).toString('utf8')).toBe(expected.toString('utf8'));
    expect(readFileSync(file).equals(expected)).toBe(true);

    const second = await cli(fixArgs(`${name}.md`));
    expect(readFileSync(file).equals(expected)).toBe(true);
    expect(second.stderr).not.toMatch(/rewrote/);
    // No temporary file is left beside the report.
    expect(readdirSync(dir)).toEqual([`${name}.md`]);
  });

  it('exits 0 on the second run when every contradiction was rewritten', async () => {
    copy('fixable.md');
    const first = await cli(fixArgs('fixable.md'));
    expect(first.stderr).toContain('fixable.md: rewrote 5 figures');
    // The report's own arithmetic (10 of 11 run is not 95.20%) names a disagreement, not the right figure.
    expect(first.stderr).toContain("fixable.md:5:18: left as written: a check of the report's own arithmetic");
    const second = await cli(fixArgs('fixable.md'));
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('6 claims (7 findings): 6 confirmed, 1 consistent (adds up within the report; not measured), 0 contradicted');
  });

  it('exits 1 on the second run when contradictions are left that cannot be rewritten, and says why', async () => {
    copy('report.md');
    await cli(fixArgs('report.md'));
    const second = await cli(fixArgs('report.md'));
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('report.md:26:3: left as written: no measured number to write');
    expect(second.stderr).toContain('report.md:27:3: left as written: a range is not rewritten with one value');
  });

  it('--dry-run prints a unified diff that git applies to the golden file, and writes nothing', async () => {
    const file = copy('report.md');
    const before = readFileSync(file, 'utf8');
    const { code, stdout, stderr } = await cli(fixArgs('report.md', '--dry-run'));
    expect(code).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(stderr).toContain('report.md: would rewrite 6 figures');
    expect(stdout.startsWith('--- a/report.md\n+++ b/report.md\n@@ -4,14 +4,14 @@\n')).toBe(true);
    expect(stdout).toContain('-- 12 tests total, **10 passing**, 1 failing\n-- Pass rate: 95.2%\n+- 12 tests total, **11 passing**, 1 failing\n+- Pass rate: 91.7%\n');
    writeFileSync(path.join(dir, 'fix.patch'), stdout);
    execFileSync('git', ['apply', 'fix.patch'], { cwd: dir, timeout: 30_000 });
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(path.join(fixtures, 'report.expected.md'), 'utf8'));
  });

  it('--dry-run marks a last line without newline the way git expects', async () => {
    copy('fixable.md');
    const { stdout } = await cli(fixArgs('fixable.md', '--dry-run'));
    expect(stdout.endsWith('-Line coverage: 94% (see CI)\n\\ No newline at end of file\n+Line coverage: 96% (see CI)\n\\ No newline at end of file\n')).toBe(true);
    writeFileSync(path.join(dir, 'fix.patch'), stdout);
    execFileSync('git', ['apply', 'fix.patch'], { cwd: dir, timeout: 30_000 });
    expect(readFileSync(path.join(dir, 'fixable.md')).equals(readFileSync(path.join(fixtures, 'fixable.expected.md')))).toBe(true);
  });

  it('--dry-run without --fix is a usage error', async () => {
    copy('report.md');
    const { code, stderr } = await cli(['verify', 'report.md', '--repo', repo, '--dry-run']);
    expect(code).toBe(2);
    expect(stderr).toContain('--dry-run goes with --fix');
  });
});

describe('fixReport leaves the file alone', () => {
  async function findings(file: string) {
    const result = await verify({ reports: [file], repo, cwd: dir, noExec: true });
    return result.reports[0]?.findings ?? [];
  }

  it('when the file changes while the fix is written', async () => {
    const file = copy('report.md');
    const found = await findings('report.md');
    const edited = readFileSync(file, 'utf8') + '\nA line someone added meanwhile.\n';
    const result = fixReport(file, 'report.md', found, { beforeRename: (target) => writeFileSync(target, edited) });
    expect(result).toMatchObject({ status: 'refused', reason: 'changed while the fix was written; left as it is' });
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(readdirSync(dir)).toEqual(['report.md']);
  });

  it('when the file changed after it was verified', async () => {
    const file = copy('report.md');
    const found = await findings('report.md');
    const edited = readFileSync(file, 'utf8').replace('# Release audit\n', '# Release audit\n\nA new paragraph.\n');
    writeFileSync(file, edited);
    expect(fixReport(file, 'report.md', found)).toMatchObject({ status: 'refused', reason: 'changed since it was verified; run again' });
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });

  it('when the write is interrupted before the rename', async () => {
    const file = copy('report.md');
    const before = readFileSync(file);
    const found = await findings('report.md');
    let temporary = '';
    expect(() =>
      fixReport(file, 'report.md', found, {
        beforeRename: (_target, temp) => {
          temporary = temp;
          // The new text is complete on disk at this point; the original must still be intact.
          expect(readFileSync(temp, 'utf8')).toBe(readFileSync(path.join(fixtures, 'report.expected.md'), 'utf8'));
          throw new Error('interrupted');
        },
      }),
    ).toThrow('interrupted');
    expect(path.dirname(temporary)).toBe(dir);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['report.md']);
  });
});

describe('figures', () => {
  function claimOf(markdown: string, kind: Claim['kind']): Claim {
    const claim = extractClaims('t.md', markdown).find((c) => c.kind === kind);
    if (!claim) throw new Error(`no ${kind} claim in ${markdown}`);
    return claim;
  }

  it.each([
    ['- `a.sh` (1,100 lines)', 'file.lines', 1250, '1,250'],
    ['- `a.sh` (1100 lines)', 'file.lines', 1250, '1250'],
    ['- `a.sh` (900 lines)', 'file.lines', 1250, '1,250'],
    ['- `a.sh` (~900 lines)', 'file.lines', 4, '4'],
    ['Pass rate: 96.3%', 'tests.passRate', 66.6667, '66.7'],
    ['Pass rate: 96.30%', 'tests.passRate', 66.6667, '66.67'],
    ['Line coverage is 94%.', 'coverage.lines', 79.5, '80'],
  ] as const)('%s measured %s is written %s', (markdown, kind, measured, to) => {
    const claim = claimOf(markdown, kind);
    const place = locateFigure(markdown, claim);
    expect(place).toBeDefined();
    expect(rewriteFigure(claim, place?.text ?? '', measured)).toEqual({ to });
  });

  it('finds the figure after markup and past digits in a path', () => {
    const markdown = '- **Passing:** **10** tests\n- `v2/tool9.sh` (52 lines)\n';
    const passed = claimOf(markdown, 'tests.passed');
    expect(locateFigure(markdown, passed)).toMatchObject({ text: '10', start: markdown.indexOf('10') });
    const lines = claimOf(markdown, 'file.lines');
    expect(locateFigure(markdown, lines)).toMatchObject({ text: '52', start: markdown.indexOf('52') });
  });

  it('leaves ranges, whole counts measured as fractions, and report-internal units', () => {
    expect(rewriteFigure(claimOf('- `a.sh` (1,000-1,100 lines)', 'file.lines'), '1,000', 1250)).toEqual({ reason: 'a range is not rewritten with one value' });
    expect(rewriteFigure(claimOf('- 10 passing tests', 'tests.passed'), '10', 10.5)).toEqual({ reason: 'measured 10.5 is not a whole count' });
    expect(rewriteFigure({ ...claimOf('- 10 passing tests', 'tests.passed'), unit: 'score' }, '10', 9)).toEqual({ reason: 'score figures are not rewritten' });
  });

  it('diffs texts line by line with context', () => {
    const before = 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n';
    expect(unifiedDiff(before, before, 'x.md')).toBe('');
    expect(unifiedDiff(before, before.replace('b', 'B').replace('i', 'I'), 'x.md')).toBe(
      '--- a/x.md\n+++ b/x.md\n@@ -1,10 +1,10 @@\n a\n-b\n+B\n c\n d\n e\n f\n g\n h\n-i\n+I\n j\n',
    );
  });
});

describe('verify --fix verifies its rewrite before writing it', () => {
  it('holds back a rewrite that would break the arithmetic beside it, and says which figure needs a person', async () => {
    writeFileSync(path.join(dir, 'R.md'), '# Status\n\n- 6 passing tests\n- Passing: 6 of 8 checks (75%)\n\n6 passing tests in total.\n');
    const out = await cli(['verify', 'R.md', '--repo', path.join(root, 'fixtures/repos/sample'), '--no-exec', '--fix']);
    expect(out.stderr).toContain('R.md: rewrote 2 figures');
    expect(out.stderr).toContain('R.md:4:27: left as written: rewriting it leaves a contradiction at line 4 (6 / 8 = 75%, report says 67%); a person must decide');
    expect(readFileSync(path.join(dir, 'R.md'), 'utf8')).toBe('# Status\n\n- 4 passing tests\n- Passing: 6 of 8 checks (75%)\n\n4 passing tests in total.\n');
  });
});

describe('verify --fix keeps the report true (a real vitest run: 4 pass, 1 fails)', () => {
  const vitest = path.join(root, 'node_modules', '.bin', 'vitest');
  function project(report: string): string {
    const files: Record<string, string> = {
      'package.json': JSON.stringify({ type: 'module', scripts: { test: `${vitest} run --globals` } }),
      'tests/math.test.js': [
        "test('adds', () => expect(1 + 1).toBe(2));",
        "test('subtracts', () => expect(2 - 1).toBe(1));",
        "test('multiplies', () => expect(2 * 2).toBe(4));",
        "test('halves', () => expect(4 / 2).toBe(2));",
        "test('divides wrongly', () => expect(4 / 2).toBe(3));",
      ].join('\n'),
      'REPORT.md': report,
    };
    for (const [file, text] of Object.entries(files)) {
      execFileSync('mkdir', ['-p', path.dirname(path.join(dir, file))]);
      writeFileSync(path.join(dir, file), text);
    }
    return dir;
  }
  const fix = async (...more: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await run(['verify', 'REPORT.md', '--repo', '.', '--checks', 'tests,consistency', '--fix', ...more], { cwd: dir, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    return { code, stdout, stderr };
  };

  it('leaves "all N pass" to a person, and the rate on its line with it', async () => {
    project('# Status\n\nAll 5 tests pass (100% pass rate).\n\n- 4 passing tests\n');
    const out = await fix('--dry-run');
    expect(out.stdout).not.toContain('+All');
    expect(out.stderr).toContain('REPORT.md:3:5: left as written: it says all tests pass, and the run had 1 failed: a person must reword it');
    expect(out.stderr).toContain('REPORT.md:3:19: left as written: line 3 says all tests pass: a person must reword it');
  });

  it('rewrites counts and their rate together, and the result verifies clean', async () => {
    project('# Status\n\n- 6 passing tests\n- 2 failing tests\n- Pass rate: 75%\n');
    const first = await fix();
    expect(first.stderr).toContain('REPORT.md: rewrote 3 figures');
    expect(readFileSync(path.join(dir, 'REPORT.md'), 'utf8')).toBe('# Status\n\n- 4 passing tests\n- 1 failing tests\n- Pass rate: 80%\n');
    const again = await fix();
    expect(again.code).toBe(0);
  });
});
