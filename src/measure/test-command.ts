/**
 * Which command runs a repository's tests, and the reporter flags that make
 * it leave a result file in a folder of claimcheck's own (a fresh temporary
 * folder per invocation, so two runs never share files).
 *
 * Detected, in this order: the package.json `test` script (vitest, jest,
 * mocha, node --test), pytest, go test, cargo test, bats. Commands are argv
 * lists; nothing here goes through a shell.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RepoFiles } from './repo-path.js';
import { runCommand, splitCommand } from './runner.js';

export type RunnerName = 'vitest' | 'jest' | 'mocha' | 'node' | 'pytest' | 'go' | 'cargo' | 'bats';

export interface TestCommand {
  runner: RunnerName | 'custom';
  argv: string[];
  /** Extra environment (assignments that led the package.json script). */
  env?: Record<string, string>;
  /** Absolute path of the result file the command leaves, when known. */
  results?: string;
  /** The result file is the command's stdout (go test -json, cargo test). */
  stdoutIsResults?: boolean;
  /** The command as its owner wrote it, without the reporter flags: for messages. */
  shown?: string;
}

/** Separators of commands chained in a package.json script. */
const chainRe = /\s*(?:&&|\|\||;|\|)\s*/;
/** `NAME=value` words that lead a script. */
const assignmentRe = /^(?<name>[A-Za-z_][A-Za-z0-9_]*)=(?<value>.*)$/;
/** Wrappers in front of the real program: `npx vitest`, `cross-env X=1 jest`. */
const wrappers = new Set(['npx', 'pnpx', 'cross-env', 'dotenv']);

const base = (word: string) => path.basename(word).replace(/\.(?:c?js|mjs|cmd)$/, '');

/** Where in `argv` the runner is, and which one. */
function findRunner(argv: readonly string[]): { runner: RunnerName; at: number } | undefined {
  for (let i = 0; i < argv.length; i++) {
    const word = base(argv[i] ?? '');
    if (word === 'vitest' || word === 'jest' || word === 'mocha' || word === 'bats' || word === 'pytest' || word === 'py.test') {
      return { runner: word === 'py.test' ? 'pytest' : word, at: i };
    }
    if (word === 'node' && argv.includes('--test')) return { runner: 'node', at: i };
    if (/^python[\d.]*$/.test(word) && argv[i + 1] === '-m' && argv[i + 2] === 'pytest') return { runner: 'pytest', at: i + 2 };
    if (word === 'go' && argv[i + 1] === 'test') return { runner: 'go', at: i + 1 };
    if (word === 'cargo' && argv[i + 1] === 'test') return { runner: 'cargo', at: i + 1 };
  }
  return undefined;
}

/**
 * `argv` with the flags that make its runner write a result file into
 * `outDir`; `runner: 'custom'` and no result file when the runner is not one
 * claimcheck knows.
 */
export function withReporter(argv: readonly string[], outDir: string): TestCommand {
  const command = reporterFor(argv, outDir);
  return { ...command, shown: [path.basename(argv[0] ?? ''), ...argv.slice(1)].join(' ') };
}

function reporterFor(argv: readonly string[], outDir: string): TestCommand {
  const found = findRunner(argv);
  if (!found) return { runner: 'custom', argv: [...argv] };
  const { runner, at } = found;
  const head = argv.slice(0, at + 1);
  const tail = argv.slice(at + 1);
  const file = (name: string) => path.join(outDir, name);
  switch (runner) {
    case 'vitest': {
      const results = file('vitest.json');
      // Without `run` vitest may watch; the JSON reporter counts as vitest's own summary does. The default
      // reporter's summary on stdout is kept too: only it tells the unhandled errors of a run whose tests all passed.
      const mode = tail[0] === 'run' || tail.includes('--run') ? [] : ['--run'];
      return { runner, argv: [...head, ...mode, ...tail, '--reporter=json', '--reporter=default', `--outputFile.json=${results}`], results };
    }
    case 'jest': {
      const results = file('jest.json');
      return { runner, argv: [...head, ...tail, '--ci', '--json', `--outputFile=${results}`], results };
    }
    case 'mocha': {
      const results = file('junit.xml');
      return { runner, argv: [...head, ...tail, '--reporter', 'xunit', '--reporter-option', `output=${results}`], results };
    }
    case 'node': {
      const results = file('junit.xml');
      const test = argv.indexOf('--test');
      return { runner, argv: [...argv.slice(0, test + 1), '--test-reporter=junit', `--test-reporter-destination=${results}`, ...argv.slice(test + 1)], results };
    }
    case 'pytest': {
      const results = file('junit.xml');
      // xunit1 writes file= on each case (per-file and category counts); no cache folder is left in the repo.
      return { runner, argv: [...head, '-p', 'no:cacheprovider', '-o', 'junit_family=xunit1', `--junitxml=${results}`, ...tail], results };
    }
    case 'go':
      return { runner, argv: [...head, '-json', ...tail], results: file('go-test.jsonl'), stdoutIsResults: true };
    case 'cargo':
      return { runner, argv: [...head, '--no-fail-fast', ...tail], results: file('cargo-test.txt'), stdoutIsResults: true };
    case 'bats':
      return { runner, argv: [...head, '--report-formatter', 'junit', '--output', outDir, ...tail], results: file('report.xml') };
  }
}

