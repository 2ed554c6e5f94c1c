/**
 * The one process runner of claimcheck: a command given as argv (never a
 * shell), a timeout that kills the whole process tree, and output kept up to
 * a limit, the last lines ready for error messages.
 *
 * The child is spawned detached so it leads its own process group; killing
 * the negative pid reaches every descendant that did not leave the group,
 * which is what a test runner's workers and a test's own children do.
 */

export interface RunOptions {
  /** Working folder. */
  cwd: string;
  /** Milliseconds before the process group is killed. Default 600 000 (10 minutes). */
  timeoutMs?: number;
  /** Extra environment variables, merged over `process.env`. */
  env?: Record<string, string>;
  /** Bytes of each stream kept in memory (the last ones). Default 1 MiB. */
  maxOutputBytes?: number;
  /** Write stdout to this file instead of keeping it (for result streams such as `go test -json`). */
  stdoutFile?: string;
  /** Milliseconds between SIGTERM and SIGKILL after the timeout. Default 1 000. */
  killGraceMs?: number;
  /** Stops the run as its timeout would (the group gets SIGTERM, then SIGKILL after the grace). */
  signal?: AbortSignal;
}

export interface RunResult {
  /** The argv that ran, for messages. */
  command: readonly string[];
  /** Exit code; `undefined` when killed by a signal or never started. */
  exitCode: number | undefined;
  signal: string | undefined;
  timedOut: boolean;
  /** Set when the process could not be started (no such command, no permission). */
  spawnError: string | undefined;
  /** The last `maxOutputBytes` of stdout (empty when `stdoutFile` is used). */
  stdout: string;
  stderr: string;
  /** Whether either stream was cut to its limit. */
  truncated: boolean;
  /** Wall time, seconds. */
  seconds: number;
}

/** A byte budget that keeps the end of a stream. */
class Tail {
  private chunks: Buffer[] = [];
  private size = 0;
  cut = false;
  constructor(private readonly limit: number) {}
  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size > this.limit && this.chunks.length > 0) {
      const first = this.chunks[0] as Buffer;
      const excess = this.size - this.limit;
      this.cut = true;
      if (first.length <= excess) {
        this.chunks.shift();
        this.size -= first.length;
      } else {
        this.chunks[0] = first.subarray(excess);
        this.size -= excess;
      }
    }
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/** Process groups of the runs under way, so an interrupted claimcheck can take them down with it. */
const runningGroups = new Set<number>();

/** Kill every process group a run under way started (for signal handlers: the groups are detached and outlive us otherwise). */
export function killRunningGroups(signal: NodeJS.Signals = 'SIGKILL'): void {
  for (const pid of runningGroups) killGroup(pid, signal);
}

/** Milliseconds the output pipes may stay open after the process exits. */
const pipeGraceMs = 5000;

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

/**
 * Run `command` (argv; `command[0]` is the program) and wait for it. Never
 * throws for a failing or missing program: the result says what happened.
 * When it ends, whatever is left of its process group is killed too.
 */
