/**
 * The command line. `run(argv, io)` parses arguments, calls the library and
 * returns the exit status: 0 no contradiction, 1 a contradiction (or what
 * `--fail-on` names), 2 a usage, configuration or input error.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { glob } from 'tinyglobby';
import picomatch from 'picomatch';
import { ConfigError, configFileNames, loadConfig, type Config } from '../config.js';
import type { ReportText } from './parallel.js';
import { checkIds, type CheckId } from '../kinds.js';
import { summarize, type Claim, type ReportResult, type Verdict, type VerifyResult } from '../model.js';
import { createSession, readReport, type ProgressEvent } from './pipeline.js';
import { formatNames, formatterOf, type FormatName } from '../report/index.js';
import { defaultFailOn } from '../report/options.js';
import { packageRoot } from '../schemas.js';
import { describeFigure } from '../check/compare.js';
import { toleranceOf } from '../config.js';
import { verifyInTime } from './history.js';
import { gitignoreRules } from '../measure/source-files.js';
import { RevisionError } from '../measure/worktree.js';
import { visible } from '../report/visible.js';

/** For the host's SIGINT/SIGTERM handler: take down what the run under way started. */
export { cleanUpNow } from '../measure/cleanup.js';

export interface CliIO {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colour). Default false. */
  isTTY?: boolean;
  /** Whether stderr is a terminal (progress). Default false. */
  stderrIsTTY?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Standard input, for `hook` (a coding agent's hook event) and `-` as REPORT. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
}

export type ExitCode = 0 | 1 | 2;

const suppressionHelp = `
Suppress a claim in the report itself (it is counted as skipped, with the reason):
  <!-- claimcheck-ignore-next-line -->, <!-- claimcheck-ignore-start --> … <!-- claimcheck-ignore-end -->,
  <!-- claimcheck-ignore-file -->`;

const exitHelp = `
Exit status: 0 no contradiction and no failed measurement; 1 at least one
contradiction or error verdict (or what --fail-on adds); 2 usage, configuration
or input error, or nothing could be measured at all (every checked claim errored).`;

const verifyExamples = `
REPORT is a file, a folder (its markdown files), a glob ('docs/**/*.md') or - (standard
input); files .gitignore ignores are left out of folders and globs. Without REPORT, the
reports listed in claimcheck.yaml.

Examples:
  claimcheck verify docs/AUDIT.md                      check one report against this repository
  claimcheck verify 'docs/**/*.md' --format sarif      every report under docs/, as SARIF
  claimcheck verify AUDIT.md --no-exec --checks tests  read test results on disk, run nothing
  claimcheck verify AUDIT.md --fix --dry-run           the diff that would correct the figures
  claimcheck verify AUDIT.md --at report --since-written
${suppressionHelp}
${exitHelp}`;

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
  const isGitignored = await gitignoreRules(repo);
  return found.filter((file) => !ignored(file) && !isGitignored(file)).sort().map((file) => path.join(repo, file));
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

