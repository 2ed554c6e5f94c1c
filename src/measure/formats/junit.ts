/**
 * JUnit XML, in the dialects test runners write. Totals in `<testsuite>`
 * attributes are not trusted (see shared/reference, section 1): every
 * `<testcase>` leaf is counted, wherever suites nest.
 */
import { XMLParser } from 'fast-xml-parser';
import type { StatedCounts, TestCase, TestRun, TestStatus } from './types.js';
import { trailerKeys } from './tap.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (name) => ['testsuite', 'testcase', 'failure', 'error', 'skipped', 'property', 'rerunFailure', 'flakyFailure'].includes(name),
  processEntities: true,
  parseAttributeValue: false,
});

type XmlNode = Record<string, unknown>;

function asNodes(value: unknown): XmlNode[] {
  if (Array.isArray(value)) return value.flatMap((v: unknown) => asNodes(v));
  if (typeof value === 'object' && value !== null) return [value as XmlNode];
  // `<skipped/>` parses to '' and `<failure>text</failure>` to 'text': present either way.
  if (typeof value === 'string') return [{ '#text': value }];
  return [];
}

/** `<skipped type="todo">`: node:test's todo, which its runner never counts as a failure even when it fails. */
function isTodo(testcase: XmlNode): boolean {
  return asNodes(testcase.skipped).some((node) => node['@_type'] === 'todo');
}

function statusOf(testcase: XmlNode): TestStatus {
  if (isTodo(testcase)) return 'skipped';
  if (asNodes(testcase.error).length > 0) return 'error';
  if (asNodes(testcase.failure).length > 0) return 'failed';
  if (testcase.skipped !== undefined) return 'skipped';
  return 'passed';
}

/** Whether `text` looks like JUnit XML (a `<testsuites>` or `<testsuite>` root). */
export function isJunit(text: string): boolean {
  return /<testsuites?[\s>]/.test(text.slice(0, 4096));
}

/** The leaf test cases of a JUnit XML document. Throws on XML that is not JUnit. */
export function parseJunit(text: string): { cases: TestCase[]; duration?: number } {
  const doc = parser.parse(text) as XmlNode;
  const cases: TestCase[] = [];
  let duration: number | undefined;
  const walk = (suite: XmlNode, file: string | undefined) => {
    const suiteFile = typeof suite['@_file'] === 'string' ? suite['@_file'] : file;
    for (const testcase of asNodes(suite.testcase)) {
      const time = Number(testcase['@_time']);
      const entry: TestCase = {
        name: String(testcase['@_name'] ?? ''),
        status: statusOf(testcase),
      };
      const className = testcase['@_classname'] ?? suite['@_name'];
      if (className !== undefined) entry.suite = String(className);
      const caseFile = typeof testcase['@_file'] === 'string' ? testcase['@_file'] : suiteFile;
      if (caseFile) entry.file = caseFile;
      if (Number.isFinite(time)) entry.duration = time;
      if (isTodo(testcase)) entry.todo = true;
      cases.push(entry);
    }
    for (const child of asNodes(suite.testsuite)) walk(child, suiteFile);
  };
  const roots = doc.testsuites !== undefined ? asNodes(doc.testsuites) : [];
  if (roots.length > 0) {
    for (const root of roots) {
      const time = Number(root['@_time']);
      if (Number.isFinite(time)) duration = (duration ?? 0) + time;
      walk(root, undefined);
    }
  } else if (doc.testsuite !== undefined) {
    for (const suite of asNodes(doc.testsuite)) walk(suite, undefined);
  } else {
    throw new Error('not a JUnit XML file: no <testsuites> or <testsuite> root');
  }
  return duration === undefined ? { cases } : { cases, duration };
}

/** node:test's trailer comments: `<!-- tests 14 -->`, `<!-- pass 7 -->`, `<!-- duration_ms 217.3 -->`. */
const trailerCommentRe = /<!--\s*(?<key>tests|pass|fail|skipped|todo|duration_ms)\s+(?<value>\d+(?:\.\d+)?)\s*-->/g;

/**
 * A JUnit XML document as a `TestRun`: its leaf cases, its duration, and the
 * runner's own counts where it writes them in comments (node:test).
 */
export function parseJunitRun(text: string, source: string): TestRun {
  const { cases, duration } = parseJunit(text);
  const run: TestRun = { cases, source };
  const stated: StatedCounts = {};
  let trailerMs: number | undefined;
  for (const m of text.matchAll(trailerCommentRe)) {
    const { key, value } = m.groups as { key: string; value: string };
    if (key === 'duration_ms') trailerMs = Number(value);
    else stated[trailerKeys[key as keyof typeof trailerKeys]] = Number(value);
  }
  if (Object.keys(stated).length > 0) run.stated = stated;
  const seconds = duration ?? (trailerMs !== undefined ? trailerMs / 1000 : undefined);
  if (seconds !== undefined) run.duration = seconds;
  return run;
}
