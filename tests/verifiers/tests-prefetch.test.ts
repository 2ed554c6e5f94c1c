/**
 * The test run starts before the claims are extracted, so it overlaps
 * claimcheck's own work; these cases pin when it may start early and that a
 * run no claim needed still ends before `verify` returns.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { CheckId } from '../../src/kinds.js';
import { verify } from '../../src/commands/pipeline.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A test command that waits `delayMs`, then leaves `ran` and a JUnit file of 2 passing tests. */
const slowRun = (delayMs: number) => [
  'node -e "setTimeout(() => {',
  "require('fs').writeFileSync('junit.xml', '<testsuites><testsuite name=\\'s\\' tests=\\'2\\'><testcase name=\\'a\\'/><testcase name=\\'b\\'/></testsuite></testsuites>');",
  "require('fs').writeFileSync('ran', 'yes');",
  `}, ${delayMs})"`,
].join(' ');

function project(report: string, delayMs: number, coverageRun = false): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-prefetch-'));
  dirs.push(dir);
  const coverage = coverageRun ? 'coverage:\n  - run: node -e "0"\n    results: coverage/lcov.info\n' : '';
  writeFileSync(path.join(dir, 'claimcheck.yaml'), `tests:\n  - run: ${JSON.stringify(slowRun(delayMs))}\n    results: junit.xml\n${coverage}`);
  writeFileSync(path.join(dir, 'R.md'), report);
  return dir;
}

interface Case {
  name: string;
  report: string;
  checks?: CheckId[];
  coverageRun?: boolean;
  /** How long the test command takes; a run that should be stopped takes long, so a run that is not stopped fails the case. */
  delayMs?: number;
  /** Whether the test command ran to its end by the time `verify` returned. */
  ran: boolean;
}

const cases: Case[] = [
  { name: 'a report with a test count: runs, and the claim reads the run', report: '2 tests passing.\n', ran: true },
  { name: 'a figure beside tests but no claim: the early run is stopped', report: 'The tests are described in chapter 3 of the handbook.\n', delayMs: 10_000, ran: false },
  { name: 'test figures that are all targets: the early run is stopped', report: '- [ ] 50 tests passing\n\nTarget: 100 tests by March.\n', delayMs: 10_000, ran: false },
  { name: 'tests without a figure: nothing starts early, and no claim asks for a run', report: 'The tests are described in the handbook.\n', ran: false },
  { name: 'no word about tests: nothing starts early', report: 'The report is 3 pages long.\n', ran: false },
  { name: 'the tests check not selected: nothing runs', report: '2 tests passing.\n', checks: ['files'], ran: false },
  { name: 'a coverage command is configured: the test run waits for its claim', report: 'The tests are described in chapter 3 of the handbook.\n', coverageRun: true, ran: false },
];

describe('tests: the run starts before extraction', () => {
  it.each(cases)('$name', async ({ report, checks, coverageRun, delayMs, ran }) => {
    const dir = project(report, delayMs ?? 300, coverageRun);
    const { config } = loadConfig(dir);
    const result = await verify({ reports: [path.join(dir, 'R.md')], repo: dir, cwd: dir, config, ...(checks ? { checks } : {}) });
    expect(existsSync(path.join(dir, 'ran'))).toBe(ran);
    for (const finding of result.reports[0]!.findings.filter((f) => f.claim.kind.startsWith('tests.'))) {
      expect(finding.verdict === 'confirmed' || finding.verdict === 'skipped', finding.message).toBe(true);
    }
  });
});
