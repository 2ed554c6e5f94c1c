import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';
import { isRevision, parseRange } from '../../src/measure/git.js';

let base: string;
let repo: string;
const hashes: string[] = [];
let date = 0;

/** git with a fixed author and dates, so the hashes are the same on every run. */
async function run(args: string[], cwd = repo): Promise<string> {
  date++;
  const stamp = `2025-01-0${Math.min(date, 9)}T12:00:${String(date).padStart(2, '0')}Z`;
  const env = {
    GIT_AUTHOR_NAME: 'Fixture', GIT_AUTHOR_EMAIL: 'fixture@example.com', GIT_COMMITTER_NAME: 'Fixture', GIT_COMMITTER_EMAIL: 'fixture@example.com',
    GIT_AUTHOR_DATE: stamp, GIT_COMMITTER_DATE: stamp, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1',
  };
  return (await execa('git', args, { cwd, env })).stdout;
}

async function commit(file: string, text: string, message: string): Promise<string> {
  writeFileSync(path.join(repo, file), text);
  await run(['add', '--', file]);
  await run(['commit', '-q', '-m', message]);
  const hash = await run(['rev-parse', 'HEAD']);
  hashes.push(hash);
  return hash;
}

beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'claimcheck-git-'));
  repo = path.join(base, 'repo');
  await run(['init', '-q', '-b', 'main', repo], base);
  await commit('a.txt', 'one\n', 'first');
  await commit('b.txt', 'two\n', 'second');
  await run(['clone', '-q', '--bare', repo, path.join(base, 'origin.git')], base);
  await run(['remote', 'add', 'origin', path.join(base, 'origin.git')]);
  await run(['fetch', '-q', 'origin']);
  await run(['branch', '-q', '--set-upstream-to=origin/main', 'main']);
  await run(['tag', 'v1.0']);
  // After the tag: 3 commits touching 3 files, +6 lines, -1 line.
  await commit('a.txt', 'one\nmore\n', 'third');
  await commit('c.txt', 'x\ny\nz\n', 'fourth');
  await commit('b.txt', 'deux\nthree\n', 'fifth');
  await run(['branch', 'feature/login']);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('git revisions from report text', () => {
  it('accepts hashes, ranges and ref names and refuses options', () => {
    expect(isRevision('c7d6981')).toBe(true);
    expect(isRevision('origin/main')).toBe(true);
    expect(isRevision('v1.2.0')).toBe(true);
    expect(isRevision('--upload-pack=evil')).toBe(false);
    expect(isRevision('-n')).toBe(false);
    expect(isRevision('a..b')).toBe(false);
    expect(parseRange('v1.0..HEAD')).toEqual({ from: 'v1.0', to: 'HEAD', dots: '..' });
    expect(parseRange('--output=x..HEAD')).toBeUndefined();
  });
});

