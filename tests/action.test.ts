/**
 * action.yml: its shell steps run for real, with bash and git, in a
 * repository made by the test — the step that finds the changed reports and
 * the step that runs claimcheck with `--format github`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load as loadYaml } from 'js-yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Step {
  id?: string;
  name: string;
  run: string;
  env?: Record<string, string>;
}
const action = loadYaml(readFileSync(path.join(root, 'action.yml'), 'utf8')) as { runs: { using: string; steps: Step[] }; inputs: Record<string, { default?: string }> };
const step = (id: string) => action.runs.steps.find((s) => s.id === id || s.name === id) as Step;

let repo: string;
let base: string;
const temps: string[] = [];
beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'claimcheck-action-'));
  const env = { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com', GIT_AUTHOR_DATE: '2024-01-02T03:04:05Z', GIT_COMMITTER_DATE: '2024-01-02T03:04:05Z' };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' }).trim();
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), text);
  };
  git('init', '-q', '-b', 'main');
  write('scripts/run.sh', '#!/bin/sh\necho 1\necho 2\n');
  write('OLD.md', '- `scripts/run.sh` (99 lines)\n');
  write('docs/KEEP.md', '- `scripts/run.sh` (98 lines)\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  base = git('rev-parse', 'HEAD');
  write('docs/KEEP.md', '- `scripts/run.sh` (3 lines)\n- `scripts/run.sh` (7 lines)\n');
  write('docs/my report.md', '- `scripts/run.sh` (3 lines)\n');
  write('notes.txt', '12 lines\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'change');
});
afterAll(() => {
  for (const dir of [repo, ...temps]) rmSync(dir, { recursive: true, force: true });
});

function runStep(s: Step, env: Record<string, string>) {
  const out = mkdtempSync(path.join(tmpdir(), 'claimcheck-gh-'));
  temps.push(out);
  const outputFile = path.join(out, 'output');
  writeFileSync(outputFile, '');
  const result = spawnSync('bash', ['-c', s.run], {
    cwd: repo,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', RUNNER_TEMP: out, GITHUB_OUTPUT: outputFile, GITHUB_ACTION_PATH: root, ...env },
  });
  const outputs = Object.fromEntries(readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((l) => l.split(/=(.*)/s).slice(0, 2)));
  return { ...result, outputs: outputs as Record<string, string> };
}

describe('action.yml', () => {
  it('is a composite action whose scripts take inputs only from the environment', () => {
    expect(action.runs.using).toBe('composite');
    for (const s of action.runs.steps) expect(s.run, s.name).not.toContain('${{');
  });

  it('finds the reports changed since the base, and checks them with --format github', () => {
    const found = runStep(step('changed'), { CLAIMCHECK_REPORTS: action.inputs.reports?.default ?? '', CLAIMCHECK_ALL: 'false', CLAIMCHECK_BASE: base });
    expect(found.status, found.stderr).toBe(0);
    expect(found.outputs.count).toBe('2');
    expect(readFileSync(found.outputs.list!, 'utf8').split('\0').filter(Boolean).sort()).toEqual(['docs/KEEP.md', 'docs/my report.md']);

    const checked = runStep(step('Check the reports'), { CLAIMCHECK_LIST: found.outputs.list!, CLAIMCHECK_CONFIG: '', CLAIMCHECK_FAIL_ON: 'contradicted', CLAIMCHECK_CHECKS: '', CLAIMCHECK_NO_EXEC: 'true' });
    expect(checked.status).toBe(1);
    const errors = checked.stdout.split('\n').filter((l) => l.startsWith('::error'));
    // KEEP.md gives run.sh two line counts: line 2 is wrong against the file, and the two lines contradict each other.
    expect(errors).toHaveLength(3);
    expect(errors.filter((e) => /^::error file=docs\/KEEP\.md,line=2,col=\d+,title=claimcheck contradicted%3A file\.lines::claims 7 lines/.test(e))).toHaveLength(1);
    expect(errors.filter((e) => /^::error file=docs\/KEEP\.md,line=[12],.*::line [12] says/.test(e))).toHaveLength(2);
    expect(checked.stdout).toContain('claimcheck: 3 claims: 2 confirmed, 3 contradicted');
  });

  it('checks every matching report without a usable base, and passes when none fails', () => {
    const found = runStep(step('changed'), { CLAIMCHECK_REPORTS: 'docs/my*.md\nOLD.md', CLAIMCHECK_ALL: 'false', CLAIMCHECK_BASE: '0000000000000000000000000000000000000000' });
    expect(found.outputs.count).toBe('2');
    const checked = runStep(step('Check the reports'), { CLAIMCHECK_LIST: found.outputs.list!, CLAIMCHECK_CONFIG: '', CLAIMCHECK_FAIL_ON: 'contradicted', CLAIMCHECK_CHECKS: 'files', CLAIMCHECK_NO_EXEC: 'true' });
    expect(checked.stdout).toContain('::error file=OLD.md,line=1');
    const onlyGood = runStep(step('changed'), { CLAIMCHECK_REPORTS: 'docs/my*.md', CLAIMCHECK_ALL: 'true', CLAIMCHECK_BASE: base });
    expect(onlyGood.outputs.count).toBe('1');
    expect(runStep(step('Check the reports'), { CLAIMCHECK_LIST: onlyGood.outputs.list!, CLAIMCHECK_CONFIG: '', CLAIMCHECK_FAIL_ON: 'contradicted', CLAIMCHECK_CHECKS: '', CLAIMCHECK_NO_EXEC: 'true' }).status).toBe(0);
  });
});
