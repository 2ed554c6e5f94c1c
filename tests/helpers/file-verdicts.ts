/**
 * The `file.exists` verdicts of one report on a fixture repository, line by
 * line: the tests of structures that name files (trees, lists) share them.
 */
import path from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';

/** Line, verdict and a part of the message each `file.exists` finding must have, in order. */
export type FileVerdicts = ReadonlyArray<readonly [line: number, verdict: string, message: string]>;

/** Verifies `report` (written as `at`, REPORT.md by default) in the repository `dir` and expects exactly `expected`. */
export async function expectFileVerdicts(dir: string, report: string, expected: FileVerdicts, at = 'REPORT.md'): Promise<void> {
  const file = path.join(dir, at);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, report);
  const result = await verify({ reports: [file], repo: dir, cwd: dir, checks: ['files'] });
  const found = result.reports[0]!.findings.filter((f) => f.claim.kind === 'file.exists');
  expect(found.map((f) => f.claim.position.line)).toEqual(expected.map(([line]) => line));
  expected.forEach(([line, verdict, message], i) => {
    expect(`${line} ${found[i]!.verdict}`).toBe(`${line} ${verdict}`);
    expect(found[i]!.message).toContain(message);
  });
}
