import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';
import { RepoFiles } from '../../src/measure/repo-path.js';

let root: string;
let outside: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'claimcheck-files-'));
  outside = mkdtempSync(path.join(tmpdir(), 'claimcheck-outside-'));
  const repo = path.join(root, 'repo');
  mkdirSync(path.join(repo, 'scripts'), { recursive: true });
  mkdirSync(path.join(repo, 'a'), { recursive: true });
  mkdirSync(path.join(repo, 'b'), { recursive: true });
  mkdirSync(path.join(repo, 'docs'), { recursive: true });
  writeFileSync(path.join(repo, 'scripts', 'x.sh'), 'one\ntwo\nthree\n');
  writeFileSync(path.join(repo, 'a', 'config.yml'), 'a: 1\n');
  writeFileSync(path.join(repo, 'b', 'config.yml'), 'b: 1\n');
  writeFileSync(path.join(repo, 'docs', 'no-newline.md'), 'a\nb');
  writeFileSync(path.join(outside, 'secret.txt'), 'secret\n'.repeat(7));
  symlinkSync(path.join(outside, 'secret.txt'), path.join(repo, 'docs', 'leak.txt'));
  writeFileSync(path.join(root, 'sibling.txt'), 'x\n');
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('RepoFiles.resolve', () => {
  it('resolves relative to the report folder, the root, then by unique suffix', async () => {
    const files = new RepoFiles(path.join(root, 'repo'));
    expect(await files.resolve('x.sh', 'scripts')).toMatchObject({ ok: true, path: 'scripts/x.sh', how: 'report folder' });
    expect(await files.resolve('scripts/x.sh', 'docs')).toMatchObject({ ok: true, how: 'repo root' });
    expect(await files.resolve('/home/someone/work/project/scripts/x.sh')).toMatchObject({ ok: true, path: 'scripts/x.sh', how: 'suffix' });
    expect(await files.resolve('C:\\Users\\me\\project\\scripts\\x.sh')).toMatchObject({ ok: true, path: 'scripts/x.sh' });
  });
  it('refuses what leaves the repository', async () => {
    const files = new RepoFiles(path.join(root, 'repo'));
    expect(await files.resolve('../sibling.txt')).toMatchObject({ ok: false, reason: 'outside' });
    expect(await files.resolve('../../../../etc/passwd')).toMatchObject({ ok: false, reason: 'outside' });
    expect(await files.resolve('docs/leak.txt')).toMatchObject({ ok: false, reason: 'outside' });
    expect(await files.resolve('/etc/passwd')).toMatchObject({ ok: false, reason: 'outside' });
    expect(await files.resolve('bad\u0000name')).toMatchObject({ ok: false, reason: 'invalid' });
  });
  it('maps an absolute path to the repo file its whole path ends with, the deepest one', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'claimcheck-deepest-'));
    try {
      mkdirSync(path.join(repo, 'web'));
      writeFileSync(path.join(repo, 'package.json'), '{}\n');
      writeFileSync(path.join(repo, 'web', 'package.json'), '{}\n');
      const files = new RepoFiles(repo);
      expect(await files.resolve('/home/dev/work/proj/package.json')).toMatchObject({ ok: true, path: 'package.json' });
      expect(await files.resolve('/home/dev/work/proj/web/package.json')).toMatchObject({ ok: true, path: 'web/package.json' });
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
  it('lists the candidates of an ambiguous name', async () => {
    const files = new RepoFiles(path.join(root, 'repo'));
    expect(await files.resolve('config.yml')).toMatchObject({ ok: false, reason: 'ambiguous', candidates: ['a/config.yml', 'b/config.yml'] });
  });
});

describe('files verifier through the pipeline', () => {
  it('gives the exact verdict for each line-count claim', async () => {
    const repo = path.join(root, 'repo');
    const report = path.join(repo, 'REPORT.md');
    writeFileSync(report, [
      '- `scripts/x.sh` (3 lines)', // confirmed
      '- `scripts/x.sh` (9 lines)', // contradicted
      '- `/Users/bob/code/proj/scripts/x.sh` (4 lines)', // confirmed within ±1
      '- `docs/no-newline.md` (2 lines)', // confirmed: a last line without newline counts
      '- `config.yml` (1 lines)', // unverifiable: ambiguous
      '- `docs/leak.txt` (7 lines)', // unverifiable: link out of the repo, never read
      '- `scripts/missing.sh` (10 lines)', // contradicted: no such file
    ].join('\n'));
    const result = await verify({ reports: [report], repo, cwd: repo, checks: ['files'] });
    const verdicts = result.reports[0]!.findings.map((f) => [f.claim.position.line, f.verdict]);
    expect(verdicts).toEqual([[1, 'confirmed'], [2, 'contradicted'], [3, 'confirmed'], [4, 'confirmed'], [5, 'unverifiable'], [6, 'unverifiable'], [7, 'contradicted']]);
    expect(result.reports[0]!.findings[4]!.message).toContain('a/config.yml');
    expect(result.reports[0]!.findings[5]!.message).toContain('outside the repository');
  });
});

