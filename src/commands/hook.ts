/**
 * `claimcheck hook`: one command for coding-agent stop hooks and git hooks.
 *
 * With a hook event on standard input (Claude Code's Stop and SubagentStop),
 * it checks the markdown reports the session's tool calls wrote (else the
 * markdown files git shows changed) and the agent's final message; without
 * one (a git pre-commit hook, pre-commit's file list), the files it is
 * given, else the staged markdown files, else the changed ones.
 *
 * Exit status follows the hook protocols: 2 when a figure is contradicted
 * (Claude Code feeds standard error back to the agent and keeps it working;
 * git and pre-commit stop the commit), 0 when nothing is, and 1 when
 * claimcheck itself could not check (its own failure, a timeout, a
 * measurement that errored): a non-blocking error for Claude Code, said so
 * in words. After one block (`stop_hook_active`), contradictions are shown
 * with status 1 so an agent is never held in a loop.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../config.js';
import type { Finding, VerifyResult } from '../model.js';
import { verify } from './pipeline.js';
import { killRunningGroups } from '../measure/runner.js';
import { parseHookEvent, readTranscript, type HookEvent } from '../read/hook-event.js';
import { changedFiles, reportsAmong, stagedFiles } from './hook-reports.js';

/** Seconds the whole check may take, test runs included, when `--timeout` is not given. */
export const defaultHookTimeout = 300;
/** Milliseconds to wait for the first byte of a hook event before taking standard input as empty (a git hook's inherited stdin may never close). */
export const stdinWaitMs = 1500;
/** Bytes of standard input read at most: an event is a small JSON object. */
const maxInputBytes = 1024 * 1024;
/** How the agent's final message is shown as a report. */
export const finalMessageName = '(final message)';

export interface HookIO {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input; absent or a terminal: no hook event. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  env?: NodeJS.ProcessEnv;
}

type Status = 0 | 1 | 2;

/** Standard input's text: '' for a terminal, or when nothing arrives within `waitMs`. */
export function readInput(stream: HookIO['stdin'], waitMs = stdinWaitMs): Promise<string> {
  if (!stream || stream.isTTY) return Promise.resolve('');
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      clearTimeout(idle);
      stream.removeListener('data', onData);
      stream.removeListener('end', finish);
      stream.removeListener('error', finish);
      stream.pause();
      resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const onData = (chunk: Buffer | string) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      chunks.push(bytes);
      size += bytes.length;
      if (size > maxInputBytes) finish();
    };
    const idle = setTimeout(() => {
      if (size === 0) finish();
    }, waitMs);
    stream.on('data', onData);
    stream.once('end', finish);
    stream.once('error', finish);
    stream.resume();
  });
}

