import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';
import { RepoFiles } from '../../src/measure/repo-path.js';
import { fixtureRepos } from '../helpers/fixture-repo.js';

const repos = fixtureRepos('claimcheck-files-kinds-');

/** The findings on `line` of a report of `text` verified (files only) in a fixture repository of `files`. */
async function findingsOn(files: Record<string, string>, text: string, line: number) {
  const repo = repos(files);
  writeFileSync(path.join(repo, 'REPORT.md'), text + '\n');
  const result = await verify({ reports: [path.join(repo, 'REPORT.md')], repo, cwd: repo, checks: ['files'] });
  return result.reports[0]!.findings.filter((f) => f.claim.position.line === line);
}

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

describe('files verifier: test files of a kind, and those a report names', () => {
  // SwiftPM: sources under Sources/, tests under Tests/ (w56:321); two pytest files the report names of the repository's three (w58:692).
  const repoFiles: Record<string, string> = {
    'Kit/Sources/Kit/Linter.swift': 'struct Linter {}\n',
    'Kit/Sources/Kit/Loader.swift': 'struct Loader {}\n',
    'Kit/Sources/Kit/Daemon.swift': 'struct Daemon {}\n',
    'Kit/Tests/KitTests/LinterTests.swift': 'import XCTest\n',
    'Kit/Tests/KitTests/Fixtures/sample.swift': '// a fixture\n',
    'backend/tests/test_teams.py': 'def test_a(): pass\n',
    'backend/tests/test_members.py': 'def test_b(): pass\n',
    'backend/tests/test_other.py': 'def test_c(): pass\n',
  };
  const cases: Array<[string, string]> = [
    ['| `test_teams.py` | 1 |', ''],
    ['| `test_members.py` | 1 |', ''],
    ['- **Test files**: 2 Swift files', 'confirmed'], // the Swift files under Tests/
    ['- **Test files**: 5 Swift files', 'confirmed'], // every Swift file: the label's other reading
    ['- **Test files**: 3 Swift files', 'contradicted'],
    ['- **Test Files:** 2', 'confirmed'], // the two test files the report's table names
    ['- **Test Files:** 5', 'confirmed'], // every test file of the repository: 2 Swift + 3 Python
    ['- **Test Files:** 4', 'contradicted'],
  ];

  it('reads a count labelled as test files over the test files, and over the ones the report names', async () => {
    const table = ['| Test File | Test Count |', '|---|---|', cases[0]![0], cases[1]![0], ''];
    const rest = cases.slice(2);
    const text = [...table, ...rest.map(([line]) => line + '\n')].join('\n');
    for (const [i, [line, verdict]] of rest.entries()) {
      const got = (await findingsOn(repoFiles, text, table.length + 1 + i * 2)).filter((f) => f.claim.kind === 'dir.files');
      expect(got.map((f) => f.verdict).join(','), `${line}: ${got.map((f) => f.message).join(' | ')}`).toBe(verdict);
    }
  });
});

describe('files verifier: a line total of the files the report lists', () => {
  // w60:309–321 (`**path** (N lines)` items, then "**Total Lines of Code**"), w57:61–272 ("N lines of test code").
  const repoFiles: Record<string, string> = {
    'core/auth/a.go': 'package auth\nfunc A() {}\nfunc B() {}\n',
    'core/auth/b.go': 'package auth\nfunc C() {}\n',
    'core/tests/a_test.go': 'package tests\nfunc TestA() {}\n',
    'web/app.ts': 'export const x = 1;\n'.repeat(40),
  };
  const cases: Array<[report: string, want: string, message: string]> = [
    ['1. **core/auth/a.go** (3 lines) - A\n2. **core/auth/b.go** (2 lines) - B\n\n**Total Lines of Code**: 5 lines', 'confirmed', 'the 2 files whose line counts the report gives at lines 1–2'],
    // the items are wrong and so is their total: the files hold 5, not 7
    ['1. **core/auth/a.go** (4 lines) - A\n2. **core/auth/b.go** (3 lines) - B\n\n**Total Lines of Code**: 7 lines', 'contradicted', 'measured 5 (files: the 2 files'],
    ['- `core/auth/b.go` (2 lines)\n- `core/tests/a_test.go` (2 lines)\n\n- ✅ 4 lines of test code', 'confirmed', 'the 2 files'],
    // the counts above add up to less: a total of something else, read as before (the repository)
    ['1. **core/auth/a.go** (3 lines) - A\n2. **core/auth/b.go** (2 lines) - B\n\n**Total Lines of Code**: 48 lines', '', 'repository'],
    // one file alone is no list it totals
    ['1. **core/auth/a.go** (3 lines) - A\n\n**Total Lines of Code**: 3 lines', '', 'repository'],
  ];

  it.each(cases)('%j', async (text, want, message) => {
    // The line is also the `total` of the list above it (extractors/total.ts), which the unselected consistency check judges.
    const total = (await findingsOn(repoFiles, text, text.split('\n').length)).filter((f) => f.claim.kind !== 'total');
    expect(total.length, text).toBe(1);
    expect(total[0]!.message).toContain(message);
    if (want) expect(total[0]!.verdict).toBe(want);
    else expect(total[0]!.message).not.toContain('files whose line counts');
  });
});

