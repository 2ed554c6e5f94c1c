/**
 * A repository is not ours to run: its `.git/config` can name commands that
 * git runs for it (a file-system monitor, clean and smudge filters, a pager,
 * hooks, external diff and textconv drivers, a signature checker). Each one
 * here creates a marker file; verifying a report whose claims make git look
 * at the working tree, commits, a diffstat, and files (lines, code at lines),
 * in place and in an `--at` worktree, must leave no marker.
 */
import { appendFileSync, chmodSync, mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitRepo, lines } from '../helpers/git-repo.js';
import { cli, tempFolders } from './helpers.js';

const temp = tempFolders('claimcheck-hostile-');

/** Hooks git runs on the commands claimcheck uses, or could come to use. */
const hooks = ['post-checkout', 'post-index-change', 'reference-transaction', 'pre-auto-gc', 'post-commit', 'pre-commit', 'post-rewrite'];

/** An executable that creates `markers/name` and then behaves like `cat` (a filter, a pager or textconv passes its input on). */
function markerScript(markers: string, name: string): string {
  return ['#!/bin/sh', `touch '${path.join(markers, name)}'`, 'exec cat', ''].join('\n');
}

/** The repository and its report: two commits, then a `.git/config` and hooks that each leave a marker when run. */
function hostileRepo() {
  const dir = temp();
  const markers = path.join(dir, 'markers');
  const tools = path.join(dir, 'tools');
  mkdirSync(markers);
  mkdirSync(tools);
  const tool = (name: string) => {
    const file = path.join(tools, name);
    writeFileSync(file, markerScript(markers, name));
    chmodSync(file, 0o755);
    return file;
  };
  const repo = gitRepo('claimcheck-hostile-repo-');
  afterAll(() => repo.remove());
  const first = repo.commit(
    {
      '.gitattributes': '*.txt filter=evil diff=evil\n*.sh filter=evil diff=evil\n',
      'notes.txt': lines(10),
      'run.sh': 'echo one\n',
      // A test command and a coverage command that run under verify, never under --no-exec.
      'claimcheck.yaml': [
        'tests:',
        `  - run: ${tool('test-runner')}`,
        '    results: junit.xml',
        'coverage:',
        `  - run: ${tool('coverage-runner')}`,
        '    results: coverage/lcov.info',
        '',
      ].join('\n'),
    },
    '2026-01-05T10:00:00Z',
  );
  const second = repo.commit({ 'notes.txt': lines(12), 'run.sh': 'echo one\necho two\n' }, '2026-01-06T10:00:00Z');
  appendFileSync(
    path.join(repo.dir, '.git', 'config'),
    [
      '[core]',
      `\tfsmonitor = ${tool('fsmonitor')}`,
      `\tpager = ${tool('pager')}`,
      '[filter "evil"]',
      `\tclean = ${tool('clean')}`,
      `\tsmudge = ${tool('smudge')}`,
      '\trequired = true',
      '[diff "evil"]',
      `\ttextconv = ${tool('textconv')}`,
      `\tcommand = ${tool('diff-driver')}`,
      '[diff]',
      `\texternal = ${tool('external-diff')}`,
      '[log]',
      '\tshowSignature = true',
      '[gpg]',
      `\tprogram = ${tool('gpg')}`,
      '[pager]',
      `\tlog = ${tool('pager-log')}`,
      `\tdiff = ${tool('pager-diff')}`,
      '',
    ].join('\n'),
  );
  for (const hook of hooks) {
    const file = path.join(repo.dir, '.git', 'hooks', hook);
    writeFileSync(file, `#!/bin/sh\ntouch '${path.join(markers, `hook-${hook}`)}'\n`);
    chmodSync(file, 0o755);
  }
  // Files whose times no longer match the index: git status must read them again, through the clean filter if it may.
  const later = new Date('2030-01-01T00:00:00Z');
  for (const file of ['notes.txt', 'run.sh']) utimesSync(path.join(repo.dir, file), later, later);
  const report = [
    '# Status',
    '',
    '- **Working Tree**: Clean',
    `- Fixed in commit ${first.slice(0, 7)}.`,
    `- Commit \`${second.slice(0, 7)}\`: 2 files changed, 3 insertions(+)`,
    '- `notes.txt` (12 lines)',
    '- **Location:** `notes.txt:2` - `line 2`',
    '- 4 passing tests',
    '- Coverage: 80%',
    '',
  ].join('\n');
  writeFileSync(path.join(dir, 'STATUS.md'), report);
  return { repo, markers, report: path.join(dir, 'STATUS.md') };
}

interface Finding {
  verdict: string;
  message: string;
  claim: { kind: string };
}

describe('a repository whose git configuration runs commands', () => {
  const { repo, markers, report } = hostileRepo();
  const env = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  const verdicts = (stdout: string) =>
    Object.fromEntries((JSON.parse(stdout) as { reports: Array<{ findings: Finding[] }> }).reports[0]!.findings.map((f) => [f.claim.kind, f.verdict]));

  it.each([
    { name: '--no-exec', args: ['--no-exec'] },
    { name: 'without --no-exec', args: [] },
    { name: '--at HEAD, --no-exec', args: ['--at', 'HEAD', '--no-exec'] },
  ])('runs none of them: $name', async ({ args }) => {
    for (const marker of readdirSync(markers)) rmSync(path.join(markers, marker));
    const result = await cli(['verify', report, '--repo', repo.dir, '--format', 'json', ...args], repo.dir, env);
    expect(result.stderr).toBe('');
    // Every git claim and file claim was measured, so git and the files were really looked at.
    expect(verdicts(result.stdout)).toMatchObject({
      'git.clean': 'confirmed',
      'git.commit': 'confirmed',
      'git.diffstat': 'confirmed',
      'file.lines': 'confirmed',
      'file.snippet': 'confirmed',
    });
    // The configured test and coverage commands are the only things besides git that may run, and only without --no-exec.
    const expected = args.includes('--no-exec') ? [] : ['coverage-runner', 'test-runner'];
    expect(readdirSync(markers)).toEqual(expected);
  });

  it('the markers are real: plain git runs the filter, the monitor and the hooks of this repository', () => {
    repo.git('status', '--porcelain');
    expect(readdirSync(markers)).toEqual(expect.arrayContaining(['clean', 'fsmonitor', 'hook-post-index-change']));
  });
});
