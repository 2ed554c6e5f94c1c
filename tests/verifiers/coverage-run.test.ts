/** coverage[].run: the configured coverage command is run once, with the runner's rules, unless --no-exec. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { verify } from '../../src/commands/pipeline.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(config: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-covrun-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'src'));
  mkdirSync(path.join(dir, 'test'));
  // node's lcov reporter writes into an existing folder only.
  mkdirSync(path.join(dir, 'coverage'));
  // half.js: node counts 4 of its 7 lines as run by the test.
  writeFileSync(path.join(dir, 'src', 'half.js'), [
    'export function used(a) {',
    '  return a + 1;',
    '}',
    'export function unused(a) {',
    '  const b = a * 2;',
    '  return b - 1;',
    '}',
    '',
  ].join('\n'));
  writeFileSync(path.join(dir, 'test', 'half.test.mjs'), "import { test } from 'node:test';\nimport { used } from '../src/half.js';\ntest('used', () => { if (used(1) !== 2) throw new Error('no'); });\n");
  writeFileSync(path.join(dir, 'claimcheck.yaml'), config);
  writeFileSync(path.join(dir, 'R.md'), '| File | Coverage |\n| --- | --- |\n| `src/half.js` | 57% |\n| `test/half.test.mjs` | 90% |\n');
  return dir;
}

async function check(dir: string, noExec = false) {
  const { config } = loadConfig(dir);
  return (await verify({ reports: [path.join(dir, 'R.md')], repo: dir, cwd: dir, config, noExec, checks: ['coverage'] })).reports[0]!.findings;
}

const nodeCoverage = 'coverage:\n  - run: node --test --experimental-test-coverage --test-reporter=lcov --test-reporter-destination=coverage/lcov.info test/\n    results: coverage/lcov.info\n';

describe('coverage[].run', () => {
  it('runs the configured command and reads what it wrote', async () => {
    const findings = await check(project(nodeCoverage));
    // node counts 4 of 7 lines of half.js as covered (57.1%); the test file is fully covered.
    expect(findings.map((f) => [f.verdict, f.measured?.detail])).toEqual([
      ['confirmed', { covered: 4, total: 7, files: 1 }],
      ['contradicted', { covered: 3, total: 3, files: 1 }],
    ]);
  });

  it('runs nothing with --no-exec and says so', async () => {
    const dir = project(nodeCoverage);
    const [finding] = await check(dir, true);
    expect(finding).toMatchObject({ verdict: 'unverifiable', message: expect.stringContaining('no coverage file found') });
  });

  it('gives error with the runner\'s last lines when the command hangs past its timeout', async () => {
    const dir = project('coverage:\n  - run: node -e "console.log(\'collecting\'); setInterval(() => {}, 1000)"\n    results: coverage/lcov.info\n    timeout: 1\n');
    const [finding] = await check(dir);
    expect(finding).toMatchObject({ verdict: 'error' });
    expect(finding!.message).toContain('timed out after 1 s and was killed with its children');
    expect(finding!.message).toContain('collecting');
  });
});
