/**
 * One entry point for test result files: the format is told from the
 * content, not the name, and every format becomes a `TestRun`.
 */
import type { TestCase, TestRun } from './types.js';
import { isJunit, parseJunitRun } from './junit.js';
import { isJestJson, parseJestJson } from './jest-json.js';
import { isTap, parseTap } from './tap.js';
import { isGoTestJson, parseGoTestJson } from './go-test-json.js';
import { isLibtest, parseLibtest } from './libtest.js';
import { isTrx, parseTrx } from './trx.js';

export type TestFormat = 'junit' | 'trx' | 'jest-json' | 'tap' | 'go-test-json' | 'libtest';

/** The format of a test result text, or `undefined` when none fits. */
export function detectTestFormat(text: string): TestFormat | undefined {
  const head = text.slice(0, 4096).trimStart();
  if (head.startsWith('<')) return isJunit(text) ? 'junit' : isTrx(text) ? 'trx' : undefined;
  if (head.startsWith('{') && !isGoTestJson(text)) {
    try {
      return isJestJson(JSON.parse(text)) ? 'jest-json' : undefined;
    } catch {
      return undefined;
    }
  }
  if (isGoTestJson(text)) return 'go-test-json';
  if (isTap(text)) return 'tap';
  if (isLibtest(text)) return 'libtest';
  return undefined;
}

/**
 * Parse `text` read from `file` (shown in the source as `<format>: <file>`).
 * `relativeTo` maps absolute test-file paths to repo-relative ones. Throws
 * when the format is unknown or the content is malformed.
 */
export function parseTestResults(text: string, file: string, relativeTo?: (path: string) => string, format = detectTestFormat(text)): TestRun {
  const source = `${format ?? 'unknown'}: ${file}`;
  switch (format) {
    case 'junit':
      return parseJunitRun(text, source);
    case 'trx':
      return parseTrx(text, source);
    case 'jest-json':
      return parseJestJson(text, source, relativeTo);
    case 'tap':
      return parseTap(text, source);
    case 'go-test-json':
      return parseGoTestJson(text, source);
    case 'libtest':
      return parseLibtest(text, source);
    default:
      throw new Error(`${file} is not a test result file claimcheck reads (JUnit XML, .NET TRX, Jest/Vitest JSON, TAP, go test -json, cargo test output)`);
  }
}

const caseKey = (c: TestCase) => [c.suite ?? '', c.name, c.file ?? ''].join('\0');

/**
 * The cases of several result files of one source. A test written into two
 * files (Surefire writes rerun results again) is counted once, the later file
 * winning; duplicates inside one file are distinct tests and all kept.
 */
export function mergeCases(runs: readonly TestRun[]): TestCase[] {
  if (runs.length === 1) return [...(runs[0] as TestRun).cases];
  const owner = new Map<string, number>();
  runs.forEach((run, index) => run.cases.forEach((c) => owner.set(caseKey(c), index)));
  return runs.flatMap((run, index) => run.cases.filter((c) => owner.get(caseKey(c)) === index));
}
