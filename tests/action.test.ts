/**
 * action.yml: its shell steps run for real, with bash and git, in a
 * repository made by the test — the step that finds the changed reports and
 * the step that runs claimcheck with `--format github`. The Action's path is
 * a copy of action.yml and action/ alone, with no node_modules anywhere above
 * it: the committed build must run as GitHub checks it out.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
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
let actionPath: string;
const temps: string[] = [];
beforeAll(() => {
  actionPath = mkdtempSync(path.join(tmpdir(), 'claimcheck-action-path-'));
  temps.push(actionPath);
  cpSync(path.join(root, 'action.yml'), path.join(actionPath, 'action.yml'));
  cpSync(path.join(root, 'action'), path.join(actionPath, 'action'), { recursive: true });
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
  // A README with no figure: among every markdown file, but no report.
  write('README.md', '# Tool\n\nRun it and read what it says.\n');
  // Claims only the parsers can measure: a definition at a line (tree-sitter), tests defined in TypeScript and Python.
  write('src/app.ts', 'export function start(x: number) {\n  return x + 1;\n}\n\nexport function stop() {\n  return 0;\n}\n');
  write('tests/app.test.ts', "import { it } from 'vitest';\nit('a', () => {});\nit('b', () => {});\n");
  write('tests/test_app.py', 'def test_one():\n    pass\n');
  write('claimcheck.yaml', 'failOn: [contradicted]\n');
  write('parsed/CODE.md', '- `src/app.ts:5` is in `stop`.\n- `src/app.ts:1` is in `stop`.\n');
  write('parsed/TESTS.md', 'The suite has 3 tests.\n');
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
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', RUNNER_TEMP: out, GITHUB_OUTPUT: outputFile, GITHUB_ACTION_PATH: actionPath, ...env },
  });
  const outputs = Object.fromEntries(readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((l) => l.split(/=(.*)/s).slice(0, 2)));
  return { ...result, outputs: outputs as Record<string, string> };
}

describe('action.yml', () => {
  it('is a composite action whose scripts take inputs only from the environment, and installs nothing', () => {
    expect(action.runs.using).toBe('composite');
    for (const s of action.runs.steps) expect(s.run, s.name).not.toContain('${{');
    for (const s of action.runs.steps) expect(s.run, s.name).not.toMatch(/\b(npm|npx|yarn|pnpm)\b/);
    expect(existsSync(path.join(actionPath, 'node_modules'))).toBe(false);
  });

  it('finds the reports changed since the base, and checks them with --format github', () => {
    const reports = action.inputs.reports?.default ?? '';
    const found = runStep(step('changed'), { CLAIMCHECK_REPORTS: reports, CLAIMCHECK_ALL: 'false', CLAIMCHECK_BASE: base });
    expect(found.status, found.stderr).toBe(0);
    expect(found.outputs.count).toBe('5');
    expect(readFileSync(found.outputs.list!, 'utf8').split('\0').filter(Boolean).sort()).toEqual(['README.md', 'docs/KEEP.md', 'docs/my report.md', 'parsed/CODE.md', 'parsed/TESTS.md']);

    const checked = runStep(step('Check the reports'), { CLAIMCHECK_LIST: found.outputs.list!, CLAIMCHECK_REPORTS: reports, CLAIMCHECK_CONFIG: '', CLAIMCHECK_FAIL_ON: 'contradicted', CLAIMCHECK_CHECKS: 'files,git,counts,consistency', CLAIMCHECK_NO_EXEC: 'true' });
    expect(checked.status, checked.stderr).toBe(1);
    // The default globs leave the README out: it has no figure, so it is no report.
    expect(checked.stderr).toContain('claimcheck: left out 1 report with no figure: README.md');
    expect(checked.stdout).not.toContain('README.md');
    const errors = checked.stdout.split('\n').filter((l) => l.startsWith('::error file=docs/'));
    // KEEP.md gives run.sh two line counts: line 2 is wrong against the file and against line 1;
    // line 1, which the file confirms, is not blamed for the disagreement.
    expect(errors).toHaveLength(2);
    expect(errors.filter((e) => /^::error file=docs\/KEEP\.md,line=2,col=\d+,title=claimcheck contradicted%3A file\.lines::claims 7 lines/.test(e))).toHaveLength(1);
    expect(errors.filter((e) => /^::error file=docs\/KEEP\.md,line=2,.*::line 1 says/.test(e))).toHaveLength(1);
    expect(checked.stdout).toContain('claimcheck: 6 claims: 3 confirmed, 3 contradicted');
  });

  it('measures with the parsers it carries: tree-sitter grammars, TypeScript and Python test definitions, the compiled config schema', () => {
    const list = path.join(mkdtempSync(path.join(tmpdir(), 'claimcheck-list-')), 'list');
    temps.push(path.dirname(list));
    writeFileSync(list, 'parsed/CODE.md\0');
    const checked = runStep(step('Check the reports'), { CLAIMCHECK_LIST: list, CLAIMCHECK_REPORTS: 'parsed/*.md', CLAIMCHECK_CONFIG: 'claimcheck.yaml', CLAIMCHECK_FAIL_ON: 'contradicted', CLAIMCHECK_CHECKS: '', CLAIMCHECK_NO_EXEC: 'true' });
    expect(checked.stderr).not.toContain('internal error');
    const lines = checked.stdout.split('\n');
    // Line 5 of src/app.ts is in `stop`, line 1 is not (report lines 1 and 2): only the TypeScript grammar tells.
    expect(lines.filter((l) => l.startsWith('::error file=parsed/CODE.md,line=2,') && l.includes('parsed as typescript'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('::error file=parsed/CODE.md,line=1,'))).toHaveLength(0);
    expect(checked.status).toBe(1);

    // The same build's JSON shows what the annotations leave out: tests defined in TypeScript and in Python, counted by their parsers.
    const json = spawnSync('node', [path.join(actionPath, 'action/bin/claimcheck.js'), 'verify', '--no-exec', '--format', 'json', 'parsed/TESTS.md'], { cwd: repo, encoding: 'utf8' });
    expect(json.stderr).not.toContain('internal error');
    const findings = (JSON.parse(json.stdout) as { reports: Array<{ findings: Array<{ verdict: string; message: string }> }> }).reports[0]?.findings ?? [];
    expect(findings.map((f) => f.message).join('\n')).toContain('3 tests defined in 2 files');

    // The compiled config schema runs too: an unknown key is a configuration error.
    writeFileSync(path.join(repo, 'bad.yaml'), 'failOn: [contradicted]\nreprots: []\n');
    const bad = runStep(step('Check the reports'), { CLAIMCHECK_LIST: list, CLAIMCHECK_REPORTS: '', CLAIMCHECK_CONFIG: 'bad.yaml', CLAIMCHECK_FAIL_ON: 'contradicted', CLAIMCHECK_CHECKS: '', CLAIMCHECK_NO_EXEC: 'true' });
    rmSync(path.join(repo, 'bad.yaml'));
    expect(bad.stderr).toContain('claimcheck: bad.yaml: reprots: unknown key');
    expect(bad.status).toBe(2);
  });

  it('checks every report that globs given as input match, with or without figures', () => {
    const found = runStep(step('changed'), { CLAIMCHECK_REPORTS: '**/*.md', CLAIMCHECK_ALL: 'false', CLAIMCHECK_BASE: base });
    expect(found.outputs.count).toBe('5');
    const checked = runStep(step('Check the reports'), { CLAIMCHECK_LIST: found.outputs.list!, CLAIMCHECK_REPORTS: '**/*.md', CLAIMCHECK_CONFIG: '', CLAIMCHECK_FAIL_ON: 'contradicted', CLAIMCHECK_CHECKS: 'files', CLAIMCHECK_NO_EXEC: 'true' });
    expect(checked.stderr).not.toContain('left out');
  });

  it('checks every matching report without a usable base, and passes when none fails', () => {
    const found = runStep(step('changed'), { CLAIMCHECK_REPORTS: 'docs/my*.md\nOLD.md', CLAIMCHECK_ALL: 'false', CLAIMCHECK_BASE: '0000000000000000000000000000000000000000' });
    expect(found.outputs.count).toBe('2');
    const checked = runStep(step('Check the reports'), { CLAIMCHECK_LIST: found.outputs.list!, CLAIMCHECK_REPORTS: 'docs/my*.md\nOLD.md', CLAIMCHECK_CONFIG: '', CLAIMCHECK_FAIL_ON: 'contradicted', CLAIMCHECK_CHECKS: 'files', CLAIMCHECK_NO_EXEC: 'true' });
    expect(checked.stdout).toContain('::error file=OLD.md,line=1');
    const onlyGood = runStep(step('changed'), { CLAIMCHECK_REPORTS: 'docs/my*.md', CLAIMCHECK_ALL: 'true', CLAIMCHECK_BASE: base });
    expect(onlyGood.outputs.count).toBe('1');
    expect(runStep(step('Check the reports'), { CLAIMCHECK_LIST: onlyGood.outputs.list!, CLAIMCHECK_REPORTS: 'docs/my*.md', CLAIMCHECK_CONFIG: '', CLAIMCHECK_FAIL_ON: 'contradicted', CLAIMCHECK_CHECKS: '', CLAIMCHECK_NO_EXEC: 'true' }).status).toBe(0);
  });
});