describe('files verifier: a relative path rooted in a folder the repository has', () => {
  // w59:37: `src-tauri/src/audio/processors/mixer.rs`, the module moved to `docs/archive/…/audio/processors/mixer.rs`.
  const repoFiles: Record<string, string> = {
    'src-tauri/tests/mixer_it.rs': '#[test]\nfn a() {}\n',
    'docs/archive/audio/processors/mixer.rs': 'pub fn mix() {}\n'.repeat(3),
    'packages/kit/src/util.ts': 'export const a = 1;\n',
  };
  const cases: Array<[string, string, string]> = [
    ['**File**: `src-tauri/src/audio/processors/mixer.rs` (3 lines)', 'contradicted', '`src-tauri/` holds no `src/audio/processors/mixer.rs`; one of that name is at `docs/archive/audio/processors/mixer.rs`'],
    ['- `src-tauri/src/audio/processors/mixer.rs` exists', 'contradicted', '`src-tauri/` holds no'],
    // a leading folder the repository lacks is the author's layout: the file by its suffix
    ['**File**: `lib/audio/processors/mixer.rs` (3 lines)', 'confirmed', 'docs/archive/audio/processors/mixer.rs'],
    // the whole written path ends a repository path: that file
    ['- `src/util.ts` (1 lines)', 'confirmed', 'packages/kit/src/util.ts'],
  ];

  it.each(cases)('%s', async (line, want, message) => {
    const found = await findingsOn(repoFiles, line, 1);
    expect(found.map((f) => f.verdict).join(','), found.map((f) => f.message).join(' | ')).toBe(want);
    expect(found[0]!.message).toContain(message);
  });
});

describe('files verifier: files a group name stands for', () => {
  // w70:92: "❌ UI Components (50+ files, 50K+ lines)": which files the group holds is the writer's to know.
  const cases: Array<[string, string, string]> = [
    ['- UI Components (50+ files, 50K+ lines)', 'unverifiable', 'names no file: which files "ui components" means is not written'],
    ['- `src/` (2 files)', 'confirmed', ''],
  ];
  it.each(cases)('%s', async (line, want, message) => {
    const found = (await findingsOn({ 'src/a.ts': 'a\n', 'src/b.ts': 'b\n' }, line, 1)).filter((f) => f.claim.kind === 'dir.files');
    expect(found.map((f) => f.verdict).join(','), found.map((f) => f.message).join(' | ')).toBe(want);
    expect(found[0]!.message).toContain(message);
  });
});

describe("a test folder's support files, and a missing file that is none", () => {
  // w66:9 "**Total Test Files**: 14": 14 test_*.py beside tests/__init__.py and tests/conftest.py;
  // w64:307 `cover/coverage.html` (3.7MB) under "output files", ignored by the repository's .gitignore
  const files = {
    'tests/__init__.py': '',
    'tests/conftest.py': 'import pytest\n\n@pytest.fixture\ndef cfg():\n    return 1\n',
    'tests/test_a.py': 'def test_a():\n    assert True\n',
    'tests/test_b.py': 'def test_b():\n    assert True\n',
    '.gitignore': '/cover/\n',
    'app/src/main/java/com/ex/ui/theme/Color.kt': 'val c = 1\n',
  };
  it.each([
    ['- **Total Test Files**: 2', 'confirmed'], // the files that define tests
    ['- **Total Test Files**: 4', 'confirmed'], // every file of the test folder
    ['- **Total Test Files**: 3', 'contradicted'],
    ['- `cover/coverage.html` (3.7MB)', 'unverifiable'], // ignored: generated, never committed
    ['- `docs/coverage.html` (3.7MB)', 'contradicted'], // missing
    ['- `ui.theme` (3 KB)', 'unverifiable'], // a Kotlin package, no file
  ])('%s: %s', async (line, verdict) => {
    const found = await findingsOn(files, line, 1);
    expect(found.length, line).toBeGreaterThan(0);
    for (const f of found) expect(`${f.verdict}: ${f.message}`, line).toContain(`${verdict}: `);
  });
});

describe('test files of the languages whose tests are not code of the common set (w95:17)', () => {
  // A Flutter app's `*_test.dart` and an Elixir app's `*_test.exs` are test files: "Total Test Files" counts them.
  const files = {
    'test/unit/models/product_model_test.dart': "void main() { test('a', () {}); }\n",
    'test/widget/button_test.dart': "void main() { testWidgets('b', (t) async {}); }\n",
    'test/quiz_test.exs': 'defmodule QuizTest do\n  use ExUnit.Case\n  test "a" do\n  end\nend\n',
    'lib/main.dart': 'void main() {}\n',
  };
  it.each([
    ['- **Total Test Files**: 3', 'confirmed'],
    ['- **Total Test Files**: 4', 'contradicted'],
  ])('%s: %s', async (line, verdict) => {
    const found = await findingsOn(files, line, 1);
    expect(found.length, line).toBeGreaterThan(0);
    for (const f of found) expect(`${f.verdict}: ${f.message}`, line).toContain(`${verdict}: `);
  });
});