/** The texts of `reports` (paths relative to `cwd`) that can be read, for formats that show them. */
function reportTexts(cwd: string, reports: readonly { file: string; error?: string }[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const report of reports) {
    if (report.error) continue;
    const read = readReport(path.resolve(cwd, report.file));
    if ('text' in read) texts.set(report.file, read.text);
  }
  return texts;
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

/** The options of `verify` as the command line gives them. */
interface VerifyFlags {
  repo?: string;
  config?: string;
  format?: string;
  output?: string;
  checks?: string;
  'no-exec'?: boolean;
  'fail-on'?: string;
  'fail-on-only'?: string;
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean;
  at?: string;
  'since-written'?: boolean;
  fix?: boolean;
  'dry-run'?: boolean;
  'skip-empty'?: boolean;
}

/**
 * Whether the text output is coloured: `--color`/`--no-color` first, then
 * FORCE_COLOR (any value but 0 and false) and NO_COLOR (https://no-color.org),
 * then whether standard output is a terminal. Never when writing to a file.
 */
function colorOf(io: CliIO, flag: boolean | undefined, toFile: boolean): boolean {
  if (toFile) return false;
  if (flag !== undefined) return flag;
  const env = io.env ?? process.env;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR.toLowerCase() !== 'false';
  if (env.NO_COLOR) return false;
  return io.isTTY === true;
}

/** The whole of `stream`, as UTF-8. */
async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Name a report read from standard input gets in findings. */
const stdinName = '<stdin>';
/** Characters that make a REPORT argument a glob rather than a path. */
const globCharsRe = /[*?[\]{}]/;

/**
 * Expand REPORT arguments: a folder to its markdown files, a glob to its
 * matches (both without what .gitignore ignores, nor node_modules), `-` to
 * standard input; any other argument stays as given. Returns report paths
 * and the texts read from standard input by name.
 */
async function expandReports(args: readonly string[], io: CliIO, repo: string): Promise<{ reports: string[]; sources: Map<string, string> }> {
  const reports: string[] = [];
  const sources = new Map<string, string>();
  let isIgnored: ((relative: string) => boolean) | undefined;
  const keep = async (absolute: string) => {
    const relative = path.relative(repo, absolute).split(path.sep).join('/');
    if (relative.startsWith('..') || path.isAbsolute(relative)) return true;
    isIgnored ??= await gitignoreRules(repo);
    return !isIgnored(relative);
  };
  for (const arg of args) {
    if (arg === '-') {
      if (!io.stdin || io.stdin.isTTY) throw new UsageError('- reads a report from standard input, and nothing is piped there');
      sources.set(stdinName, await readAll(io.stdin));
      reports.push(stdinName);
      continue;
    }
    const absolute = path.resolve(io.cwd, arg);
    const isFolder = existsSync(absolute) && statSync(absolute).isDirectory();
    if (!isFolder && !globCharsRe.test(arg)) {
      reports.push(arg);
      continue;
    }
    const pattern = isFolder ? `${path.relative(io.cwd, absolute).split(path.sep).join('/') || '.'}/**/*.{md,markdown}` : arg;
    const found = await glob(pattern, { cwd: io.cwd, onlyFiles: true, ignore: ['**/node_modules/**'], expandDirectories: false });
    const kept: string[] = [];
    for (const file of found.sort()) if (await keep(path.resolve(io.cwd, file))) kept.push(file);
    if (kept.length === 0) throw new UsageError(`${arg}: no markdown report ${isFolder ? 'in this folder' : 'matches this glob'}`);
    reports.push(...kept);
  }
  return { reports, sources };
}

/**
 * `--skip-empty`: the result without the reports that hold no figure at all
 * (a README among every markdown file of a change), named on stderr. A
 * report that could not be read stays: its error is a finding.
 */
function withoutEmpty(result: VerifyResult, io: CliIO): VerifyResult {
  const isEmpty = (report: ReportResult) => !report.error && report.findings.length === 0 && (report.figures?.found ?? 0) === 0;
  const empty = result.reports.filter(isEmpty);
  if (empty.length === 0) return result;
  io.stderr(`claimcheck: left out ${empty.length} report${empty.length === 1 ? '' : 's'} with no figure: ${empty.map((report) => visible(report.file)).join(', ')}\n`);
  const reports = result.reports.filter((report) => !isEmpty(report));
  return { ...result, reports, summary: summarize(reports) };
}

async function runVerify(positionals: readonly string[], values: VerifyFlags, io: CliIO): Promise<ExitCode> {
  if (values['dry-run'] && !values.fix) throw new UsageError('--dry-run goes with --fix');
  const format = formatOf(values.format, formatNames) as FormatName;
  const checks = list(values.checks, checkIds, '--checks') as CheckId[] | undefined;
  const failVerdicts = ['contradicted', 'unverifiable', 'error'];
  const failOnFlag = list(values['fail-on'], failVerdicts, '--fail-on') as Verdict[] | undefined;
  if (values['fail-on'] !== undefined && values['fail-on-only'] !== undefined) throw new UsageError('--fail-on and --fail-on-only cannot be used together');
  const failOnOnly = values['fail-on-only'] === undefined ? undefined : values['fail-on-only'].trim() === '' ? [] : (list(values['fail-on-only'], failVerdicts, '--fail-on-only') as Verdict[]);
  if (values.quiet && values.verbose) throw new UsageError('--quiet and --verbose cannot be used together');

  const repo = await repoOf(io, values.repo);
  const config = configOf(io, repo, values.config);
  if (!config) return 2;
  const expanded = await expandReports(positionals, io, repo);
  const reports = positionals.length > 0 ? expanded.reports : await configuredReports(repo, config);
  if (reports.length === 0) throw new UsageError('no report given and none configured (reports: in claimcheck.yaml)');

  const showProgress = !values.quiet && (values.verbose === true || io.stderrIsTTY === true);
  // --fix verifies its rewrite again: the session lets that reuse the test run instead of starting another.
  const session = values.fix ? createSession() : undefined;
  const measuring = {
    repo,
    cwd: io.cwd,
    config,
    ...(checks ? { checks } : {}),
    noExec: values['no-exec'] ?? false,
    ...(session ? { session } : {}),
  };
  const timed = await verifyInTime({
    reports,
    ...measuring,
    ...(expanded.sources.size > 0 ? { sources: expanded.sources } : {}),
    ...(showProgress ? { onProgress: progressPrinter(io) } : {}),
    at: values.at,
    sinceWritten: values['since-written'] ?? false,
  });
  for (const note of timed.notes) io.stderr(`claimcheck: ${note}\n`);
  const result = values['skip-empty'] ? withoutEmpty(timed.result, io) : timed.result;
  const failOn = failOnOnly ?? [...new Set([...defaultFailOn, ...(config.failOn ?? []), ...(failOnFlag ?? [])])];
  const color = format === 'text' && colorOf(io, values.color, Boolean(values.output));
  // A dry run's standard output is the diff alone, ready for `git apply`.
  if (!values['dry-run'] || values.output) {
    const formatter = await formatterOf(format);
    write(
      io,
      values.output,
      formatter(result, {
        verbose: values.verbose ?? false,
        quiet: values.quiet ?? false,
        color,
        cwd: io.cwd,
        failOn,
        version: version(),
        ...(format === 'html' ? { sources: reportTexts(io.cwd, result.reports) } : {}),
      }),
    );
  }
  if (values.fix) {
    const { fixReports } = await import('./fix.js');
    const check = async (file: string, text: string) =>
      (await verifyInTime({ ...measuring, reports: [file], sources: new Map([[file, text]]), at: values.at })).result.reports[0]?.findings ?? [];
    const fixed = await fixReports(result, io.cwd, { dryRun: values['dry-run'] ?? false, tolerance: toleranceOf(config), check });
    if (values['dry-run']) io.stdout(fixed.diff);
    for (const message of fixed.messages) io.stderr(`claimcheck: ${message}\n`);
    if (fixed.refused) return 2;
  }

  let status: ExitCode = 0;
  for (const report of result.reports) {
    if (report.error) {
      io.stderr(`claimcheck: ${visible(report.file)}: ${visible(report.error)}\n`);
      status = 2;
    }
  }
  if (status === 2) return 2;
  const all = result.reports.flatMap((report) => report.findings);
  // Claims were to be measured and every one of them failed: nothing was checked, which no gate may pass.
  const measured = all.filter((f) => f.verdict === 'confirmed' || f.verdict === 'contradicted');
  if (measured.length === 0 && all.some((f) => f.verdict === 'error') && failOn.includes('error')) {
    io.stderr('claimcheck: nothing could be measured: every claim checked ended in error\n');
    return 2;
  }
  const failing = new Set<Verdict>(failOn);
  return all.some((f) => failing.has(f.verdict)) ? 1 : 0;
}

async function runMeasure(values: { repo?: string; config?: string; format?: string; output?: string }, io: CliIO): Promise<ExitCode> {
  const format = formatOf(values.format, ['text', 'json']);
  const repo = await repoOf(io, values.repo);
  const config = configOf(io, repo, values.config);
  if (!config) return 2;
  const { formatFacts, measureRepo } = await import('./measure.js');
  const facts = await measureRepo(repo, config);
  write(io, values.output, format === 'json' ? JSON.stringify(facts, null, 2) + '\n' : formatFacts(facts));
  return 0;
}

async function runInit(values: { repo?: string }, io: CliIO): Promise<ExitCode> {
  const repo = await repoOf(io, values.repo);
  const existing = configFileNames.find((name) => existsSync(path.join(repo, name)));
  if (existing) {
    io.stderr(`claimcheck: ${path.relative(io.cwd, path.join(repo, existing)) || existing} already exists; init never overwrites it (remove it first to start again)\n`);
    return 2;
  }
  const { detectSetup, ignoreOutputFolder, renderConfig } = await import('./init.js');
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
  // What the configured commands write must not make "the working tree is clean" false.
  const ignored = ignoreOutputFolder(repo);
  if (ignored) io.stdout(`${ignored}\n`);
  return 0;
}

function claimLine(claim: Claim): string {
  const subject = Object.entries(claim.subject).map(([k, v]) => (k === 'scope' ? 'all' : `${k}=${String(v)}`))[0] ?? 'all';
  return `${claim.position.line}:${claim.position.column}\t${claim.kind}\t${subject}\t${describeFigure(claim)}${claim.qualifier === 'exact' ? '' : ` (${claim.qualifier})`}\t${claim.tense}\t${claim.text}`;
}

async function runExtract(positionals: readonly string[], values: { format?: string; all?: boolean }, io: CliIO): Promise<ExitCode> {
  const format = formatOf(values.format, ['text', 'json']);
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
    const { figuresOf, formatFiguresText } = await import('./extract-all.js');
    const reports = texts.map((text) => figuresOf(text.file, text.source));
    io.stdout(format === 'json' ? JSON.stringify({ version: 1, reports }, null, 2) + '\n' : visible(formatFiguresText(reports)));
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
      io.stdout(`${visible(report.file)}\n`);
      for (const claim of report.claims) io.stdout(`  ${visible(claimLine(claim))}\n`);
      io.stdout(`${report.claims.length} claim${report.claims.length === 1 ? '' : 's'}\n`);
    }
  }
  return status;
}

