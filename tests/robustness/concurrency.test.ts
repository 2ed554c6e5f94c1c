/**
 * Two claimcheck runs in one repository at the same time: each runs the
 * detected test command into its own temporary folder, neither removes or
 * reads the other's results, and nothing is left behind in TMPDIR.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempFolders } from './helpers.js';

const temp = tempFolders('claimcheck-concurrent-');

/** A node:test suite of 3 passing and 1 failing test that lasts about a second, so the two runs overlap. */
const suite = [
  "import { test } from 'node:test';",
  "import assert from 'node:assert/strict';",
  "import { appendFileSync } from 'node:fs';",
  "appendFileSync('starts.txt', `${process.pid} ${Date.now()}\\n`);",
  "test('waits', async () => { await new Promise((r) => setTimeout(r, 1000)); });",
  "test('adds', () => assert.equal(1 + 1, 2));",
  "test('joins', () => assert.equal(['a', 'b'].join(''), 'ab'));",
  "test('breaks', () => assert.equal(1, 2));",
].join('\n');

interface Result {
  reports: Array<{ findings: Array<{ verdict: string; measured?: { value: unknown } }> }>;
}

describe('two runs at once', () => {
  it('give both the right results and share no temporary files', { timeout: 120_000 }, async () => {
    const dir = temp();
    const tmp = path.join(dir, 'tmp');
    const repo = path.join(dir, 'repo');
    mkdirSync(tmp);
    mkdirSync(path.join(repo, 'test'), { recursive: true });
    writeFileSync(path.join(repo, 'package.json'), JSON.stringify({ name: 'fixture', type: 'module', scripts: { test: 'node --test' } }));
    writeFileSync(path.join(repo, 'test/suite.test.js'), suite);
    writeFileSync(path.join(repo, 'A.md'), '- 4 tests in total\n- 3 passing\n- 1 failing\n');
    writeFileSync(path.join(repo, 'B.md'), '- 4 tests in total\n- 4 passing\n');

    const env = { TMPDIR: tmp };
    const [a, b] = await Promise.all([
      cli(['verify', 'A.md', '--repo', repo, '--format', 'json', '--checks', 'tests'], repo, env, 90_000),
      cli(['verify', 'B.md', '--repo', repo, '--format', 'json', '--checks', 'tests'], repo, env, 90_000),
    ]);
    expect([a.status, b.status], a.stderr + b.stderr).toEqual([0, 1]);
    const verdicts = (run: typeof a) => (JSON.parse(run.stdout) as Result).reports[0]?.findings.map((f) => [f.verdict, f.measured?.value]);
    expect(verdicts(a)).toEqual([['confirmed', 4], ['confirmed', 3], ['confirmed', 1]]);
    expect(verdicts(b)).toEqual([['confirmed', 4], ['contradicted', 3]]);
    // Both suites ran, overlapping in time.
    const starts = readFileSync(path.join(repo, 'starts.txt'), 'utf8').trim().split('\n').map((line) => Number(line.split(' ')[1]));
    expect(starts).toHaveLength(2);
    expect(Math.abs((starts[0] as number) - (starts[1] as number))).toBeLessThan(1000);
    // Each run cleaned up its own temporary folder.
    expect(readdirSync(tmp)).toEqual([]);
  });
});
