import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../src/commands/cli.js';
import { validator } from '../src/schemas.js';
import { checkRevision, resolveRevision, RevisionError, withWorktree } from '../src/measure/worktree.js';
import { reportCommit, staleSince } from '../src/commands/history.js';
import type { Finding, VerifyResult } from '../src/model.js';
import { gitRepo, lines, type GitRepo } from './helpers/git-repo.js';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const report = [
  '# Audit',
  '',
  '- `scripts/grow.sh` (10 lines)',
  '- `scripts/never.sh` (50 lines)',
  '- `scripts/steady.sh` (7 lines)',
  '',
].join('\n');

const writtenDate = '2024-01-10T09:00:00+00:00';
const grownDate = '2024-02-20T09:00:00+00:00';

/**
 * The history every test here reads: the report is committed with the
 * scripts; afterwards `grow.sh` grows from 10 to 30 lines. `never.sh` has 5
 * lines throughout, so its "50 lines" was never true.
 */
function auditRepo(): { repo: GitRepo; written: string; grown: string } {
  const repo = gitRepo();
  const written = repo.commit({ 'docs/AUDIT.md': report, 'scripts/grow.sh': lines(10), 'scripts/never.sh': lines(5), 'scripts/steady.sh': lines(7) }, writtenDate, 'audit');
  const grown = repo.commit({ 'scripts/grow.sh': lines(30) }, grownDate, 'grow');
  return { repo, written, grown };
}

function byPath(result: VerifyResult, file: string): Finding {
  const finding = result.reports[0]?.findings.find((f) => 'path' in f.claim.subject && f.claim.subject.path === file);
  if (!finding) throw new Error(`no finding for ${file}`);
  return finding;
}

/** Worktrees git knows of in `repo` (the main one included). */
function worktrees(repo: GitRepo): string[] {
  return repo.git('worktree', 'list', '--porcelain').split('\n').filter((line) => line.startsWith('worktree '));
}

// Every temporary worktree of this file goes under a folder of its own, so the tests can see it is emptied.
let temp: string;
const savedTmp = process.env.TMPDIR;
beforeEach(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'claimcheck-history-tmp-'));
  process.env.TMPDIR = temp;
});
afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  rmSync(temp, { recursive: true, force: true });
});
/** Temp folders of `--at` worktrees left in this test's TMPDIR. */
const atFolders = () => readdirSync(temp).filter((name) => name.startsWith('claimcheck-at-'));
const repos: GitRepo[] = [];
afterAll(() => repos.forEach((r) => r.remove()));
function fresh() {
  const made = auditRepo();
  repos.push(made.repo);
  return made;
}

describe('verify --since-written', () => {
  it('says stale since the report commit for a file that grew, wrong when written for a figure never true', async () => {
    const { repo, written } = fresh();
    const { code, stdout, stderr } = await cli(['verify', 'docs/AUDIT.md', '--repo', repo.dir, '--since-written', '--format', 'json'], repo.dir);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as VerifyResult;
    const validate = validator('result');
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);

    const grow = byPath(result, 'scripts/grow.sh');
    expect(grow).toMatchObject({ verdict: 'contradicted', measured: { value: 30 }, staleness: `stale since ${written.slice(0, 7)} 2024-01-10` });
    expect(grow.written).toMatchObject({ commit: written, date: writtenDate, verdict: 'confirmed', measured: { value: 10, source: 'file: scripts/grow.sh' } });

    const never = byPath(result, 'scripts/never.sh');
    expect(never).toMatchObject({ verdict: 'contradicted', measured: { value: 5 }, staleness: 'wrong when written' });
    expect(never.written).toMatchObject({ commit: written, verdict: 'contradicted', measured: { value: 5 } });

    // Claims that hold are not measured again.
    const steady = byPath(result, 'scripts/steady.sh');
    expect(steady.verdict).toBe('confirmed');
    expect(steady.written).toBeUndefined();
    expect(steady.staleness).toBeUndefined();

    expect(worktrees(repo)).toHaveLength(1);
    expect(atFolders()).toEqual([]);
  });

  it('prints the staleness in the text format', async () => {
    const { repo, written } = fresh();
    const { stdout } = await cli(['verify', 'docs/AUDIT.md', '--since-written'], repo.dir);
    expect(stdout).toContain(`docs/AUDIT.md:3:3  contradicted  claims 10 lines in \`scripts/grow.sh\`; measured 30 (file: scripts/grow.sh); stale since ${written.slice(0, 7)} 2024-01-10 (measured 10 at ${written.slice(0, 7)} 2024-01-10)`);
    expect(stdout).toContain('claims 50 lines in `scripts/never.sh`; measured 5 (file: scripts/never.sh); wrong when written');
  });

  it('notes a report with uncommitted edits, and a report never committed', async () => {
    const { repo } = fresh();
    writeFileSync(path.join(repo.dir, 'docs/AUDIT.md'), report + '\nEdited.\n');
    writeFileSync(path.join(repo.dir, 'docs/NEW.md'), '- `scripts/grow.sh` (12 lines)\n');
    const { stderr } = await cli(['verify', 'docs/AUDIT.md', 'docs/NEW.md', '--since-written'], repo.dir);
    expect(stderr).toContain('docs/AUDIT.md: has changes not committed');
    expect(stderr).toContain('docs/NEW.md: never committed');
  });
});

