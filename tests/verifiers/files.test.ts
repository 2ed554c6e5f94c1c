import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/pipeline.js';
import { RepoFiles } from '../../src/repo-path.js';

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
    expect(await files.resolve('/etc/passwd')).toMatchObject({ ok: false, reason: 'not found' });
    expect(await files.resolve('bad\u0000name')).toMatchObject({ ok: false, reason: 'invalid' });
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
