/**
 * The command line. `run(argv, io)` parses arguments, calls the library and
 * returns the exit status: 0 no contradiction, 1 a contradiction (or what
 * `--fail-on` names), 2 a usage, configuration or input error.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { execa } from 'execa';
import { glob } from 'tinyglobby';
import picomatch from 'picomatch';
import { ConfigError, loadConfig, type Config } from './config.js';
import { extractMany, type ReportText } from './parallel.js';
import { checkIds, type CheckId } from './kinds.js';
import type { Claim, Verdict } from './model.js';
import { readReport, verify } from './pipeline.js';
import { formatNames, formatters, type FormatName } from './report/index.js';
import { packageRoot } from './schemas.js';
import { describeClaim } from './compare.js';

export interface CliIO {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colour). Default false. */
  isTTY?: boolean;
  env?: NodeJS.ProcessEnv;
}

export type ExitCode = 0 | 1 | 2;

const help = `claimcheck — check the figures of markdown audit reports against the repository

Usage:
  claimcheck verify [REPORT...] [options]   measure every claim and report where the report is wrong
  claimcheck extract REPORT... [options]    list the claims found, measure nothing

Options for verify:
  --repo DIR          repository the reports describe (default: git top level of the current folder)
  --config FILE       configuration file (default: claimcheck.yaml or .claimcheck.yaml in the repo)
  --format F          text (default) or json
  --output FILE       write the result to FILE instead of standard output
  --checks LIST       verifier families to run, comma-separated: ${checkIds.join(',')}
  --no-exec           run nothing; read result files already on disk only
  --fail-on LIST      verdicts that make the exit status 1 (default: contradicted);
                      any of contradicted,unverifiable,error
  --verbose           text format: also list skipped claims

Options for extract:
  --format F          text (default) or json

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

async function gitTopLevel(cwd: string): Promise<string> {
  try {
    const { stdout } = await execa('git', ['rev-parse', '--show-toplevel'], { cwd, timeout: 10_000, reject: true });
    return stdout.trim() || cwd;
  } catch {
    return cwd;
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

function write(io: CliIO, output: string | undefined, text: string): void {
  if (output) writeFileSync(path.resolve(io.cwd, output), text);
  else io.stdout(text);
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
      verbose: { type: 'boolean' },
    },
  });
  const format = formatOf(values.format, formatNames) as FormatName;
  const checks = list(values.checks, checkIds, '--checks') as CheckId[] | undefined;
  const failOnFlag = list(values['fail-on'], ['contradicted', 'unverifiable', 'error'], '--fail-on') as Verdict[] | undefined;

  const repo = path.resolve(io.cwd, values.repo ?? (await gitTopLevel(io.cwd)));
  if (!existsSync(repo) || !statSync(repo).isDirectory()) {
    io.stderr(`claimcheck: cannot read repository ${values.repo ?? repo}: not a folder\n`);
    return 2;
  }
  let config: Config;
  try {
    config = loadConfig(repo, values.config, io.cwd).config;
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(error.problems.map((problem) => `claimcheck: ${error.file}: ${problem}\n`).join(''));
      return 2;
    }
    throw error;
  }
  const reports = positionals.length > 0 ? positionals : await configuredReports(repo, config);
  if (reports.length === 0) throw new UsageError('no report given and none configured (reports: in claimcheck.yaml)');

  const result = await verify({ reports, repo, cwd: io.cwd, config, ...(checks ? { checks } : {}), noExec: values['no-exec'] ?? false });
  const color = format === 'text' && !values.output && io.isTTY === true && !(io.env ?? process.env).NO_COLOR;
  write(io, values.output, formatters[format](result, { verbose: values.verbose ?? false, color }));

  let status: ExitCode = 0;
  for (const report of result.reports) {
    if (report.error) {
      io.stderr(`claimcheck: ${report.file}: ${report.error}\n`);
      status = 2;
    }
  }
  if (status === 2) return 2;
  const failOn = new Set<Verdict>(failOnFlag ?? config.failOn ?? ['contradicted']);
  return result.reports.some((report) => report.findings.some((f) => failOn.has(f.verdict))) ? 1 : 0;
}

function claimLine(claim: Claim): string {
  const subject = Object.entries(claim.subject).map(([k, v]) => (k === 'scope' ? 'all' : `${k}=${String(v)}`))[0] ?? 'all';
  return `${claim.position.line}:${claim.position.column}\t${claim.kind}\t${subject}\t${describeClaim(claim).split(' ')[0]}${claim.qualifier === 'exact' ? '' : ` (${claim.qualifier})`}\t${claim.tense}\t${claim.text}`;
}

async function runExtract(args: string[], io: CliIO): Promise<ExitCode> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string' } } });
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
  // Many reports are extracted across cores (parallel.ts).
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
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`claimcheck: ${(error as Error).message}\nRun \`claimcheck --help\` for usage.\n`);
      return 2;
    }
    throw error;
  }
}
