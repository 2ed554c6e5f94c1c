/**
 * Runaway test commands: each run ends in bounded time with `error` and the
 * reason, its process tree is gone, and output is kept to a limit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { verify } from '../../src/commands/pipeline.js';
import { alive, waitFor } from '../helpers/processes.js';
import { cli, tempFolders } from './helpers.js';

const temp = tempFolders('claimcheck-runaway-');

/** A repo whose test command is `node runner.mjs` (script `script`), timeout `timeout` seconds, results at out/junit.xml. */
function repoWith(script: string, timeout = 2): string {
  const dir = temp();
  writeFileSync(path.join(dir, 'claimcheck.yaml'), `tests:\n  - run: node runner.mjs\n    results: out/junit.xml\n    timeout: ${timeout}\n`);
  writeFileSync(path.join(dir, 'runner.mjs'), script);
  writeFileSync(path.join(dir, 'R.md'), '- 2 passing tests\n');
  return dir;
}

async function findingsOf(dir: string) {
  const { config } = loadConfig(dir);
  const result = await verify({ reports: ['R.md'], repo: dir, cwd: dir, config, checks: ['tests'] });
  return result.reports[0]?.findings ?? [];
}

const header = ["import { spawn } from 'node:child_process';", "import { mkdirSync, writeFileSync, rmSync } from 'node:fs';", "mkdirSync('out', { recursive: true });"];
const junit = '<testsuites><testsuite name="s"><testcase name="a"/><testcase name="b"/></testsuite></testsuites>';

describe('runaway test commands', () => {
  it('kills a runner whose children ignore SIGTERM and hang, after timeout + grace', async () => {
    const dir = repoWith(
      [
        ...header,
        "const pids = [0, 1, 2].map(() => spawn('node', ['-e', \"process.on('SIGTERM', () => {}); setInterval(() => {}, 1000)\"], { stdio: 'ignore' }).pid);",
        "writeFileSync('children.txt', pids.join('\\n'));",
        "process.on('SIGTERM', () => {});",
        "console.log('suite started');",
        'setInterval(() => {}, 1000);',
      ].join('\n'),
      1,
    );
    const findings = await findingsOf(dir);
    expect(findings.map((f) => f.verdict)).toEqual(['error']);
    expect(findings[0]?.message).toMatch(/^`node runner\.mjs` timed out after 1 s and was killed with its children; last lines:\nsuite started$/);
    const children = readFileSync(path.join(dir, 'children.txt'), 'utf8').split('\n').map(Number);
    expect(children).toHaveLength(3);
    expect(await waitFor(() => children.every((pid) => !alive(pid)), 3000)).toBe(true);
  });

  it('keeps only the tail of megabytes of output, and says the runner failed', async () => {
    const dir = repoWith([...header, "const line = 'x'.repeat(1023) + '\\n';", 'for (let i = 0; i < 8 * 1024; i++) process.stdout.write(line);', "console.error('the last words');", 'process.exitCode = 1;'].join('\n'));
    const findings = await findingsOf(dir);
    expect(findings.map((f) => f.verdict)).toEqual(['error']);
    const message = findings[0]?.message ?? '';
    expect(message).toMatch(/^`node runner\.mjs` exited with 1 and left no result file matching out\/junit\.xml; last lines:\n/);
    expect(message).toMatch(/the last words$/);
    // Ten lines at most: the message stays readable whatever the runner printed.
    expect(message.length).toBeLessThan(12 * 1024);
  });

  it('says which signal killed a runner', async () => {
    const dir = repoWith([...header, `writeFileSync('out/junit.xml', ${JSON.stringify(junit)});`, "process.kill(process.pid, 'SIGSEGV');"].join('\n'));
    const findings = await findingsOf(dir);
    expect(findings.map((f) => f.verdict)).toEqual(['error']);
    expect(findings[0]?.message).toBe('`node runner.mjs` was killed by SIGSEGV');
  });

  it('gives error when the runner deletes its own result file', async () => {
    const dir = repoWith([...header, `writeFileSync('out/junit.xml', ${JSON.stringify(junit)});`, "rmSync('out/junit.xml');", "console.log('cleaned up');"].join('\n'));
    const findings = await findingsOf(dir);
    expect(findings.map((f) => f.verdict)).toEqual(['error']);
    expect(findings[0]?.message).toBe('`node runner.mjs` exited with 0 and left no result file matching out/junit.xml; last lines:\ncleaned up');
  });

  it('returns when the runner exits, even if a descendant that left its process group still holds the output pipes', async () => {
    const dir = repoWith(
      [
        ...header,
        "const child = spawn('sleep', ['120'], { stdio: 'inherit', detached: true });",
        "writeFileSync('escaped.txt', String(child.pid));",
        'child.unref();',
        `writeFileSync('out/junit.xml', ${JSON.stringify(junit)});`,
      ].join('\n'),
      60,
    );
    const started = Date.now();
    const findings = await findingsOf(dir);
    const escaped = Number(readFileSync(path.join(dir, 'escaped.txt'), 'utf8'));
    try {
      // Bounded by the kill grace, not by the escaped process (120 s) nor the timeout (60 s).
      expect(Date.now() - started).toBeLessThan(30_000);
      expect(findings.map((f) => f.verdict)).toEqual(['confirmed']);
    } finally {
      if (alive(escaped)) process.kill(escaped, 'SIGKILL');
    }
  });

  it('claimcheck itself exits, 2 as nothing could be measured, when its runner hangs', async () => {
    const dir = repoWith([...header, "spawn('sleep', ['300'], { stdio: 'ignore' });", 'setInterval(() => {}, 1000);'].join('\n'), 1);
    const result = await cli(['verify', 'R.md'], dir, {}, 30_000);
    expect(result.signal).toBeNull();
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/error\s+`node runner\.mjs` timed out after 1 s/);
  });
});
