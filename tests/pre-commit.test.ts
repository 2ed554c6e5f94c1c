/**
 * The pre-commit hook of `.pre-commit-hooks.yaml`: its shape checked against
 * pre-commit's manifest schema (always), then pre-commit itself validating
 * it and running it on staged reports in a test repository (when the
 * `pre-commit` program is installed: Debian package `pre-commit`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load as loadYaml } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { gitRepo, lines } from './helpers/git-repo.js';
import { run } from '../src/commands/cli.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifestFile = path.join(root, '.pre-commit-hooks.yaml');

/** pre-commit's manifest keys (pre_commit/clientlib.py, MANIFEST_HOOK_DICT): required first. */
const requiredKeys = ['id', 'name', 'entry', 'language'];
const optionalKeys = ['alias', 'files', 'exclude', 'types', 'types_or', 'exclude_types', 'additional_dependencies', 'args', 'always_run', 'fail_fast',
  'pass_filenames', 'description', 'language_version', 'log_file', 'minimum_pre_commit_version', 'require_serial', 'stages', 'verbose'];
const booleanKeys = ['always_run', 'fail_fast', 'pass_filenames', 'require_serial', 'verbose'];
const listKeys = ['types', 'types_or', 'exclude_types', 'additional_dependencies', 'args', 'stages'];

describe('.pre-commit-hooks.yaml', () => {
  const manifest = loadYaml(readFileSync(manifestFile, 'utf8')) as Array<Record<string, unknown>>;

  it('is a list of hooks with pre-commit\'s keys and value types', () => {
    expect(Array.isArray(manifest)).toBe(true);
    expect(manifest.length).toBeGreaterThan(0);
    for (const hook of manifest) {
      for (const key of requiredKeys) expect(typeof hook[key], `${String(hook.id)}.${key}`).toBe('string');
      expect(Object.keys(hook).filter((key) => !requiredKeys.includes(key) && !optionalKeys.includes(key))).toEqual([]);
      for (const key of booleanKeys) if (key in hook) expect(typeof hook[key], key).toBe('boolean');
      for (const key of listKeys) if (key in hook) expect(Array.isArray(hook[key]) && (hook[key] as unknown[]).every((v) => typeof v === 'string'), key).toBe(true);
      if ('minimum_pre_commit_version' in hook) expect(hook.minimum_pre_commit_version).toMatch(/^\d+(?:\.\d+)*$/);
    }
  });

  it('runs `claimcheck hook` from this package on the markdown files, all in one invocation', async () => {
    const hook = manifest.find((h) => h.id === 'claimcheck')!;
    expect(hook).toMatchObject({ language: 'node', types: ['markdown'], require_serial: true });
    expect(hook.pass_filenames).not.toBe(false);
    const [program, command, ...rest] = String(hook.entry).split(/\s+/);
    const bin = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin;
    expect(Object.keys(bin)).toContain(program);
    expect([command, rest]).toEqual(['hook', []]);
    // The command exists: an unknown one is a usage error (2); `hook` with a bad option says so with its own status 1.
    const errors: string[] = [];
    const status = await run(['hook', '--timeout', 'x'], { cwd: root, stdout: () => undefined, stderr: (t) => errors.push(t) });
    expect([status, errors.join('')]).toEqual([1, expect.stringContaining('claimcheck hook: --timeout')]);
  });
});

const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const hasPreCommit = preCommit.status === 0;
const skipReason = hasPreCommit ? '' : ' (skipped: the `pre-commit` program is not installed; Debian package `pre-commit`)';

describe(`pre-commit runs the hook${skipReason}`, () => {
  const temps: string[] = [];
  afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it.skipIf(!hasPreCommit)('validates the manifest', () => {
    const result = spawnSync('pre-commit', ['validate-manifest', manifestFile], { encoding: 'utf8' });
    expect([result.status, result.stdout + result.stderr]).toEqual([0, '']);
  });

  it.skipIf(!hasPreCommit)('stops the commit on the false figure of a staged report, and passes the true one', () => {
    const repo = gitRepo('claimcheck-pre-commit-');
    temps.push(repo.dir);
    const home = mkdtempSync(path.join(tmpdir(), 'claimcheck-pre-commit-home-'));
    temps.push(home);
    repo.commit({ 'scripts/backup.sh': lines(12), 'README.md': '# Backup tools\n' }, '2026-12-01T10:00:00Z');
    mkdirSync(path.join(repo.dir, 'docs'));
    writeFileSync(path.join(repo.dir, 'docs', 'AUDIT.md'), '# Audit\n\n- `scripts/backup.sh` (40 lines)\n');
    writeFileSync(path.join(repo.dir, 'docs', 'TRUE.md'), '# Audit\n\n- `scripts/backup.sh` (12 lines)\n');
    repo.git('add', 'docs');
    const env = {
      ...process.env,
      PRE_COMMIT_HOME: home,
      // pre-commit installs the hook with npm (language: node): packages come from npm's cache when it has them.
      npm_config_prefer_offline: 'true',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'Fixture Author',
      GIT_AUTHOR_EMAIL: 'author@example.com',
      GIT_COMMITTER_NAME: 'Fixture Author',
      GIT_COMMITTER_EMAIL: 'author@example.com',
    };
    const result = spawnSync('pre-commit', ['try-repo', root, 'claimcheck'], { cwd: repo.dir, env, encoding: 'utf8', timeout: 900_000 });
    const output = result.stdout + result.stderr;
    expect(result.status, output).toBe(1);
    expect(output).toMatch(/^claimcheck\.+Failed$/m);
    expect(output).toContain('- exit code: 2');
    expect(output).toContain('docs/AUDIT.md:3:3: "`scripts/backup.sh` (40 lines)": claims 40 lines in `scripts/backup.sh`; measured 12 (file: scripts/backup.sh)');
    expect(output).not.toContain('docs/TRUE.md:');
    expect(output).toContain('claimcheck hook: 2 reports: 2 claims checked (1 confirmed, 1 contradicted)');
  }, 900_000);
});
