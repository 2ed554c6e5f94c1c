/** What result files are turned into, whatever tool wrote them. */

export type TestStatus = 'passed' | 'failed' | 'error' | 'skipped';

/** One leaf test case that the runner tried to run. */
export interface TestCase {
  name: string;
  /** Class, suite or describe path, when the format gives one. */
  suite?: string;
  /** Test file, when the format gives one. */
  file?: string;
  status: TestStatus;
  /** Seconds. */
  duration?: number;
  /** A skipped case that was a todo (`it.todo`, `# TODO`), which some summaries count apart. */
  todo?: boolean;
}

/** Counts as the tool's own summary states them, where it states any (they may count differently from the leaves). */
export interface StatedCounts {
  total?: number;
  passed?: number;
  failed?: number;
  skipped?: number;
  todo?: number;
}

export interface TestRun {
  cases: TestCase[];
  /** Where the cases came from, as shown in messages: `junit: reports/junit.xml`. */
  source: string;
  /** Wall time of the run in seconds, when the format gives one. */
  duration?: number;
  /** The tool's own summary counts, when the format carries them. */
  stated?: StatedCounts;
  /** Test files or packages that failed to load or build, so none of their tests ran. */
  broken?: string[];
}

export interface Counter {
  covered: number;
  total: number;
}

export interface FileCoverage {
  /** Path as the coverage file writes it. */
  path: string;
  lines: Counter;
  branches?: Counter;
  functions?: Counter;
  statements?: Counter;
}

export interface CoverageReport {
  files: FileCoverage[];
  /** Totals as the tool states them; summed from files when it states none. */
  totals: Omit<FileCoverage, 'path'>;
  /** `lcov: coverage/lcov.info` */
  source: string;
  /**
   * Absolute folders the file paths are relative to, as the producing machine
   * wrote them (Cobertura `<source>`); absent when paths stand alone.
   */
  roots?: string[];
  /**
   * The tool that wrote the file, when the format tells: decides which
   * figure the tool itself displays (coverage.py's combined "Cover").
   */
  producer?: 'coverage.py' | 'istanbul' | 'go' | 'jacoco';
  /**
   * Why the file's counts stand for nothing but each file's own percentage
   * (`go tool cover -html`'s page): a figure over several files is then not
   * read from it.
   */
  perFileOnly?: string;
}

/** Add counters, leaving `undefined` when none of them is defined. */
export function sumCounters(counters: ReadonlyArray<Counter | undefined>): Counter | undefined {
  let sum: Counter | undefined;
  for (const counter of counters) {
    if (!counter) continue;
    sum ??= { covered: 0, total: 0 };
    sum.covered += counter.covered;
    sum.total += counter.total;
  }
  return sum;
}

/** Totals of a set of files. */
export function totalsOf(files: readonly FileCoverage[]): Omit<FileCoverage, 'path'> {
  const totals: Omit<FileCoverage, 'path'> = { lines: sumCounters(files.map((f) => f.lines)) ?? { covered: 0, total: 0 } };
  const branches = sumCounters(files.map((f) => f.branches));
  const functions = sumCounters(files.map((f) => f.functions));
  const statements = sumCounters(files.map((f) => f.statements));
  if (branches) totals.branches = branches;
  if (functions) totals.functions = functions;
  if (statements) totals.statements = statements;
  return totals;
}