export async function runCommand(command: readonly string[], options: RunOptions): Promise<RunResult> {
  const [file, ...args] = command;
  const started = performance.now();
  const limit = options.maxOutputBytes ?? 1024 * 1024;
  const out = new Tail(limit);
  const err = new Tail(limit);
  const base = { command, stdout: '', stderr: '', truncated: false };
  if (!file) return { ...base, exitCode: undefined, signal: undefined, timedOut: false, spawnError: 'empty command', seconds: 0 };

  // Loaded on first use: execa costs ~90 ms to import, and most runs never start a process.
  const { execa } = await import('execa');
  const child = execa(file, args, {
    cwd: options.cwd,
    env: { CI: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
    shell: false,
    detached: true,
    cleanup: true,
    reject: false,
    buffer: false,
    stdin: 'ignore',
    stdout: options.stdoutFile ? { file: options.stdoutFile } : 'pipe',
    stderr: 'pipe',
  });
  if (child.pid !== undefined) runningGroups.add(child.pid);
  child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));

  const graceMs = options.killGraceMs ?? 1000;
  let timedOut = false;
  let grace: NodeJS.Timeout | undefined;
  let drain: NodeJS.Timeout | undefined;
  const stop = () => {
    killGroup(child.pid, 'SIGTERM');
    grace ??= setTimeout(() => killGroup(child.pid, 'SIGKILL'), graceMs);
  };
  const timer = setTimeout(() => {
    timedOut = true;
    stop();
  }, options.timeoutMs ?? 600_000);
  if (options.signal?.aborted) stop();
  options.signal?.addEventListener('abort', stop, { once: true });
  child.once('exit', () => {
    clearTimeout(timer);
    if (grace) clearTimeout(grace);
    // Descendants may still be finishing (a reporter writing its file) while
    // they hold the output pipes; one that left the group (setsid, a daemon)
    // may hold them forever. Give them a while, then stop waiting.
    drain = setTimeout(() => {
      killGroup(child.pid, 'SIGKILL');
      child.stdout?.destroy();
      child.stderr?.destroy();
    }, Math.max(graceMs, pipeGraceMs));
  });

  const result = await child;
  options.signal?.removeEventListener('abort', stop);
  clearTimeout(timer);
  if (grace) clearTimeout(grace);
  if (drain) clearTimeout(drain);
  // Children left behind (watchers, servers a test started) die with the run.
  killGroup(child.pid, 'SIGKILL');
  if (child.pid !== undefined) runningGroups.delete(child.pid);

  const spawnError = result.failed && result.exitCode === undefined && !result.signal && !timedOut ? result.originalMessage || result.shortMessage : undefined;
  return {
    command,
    exitCode: result.exitCode,
    signal: result.signal,
    timedOut,
    spawnError,
    stdout: out.text(),
    stderr: err.text(),
    truncated: out.cut || err.cut,
    seconds: (performance.now() - started) / 1000,
  };
}

/** The last `count` non-empty lines of a run's stderr and stdout, for a message. */
export function lastLines(result: Pick<RunResult, 'stdout' | 'stderr'>, count = 10): string[] {
  // Strip colour codes: messages are read as plain text.
  const clean = (text: string) =>
    text
      // eslint-disable-next-line no-control-regex
      .replace(/\x1b\[[0-9;]*[A-Za-z]/g, '')
      .split(/\r?\n/)
      .map((line) => line.trimEnd())
      .filter((line) => line.trim() !== '');
  return [...clean(result.stdout), ...clean(result.stderr)].slice(-count);
}

/** How a run went, in a few words: `timed out after 2 s`, `exited with 1`, `killed by SIGKILL`. */
export function describeRun(result: RunResult, timeoutMs?: number): string {
  const shown = `\`${result.command.join(' ')}\``;
  if (result.spawnError) return `${shown} could not start: ${result.spawnError}`;
  if (result.timedOut) return `${shown} timed out${timeoutMs ? ` after ${timeoutMs / 1000} s` : ''} and was killed with its children`;
  if (result.signal) return `${shown} was killed by ${result.signal}`;
  return `${shown} exited with ${result.exitCode ?? '?'}`;
}

/** `describeRun` followed by the run's last lines, for an `error` verdict's message. */
export function runFailure(result: RunResult, timeoutMs?: number): string {
  const lines = lastLines(result);
  return describeRun(result, timeoutMs) + (lines.length > 0 ? `; last lines:\n${lines.join('\n')}` : '');
}

/** Word boundaries of a command line: whitespace outside quotes. */
const tokenRe = /(?<single>'[^']*')|(?<double>"(?:[^"\\]|\\.)*")|(?<escape>\\.)|(?<space>\s+)|(?<plain>[^\s'"\\]+)|(?<open>['"])/gsy;

/**
 * Split a command line into argv the way a POSIX shell splits words, without
 * expanding anything: single quotes are literal, double quotes allow `\"`
 * and `\\`, a backslash escapes one character outside quotes. Throws on an
 * unterminated quote. `'npx vitest run "a b"'` → `['npx', 'vitest', 'run', 'a b']`.
 */
export function splitCommand(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  tokenRe.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (tokenRe.lastIndex < line.length && (match = tokenRe.exec(line)) !== null) {
    const g = match.groups ?? {};
    if (g.space !== undefined) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (g.single !== undefined) word = (word ?? '') + g.single.slice(1, -1);
    else if (g.double !== undefined) word = (word ?? '') + g.double.slice(1, -1).replace(/\\(["\\$`])/g, '$1');
    else if (g.escape !== undefined) word = (word ?? '') + g.escape.slice(1);
    else if (g.plain !== undefined) word = (word ?? '') + g.plain;
    else throw new Error(`unterminated quote in command: ${line}`);
  }
  if (word !== undefined) words.push(word);
  return words;
}