describe('files verifier: sizes, modes, code at lines, sets', () => {
  /** Each line of the report, with the verdict its one file claim must get. */
  const cases: Array<[string, string]> = [
    ['- `docs/guide.md` - the guide (3 KB)', 'confirmed'], // 3,000 bytes at 1000
    ['- `docs/kib.bin` (3 KB)', 'confirmed'], // 3,072 bytes: 3 KB at 1024
    ['- `docs/guide.md` (1.5 KB)', 'contradicted'],
    ['- `docs/big.bin` (4KB)', 'contradicted'], // 5,040 bytes: 5.04 kB or 4.92 KiB, outside 3.5–4.5 (truncation once confirmed it)
    ['- `docs/big.bin` (5KB)', 'confirmed'],
    ['- `docs/guide.md` (3,000 bytes)', 'confirmed'],
    ['- `scripts/x.sh` is executable (permissions: 700)', 'confirmed'],
    ['- `docs/guide.md` is executable', 'contradicted'],
    ['- `config/secret.env` (permissions: 600)', 'confirmed'],
    ['- `config/secret.env` (permissions: 644)', 'contradicted'],
    ['- **Location:** `src/auth.py:2-3` - `refresh_token()`', 'confirmed'],
    ['- **Location:** `src/auth.py:1` - `refresh_token()`', 'contradicted'], // moved: at line 2
    ['- lines 5-6 of src/auth.py (`revoke()`)', 'contradicted'], // not in the file at all
    ['- **Location:** `/home/someone/work/project/src/auth.py:40-41`', 'contradicted'], // past the end
    ['- **Location:** `/home/someone/work/project/src/auth.py:3` (`refresh_token`)', 'confirmed'], // absolute path from another machine
    ['- `scripts/x.sh` exists', 'confirmed'],
    ['- `scripts/gone.sh` exists', 'contradicted'],
    ['- Total: 2 BATS test suites', 'confirmed'],
    ['- Total: 3 BATS test suites', 'contradicted'],
    ['- `tests/` (3 files)', 'confirmed'],
    ['- `tests/` (9 files)', 'contradicted'],
    ['- ~6 lines of test code', 'confirmed'],
    ['- 60 lines of test code', 'contradicted'],
    ['- `docs/leak.txt` (1 KB)', 'unverifiable'], // a link out of the repo: never read
    ['- `config.yml` (1 KB)', 'unverifiable'], // ambiguous basename
    ['- `docs/odd.bin` (8.1 KB)', 'confirmed'], // 8,201 bytes: 8.2 kB or 8.01 KiB, and `ls -lh` prints 8.1K
    ['- `docs/odd.bin` (8.4 KB)', 'contradicted'], // 8.3 is what `ls -l --si` prints
    ['- **Total Test Files**: 2', 'confirmed'], // the test code set: tests/a.bats, tests/unit/b.bats
    ['- **Total Test Files**: 3', 'contradicted'],
    ['- **Test Files (parser)**: 3', 'unverifiable'], // one part's test files: never the whole repository's
    ['- 3 test files', 'unverifiable'], // no label that names them all
    ['**测试文件总数**: 2', 'confirmed'], // w29: "total number of test files", the same set
    ['**测试文件总数**: 3', 'contradicted'],
  ];

  it('gives each claim its verdict', async () => {
    const repo = path.join(root, 'repo2');
    mkdirSync(path.join(repo, 'docs'), { recursive: true });
    mkdirSync(path.join(repo, 'scripts'), { recursive: true });
    mkdirSync(path.join(repo, 'config'), { recursive: true });
    mkdirSync(path.join(repo, 'src'), { recursive: true });
    mkdirSync(path.join(repo, 'tests', 'unit'), { recursive: true });
    mkdirSync(path.join(repo, 'a'), { recursive: true });
    mkdirSync(path.join(repo, 'b'), { recursive: true });
    writeFileSync(path.join(repo, 'docs', 'guide.md'), 'x'.repeat(2999) + '\n');
    writeFileSync(path.join(repo, 'docs', 'kib.bin'), 'y'.repeat(3072));
    writeFileSync(path.join(repo, 'docs', 'big.bin'), 'z'.repeat(5040));
    writeFileSync(path.join(repo, 'docs', 'odd.bin'), 'o'.repeat(8201));
    writeFileSync(path.join(repo, 'scripts', 'x.sh'), '#!/bin/sh\necho hi\n', { mode: 0o700 });
    writeFileSync(path.join(repo, 'config', 'secret.env'), 'TOKEN=1\n', { mode: 0o600 });
    writeFileSync(path.join(repo, 'src', 'auth.py'), 'import os\ndef refresh_token():\n    return os.environ["T"]\n');
    writeFileSync(path.join(repo, 'tests', 'a.bats'), '@test "a" {\n  true\n}\n');
    writeFileSync(path.join(repo, 'tests', 'unit', 'b.bats'), '@test "b" {\n  true\n}\n');
    writeFileSync(path.join(repo, 'tests', 'helper.txt'), 'not code\n');
    writeFileSync(path.join(repo, 'a', 'config.yml'), 'a: 1\n');
    writeFileSync(path.join(repo, 'b', 'config.yml'), 'b: 1\n');
    symlinkSync(path.join(outside, 'secret.txt'), path.join(repo, 'docs', 'leak.txt'));
    const report = path.join(repo, 'REPORT.md');
    writeFileSync(report, cases.map(([line]) => line).join('\n\n') + '\n');

    const result = await verify({ reports: [report], repo, cwd: repo, checks: ['files'] });
    const findings = result.reports[0]!.findings.filter((f) => f.verdict !== 'skipped');
    const byLine = new Map<number, string[]>();
    for (const f of findings) byLine.set(f.claim.position.line, [...(byLine.get(f.claim.position.line) ?? []), `${f.claim.kind}: ${f.verdict}: ${f.message}`]);
    const got = cases.map((_, i) => byLine.get(i * 2 + 1) ?? []);
    // The executable line also states a mode: both hold.
    expect(got[6]).toHaveLength(2);
    cases.forEach(([line, verdict], i) => {
      expect(got[i]!.length, line).toBeGreaterThan(0);
      for (const finding of got[i]!) expect(finding, line).toContain(`: ${verdict}: `);
    });
    const text = (i: number) => got[i]!.join('\n');
    expect(text(11)).toContain('at line 2');
    expect(text(13)).toContain('3 lines');
    expect(text(23)).toContain('outside the repository');
    expect(text(24)).toContain('a/config.yml');
    expect(text(25)).toContain('claims 8.1 KB in `docs/odd.bin`');
  });
});

