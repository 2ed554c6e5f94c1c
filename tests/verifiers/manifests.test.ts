/**
 * Counts in manifests and CLI definitions, on fixture repositories built
 * here: each line of a report gets the verdict the table says.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';
import { fixtureRepos } from '../helpers/fixture-repo.js';
import { readManifest } from '../../src/measure/manifests.js';
import { countCliCommands } from '../../src/measure/cli-commands.js';

const repos = fixtureRepos('claimcheck-manifests-');

const packageJson = JSON.stringify({
  name: 'app', workspaces: ['packages/a', 'packages/b'],
  scripts: { build: 'tsc', test: 'vitest', lint: 'eslint .' },
  dependencies: { express: '^4', zod: '^3' }, devDependencies: { vitest: '^1', typescript: '^5', eslint: '^9' },
  peerDependencies: { react: '^18' },
});
const backendPackage = JSON.stringify({ name: 'backend', dependencies: { a: '1', b: '1', c: '1', d: '1' }, devDependencies: { e: '1', f: '1' } });
const pyproject = `[project]
name = "tool"
dependencies = ["requests>=2", "typer", "rich"]
[project.optional-dependencies]
docs = ["mkdocs"]
[dependency-groups]
dev = ["pytest", "ruff"]
`;
const cargo = `[package]
name = "engine"
version = "0.1.0"
[dependencies]
serde = { version = "1", features = ["derive"] }
tokio = "1"
[target.'cfg(unix)'.dependencies]
libc = "0.2"
[dev-dependencies]
proptest = "1"
[build-dependencies]
cc = "1"
`;
const typerCli = `import typer
app = typer.Typer()
repos_app = typer.Typer()
app.add_typer(repos_app, name="repos")

@repos_app.command("fetch")
def fetch(): ...

@repos_app.command("push")
def push(): ...

@app.command()
def version(): ...
`;
const commanderCli = `import { Command } from 'commander';
const program = new Command();
program.command('init').action(() => {});
program.command('deploy <env>').action(() => {});
program.option('-v, --verbose');
program.parse();
`;

/** Each report line and the verdict of its claims. */
const cases: Array<[string, string]> = [
  ['- 2 npm dependencies in `package.json`', 'confirmed'],
  ['- 4 npm dependencies in `package.json`', 'contradicted'],
  ['- 3 dev dependencies in `package.json`', 'confirmed'],
  ['- 5 npm scripts in `package.json`', 'contradicted'],
  ['- 2 npm workspaces in `package.json`', 'confirmed'],
  ['**Backend Dependencies:** 4 production + 2 dev = 6 declared', 'confirmed,confirmed,confirmed'], // a folder named in the text
  ['**Backend Dependencies:** 4 production + 3 dev = 7 declared', 'confirmed,contradicted,contradicted'],
  ['- 3 Python dependencies in `tools/pyproject.toml`', 'confirmed'],
  ['- 2 dev dependencies in `tools/pyproject.toml`', 'confirmed'],
  ['- 8 Python dependencies in `tools/pyproject.toml`', 'contradicted'],
  ['- 2 dependencies in `tools/requirements.txt`', 'confirmed'],
  ['- 3 Rust dependencies in `engine/Cargo.toml`', 'confirmed'],
  ['- 1 dev dependencies in `engine/Cargo.toml`', 'confirmed'],
  ['- 9 Rust dependencies in `engine/Cargo.toml`', 'contradicted'],
  ['- `tools/cli.py` defines 3 CLI commands', 'confirmed'],
  ['- `tools/cli.py` defines 10 CLI commands', 'contradicted'],
  ['- `web/cli.ts` defines 2 CLI commands', 'confirmed'],
  ['- `web/cli.ts` defines 5 CLI commands', 'contradicted'],
  ['- `engine/main.rs` defines 4 CLI commands', 'unverifiable'], // no parser at hand for Rust
];

describe('manifest and CLI counts', () => {
  it('gives each line its verdicts', async () => {
    const repo = repos({
      'package.json': packageJson,
      'services/backend/package.json': backendPackage,
      'tools/pyproject.toml': pyproject,
      'tools/requirements.txt': '# pinned\nrequests==2.31\n-r base.txt\n\ntyper  # the CLI\n',
      'tools/cli.py': typerCli,
      'web/cli.ts': commanderCli,
      'engine/Cargo.toml': cargo,
      'engine/main.rs': 'fn main() {}\n',
    });
    writeFileSync(path.join(repo, 'REPORT.md'), cases.map(([line]) => line).join('\n\n') + '\n');
    const result = await verify({ reports: [path.join(repo, 'REPORT.md')], repo, cwd: repo, checks: ['counts'] });
    const findings = result.reports[0]!.findings;
    cases.forEach(([line, want], i) => {
      const got = findings.filter((f) => f.claim.position.line === i * 2 + 1 && f.verdict !== 'skipped');
      expect(got.map((f) => f.verdict).join(','), `${line}: ${got.map((f) => f.message).join(' | ')}`).toBe(want);
    });
  });
});

describe('readManifest and countCliCommands', () => {
  it('reads each manifest kind', () => {
    expect(readManifest(packageJson, 'package.json')).toMatchObject({ dependencies: 2, devDependencies: 3, otherDependencies: 1, scripts: 3, workspaces: 2 });
    expect(readManifest(pyproject, 'pyproject.toml')).toMatchObject({ dependencies: 3, devDependencies: 2, otherDependencies: 1 });
    expect(readManifest('[tool.poetry.dependencies]\npython = "^3.11"\nhttpx = "*"\n[tool.poetry.group.dev.dependencies]\npytest = "*"\n', 'pyproject.toml')).toMatchObject({ dependencies: 1, devDependencies: 1 });
    expect(readManifest(cargo, 'Cargo.toml')).toMatchObject({ dependencies: 3, devDependencies: 1, otherDependencies: 1 });
    expect(readManifest('pytest\nruff\n', 'requirements-dev.txt')).toMatchObject({ dependencies: 0, devDependencies: 2 });
    expect(readManifest('[tool.ruff]\nline-length = 100\n', 'pyproject.toml')).toBeUndefined();
    expect(() => readManifest('{ not json', 'package.json')).toThrow();
  });
  it('reads commands structurally', () => {
    expect(countCliCommands(typerCli, 'cli.py')).toEqual({ commands: 3, groups: 1 });
    expect(countCliCommands('import click\n@click.group()\ndef cli(): ...\n@cli.command()\ndef a(): ...\n# @cli.command() in a comment\ns = "@cli.command()"\n', 'cli.py')).toEqual({ commands: 1, groups: 1 });
    expect(countCliCommands('import argparse\np = argparse.ArgumentParser()\nsub = p.add_subparsers()\nsub.add_parser("run")\nsub.add_parser("stop")\n', 'main.py')).toEqual({ commands: 2, groups: 0 });
    expect(countCliCommands(commanderCli, 'cli.ts')).toEqual({ commands: 2, groups: 0 });
    expect(countCliCommands('// program.command("x")\nconst s = ".command(\'y\')";\n', 'cli.js')).toEqual({ commands: 0, groups: 0 });
    expect(countCliCommands('fn main() {}', 'main.rs')).toBeUndefined();
  });
});