/** The nearest folder holding `.git` from `cwd` up, or `cwd`. */
function gitTopLevel(cwd: string): string {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(cwd);
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Claims with a finding that measured or checked them (not unverifiable, skipped or error). */
function claimsChecked(result: VerifyResult): number {
  const unchecked = new Set(['unverifiable', 'skipped', 'error']);
  return result.reports.reduce((n, report) => n + new Set(report.findings.filter((f) => !unchecked.has(f.verdict)).map((f) => f.claim.id)).size, 0);
}

/** One line: what was looked at and how many claims were checked, by verdict. */
function summaryLine(result: VerifyResult): string {
  const s = result.summary;
  const files = result.reports.filter((r) => r.file !== finalMessageName).length;
  const what = [files > 0 ? plural(files, 'report') : '', result.reports.some((r) => r.file === finalMessageName) ? 'the final message' : ''].filter(Boolean).join(' and ');
  return `claimcheck hook: ${what}: ${plural(claimsChecked(result), 'claim')} checked (${s.confirmed} confirmed, ${s.contradicted} contradicted) of ${plural(s.claims, 'claim')}; ${s.unverifiable} unverifiable, ${s.skipped} skipped, ${s.error} error`;
}

/** `docs/AUDIT.md:12:3: "431 passing": claims 431 passing tests; measured 428 (…)`: one line per finding, in report order. */
function findingLines(result: VerifyResult, verdict: Finding['verdict']): string[] {
  return result.reports.flatMap((report) =>
    [...report.findings]
      .filter((f) => f.verdict === verdict)
      .sort((a, b) => a.claim.position.offset - b.claim.position.offset)
      .map((f) => `${report.file}:${f.claim.position.line}:${f.claim.position.column}: "${f.claim.text}": ${f.message}`),
  );
}

interface Chosen {
  reports: string[];
  sources: Map<string, string>;
  /** Said on stderr before anything else (a transcript that could not be read). */
  notes: string[];
  /** Where the reports came from, for "nothing to check". */
  from: string;
}

/** The reports and final message to check, for an event or a git hook. */
async function choose(event: HookEvent | undefined, positionals: readonly string[], io: HookIO, repo: string, config: Config): Promise<Chosen> {
  const notes: string[] = [];
  const given = positionals.map((file) => path.resolve(io.cwd, file));
  const changed = async () => (await changedFiles(repo)) ?? [];
  let files: string[];
  let from: string;
  let message = event?.lastAssistantMessage;
  if (event) {
    files = [];
    from = 'the session wrote no markdown report';
    if (event.transcriptPath) {
      try {
        const facts = await readTranscript(event.transcriptPath);
        files = facts.written;
        message ??= facts.lastMessage;
      } catch (error) {
        notes.push(`cannot read the transcript ${event.transcriptPath} (${(error as Error).message}); checking the markdown files git shows changed instead`);
        files = await changed();
        from = 'no markdown file changed';
      }
    } else {
      files = await changed();
      from = 'no markdown file changed';
    }
    files.push(...given);
  } else if (given.length > 0) {
    files = given;
    from = 'none of the files given is a markdown report';
  } else {
    const staged = (await stagedFiles(repo)) ?? [];
    files = reportsAmong(repo, staged, config).length > 0 ? staged : await changed();
    from = 'no markdown report is staged or changed';
  }
  const reports = reportsAmong(repo, files, config);
  const sources = new Map<string, string>();
  // The final message is checked as a report of its own when it states any figure.
  if (message && /\d/.test(message)) {
    reports.push(finalMessageName);
    sources.set(finalMessageName, message);
  }
  return { reports, sources, notes, from };
}

async function check(values: { repo?: string; config?: string; 'no-exec'?: boolean }, positionals: readonly string[], io: HookIO): Promise<Status> {
  const event = parseHookEvent(await readInput(io.stdin), (io.env ?? process.env).HOME);
  const base = event?.cwd && existsSync(event.cwd) ? event.cwd : io.cwd;
  const repo = values.repo ? path.resolve(io.cwd, values.repo) : gitTopLevel(base);
  let config: Config;
  try {
    config = loadConfig(repo, values.config, io.cwd).config;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(error.problems.map((problem) => `claimcheck hook: ${error.file}: ${problem}\n`).join(''));
    io.stderr('claimcheck hook: the configuration is invalid, so nothing was checked; this is not a finding about the reports, and nothing is blocked\n');
    return 1;
  }
  const chosen = await choose(event, positionals, io, repo, config);
  for (const note of chosen.notes) io.stderr(`claimcheck hook: ${note}\n`);
  if (chosen.reports.length === 0) {
    io.stdout(`claimcheck hook: nothing to check: ${chosen.from}; 0 claims checked\n`);
    return 0;
  }
  const result = await verify({ reports: chosen.reports, repo, cwd: repo, config, sources: chosen.sources, noExec: values['no-exec'] ?? false });
  const contradicted = findingLines(result, 'contradicted');
  const errored = [...findingLines(result, 'error'), ...result.reports.filter((r) => r.error).map((r) => `${r.file}: ${r.error}`)];
  const agent = event !== undefined;
  const out: string[] = [];
  if (contradicted.length > 0) {
    out.push(
      `claimcheck: ${plural(contradicted.length, 'figure')} ${agent ? 'in what you wrote' : 'in the reports'} disagree${contradicted.length === 1 ? 's' : ''} with the repository.`,
      `For each line below (file:line:column, the claim as written, then what was measured), correct the figure to the measured value or remove the claim, then ${agent ? 'finish again' : 'commit again (git commit --no-verify commits anyway)'}:`,
      ...contradicted,
    );
  }
  if (errored.length > 0) {
    out.push(`claimcheck could not measure ${plural(errored.length, 'claim')} (its own failure, not a finding about the report):`, ...errored);
  }
  out.push(summaryLine(result));
  if (contradicted.length > 0 && event?.stopHookActive) {
    out.push('claimcheck hook: not blocking again: the agent is already continuing after a stop hook (stop_hook_active); these figures are left for you to review');
    io.stderr(out.join('\n') + '\n');
    return 1;
  }
  if (contradicted.length > 0) {
    io.stderr(out.join('\n') + '\n');
    return 2;
  }
  if (errored.length > 0) {
    out.push(`claimcheck hook: ${agent ? 'not blocking: nothing was found wrong, but not everything could be measured' : 'the commit is stopped because claimcheck could not measure everything; git commit --no-verify commits anyway'}`);
    io.stderr(out.join('\n') + '\n');
    return 1;
  }
  io.stdout(out.join('\n') + '\n');
  return 0;
}

/**
 * Run `claimcheck hook` with `args` (after the command name). Never throws
 * and never returns the blocking status for its own failure: a crash, a bad
 * option or the `--timeout` are said on stderr with status 1.
 */
export async function runHook(args: readonly string[], io: HookIO): Promise<Status> {
  let values: { repo?: string; config?: string; timeout?: string; 'no-exec'?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { repo: { type: 'string' }, config: { type: 'string' }, timeout: { type: 'string' }, 'no-exec': { type: 'boolean' } },
    }));
  } catch (error) {
    io.stderr(`claimcheck hook: ${(error as Error).message}; nothing was checked or blocked\n`);
    return 1;
  }
  const seconds = values.timeout === undefined ? defaultHookTimeout : Number(values.timeout);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    io.stderr(`claimcheck hook: --timeout: expected a number of seconds above 0, got "${values.timeout ?? ''}"; nothing was checked or blocked\n`);
    return 1;
  }
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), seconds * 1000);
  });
  try {
    const status = await Promise.race([check(values, positionals, io), deadline]);
    if (status !== 'timeout') return status;
    // Test runs still under way die with the check: the hook is bounded, whatever the runner does.
    killRunningGroups('SIGKILL');
    io.stderr(`claimcheck hook: gave up after ${seconds} s (--timeout) and stopped the runs it started; nothing was checked to the end, and nothing is blocked\n`);
    return 1;
  } catch (error) {
    io.stderr(`claimcheck hook: internal error, not a finding about the reports; nothing is blocked: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  } finally {
    clearTimeout(timer);
  }
}
