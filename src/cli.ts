/**
 * The command line. `run(argv, io)` parses arguments, calls the library and
 * returns the exit status: 0 no contradiction, 1 a contradiction (or what
 * `--fail-on` names), 2 a usage, configuration or input error.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { glob } from 'tinyglobby';
import picomatch from 'picomatch';
import { ConfigError, configFileNames, loadConfig, type Config } from './config.js';
import type { ReportText } from './parallel.js';
import { checkIds, type CheckId } from './kinds.js';
import type { Claim, Verdict } from './model.js';
import { readReport, verify, type ProgressEvent } from './pipeline.js';
import { formatNames, formatters, type FormatName } from './report/index.js';
import { packageRoot } from './schemas.js';
import { describeFigure } from './compare.js';
import { toleranceOf } from './config.js';
import { verifyInTime } from './history.js';
import { RevisionError } from './worktree.js';

export interface CliIO {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colour). Default false. */
  isTTY?: boolean;
  /** Whether stderr is a terminal (progress). Default false. */
  stderrIsTTY?: boolean;
  env?: NodeJS.ProcessEnv;
}

export type ExitCode = 0 | 1 | 2;

const help = `claimcheck — check the figures of markdown audit reports against the repository

Usage:
  claimcheck verify [REPORT...] [options]   measure every claim and report where the report is wrong
  claimcheck extract REPORT... [options]    list the claims found (--all: every figure), measure nothing
  claimcheck measure [options]              print the repository's facts: a truthful baseline
  claimcheck init [--repo DIR]              write a commented claimcheck.yaml from what is detected
  claimcheck diff OLD.md NEW.md [--format F] claims added, removed, changed between two versions

Options for verify:
  --repo DIR          repository the reports describe (default: git top level of the current folder)
  --config FILE       configuration file (default: claimcheck.yaml or .claimcheck.yaml in the repo)
  --format F          ${formatNames.join(', ')} (default text)
  --output FILE       write the result to FILE instead of standard output
  --checks LIST       verifier families to run, comma-separated: ${checkIds.join(',')}
  --no-exec           run nothing; read result files already on disk only
  --fail-on LIST      verdicts that make the exit status 1 (default: contradicted);
                      any of contradicted,unverifiable,error
  --quiet             print only the findings that fail the run, and no progress
  --verbose           also list skipped claims (with the reason); progress even off a terminal
  --at REV|report     measure the repository as it was at REV (or at each report's last commit)
  --since-written     say whether contradicted claims were wrong when written or went stale since
  --fix               rewrite contradicted figures in the reports with the measured values
  --dry-run           with --fix: print a unified diff instead of writing

Options for measure:
  --repo DIR, --config FILE, --format text|json, --output FILE

Options for extract:
  --format F          text (default) or json
  --all               every figure with its kind (or \`figure\`), subject, tense and context, and the numbers set aside

Suppress a claim in the report itself (it is counted as skipped, with the reason):
  <!-- claimcheck-ignore-next-line -->, <!-- claimcheck-ignore-start --> … <!-- claimcheck-ignore-end -->,
  <!-- claimcheck-ignore-file -->

  -h, --help          show this help
  -v, --version       show the version

REPORT defaults to the reports listed in claimcheck.yaml.

Exit status: 0 no contradiction, 1 at least one contradiction (or what --fail-on
names), 2 usage, configuration or input error.
`;

class UsageError extends Error {}

function version(): string {
  return (JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * The top level of the git work tree holding `cwd` (the nearest folder with a
 * `.git` folder or file, as git finds it), or `cwd` outside one. Read from the
 * file system: starting git for it would cost more than the whole answer.
 */
async function gitTopLevel(cwd: string): Promise<string> {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return cwd;
  }
}

function list(value: string | undefined, allowed: readonly string[], flag: string): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = items.filter((item) => !allowed.includes(item));
  if (unknown.length > 0) throw new UsageError(`${flag}: unknown value ${unknown.map((u) => `"${u}"`).join(', ')} (allowed: ${allowed.join(', ')})`);
  return items;
}

