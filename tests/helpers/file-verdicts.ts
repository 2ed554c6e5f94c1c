/**
 * The `file.exists` verdicts of one report on a fixture repository, line by
 * line: the tests of structures that name files (trees, lists) share them.
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';

/** Line, verdict and a part of the message each `file.exists` finding must have, in order. */
export type FileVerdicts = ReadonlyArray<readonly [line: number, verdict: string, message: string]>;

/** Verifies `report` (written as REPORT.md) in the repository `dir` and expects exactly `expected`. */
export async function expectFileVerdicts(dir: string, report: string, expected: FileVerdicts): Promise<void> {
  writeFileSync(path.join(dir, 'REPORT.md'), report);
  const result = await verify({ reports: [path.join(dir, 'REPORT.md')], repo: dir, cwd: dir, checks: ['files'] });
  const found = result.reports[0]!.findings.filter((f) => f.claim.kind === 'file.exists');
  expect(found.map((f) => f.claim.position.line)).toEqual(expected.map(([line]) => line));
  expected.forEach(([line, verdict, message], i) => {
    expect(`${line} ${found[i]!.verdict}`).toBe(`${line} ${verdict}`);
    expect(found[i]!.message).toContain(message);
  });
}