describe('files verifier: all the test files', () => {
  // Rust: integration tests in tests/, and test-named files among the sources that a report does not count.
  const cases: Array<[string, string]> = [
    ['- **Test files**: 2', 'confirmed'], // the files of tests/ alone
    ['- **Test files**: 3', 'confirmed'], // with the test-named source file
    ['- **Test files**: 4', 'contradicted'],
  ];

  it('reads the test code set and the test folders alone', async () => {
    const repo = path.join(root, 'repo-rust');
    const rustFiles: Record<string, string> = {
      'tests/a_tests.rs': '#[test]\nfn a() {}\n',
      'tests/b.rs': '#[test]\nfn b() {}\n',
      'src/lib.rs': 'pub fn f() {}\n',
      'src/locks_test.rs': '#[test]\nfn c() {}\n',
    };
    for (const [file, text] of Object.entries(rustFiles)) {
      mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
      writeFileSync(path.join(repo, file), text);
    }
    const report = path.join(repo, 'REPORT.md');
    writeFileSync(report, cases.map(([line]) => line).join('\n\n') + '\n');
    const result = await verify({ reports: [report], repo, cwd: repo, checks: ['files'] });
    const findings = result.reports[0]!.findings;
    cases.forEach(([line, verdict], i) => {
      const got = findings.filter((f) => f.claim.position.line === i * 2 + 1);
      expect(got.map((f) => f.verdict).join(','), `${line}: ${got.map((f) => f.message).join(' | ')}`).toBe(verdict);
    });
    expect(findings[2]!.message).toBe('claims 4 test files; measured 3 test-named or in test folders; 2 in test folders (files: test-named files and files in test folders; .gitignore)');
  });
});