function formatOf(value: string | undefined, allowed: readonly string[]): string {
  const format = value ?? 'text';
  if (!allowed.includes(format)) throw new UsageError(`--format: unknown format "${format}" (allowed: ${allowed.join(', ')})`);
  return format;
}

/** Reports named in the config, relative to `repo`, less the ignored ones. */
async function configuredReports(repo: string, config: Config): Promise<string[]> {
  if (!config.reports || config.reports.length === 0) return [];
  const found = await glob(config.reports, { cwd: repo, onlyFiles: true, ignore: ['**/node_modules/**'], expandDirectories: false });
  const ignored = config.ignore ? picomatch(config.ignore) : () => false;
  return found.filter((file) => !ignored(file)).sort().map((file) => path.join(repo, file));
}

/** Write `text` to `output` (relative to the current folder), creating its folder, or to stdout. */
function write(io: CliIO, output: string | undefined, text: string): void {
  if (!output) {
    io.stdout(text);
    return;
  }
  const file = path.resolve(io.cwd, output);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  } catch (error) {
    throw new UsageError(`--output: cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** The repository folder: `--repo` or the git top level of the current folder. */
async function repoOf(io: CliIO, given: string | undefined): Promise<string> {
  const repo = path.resolve(io.cwd, given ?? (await gitTopLevel(io.cwd)));
  if (!existsSync(repo) || !statSync(repo).isDirectory()) throw new UsageError(`cannot read repository ${given ?? repo}: not a folder`);
  return repo;
}

/** The configuration, or `undefined` after naming every problem on stderr. */
function configOf(io: CliIO, repo: string, explicit: string | undefined): Config | undefined {
  try {
    return loadConfig(repo, explicit, io.cwd).config;
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(error.problems.map((problem) => `claimcheck: ${error.file}: ${problem}\n`).join(''));
      return undefined;
    }
    throw error;
  }
}

/** Progress lines on stderr: `claimcheck: tests measuring 4 claims of docs/AUDIT.md…` then the time it took. */
function progressPrinter(io: CliIO): (event: ProgressEvent) => void {
  return (event) => {
    if (event.phase === 'note') io.stderr(`claimcheck: ${event.text}\n`);
    else if (event.phase === 'start') io.stderr(`claimcheck: ${event.verifier}: measuring ${event.claims} claim${event.claims === 1 ? '' : 's'} of ${event.report}…\n`);
    else io.stderr(`claimcheck: ${event.verifier}: done in ${((event.elapsedMs ?? 0) / 1000).toFixed(1)}s\n`);
  };
}

async function runVerify(args: string[], io: CliIO): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      repo: { type: 'string' },
      config: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
      checks: { type: 'string' },
      'no-exec': { type: 'boolean' },
      'fail-on': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      verbose: { type: 'boolean' },
      at: { type: 'string' },
      'since-written': { type: 'boolean' },
      fix: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
    },
  });
  if (values['dry-run'] && !values.fix) throw new UsageError('--dry-run goes with --fix');
  const format = formatOf(values.format, formatNames) as FormatName;
  const checks = list(values.checks, checkIds, '--checks') as CheckId[] | undefined;
  const failOnFlag = list(values['fail-on'], ['contradicted', 'unverifiable', 'error'], '--fail-on') as Verdict[] | undefined;
  if (values.quiet && values.verbose) throw new UsageError('--quiet and --verbose cannot be used together');

  const repo = await repoOf(io, values.repo);
  const config = configOf(io, repo, values.config);
  if (!config) return 2;
  const reports = positionals.length > 0 ? positionals : await configuredReports(repo, config);
  if (reports.length === 0) throw new UsageError('no report given and none configured (reports: in claimcheck.yaml)');

  const showProgress = !values.quiet && (values.verbose === true || io.stderrIsTTY === true);
  const timed = await verifyInTime({
    reports,
    repo,
    cwd: io.cwd,
    config,
    ...(checks ? { checks } : {}),
    noExec: values['no-exec'] ?? false,
    ...(showProgress ? { onProgress: progressPrinter(io) } : {}),
    at: values.at,
    sinceWritten: values['since-written'] ?? false,
  });
  for (const note of timed.notes) io.stderr(`claimcheck: ${note}\n`);
  const result = timed.result;
  const failOn = failOnFlag ?? config.failOn ?? ['contradicted'];
  const env = io.env ?? process.env;
  // NO_COLOR (https://no-color.org): any non-empty value turns colour off.
  const color = format === 'text' && !values.output && io.isTTY === true && !env.NO_COLOR;
  // A dry run's standard output is the diff alone, ready for `git apply`.
  if (!values['dry-run'] || values.output) {
    write(
      io,
      values.output,
      formatters[format](result, { verbose: values.verbose ?? false, quiet: values.quiet ?? false, color, cwd: io.cwd, failOn, version: version() }),
    );
  }
  if (values.fix) {
    const { fixReports } = await import('./fix.js');
    const fixed = fixReports(result, io.cwd, { dryRun: values['dry-run'] ?? false, tolerance: toleranceOf(config) });
    if (values['dry-run']) io.stdout(fixed.diff);
    for (const message of fixed.messages) io.stderr(`claimcheck: ${message}\n`);
    if (fixed.refused) return 2;
  }

  let status: ExitCode = 0;
  for (const report of result.reports) {
    if (report.error) {
      io.stderr(`claimcheck: ${report.file}: ${report.error}\n`);
      status = 2;
    }
  }
  if (status === 2) return 2;
  const failing = new Set<Verdict>(failOn);
  return result.reports.some((report) => report.findings.some((f) => failing.has(f.verdict))) ? 1 : 0;
}

async function runMeasure(args: string[], io: CliIO): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { repo: { type: 'string' }, config: { type: 'string' }, format: { type: 'string' }, output: { type: 'string' } },
  });
  if (positionals.length > 0) throw new UsageError(`measure takes no REPORT (got "${positionals[0]}")`);
  const format = formatOf(values.format, ['text', 'json']);
  const repo = await repoOf(io, values.repo);
  const config = configOf(io, repo, values.config);
  if (!config) return 2;
  const { formatFacts, measureRepo } = await import('./measure.js');
  const facts = await measureRepo(repo, config);
  write(io, values.output, format === 'json' ? JSON.stringify(facts, null, 2) + '\n' : formatFacts(facts));
  return 0;
}

async function runInit(args: string[], io: CliIO): Promise<ExitCode> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { repo: { type: 'string' } } });
  if (positionals.length > 0) throw new UsageError(`init takes no arguments (got "${positionals[0]}")`);
  const repo = await repoOf(io, values.repo);
  const existing = configFileNames.find((name) => existsSync(path.join(repo, name)));
  if (existing) {
    io.stderr(`claimcheck: ${path.relative(io.cwd, path.join(repo, existing)) || existing} already exists; init never overwrites it (remove it first to start again)\n`);
    return 2;
  }
  const { detectSetup, renderConfig } = await import('./init.js');
  const detection = await detectSetup(repo);
  const file = path.join(repo, 'claimcheck.yaml');
  // `wx`: fail rather than overwrite a file created since the check above.
  writeFileSync(file, renderConfig(detection), { flag: 'wx' });
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  io.stdout(
    `wrote ${path.relative(io.cwd, file) || file}: ${detection.runners.map((r) => r.id).join(', ') || 'no runner'}, ` +
      `${plural(detection.resultFiles.length, 'result file')}, ${plural(detection.coverageFiles.length, 'coverage file')}, ` +
      `${plural(detection.reports.length, 'report')}\n`,
  );
  return 0;
}

function claimLine(claim: Claim): string {
  const subject = Object.entries(claim.subject).map(([k, v]) => (k === 'scope' ? 'all' : `${k}=${String(v)}`))[0] ?? 'all';
  return `${claim.position.line}:${claim.position.column}\t${claim.kind}\t${subject}\t${describeFigure(claim)}${claim.qualifier === 'exact' ? '' : ` (${claim.qualifier})`}\t${claim.tense}\t${claim.text}`;
}

async function runExtract(args: string[], io: CliIO): Promise<ExitCode> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string' }, all: { type: 'boolean' } } });
  const format = formatOf(values.format, ['text', 'json']);
  if (positionals.length === 0) throw new UsageError('extract needs at least one REPORT');
  let status: ExitCode = 0;
  const texts: ReportText[] = [];
  for (const reportPath of positionals) {
    const absolute = path.resolve(io.cwd, reportPath);
    const file = path.relative(io.cwd, absolute) || reportPath;
    const read = readReport(absolute);
    if ('error' in read) {
      io.stderr(`claimcheck: ${file}: ${read.error}\n`);
      status = 2;
      continue;
    }
    texts.push({ file, source: read.text });
  }
  if (values.all === true) {
    const { figuresOf, formatFiguresText } = await import('./commands/extract-all.js');
    const reports = texts.map((text) => figuresOf(text.file, text.source));
    io.stdout(format === 'json' ? JSON.stringify({ version: 1, reports }, null, 2) + '\n' : formatFiguresText(reports));
    return status;
  }
  // Many reports are extracted across cores (parallel.ts).
  const { extractMany } = await import('./parallel.js');
  const extracted = await extractMany(texts);
  const reports = texts.map((text, index) => ({ file: text.file, claims: extracted[index] ?? [] }));
  if (format === 'json') {
    io.stdout(JSON.stringify({ version: 1, reports }, null, 2) + '\n');
  } else {
    for (const report of reports) {
      io.stdout(`${report.file}\n`);
      for (const claim of report.claims) io.stdout(`  ${claimLine(claim)}\n`);
      io.stdout(`${report.claims.length} claim${report.claims.length === 1 ? '' : 's'}\n`);
    }
  }
  return status;
}

async function runDiff(args: string[], io: CliIO): Promise<ExitCode> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string' } } });
  const format = formatOf(values.format, ['text', 'json']);
  if (positionals.length !== 2) throw new UsageError('diff needs two reports: OLD.md NEW.md');
  const [{ extractClaims }, { diffClaims, formatClaimDiff }] = await Promise.all([import('./extract.js'), import('./diff.js')]);
  const sides = positionals.map((reportPath) => {
    const file = path.relative(io.cwd, path.resolve(io.cwd, reportPath)) || reportPath;
    const read = readReport(path.resolve(io.cwd, reportPath));
    if ('error' in read) throw new UsageError(`${file}: ${read.error}`);
    return { file, claims: extractClaims(file, read.text) };
  });
  const [before, after] = sides as [(typeof sides)[0], (typeof sides)[0]];
  const diff = diffClaims(before.file, before.claims, after.file, after.claims);
  io.stdout(format === 'json' ? JSON.stringify(diff, null, 2) + '\n' : formatClaimDiff(diff));
  // As diff(1): 0 when the claims are the same, 1 when they differ.
  return diff.added.length + diff.removed.length + diff.changed.length > 0 ? 1 : 0;
}

/** Run the CLI with `argv` (without node and script). Never throws for user errors. */
export async function run(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.stdout(help);
      return command === undefined ? 2 : 0;
    }
    if (command === '-v' || command === '--version') {
      io.stdout(version() + '\n');
      return 0;
    }
    if (rest.includes('-h') || rest.includes('--help')) {
      io.stdout(help);
      return 0;
    }
    if (command === 'verify') return await runVerify(rest, io);
    if (command === 'extract') return await runExtract(rest, io);
    if (command === 'diff') return await runDiff(rest, io);
    if (command === 'measure') return await runMeasure(rest, io);
    if (command === 'init') return await runInit(rest, io);
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError || error instanceof RevisionError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`claimcheck: ${(error as Error).message}\nRun \`claimcheck --help\` for usage.\n`);
      return 2;
    }
    throw error;
  }
}
