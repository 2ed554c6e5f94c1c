/**
 * The plain output of `cargo test` (libtest): `test path::name ... ok`, one
 * line per test, and a `test result:` line per test binary. Stable Rust has
 * no machine-readable format, so this is what a re-measurement reads.
 * `#[ignore]` is skipped; `should_panic` tests that panic are `ok` (passed).
 */
import type { TestCase, TestRun, TestStatus } from './types.js';

const testLineRe = /^test (?<name>.+?)(?: - should panic)? \.\.\. (?<result>ok|FAILED|ignored)\b/;
const resultLineRe = /^test result: (?:ok|FAILED)\. (?<passed>\d+) passed; (?<failed>\d+) failed; (?<ignored>\d+) ignored; \d+ measured; \d+ filtered out; finished in (?<seconds>\d+(?:\.\d+)?)s/;
const resultStatus: Readonly<Record<string, TestStatus>> = { ok: 'passed', FAILED: 'failed', ignored: 'skipped' };

/** Whether `text` holds libtest summary lines. */
export function isLibtest(text: string): boolean {
  return /^test result: (?:ok|FAILED)\./m.test(text);
}

/** The cases of `cargo test` output; the summed `test result:` lines are the stated counts. */
export function parseLibtest(text: string, source: string): TestRun {
  const cases: TestCase[] = [];
  let passed = 0;
  let failed = 0;
  let ignored = 0;
  let seconds = 0;
  for (const line of text.split(/\r?\n/)) {
    const test = testLineRe.exec(line)?.groups;
    if (test?.name && test.result) {
      cases.push({ name: test.name, status: resultStatus[test.result] ?? 'failed' });
      continue;
    }
    const summary = resultLineRe.exec(line)?.groups;
    if (summary) {
      passed += Number(summary.passed);
      failed += Number(summary.failed);
      ignored += Number(summary.ignored);
      seconds += Number(summary.seconds);
    }
  }
  return { cases, source, duration: seconds, stated: { total: passed + failed + ignored, passed, failed, skipped: ignored } };
}