/** A program named in a package.json script: the repo's `node_modules/.bin` first. */
function localBin(repo: string, program: string): string {
  const local = path.join(repo, 'node_modules', '.bin', program);
  return !program.includes('/') && existsSync(local) ? local : program;
}

/** The test command of the package.json `test` script, when it calls a runner claimcheck knows. */
export function fromPackageJson(repo: string, outDir: string): TestCommand | undefined {
  let script: unknown;
  try {
    script = (JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { scripts?: Record<string, unknown> }).scripts?.test;
  } catch {
    return undefined;
  }
  if (typeof script !== 'string') return undefined;
  for (const segment of script.split(chainRe)) {
    let words: string[];
    try {
      words = splitCommand(segment);
    } catch {
      continue;
    }
    const env: Record<string, string> = {};
    while (words.length > 0) {
      const first = words[0] as string;
      const assignment = assignmentRe.exec(first)?.groups;
      if (assignment?.name) env[assignment.name] = assignment.value ?? '';
      else if (!wrappers.has(first) && !first.startsWith('-')) break;
      words.shift();
    }
    const found = findRunner(words);
    if (!found || !['vitest', 'jest', 'mocha', 'node'].includes(found.runner)) continue;
    words[0] = localBin(repo, words[0] as string);
    const command = withReporter(words, outDir);
    return Object.keys(env).length > 0 ? { ...command, env } : command;
  }
  return undefined;
}

/** Files that say a Python project is tested with pytest. */
const pytestMarkers: ReadonlyArray<[string, RegExp | undefined]> = [
  ['pytest.ini', undefined],
  ['conftest.py', undefined],
  ['pyproject.toml', /^\[tool\.pytest/m],
  ['setup.cfg', /^\[tool:pytest\]/m],
  ['tox.ini', /^\[pytest\]/m],
];
const pythonTestFileRe = /(?:^|\/)(?:test_[^/]*|[^/]*_test)\.py$/;
const batsFileRe = /\.bats$/;

/**
 * The first Python that can import pytest: the repo's virtualenv, then
 * `python3`, `python` and `/usr/bin/python3` on this machine.
 */
async function pythonWithPytest(repo: string): Promise<string | undefined> {
  const candidates = [path.join(repo, '.venv', 'bin', 'python'), path.join(repo, 'venv', 'bin', 'python'), 'python3', 'python', '/usr/bin/python3'];
  for (const python of candidates) {
    if (python.startsWith(repo) && !existsSync(python)) continue;
    const probe = await runCommand([python, '-c', 'import pytest'], { cwd: repo, timeoutMs: 30_000, maxOutputBytes: 4096 });
    if (probe.exitCode === 0) return python;
  }
  return undefined;
}

/**
 * Every test command detected in `repo`, each with reporter flags writing
 * into `outDir` (an empty folder of the caller's).
 */
export async function detectTestCommands(files: RepoFiles, outDir: string): Promise<TestCommand[]> {
  const repo = files.root;
  const commands: TestCommand[] = [];
  const fromScript = fromPackageJson(repo, outDir);
  if (fromScript) commands.push(fromScript);

  const listed = await files.list();
  const marked = pytestMarkers.some(([name, re]) => {
    const file = path.join(repo, name);
    if (!existsSync(file)) return false;
    return re === undefined || re.test(readFileSync(file, 'utf8'));
  });
  if (marked || listed.some((f) => pythonTestFileRe.test(f))) {
    const python = await pythonWithPytest(repo);
    // Without a Python that has pytest, `pytest` from PATH runs and its failure to start is the message.
    commands.push(withReporter(python ? [python, '-m', 'pytest'] : ['pytest'], path.join(outDir, 'pytest')));
  }
  if (existsSync(path.join(repo, 'go.mod'))) commands.push(withReporter(['go', 'test', './...'], outDir));
  if (existsSync(path.join(repo, 'Cargo.toml'))) commands.push(withReporter(['cargo', 'test'], outDir));
  const batsFiles = listed.filter((f) => batsFileRe.test(f));
  if (batsFiles.length > 0) {
    const folders = [...new Set(batsFiles.map((f) => f.split('/')[0] as string))];
    commands.push(withReporter([localBin(repo, 'bats'), '-r', ...folders], path.join(outDir, 'bats')));
  }
  return commands;
}