describe('git verifier against a real repository', () => {
  it('gives each git claim its verdict', async () => {
    const [first, second, third, , fifth] = hashes as [string, string, string, string, string];
    const cases: Array<[string, string]> = [
      [`- \`${fifth.slice(0, 7)}\` - latest change`, 'confirmed'],
      [`- Fixed in commit ${first}`, 'confirmed'],
      ['- `abc1234` - a commit that never was', 'contradicted'],
      [`- 3 new commits (v1.0..${third.slice(0, 7)})`, 'contradicted'], // one commit in that range
      ['- 3 commits since `v1.0`', 'confirmed'],
      ['- 5 commits since `v1.0`', 'contradicted'],
      [`- 2 commits (${fifth.slice(0, 7)}...${third.slice(0, 7)})`, 'confirmed'], // written newest first
      ['- **Branch**: main (3 commits ahead of origin)', 'confirmed'],
      ['- **Branch**: main (6 commits ahead of origin)', 'contradicted'],
      ['- `v1.0..main`: 3 files changed, 6 insertions(+), 1 deletion(-)', 'confirmed'],
      ['- `v1.0..main`: 117 files changed, 17,051 insertions(+), 9 deletions(-)', 'contradicted'],
      [`- Commit \`${second.slice(0, 7)}\`: 1 file changed, 1 insertion(+)`, 'confirmed'],
      ['- **Lines Changed**: ~10,000+ insertions', 'unverifiable'], // no range named
      ['- Work happens on branch `feature/login`.', 'confirmed'],
      ['- Work happens on branch `feature/logout`.', 'contradicted'],
      ['- **Working Tree**: Clean', 'confirmed'],
    ];
    const kinds = ['git.commit', 'git.commit', 'git.commit', 'git.commits', 'git.commits', 'git.commits', 'git.commits', 'git.commits', 'git.commits',
      'git.diffstat', 'git.diffstat', 'git.diffstat', 'git.diffstat', 'git.branch', 'git.branch', 'git.clean'];
    expect(kinds).toHaveLength(cases.length);
    const report = path.join(repo, 'REPORT.md');
    writeFileSync(report, cases.map(([line]) => line).join('\n\n') + '\n');
    const result = await verify({ reports: [report], repo, cwd: repo, checks: ['git'] });
    const findings = result.reports[0]!.findings.filter((f) => f.claim.kind.startsWith('git.') && f.verdict !== 'skipped');
    cases.forEach(([line, verdict], i) => {
      const here = findings.filter((f) => f.claim.position.line === i * 2 + 1);
      // The line's own fact is its first claim of the kind it is about; hashes and
      // branch names around it are claims of their own, all true here.
      const kind = kinds[i];
      const main = here.filter((f) => f.claim.kind === kind);
      expect(main.length, line).toBeGreaterThan(0);
      for (const f of main) expect(`${f.verdict}: ${f.message}`, line).toContain(`${verdict}: `);
      for (const f of here.filter((h) => h.claim.kind !== kind)) expect(f.verdict, line).toBe('confirmed');
    });
  });

  // 001:40-41: a diffstat under "Merged X into Y" is what the merge brought, from a base the report does not name.
  // feature/login's tip against its parent is "1 file changed, 1 insertion(+), 1 deletion(-)": measuring that would
  // contradict a true report, so the claim is left open.
  it('leaves the diffstat of a merged branch open, even where its tip commit would disagree', async () => {
    const report = path.join(repo, 'MERGE.md');
    writeFileSync(report, '1. **Merged feature/login** into main\n   - 3 files changed, 6 insertions\n');
    const result = await verify({ reports: [report], repo, cwd: repo, checks: ['git'] });
    const found = result.reports[0]!.findings.filter((f) => f.claim.kind === 'git.diffstat');
    expect(found.map((f) => [f.claim.subject, f.verdict])).toEqual([[{ name: 'feature/login' }, 'unverifiable'], [{ name: 'feature/login' }, 'unverifiable']]);
    expect(found[0]!.message).toContain('merged into');
  });

  it('sees a dirty working tree', async () => {
    writeFileSync(path.join(repo, 'a.txt'), 'changed\n');
    const report = path.join(repo, 'STATUS.md');
    writeFileSync(report, '**Working tree**: clean\n');
    const result = await verify({ reports: [report], repo, cwd: repo, checks: ['git'] });
    expect(result.reports[0]!.findings.map((f) => [f.verdict, f.message])).toEqual([['contradicted', expect.stringContaining('a.txt')]]);
  });

  // realworld w52:16: "**Branch:** `feat/…`" in a report whose pull request was squash-merged and its branch deleted,
  // verified in a clone at the report's commit. A detached checkout holds only the refs it fetched.
  it('leaves a branch it cannot see open on a detached HEAD, and judges it on a branch', async () => {
    const detached = path.join(base, 'detached');
    await run(['clone', '-q', '--no-checkout', repo, detached], base);
    await run(['checkout', '-q', '--detach', hashes[4]!], detached);
    const cases: Array<[where: string, line: string, verdict: string]> = [
      [detached, '- **Branch:** `feat/merged-and-deleted`', 'unverifiable'],
      [detached, '- **Branch:** `feature/login`', 'confirmed'], // cloned as origin/feature/login
      [repo, '- **Branch:** `feat/merged-and-deleted`', 'contradicted'], // HEAD on main: the branch would be here
    ];
    for (const [where, line, verdict] of cases) {
      const report = path.join(where, 'BRANCH.md');
      writeFileSync(report, line + '\n');
      const result = await verify({ reports: [report], repo: where, cwd: where, checks: ['git'] });
      const found = result.reports[0]!.findings.filter((f) => f.claim.kind === 'git.branch');
      expect(found.map((f) => f.verdict), `${where === repo ? 'on main' : 'detached'}: ${line}`).toEqual([verdict]);
    }
  });

  it('says unverifiable outside a git repository', async () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'claimcheck-nogit-'));
    try {
      const report = path.join(plain, 'R.md');
      writeFileSync(report, '- `c7d6981` - fix\n');
      const result = await verify({ reports: [report], repo: plain, cwd: plain, checks: ['git'] });
      expect(result.reports[0]!.findings.map((f) => f.verdict)).toEqual(['unverifiable']);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});
