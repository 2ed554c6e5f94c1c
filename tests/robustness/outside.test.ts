/**
 * Nothing outside the repository is read. The targets outside are FIFOs:
 * opening one for reading blocks until a writer comes, which never happens,
 * so a run that finishes proves the target was never opened. Runs go through
 * the real CLI as a process with a time limit, so a blocked open fails the
 * test instead of freezing the suite.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RepoFiles } from '../../src/measure/repo-path.js';
import type { Claim } from '../../src/model.js';
import { cli, tempFolders } from './helpers.js';

const temp = tempFolders('claimcheck-outside-');

const mkfifo = (file: string) => execFileSync('mkfifo', [file]);

interface Finding {
  verdict: string;
  message: string;
  claim: { text: string; position: { line: number } };
}

/** A repo whose links point at FIFOs and a secret outside it, and the folder outside. */
function linkedRepo(): { repo: string; outside: string } {
  const dir = temp();
  const repo = path.join(dir, 'repo');
  const outside = path.join(dir, 'outside');
  mkdirSync(path.join(repo, 'scripts'), { recursive: true });
  mkdirSync(path.join(repo, 'coverage'));
  mkdirSync(outside);
  mkfifo(path.join(outside, 'fifo'));
  mkfifo(path.join(outside, 'lcov.info'));
  mkfifo(path.join(outside, 'junit.xml'));
  writeFileSync(path.join(outside, 'secret.sh'), 'one\ntwo\nthree\n');
  symlinkSync(path.join(outside, 'fifo'), path.join(repo, 'scripts/link.sh'));
  symlinkSync(outside, path.join(repo, 'linked'));
  symlinkSync('../../outside/fifo', path.join(repo, 'scripts/relative-link.sh'));
  symlinkSync(path.join(outside, 'lcov.info'), path.join(repo, 'coverage/lcov.info'));
  symlinkSync(path.join(outside, 'junit.xml'), path.join(repo, 'junit.xml'));
  mkfifo(path.join(repo, 'scripts/local.fifo'));
  writeFileSync(path.join(repo, 'scripts/ok.sh'), 'a\nb\n');
  return { repo, outside };
}

