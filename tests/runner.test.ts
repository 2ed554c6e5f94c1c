import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeRun, lastLines, runCommand, splitCommand } from '../src/measure/runner.js';
import { alive, hangScript, waitFor } from './helpers/processes.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-runner-'));
  dirs.push(dir);
  return dir;
};

describe('splitCommand', () => {
  it.each([
    ['npx vitest run', ['npx', 'vitest', 'run']],
    ['pytest -k "not slow" tests/', ['pytest', '-k', 'not slow', 'tests/']],
    ["node -e 'console.log(1; 2)'", ['node', '-e', 'console.log(1; 2)']],
    ['a\\ b "c \\"d\\"" e=\'f g\'', ['a b', 'c "d"', 'e=f g']],
    ['  spaced   out  ', ['spaced', 'out']],
    ['echo $HOME && rm -rf /', ['echo', '$HOME', '&&', 'rm', '-rf', '/']],
  ])('%s', (line, argv) => {
    expect(splitCommand(line)).toEqual(argv);
  });
  it('refuses an unterminated quote', () => {
    expect(() => splitCommand('pytest -k "oops')).toThrow(/unterminated quote/);
  });
});

describe('runCommand', () => {
  it('captures output and the exit code, without a shell', async () => {
    const dir = tempDir();
    const result = await runCommand(['node', '-e', 'console.log("out $HOME"); console.error("err"); process.exit(3)'], { cwd: dir });
    expect(result).toMatchObject({ exitCode: 3, timedOut: false, stdout: 'out $HOME\n', stderr: 'err\n', truncated: false });
    expect(lastLines(result)).toEqual(['out $HOME', 'err']);
    expect(describeRun(result)).toBe('`node -e console.log("out $HOME"); console.error("err"); process.exit(3)` exited with 3');
  });

  it('keeps the last bytes of a long output', async () => {
    const result = await runCommand(['node', '-e', 'for (let i = 0; i < 5000; i++) console.log("line " + i)'], { cwd: tempDir(), maxOutputBytes: 100 });
    expect(result.truncated).toBe(true);
    expect(result.stdout.length).toBeLessThanOrEqual(100);
    expect(lastLines(result, 1)).toEqual(['line 4999']);
  });

  it('says when the program does not exist', async () => {
    const result = await runCommand(['claimcheck-no-such-program'], { cwd: tempDir() });
    expect(result.spawnError).toMatch(/ENOENT/);
    expect(describeRun(result)).toMatch(/could not start/);
  });

  it('writes stdout to a file when asked', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'out.txt');
    await runCommand(['node', '-e', 'console.log("to file")'], { cwd: dir, stdoutFile: file });
    expect(readFileSync(file, 'utf8')).toBe('to file\n');
  });

  it('kills the whole process tree at the timeout', async () => {
    const dir = tempDir();
    const pidFile = path.join(dir, 'child.pid');
    writeFileSync(path.join(dir, 'hang.mjs'), hangScript(pidFile));
    const started = Date.now();
    const result = await runCommand(['node', 'hang.mjs'], { cwd: dir, timeoutMs: 1500 });
    const elapsed = Date.now() - started;
    expect(result.timedOut).toBe(true);
    expect(elapsed).toBeLessThan(1500 + 5000);
    expect(lastLines(result)).toEqual(['started the hanging suite']);
    expect(existsSync(pidFile)).toBe(true);
    const child = Number(readFileSync(pidFile, 'utf8'));
    expect(await waitFor(() => !alive(child), 3000)).toBe(true);
  });

  it('stops the whole process tree when its signal is aborted, not as a timeout', async () => {
    const dir = tempDir();
    const pidFile = path.join(dir, 'child.pid');
    writeFileSync(path.join(dir, 'hang.mjs'), hangScript(pidFile));
    const abort = new AbortController();
    const running = runCommand(['node', 'hang.mjs'], { cwd: dir, timeoutMs: 60_000, signal: abort.signal });
    expect(await waitFor(() => existsSync(pidFile), 10_000)).toBe(true);
    abort.abort();
    const result = await running;
    expect(result.timedOut).toBe(false);
    expect(result.signal).toMatch(/^SIG(TERM|KILL)$/);
    const child = Number(readFileSync(pidFile, 'utf8'));
    expect(await waitFor(() => !alive(child), 3000)).toBe(true);
  });
});
