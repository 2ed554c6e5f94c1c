/**
 * Visual Studio test results (`.trx`), as `dotnet test --logger trx` and
 * vstest write them for xUnit, NUnit and MSTest: one `<UnitTestResult>` per
 * test run, a data-driven test's rows as `<InnerResults>` under their parent
 * (the rows are the leaves), and the runner's own `<Counters>`.
 */
import { XMLParser } from 'fast-xml-parser';
import type { StatedCounts, TestCase, TestRun, TestStatus } from './types.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (name) => ['UnitTestResult', 'UnitTest', 'Results', 'InnerResults'].includes(name),
  processEntities: true,
  parseAttributeValue: false,
});

type XmlNode = Record<string, unknown>;

function nodes(value: unknown): XmlNode[] {
  if (Array.isArray(value)) return value.flatMap((v: unknown) => nodes(v));
  return typeof value === 'object' && value !== null ? [value as XmlNode] : [];
}

/**
 * A TRX outcome as a status. NotExecuted (a skipped xUnit fact, an ignored
 * MSTest) and the outcomes that say the test never came to a verdict
 * (Inconclusive, Pending, NotRunnable…) are skipped; Timeout and Aborted are
 * errors, as Error is.
 */
const outcomes: Readonly<Record<string, TestStatus>> = {
  passed: 'passed', passedbutrunaborted: 'passed', completed: 'passed',
  failed: 'failed',
  error: 'error', timeout: 'error', aborted: 'error',
};

function statusOf(outcome: unknown): TestStatus {
  return outcomes[String(outcome ?? '').toLowerCase()] ?? 'skipped';
}

/** `00:00:01.2345678` (hh:mm:ss.fffffff) in seconds. */
export function trxSeconds(written: unknown): number | undefined {
  const m = /^(?<h>\d+):(?<m>\d{2}):(?<s>\d{2}(?:\.\d+)?)$/.exec(String(written ?? ''));
  if (!m?.groups) return undefined;
  return Number(m.groups.h) * 3600 + Number(m.groups.m) * 60 + Number(m.groups.s);
}

/** Whether `text` looks like a TRX file: a `<TestRun>` root in the TeamTest namespace. */
export function isTrx(text: string): boolean {
  const head = text.slice(0, 4096);
  return /<TestRun[\s>]/.test(head) && /schemas\/VisualStudio\/TeamTest\/2010/.test(head);
}

/** The leaf results under `result`: its inner results when it is a data-driven parent, else itself. */
function leaves(result: XmlNode): XmlNode[] {
  const inner = nodes(result.InnerResults).flatMap((group) => nodes(group.UnitTestResult));
  return inner.length > 0 ? inner.flatMap(leaves) : [result];
}

/** A TRX document as a `TestRun`: its leaf results, the run's wall time, and the runner's counters. */
export function parseTrx(text: string, source: string): TestRun {
  const doc = parser.parse(text.replace(/^\uFEFF/, '')) as XmlNode;
  const run = nodes(doc.TestRun)[0];
  if (run === undefined) throw new Error('not a TRX file: no <TestRun> root');
  const classOf = new Map<string, string>();
  for (const definitions of nodes(run.TestDefinitions)) {
    for (const unit of nodes(definitions.UnitTest)) {
      const method = nodes(unit.TestMethod)[0];
      const className = method?.['@_className'];
      if (typeof unit['@_id'] === 'string' && typeof className === 'string') classOf.set(unit['@_id'], className);
    }
  }
  const cases: TestCase[] = [];
  for (const results of nodes(run.Results)) {
    for (const result of nodes(results.UnitTestResult).flatMap(leaves)) {
      const entry: TestCase = { name: String(result['@_testName'] ?? ''), status: statusOf(result['@_outcome']) };
      const suite = classOf.get(String(result['@_testId'] ?? ''));
      if (suite !== undefined) entry.suite = suite;
      const duration = trxSeconds(result['@_duration']);
      if (duration !== undefined) entry.duration = duration;
      cases.push(entry);
    }
  }
  const out: TestRun = { cases, source };
  const times = nodes(run.Times)[0];
  const start = Date.parse(String(times?.['@_start'] ?? ''));
  const finish = Date.parse(String(times?.['@_finish'] ?? ''));
  if (Number.isFinite(start) && Number.isFinite(finish) && finish >= start) out.duration = (finish - start) / 1000;
  const counters = nodes(nodes(run.ResultSummary)[0]?.Counters)[0];
  if (counters !== undefined) {
    const count = (name: string) => Number(counters[`@_${name}`] ?? 0);
    const stated: StatedCounts = {
      total: count('total'),
      passed: count('passed'),
      failed: count('failed') + count('error') + count('timeout') + count('aborted'),
      skipped: count('notExecuted') + count('inconclusive'),
    };
    if (Object.values(stated).every(Number.isFinite)) out.stated = stated;
  }
  return out;
}
