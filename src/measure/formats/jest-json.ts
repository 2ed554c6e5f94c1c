/**
 * Jest-style JSON (`jest --json`, `vitest --reporter=json`): one entry per
 * test file with its assertion results. Counted as Jest and Vitest count in
 * their summaries: skip and todo are apart, a file that failed to load adds
 * no test (it is listed in `broken`), a retried test that passed is passed
 * whatever `failureMessages` holds (see shared/reference, section 3).
 */
import type { TestCase, TestRun, TestStatus } from './types.js';

interface AssertionResult {
  title?: unknown;
  fullName?: unknown;
  ancestorTitles?: unknown;
  status?: unknown;
  duration?: unknown;
}

interface FileResult {
  name?: unknown;
  status?: unknown;
  message?: unknown;
  startTime?: unknown;
  endTime?: unknown;
  assertionResults?: unknown;
}

/** Assertion statuses of Jest and Vitest, and how each is counted. */
const statusMap: Readonly<Record<string, { status: TestStatus; todo?: true }>> = {
  passed: { status: 'passed' },
  failed: { status: 'failed' },
  pending: { status: 'skipped' },
  skipped: { status: 'skipped' },
  disabled: { status: 'skipped' },
  todo: { status: 'skipped', todo: true },
};

const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** Whether `data` (parsed JSON) is a Jest/Vitest result object. */
export function isJestJson(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && Array.isArray((data as Record<string, unknown>).testResults) && 'numTotalTests' in data;
}

/**
 * The cases of a Jest/Vitest JSON result. `relativeTo` turns the absolute
 * file names these reporters write into repo-relative paths. Throws on JSON
 * of another shape.
 */
export function parseJestJson(text: string, source: string, relativeTo?: (file: string) => string): TestRun {
  const data: unknown = JSON.parse(text);
  if (!isJestJson(data)) throw new Error('not a Jest/Vitest JSON result: no testResults and numTotalTests');
  const cases: TestCase[] = [];
  const broken: string[] = [];
  let start = num(data.startTime);
  let end: number | undefined;
  for (const file of data.testResults as FileResult[]) {
    const rawName = typeof file.name === 'string' ? file.name : undefined;
    const fileName = rawName && relativeTo ? relativeTo(rawName) : rawName;
    const assertions = Array.isArray(file.assertionResults) ? (file.assertionResults as AssertionResult[]) : [];
    if (assertions.length === 0 && file.status === 'failed' && fileName) broken.push(fileName);
    const fileStart = num(file.startTime);
    const fileEnd = num(file.endTime);
    if (fileStart !== undefined) start = Math.min(start ?? fileStart, fileStart);
    if (fileEnd !== undefined) end = Math.max(end ?? fileEnd, fileEnd);
    for (const assertion of assertions) {
      const mapped = statusMap[String(assertion.status)];
      // Vitest's run/queued/only states mean the test never finished: not counted by either summary.
      if (!mapped) continue;
      const ancestors = Array.isArray(assertion.ancestorTitles) ? assertion.ancestorTitles.map(String) : [];
      const entry: TestCase = { name: String(assertion.title ?? assertion.fullName ?? ''), status: mapped.status };
      if (ancestors.length > 0) entry.suite = ancestors.join(' > ');
      if (fileName) entry.file = fileName;
      const ms = num(assertion.duration);
      if (ms !== undefined) entry.duration = ms / 1000;
      if (mapped.todo) entry.todo = true;
      cases.push(entry);
    }
  }
  const run: TestRun = {
    cases,
    source,
    stated: {
      total: num(data.numTotalTests),
      passed: num(data.numPassedTests),
      failed: num(data.numFailedTests),
      skipped: num(data.numPendingTests),
      todo: num(data.numTodoTests),
    },
  };
  if (start !== undefined && end !== undefined && end >= start) run.duration = (end - start) / 1000;
  if (broken.length > 0) run.broken = broken;
  return run;
}
