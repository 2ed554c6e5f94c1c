/**
 * `go test -json` (test2json events, one JSON object a line). A test result
 * is a pass/fail/skip event with a `Test` field; subtests are `Parent/child`
 * and their parents report too. Leaves are the cases; the count with parents
 * (what go-junit-report and gotestsum show) is kept as the stated count.
 * Packages that did not build appear as a non-JSON `FAIL pkg [build failed]`
 * line (Go ≤ 1.23) or a `build-fail` event / `FailedBuild` field (1.24+).
 */
import type { TestCase, TestRun, TestStatus } from './types.js';

interface Event {
  Action?: unknown;
  Package?: unknown;
  Test?: unknown;
  Elapsed?: unknown;
  FailedBuild?: unknown;
  ImportPath?: unknown;
}

const resultActions: Readonly<Record<string, TestStatus>> = { pass: 'passed', fail: 'failed', skip: 'skipped' };
/** The plain line Go ≤ 1.23 puts into the JSON stream for a package that did not compile. */
const buildFailedRe = /^FAIL\s+(?<pkg>\S+)\s+\[(?:build|setup) failed\]/;
const eventRe = /^\s*\{.*"Action"\s*:/;

/** Whether `text` looks like `go test -json` output. */
export function isGoTestJson(text: string): boolean {
  return text.split('\n', 50).some((line) => eventRe.test(line) && /"Package"\s*:/.test(line));
}

/** The leaf test cases of a `go test -json` stream. Lines that are not JSON are skipped, except build failures. */
export function parseGoTestJson(text: string, source: string): TestRun {
  const results = new Map<string, TestCase>();
  const broken = new Set<string>();
  let packageSeconds = 0;
  let sawPackageTime = false;
  for (const line of text.split(/\r?\n/)) {
    const failedBuild = buildFailedRe.exec(line)?.groups?.pkg;
    if (failedBuild) {
      broken.add(failedBuild);
      continue;
    }
    if (!eventRe.test(line)) continue;
    let event: Event;
    try {
      event = JSON.parse(line) as Event;
    } catch {
      continue;
    }
    const action = String(event.Action);
    const pkg = typeof event.Package === 'string' ? event.Package : typeof event.ImportPath === 'string' ? event.ImportPath : '';
    if (action === 'build-fail' || (typeof event.FailedBuild === 'string' && event.FailedBuild !== '')) {
      broken.add(typeof event.FailedBuild === 'string' && event.FailedBuild ? event.FailedBuild : pkg);
      continue;
    }
    const status = resultActions[action];
    if (!status) continue;
    if (typeof event.Test !== 'string') {
      if (typeof event.Elapsed === 'number') {
        packageSeconds += event.Elapsed;
        sawPackageTime = true;
      }
      continue;
    }
    const entry: TestCase = { name: event.Test, suite: pkg, status };
    if (typeof event.Elapsed === 'number') entry.duration = event.Elapsed;
    // Cached or repeated results replay the same events: the last one wins.
    results.set(`${pkg}\0${event.Test}`, entry);
  }
  const all = [...results.values()];
  const isParent = (c: TestCase) => all.some((o) => o.suite === c.suite && o.name.startsWith(c.name + '/'));
  const cases = all.filter((c) => !isParent(c));
  const count = (status: TestStatus) => all.filter((c) => c.status === status).length;
  const run: TestRun = {
    cases,
    source,
    stated: { total: all.length, passed: count('passed'), failed: count('failed'), skipped: count('skipped') },
  };
  if (sawPackageTime) run.duration = packageSeconds;
  if (broken.size > 0) run.broken = [...broken];
  return run;
}