async function runDiff(positionals: readonly string[], values: { format?: string }, io: CliIO): Promise<ExitCode> {
  const format = formatOf(values.format, ['text', 'json']);
  const [{ extractClaims }, { diffClaims, formatClaimDiff }] = await Promise.all([import('./claims.js'), import('./diff.js')]);
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

/** Commander keeps dashed option names camel-cased; the commands read them as written on the command line. */
function flags<T>(options: Record<string, unknown>, names: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const key = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    if (options[key] !== undefined) out[name] = options[key];
  }
  return out as T;
}

/**
 * The command line's grammar: each command with its options, per-command
 * help with examples, "did you mean" for unknown commands and options.
 * `done` receives the action's exit status.
 */
function program(io: CliIO, done: (code: ExitCode) => void): Command {
  const root = new Command('claimcheck')
    .description('Check the figures of markdown audit reports against the repository they describe.')
    .usage('<command> [options]')
    .helpOption('-h, --help', 'show help (also after a command: claimcheck verify --help)')
    .version(version(), '-v, --version', 'show the version')
    .helpCommand('help [command]', 'show help for a command')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      outputError: (text, write) => write(`claimcheck: ${text.replace(/^error: /, '')}Run \`claimcheck --help\` for usage.\n`),
    })
    .addHelpText('after', `${suppressionHelp}\n${exitHelp}\n`);
  const common = (command: Command) => command.exitOverride().showSuggestionAfterError(true).configureOutput(root.configureOutput());

  common(root.command('verify'))
    .description('measure every claim of the reports and say where they are wrong')
    .argument('[report...]', 'reports: files, folders, globs or - (default: reports of claimcheck.yaml)')
    .option('--repo <dir>', 'repository the reports describe (default: git top level of the current folder)')
    .option('--config <file>', 'configuration file (default: claimcheck.yaml or .claimcheck.yaml in the repo)')
    .option('--format <format>', `${formatNames.join(', ')} (default text)`)
    .option('--output <file>', 'write the result to FILE instead of standard output')
    .option('--checks <list>', `verifier families to run, comma-separated: ${checkIds.join(',')}`)
    .option('--no-exec', 'run nothing; read result files already on disk only')
    .option('--fail-on <list>', 'verdicts that also make the exit status 1, added to contradicted and error: any of contradicted,unverifiable,error')
    .option('--fail-on-only <list>', "exactly the verdicts that make the exit status 1 ('' for none); every format still shows every finding")
    .option('-q, --quiet', 'print only the findings that fail the run, and no progress')
    .option('--verbose', 'also list skipped claims (with the reason); progress even off a terminal')
    .option('--color', 'colour the text output (default: on a terminal, or FORCE_COLOR)')
    .option('--no-color', 'no colour (also NO_COLOR)')
    .option('--at <rev>', "measure the repository as it was at REV, or 'report': at each report's last commit")
    .option('--since-written', 'say whether contradicted claims were wrong when written or went stale since')
    .option('--fix', 'rewrite contradicted figures in the reports with the measured values')
    .option('--dry-run', 'with --fix: print a unified diff instead of writing')
    .option('--skip-empty', 'leave out reports with no figure at all (for globs over every markdown file, as the GitHub Action\'s default)')
    .addHelpText('after', verifyExamples)
    .action(async (reports: string[], options: Record<string, unknown>) => {
      const values = flags<VerifyFlags>(options, ['repo', 'config', 'format', 'output', 'checks', 'fail-on', 'fail-on-only', 'quiet', 'verbose', 'color', 'at', 'since-written', 'fix', 'dry-run', 'skip-empty']);
      if (options.exec === false) values['no-exec'] = true;
      done(await runVerify(reports, values, io));
    });

  common(root.command('extract'))
    .description('list the claims found in the reports; measure nothing')
    .argument('<report...>', 'report files')
    .option('--format <format>', 'text (default) or json')
    .option('--all', 'every figure with its kind (or `figure`), subject, tense and context, and the numbers set aside')
    .addHelpText('after', '\nExamples:\n  claimcheck extract docs/AUDIT.md\n  claimcheck extract docs/AUDIT.md --all   why each figure was read as it was\n  claimcheck extract docs/AUDIT.md --format json | jq \'.reports[0].claims | length\'\n')
    .action(async (reports: string[], options: Record<string, unknown>) => done(await runExtract(reports, flags(options, ['format', 'all']), io)));

  common(root.command('measure'))
    .description("print the repository's facts reports quote: a truthful baseline (runs nothing)")
    .option('--repo <dir>', 'repository (default: git top level of the current folder)')
    .option('--config <file>', 'configuration file')
    .option('--format <format>', 'text (default) or json')
    .option('--output <file>', 'write to FILE instead of standard output')
    .addHelpText('after', '\nExample:\n  claimcheck measure --format json > facts.json\n')
    .action(async (options: Record<string, unknown>) => done(await runMeasure(flags(options, ['repo', 'config', 'format', 'output']), io)));

  common(root.command('init'))
    .description('write a commented claimcheck.yaml from what is detected, and ignore its output folder')
    .option('--repo <dir>', 'repository (default: git top level of the current folder)')
    .addHelpText('after', '\nExample:\n  claimcheck init && claimcheck verify\n')
    .action(async (options: Record<string, unknown>) => done(await runInit(flags(options, ['repo']), io)));

  common(root.command('diff'))
    .description('claims added, removed and changed between two versions of a report')
    .argument('<old>', 'the earlier version')
    .argument('<new>', 'the later version')
    .option('--format <format>', 'text (default) or json')
    .addHelpText('after', '\nExit status: 0 when the claims are the same, 1 when they differ (as diff does).\n\nExample:\n  git show HEAD~1:docs/AUDIT.md > /tmp/old.md && claimcheck diff /tmp/old.md docs/AUDIT.md\n')
    .action(async (before: string, after: string, options: Record<string, unknown>) => done(await runDiff([before, after], flags(options, ['format']), io)));

  // Listed here for its help only: `run` hands `hook` its arguments as given, since a hook's
  // own usage errors must exit 1 (non-blocking), not 2 (which blocks the agent or the commit).
  common(root.command('hook'))
    .description('for coding-agent stop hooks and git pre-commit hooks: exit 2 blocks on a contradicted figure')
    .argument('[report...]', 'reports to check (default: those of the Stop event on standard input, else staged, else changed markdown files)')
    .option('--repo <dir>', 'repository (default: the event\'s cwd, or the git top level of the current folder)')
    .option('--config <file>', 'configuration file')
    .option('--no-exec', 'run nothing; read result files already on disk only')
    .option('--timeout <seconds>', 'give up (and stop the test runs it started) after SECONDS (default 300)')
    .addHelpText('after', '\nExit status: 0 nothing contradicted, 2 a contradicted figure (blocks), 1 claimcheck could not check.\n\nExamples:\n  claimcheck hook < stop-event.json       as a Claude Code Stop hook\n  claimcheck hook                         in a git pre-commit hook: the staged reports\n');
  return root;
}

/** Run the CLI with `argv` (without node and script). Never throws for user errors. */
export async function run(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  let code: ExitCode = 0;
  const cli = program(io, (status) => (code = status));
  if (argv.length === 0) {
    io.stdout(cli.helpInformation());
    return 2;
  }
  try {
    const [command, ...rest] = argv;
    if (command === 'hook' && !rest.includes('--help') && !rest.includes('-h')) return await (await import('./hook.js')).runHook(rest, io);
    await cli.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version were asked for; everything else commander stops on is a usage error it has printed.
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? 0 : 2;
    }
    if (error instanceof UsageError || error instanceof RevisionError) {
      io.stderr(`claimcheck: ${(error as Error).message}\nRun \`claimcheck --help\` for usage.\n`);
      return 2;
    }
    throw error;
  }
}