describe('never reading outside the repository', () => {
  it('gives unverifiable with a reason for links, folders, `..` and absolute paths, and never opens their targets', async () => {
    const { repo } = linkedRepo();
    writeFileSync(
      path.join(repo, 'AUDIT.md'),
      [
        '# Audit',
        '',
        '- `scripts/link.sh` (12 lines)',
        '- `scripts/relative-link.sh` (12 lines)',
        '- `linked/fifo` (3 lines)',
        '- `linked/secret.sh` (3 lines)',
        '- `scripts/local.fifo` (3 lines)',
        '- `../../etc/passwd` (30 lines)',
        '- `/etc/passwd` (30 lines)',
        '- `~/.ssh/config` (4 lines)',
        '- `scripts/ok.sh` (2 lines)',
        '- 87% line coverage',
        '- 2 passing tests',
        '',
      ].join('\n'),
    );
    const result = await cli(['verify', 'AUDIT.md', '--repo', repo, '--format', 'json', '--no-exec'], repo, {}, 30_000);
    expect(result.signal).toBeNull();
    expect(result.status).toBe(0);
    const findings = (JSON.parse(result.stdout) as { reports: Array<{ findings: Finding[] }> }).reports[0]?.findings ?? [];
    const byLine = new Map(findings.map((f) => [f.claim.position.line, f]));
    const expected: Array<[number, string, RegExp]> = [
      [3, 'unverifiable', /link that points outside the repository/],
      [4, 'unverifiable', /link that points outside the repository/],
      [5, 'unverifiable', /link that points outside the repository/],
      [6, 'unverifiable', /link that points outside the repository/],
      [7, 'unverifiable', /not a regular file/],
      [8, 'unverifiable', /points outside the repository/],
      [9, 'unverifiable', /absolute path outside the repository/],
      [10, 'unverifiable', /absolute path outside the repository/],
      [11, 'confirmed', /./],
      // The linked result files are skipped as if absent.
      [12, 'unverifiable', /no coverage file found/],
      [13, 'unverifiable', /no test results found/],
    ];
    for (const [line, verdict, message] of expected) {
      expect(byLine.get(line), `line ${line}`).toMatchObject({ verdict });
      expect(byLine.get(line)?.message, `line ${line}`).toMatch(message);
    }
  });

  it('refuses configured result files that are links out of the repository without opening them', async () => {
    const { repo } = linkedRepo();
    writeFileSync(path.join(repo, 'claimcheck.yaml'), 'tests:\n  - results: junit.xml\ncoverage:\n  - results: coverage/lcov.info\n');
    writeFileSync(path.join(repo, 'AUDIT.md'), '- 87% line coverage\n- 2 passing tests\n');
    const result = await cli(['verify', 'AUDIT.md', '--format', 'json', '--no-exec', '--repo', repo], repo, {}, 30_000);
    expect(result.signal).toBeNull();
    const findings = (JSON.parse(result.stdout) as { reports: Array<{ findings: Finding[] }> }).reports[0]?.findings ?? [];
    expect(findings.map((f) => f.verdict)).toEqual(['unverifiable', 'unverifiable']);
  });

  it('resolves NUL, control characters, very long paths and escapes to invalid or outside, with a reason', async () => {
    const { repo } = linkedRepo();
    const files = new RepoFiles(repo);
    const cases: Array<[string, string]> = [
      ['scripts/ok.sh\u0000.txt', 'invalid'],
      ['scripts/\nok.sh', 'invalid'],
      ['scripts/\u001b[31mok.sh', 'invalid'],
      [`${'a/'.repeat(600)}ok.sh`, 'invalid'],
      ['../outside/secret.sh', 'outside'],
      ['scripts/../../outside/secret.sh', 'outside'],
      ['..\\outside\\secret.sh', 'outside'],
      ['/etc/passwd', 'outside'],
      ['C:\\Windows\\System32\\drivers\\etc\\hosts', 'outside'],
      ['\\\\server\\share\\secret.sh', 'outside'],
      ['linked/secret.sh', 'outside'],
      ['linked', 'outside'],
    ];
    for (const [written, reason] of cases) {
      const resolution = await files.resolve(written);
      expect(resolution, JSON.stringify(written)).toMatchObject({ ok: false });
      if (!resolution.ok) {
        expect({ written, reason: resolution.reason }).toEqual({ written, reason });
        expect(resolution.message).not.toMatch(/[\u0000-\u001f]/);
      }
    }
  });

  it('measures claims on hostile paths through the files verifier: unverifiable, never an exception', async () => {
    const { repo } = linkedRepo();
    const claim = (pathWritten: string, line: number): Claim => ({
      id: `c${line}`,
      kind: 'file.lines',
      subject: { path: pathWritten },
      value: 3,
      unit: 'lines',
      qualifier: 'exact',
      precision: 0,
      tense: 'current',
      text: `\`${pathWritten}\` (3 lines)`,
      position: { line, column: 1, offset: 0 },
      context: { headings: [] },
    });
    const hostile = ['a\u0000b', 'x'.repeat(5000), '../../etc/passwd', '/etc/shadow', 'linked/fifo', 'scripts/link.sh', 'scripts/local.fifo', '$(touch x)', '`id`'];
    const { verifiers } = await import('../../verifiers/index.js');
    const files = verifiers.find((v) => v.id === 'files');
    expect(files).toBeDefined();
    const run = { repo, config: {}, files: new RepoFiles(repo), noExec: true, once: <T>(_k: string, f: () => Promise<T>) => f() };
    const outcomes = await files!.measure(hostile.map(claim), run, { dir: '', file: 'R.md', source: '', claims: [] });
    expect(outcomes.map((o) => o.kind)).toEqual(hostile.map((written) => (written === '$(touch x)' || written === '`id`' ? 'judged' : 'unverifiable')));
  });
});
