/**
 * Vacuous and shrunken passes against real runs: vitest 4 and node:test
 * projects built here that collect more tests than the report names, run
 * none, skip them all, or fail beside their passes. Each row is a report
 * line, the verdict it must get and, for a contradiction, the runner's own
 * figures the message must carry.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureRepos } from '../helpers/fixture-repo.js';
import { verify } from '../../src/commands/pipeline.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const vitest = path.join(root, 'node_modules', '.bin', 'vitest');
const repo = fixtureRepos('claimcheck-vacuous-');

const vitestProject = (tests: string[], flags = '') => ({
  'package.json': JSON.stringify({ type: 'module', scripts: { test: `${vitest} run --globals${flags}` } }),
  ...(tests.length > 0 ? { 'tests/suite.test.js': tests.join('\n') } : { 'src/index.js': 'export const x = 1;\n' }),
});
const nodeProject = (tests: string[]) => ({
  'package.json': JSON.stringify({ type: 'module', scripts: { test: 'node --test' } }),
  ...(tests.length > 0 ? { 'test/suite.test.mjs': ["import { test } from 'node:test';", "import assert from 'node:assert/strict';", ...tests].join('\n') } : { 'src/index.mjs': 'export const x = 1;\n' }),
});

const passing = (n: number, runner: 'vitest' | 'node') => Array.from({ length: n }, (_, i) => `test('passes ${i + 1}', () => {});`).map((line) => (runner === 'node' ? line : line));
const failing = (n: number, runner: 'vitest' | 'node') =>
  Array.from({ length: n }, (_, i) => (runner === 'node' ? `test('fails ${i + 1}', () => assert.equal(1, 2));` : `test('fails ${i + 1}', () => expect(1).toBe(2));`));
const skipped = (n: number, runner: 'vitest' | 'node') =>
  Array.from({ length: n }, (_, i) => (runner === 'node' ? `test('later ${i + 1}', { skip: true }, () => {});` : `test.skip('later ${i + 1}', () => {});`));

/** [report line, verdict, words the message must hold (the runner's figures)] */
type Row = [string, 'confirmed' | 'contradicted', string?];

const cases: Array<{ name: string; files: Record<string, string>; rows: Row[] }> = [
  {
    name: 'vitest collects 15 tests, 3 fail: "12/12" and "all 12" are shrunken passes',
    files: vitestProject([...passing(12, 'vitest'), ...failing(3, 'vitest')]),
    rows: [
      ['- Tests: 12/12 passing', 'contradicted', '15 tests: 12 passed, 3 failed'],
      ['- All 12 tests pass', 'contradicted', '15 tests: 12 passed, 3 failed'],
      ['- Result: 4966/4966 ALL PASSED', 'contradicted'],
      ['- 12 passing', 'confirmed'],
      ['- 3 failing', 'confirmed'],
    ],
  },
  {
    name: 'node:test collects 5 tests, 1 fails: "4/4 tests passed" is a shrunken pass',
    files: nodeProject([...passing(4, 'node'), ...failing(1, 'node')]),
    rows: [
      ['- 4/4 tests passed', 'contradicted', '5 tests: 4 passed, 1 failed'],
      ['- 100% pass rate', 'contradicted', '5 tests: 4 passed, 1 failed'],
      ['- 4 passing', 'confirmed'],
    ],
  },
  {
    name: 'vitest: every test passes but the run threw an unhandled error',
    files: vitestProject(["test('one', () => { setTimeout(() => { throw new Error('boom later'); }, 1); });", "test('two', async () => { await new Promise((r) => setTimeout(r, 20)); });"]),
    rows: [
      ['- All 2 tests pass', 'contradicted', '1 unhandled error outside the tests'],
      ['- 100% pass rate', 'contradicted', '2 tests: 2 passed, 1 unhandled error'],
      ['- 2 passing', 'confirmed'],
    ],
  },
  {
    name: 'node:test: a test passes, then its file throws: node counts the file as a failed test',
    files: nodeProject(["test('one', () => { setTimeout(() => { throw new Error('boom later'); }, 1); });", "test('two', async () => { await new Promise((r) => setTimeout(r, 20)); });"]),
    rows: [['- 2/2 tests passed', 'contradicted', '3 tests: 2 passed, 1 failed']],
  },
  {
    name: 'vitest --passWithNoTests runs 0 tests',
    files: vitestProject([], ' --passWithNoTests'),
    rows: [
      ['- 100% pass rate', 'contradicted', 'collected no test'],
      ['- 0% failure rate', 'contradicted', 'collected no test'],
    ],
  },
  {
    name: 'node --test finds no test: 0 tests ran',
    files: nodeProject([]),
    rows: [['- 100% pass rate', 'contradicted', 'collected no test']],
  },
  {
    name: 'vitest: every test skipped',
    files: vitestProject(skipped(3, 'vitest')),
    rows: [
      ['- 100% pass rate', 'contradicted', 'skipped every test it collected, so none passed (3 tests: 0 passed, 3 skipped)'],
      ['- 3 skipped', 'confirmed'],
    ],
  },
  {
    name: 'node:test: every test skipped',
    files: nodeProject(skipped(2, 'node')),
    rows: [['- 100% pass rate', 'contradicted', 'skipped every test it collected']],
  },
  {
    name: 'vitest: 12 pass and 3 are skipped: "12/12 passing" and "all 12 pass" hold over the tests that ran',
    files: vitestProject([...passing(12, 'vitest'), ...skipped(3, 'vitest')]),
    rows: [
      ['- Tests: 12/12 passing', 'confirmed'],
      ['- All 12 tests pass', 'confirmed'],
      ['- 100% pass rate', 'confirmed'],
    ],
  },
  {
    name: 'node:test: every test passes',
    files: nodeProject(passing(3, 'node')),
    rows: [
      ['- 3/3 tests passed', 'confirmed'],
      ['- All 3 tests pass', 'confirmed'],
      ['- 100% pass rate', 'confirmed'],
    ],
  },
];

describe('vacuous and shrunken passes, against real runs', () => {
  it.each(cases)('$name', async ({ files, rows }) => {
    const dir = repo(files);
    writeFileSync(path.join(dir, 'REPORT.md'), rows.map(([line]) => line).join('\n') + '\n');
    const result = await verify({ reports: [path.join(dir, 'REPORT.md')], repo: dir, cwd: dir, checks: ['tests'] });
    const findings = result.reports[0]!.findings;
    for (const [index, [line, verdict, words]] of rows.entries()) {
      const lineNumber = index + 1;
      const onLine = findings.filter((f) => f.claim.position.line === lineNumber);
      expect(onLine.length, `claims of "${line}"`).toBeGreaterThan(0);
      // The line's leading claim (the passing part of a ratio) carries the rule.
      const first = onLine[0]!;
      expect([line, first.verdict, first.message]).toEqual([line, verdict, expect.any(String)]);
      if (words) expect(first.message).toContain(words);
      if (verdict === 'confirmed') expect(onLine.every((f) => f.verdict === 'confirmed')).toBe(true);
    }
  });
});