describe('verify --at', () => {
  it('measures the repository at a revision, leaving the working tree alone', async () => {
    const { repo, written } = fresh();
    writeFileSync(path.join(repo.dir, 'scripts/steady.sh'), lines(70));
    const { code, stdout } = await cli(['verify', 'docs/AUDIT.md', '--at', 'HEAD~1', '--format', 'json'], repo.dir);
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as VerifyResult;
    expect(validator('result')(result)).toBe(true);
    expect(result.repo).toBe(repo.dir);
    expect(result.reports[0]?.measuredAt).toEqual({ commit: written, date: writtenDate });
    expect(byPath(result, 'scripts/grow.sh')).toMatchObject({ verdict: 'confirmed', measured: { value: 10 } });
    expect(byPath(result, 'scripts/never.sh').verdict).toBe('contradicted');
    // The uncommitted edit is not in HEAD~1: the working tree was not what got measured.
    expect(byPath(result, 'scripts/steady.sh')).toMatchObject({ verdict: 'confirmed', measured: { value: 7 } });
    expect(repo.git('status', '--porcelain')).toBe(' M scripts/steady.sh\n');
    expect(worktrees(repo)).toHaveLength(1);
    expect(atFolders()).toEqual([]);
  });

  it('--at report measures each report at the commit that last changed it', async () => {
    const { repo, written } = fresh();
    expect(await reportCommit(repo.dir, path.join(repo.dir, 'docs/AUDIT.md'))).toEqual({ commit: written, date: writtenDate });
    const { stdout } = await cli(['verify', 'docs/AUDIT.md', '--at', 'report', '--format', 'json'], repo.dir);
    const result = JSON.parse(stdout) as VerifyResult;
    expect(result.reports[0]?.measuredAt?.commit).toBe(written);
    expect(byPath(result, 'scripts/grow.sh').measured?.value).toBe(10);
  });

  it('--at report gives a report never committed an error, and the others their commit', async () => {
    const { repo } = fresh();
    writeFileSync(path.join(repo.dir, 'docs/NEW.md'), '- `scripts/grow.sh` (30 lines)\n');
    const { code, stdout, stderr } = await cli(['verify', 'docs/NEW.md', 'docs/AUDIT.md', '--at', 'report'], repo.dir);
    expect(code).toBe(2);
    expect(stderr).toContain('docs/NEW.md: --at report: never committed');
    expect(stdout).toContain('docs/AUDIT.md:4:3');
  });

  it.each([
    ['--upload-pack=touch pwned', /not a revision \(it starts with "-"\)/],
    ['HEAD; touch pwned', /not a revision/],
    ['no-such-branch', /no commit "no-such-branch"/],
  ])('refuses %j as a revision with exit 2', async (rev, message) => {
    const { repo } = fresh();
    const { code, stderr } = await cli(['verify', 'docs/AUDIT.md', `--at=${rev}`], repo.dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(existsSync(path.join(repo.dir, 'pwned'))).toBe(false);
    expect(worktrees(repo)).toHaveLength(1);
  });

  it('removes the worktree when the run fails inside it', async () => {
    const { repo } = fresh();
    const { code, stderr } = await cli(['verify', 'docs/MISSING.md', '--at', 'HEAD', '--since-written'], repo.dir);
    expect(code).toBe(2);
    expect(stderr).toContain('docs/MISSING.md: no such file');
    expect(worktrees(repo)).toHaveLength(1);
    expect(atFolders()).toEqual([]);
  });

  it('refuses a folder outside git', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-nogit-'));
    try {
      writeFileSync(path.join(dir, 'r.md'), '- `a.sh` (3 lines)\n');
      const { code, stderr } = await cli(['verify', 'r.md', '--repo', dir, '--at', 'HEAD'], dir);
      expect(code).toBe(2);
      expect(stderr).toMatch(/need a git repository/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('temporary worktrees', () => {
  it('checks revisions before git sees them', () => {
    expect(() => checkRevision('-h')).toThrow(RevisionError);
    expect(() => checkRevision('')).toThrow(RevisionError);
    expect(() => checkRevision('a\nb')).toThrow(RevisionError);
    expect(() => checkRevision('HEAD~2^{commit}')).not.toThrow();
  });

  it('is removed after use, and after a failure inside', async () => {
    const { repo, written } = fresh();
    const commit = await resolveRevision(repo.dir, 'HEAD~1');
    expect(commit).toBe(written);
    const listeners = process.listenerCount('SIGINT');
    let seen = '';
    const lineCount = await withWorktree(repo.dir, commit, async (tree) => {
      seen = tree;
      expect(worktrees(repo)).toHaveLength(2);
      // Cleanup handlers are in place only while the worktree exists.
      expect(process.listenerCount('SIGINT')).toBe(listeners + 1);
      return lines(10) === readFileSync(path.join(tree, 'scripts/grow.sh'), 'utf8');
    });
    expect(lineCount).toBe(true);
    expect(existsSync(seen)).toBe(false);
    expect(worktrees(repo)).toHaveLength(1);

    await expect(
      withWorktree(repo.dir, commit, async (tree) => {
        seen = tree;
        throw new Error('measuring failed');
      }),
    ).rejects.toThrow('measuring failed');
    expect(existsSync(seen)).toBe(false);
    expect(worktrees(repo)).toHaveLength(1);
    expect(atFolders()).toEqual([]);
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('names the day of the commit in `stale since`', () => {
    expect(staleSince({ commit: 'abcdef0123456789abcdef0123456789abcdef01', date: '2024-01-10T09:00:00+00:00' })).toBe('stale since abcdef0 2024-01-10');
  });
});
