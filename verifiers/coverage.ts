/**
 * Coverage: line, branch, function and statement coverage of the whole
 * project, a file, a folder or a glob, and the covered/valid counts behind
 * them, read from the coverage files on disk (lcov, Cobertura, istanbul
 * JSON, coverage.py JSON, Go coverprofile, JaCoCo XML).
 *
 * Several coverage files: files measured by different tools (a JS lcov and a
 * Python coverage.xml) are added up, so "overall" is the whole repository;
 * each file's own figure stays a valid reading, since a report may quote one
 * tool's total. Files that measure the same sources (an lcov and a Cobertura
 * file of one run) are never added up: each is one more reading.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Claim, Measurement, Outcome } from '../src/model.js';
import type { RunContext, Verifier } from '../src/verify-types.js';
import type { Counter, CoverageReport, FileCoverage } from '../src/formats/types.js';
import { sumCounters } from '../src/formats/types.js';
import { parseCoverage } from '../src/formats/coverage.js';
import { goModulePath } from '../src/formats/gocover.js';
import { indexByBase, keysOverlap, namesOf, repoKeyOf, selectCoverageFiles } from '../src/coverage-paths.js';
import { coveragePlaces, findFiles } from '../src/result-files.js';
import { runCommand, runFailure, splitCommand } from '../src/runner.js';
import { defaultTestTimeout } from './tests.js';

type Metric = 'lines' | 'branches' | 'functions' | 'statements';

interface LoadedReport {
  report: CoverageReport;
  /** The repository file each coverage entry stands for, to tell overlapping reports apart. */
  keys: Map<FileCoverage, string>;
}

type Loaded = { ok: true; reports: LoadedReport[] } | { ok: false; verdict: 'unverifiable' | 'error'; reason: string };

/** The module path of the repository's go.mod, which Go coverprofiles prefix every path with. */
function goModuleOf(root: string): string | undefined {
  const file = path.join(root, 'go.mod');
  return existsSync(file) ? goModulePath(readFileSync(file, 'utf8')) : undefined;
}

/**
 * Run the configured coverage commands (`coverage[].run`) unless `--no-exec`,
 * with the tests verifier's rules: no shell, the process tree killed at the
 * timeout. Returns when they started (ms), `undefined` when nothing ran, or
 * the reason a command failed. A non-zero exit alone is no failure: failing
 * tests still leave coverage behind.
 */
async function runCoverageCommands(run: RunContext): Promise<number | undefined | string> {
  const commands = (run.config.coverage ?? []).map((source, index) => ({ ...source, index })).filter((source) => source.run);
  if (commands.length === 0 || run.noExec) return undefined;
  const started = Date.now();
  for (const source of commands) {
    let argv: string[];
    try {
      argv = splitCommand(source.run ?? '');
    } catch (error) {
      return `coverage[${source.index}].run: ${(error as Error).message}`;
    }
    const timeoutMs = (source.timeout ?? defaultTestTimeout) * 1000;
    run.progress?.(`coverage: ${argv.join(' ')}`);
    const result = await runCommand(argv, { cwd: run.repo, timeoutMs });
    if (result.spawnError || result.timedOut || result.signal) return runFailure(result, timeoutMs);
  }
  return started;
}

/**
 * Read the configured coverage files, or those in the usual places, once per
 * invocation. A configured file that cannot be read is an error; a file in a
 * usual place that is in no coverage format is passed over.
 */
function loadCoverage(run: RunContext): Promise<Loaded> {
  return run.once('coverage:results', async () => {
    const configured = (run.config.coverage ?? []).map((source) => source.results).filter((r): r is string => Boolean(r));
    const patterns = configured.length > 0 ? configured : coveragePlaces;
    const ran = await runCoverageCommands(run);
    if (typeof ran === 'string') return { ok: false, verdict: 'error', reason: ran } as const;
    // After a run, only files it wrote count: an older file would be a guess.
    const found = (await findFiles(run.files, patterns)).filter((file) => ran === undefined || statSync(path.join(run.files.root, file)).mtimeMs >= ran - 1000);
    const goModule = goModuleOf(run.files.root);
    const reports: CoverageReport[] = [];
    const passedOver: string[] = [];
    for (const file of found) {
      try {
        reports.push(parseCoverage(readFileSync(path.join(run.files.root, file), 'utf8'), file, goModule ? { goModule } : {}));
      } catch (error) {
        const reason = `cannot read coverage from ${file}: ${(error as Error).message}`;
        if (configured.length > 0) return { ok: false, verdict: 'error', reason } as const;
        passedOver.push(reason);
      }
    }
    if (reports.length === 0) {
      const also = passedOver.length > 0 ? `; ${passedOver.join('; ')}` : '';
      return { ok: false, verdict: 'unverifiable', reason: `no coverage file found (looked for ${patterns.join(', ')}; set coverage[].results in claimcheck.yaml)${also}` } as const;
    }
    const repoFiles = await run.files.list();
    const known = new Set(repoFiles);
    const byBase = indexByBase(repoFiles);
    return {
      ok: true,
      reports: reports.map((report) => ({ report, keys: new Map(report.files.map((file) => [file, repoKeyOf(namesOf(file, report), known, byBase)])) })),
    } as const;
  });
}

const metrics: Record<string, Metric> = { 'coverage.lines': 'lines', 'coverage.branches': 'branches', 'coverage.functions': 'functions', 'coverage.statements': 'statements' };
const metricOf = (claim: Claim): Metric => metrics[claim.kind] ?? 'lines';

const percentOf = (counter: Counter) => (counter.total === 0 ? 100 : (counter.covered / counter.total) * 100);

/** One coverage file's reading of a claim's subject. */
interface Reading {
  source: string;
  counter: Counter;
  /** coverage.py's displayed "Cover" with branch data: statements and branches together. */
  combined?: Counter;
  keys: ReadonlySet<string>;
  files: number;
}

/** What one coverage file says about `claim`'s subject, or why it says nothing. */
function readingOf({ report, keys }: LoadedReport, claim: Claim, metric: Metric): Reading | { reason: string; ambiguous?: boolean } {
  let files: FileCoverage[];
  let counter: Counter | undefined;
  let branches: Counter | undefined;
  if ('scope' in claim.subject) {
    files = report.files;
    counter = report.totals[metric];
    branches = report.totals.branches;
  } else if ('path' in claim.subject) {
    const written = claim.subject.path;
    const selection = selectCoverageFiles(report, written);
    if (!selection.ok) {
      if (selection.reason === 'none') return { reason: `\`${written}\` is not in ${report.source}` };
      const shown = selection.candidates.slice(0, 5).map((c) => `\`${c}\``).join(', ');
      const more = selection.candidates.length > 5 ? ` and ${selection.candidates.length - 5} more` : '';
      return { reason: `\`${written}\` matches files under several folders in ${report.source}: ${shown}${more}`, ambiguous: true };
    }
    files = selection.files;
    counter = sumCounters(files.map((f) => f[metric]));
    branches = sumCounters(files.map((f) => f.branches));
  } else {
    return { reason: `cannot map "${Object.values(claim.subject)[0]}" to files of the coverage report` };
  }
  if (!counter) return { reason: `${report.source} has no ${metric} coverage${'scope' in claim.subject ? '' : ` for \`${(claim.subject as { path: string }).path}\``}` };
  const reading: Reading = { source: report.source, counter, keys: new Set(files.map((f) => keys.get(f) ?? f.path)), files: files.length };
  if (report.producer === 'coverage.py' && (metric === 'lines' || metric === 'statements') && branches && branches.total > 0) {
    reading.combined = { covered: counter.covered + branches.covered, total: counter.total + branches.total };
  }
  return reading;
}

/**
 * Readings of different tools over disjoint files, added up; the first
 * reading alone when they overlap or there is only one.
 */
function mergeDisjoint(readings: readonly Reading[]): Reading {
  const [first, ...rest] = readings as [Reading, ...Reading[]];
  let merged: Reading = first;
  for (const reading of rest) {
    if (keysOverlap(reading.keys, merged.keys)) continue;
    merged = {
      source: `${merged.source} + ${reading.source}`,
      counter: { covered: merged.counter.covered + reading.counter.covered, total: merged.counter.total + reading.counter.total },
      keys: new Set([...merged.keys, ...reading.keys]),
      files: merged.files + reading.files,
    };
  }
  return merged;
}

/**
 * Tools never show a non-zero figure as 0 (coverage.py, genhtml): 0.3% shows
 * as 1% at no decimals. The usual roundings in compare cover everything else.
 */
function clampedDisplay(value: number, precision: number): number | undefined {
  const step = 10 ** -precision;
  return value > 0 && value < step ? step : undefined;
}

function measurementOf(claim: Claim, readings: readonly Reading[]): Measurement {
  const primary = mergeDisjoint(readings);
  const detail = { covered: primary.counter.covered, total: primary.counter.total, files: primary.files };
  if (typeof claim.value === 'string') {
    // "412/530 lines covered": any file's own counts are a reading, as for percentages.
    const counts = [primary, ...readings].map((r) => `${r.counter.covered}/${r.counter.total}`);
    return { value: counts.find((c) => c === claim.value) ?? (counts[0] as string), source: primary.source, detail };
  }
  const value = percentOf(primary.counter);
  const metric = metricOf(claim);
  // Every reading is named, so a message says which is which.
  const several = readings.length > 1;
  const named: Array<[number, string]> = readings.flatMap((r): Array<[number, string]> => [
    [percentOf(r.counter), several ? `in ${r.source}` : `${metric} only`],
    ...(r.combined ? [[percentOf(r.combined), `${metric} and branches together, as coverage.py shows it${several ? ` (${r.source})` : ''}`] as [number, string]] : []),
  ]);
  const clamped = [value, ...named.map(([v]) => v)].map((v) => clampedDisplay(v, claim.precision)).filter((v): v is number => v !== undefined);
  const all = [...named, ...clamped.map((v): [number, string] => [v, 'as tools show a figure above zero'])];
  const others = all.filter(([v], i) => v !== value && all.findIndex(([o]) => o === v) === i);
  if (others.length === 0) return { value, source: primary.source, detail };
  const first = several ? 'in all coverage files together' : `${metric} only`;
  return { value, source: primary.source, alternatives: others.map(([v]) => v), readings: [first, ...others.map(([, n]) => n)], detail };
}

/** The outcome for one claim over every loaded coverage file. */
export function measureCoverage(claim: Claim, reports: readonly LoadedReport[]): Outcome {
  const metric = metricOf(claim);
  const results = reports.map((report) => readingOf(report, claim, metric));
  const readings = results.filter((r): r is Reading => 'counter' in r);
  if (readings.length === 0) {
    const reasons = results.map((r) => ('reason' in r ? r.reason : ''));
    const ambiguous = results.filter((r) => 'ambiguous' in r && r.ambiguous).map((r) => ('reason' in r ? r.reason : ''));
    return { kind: 'unverifiable', reason: (ambiguous.length > 0 ? ambiguous : [...new Set(reasons)]).join('; ') };
  }
  return { kind: 'measured', measured: measurementOf(claim, readings) };
}

export default {
  id: 'coverage',
  description: 'Coverage of the project, a file, a folder or a glob, read from lcov, Cobertura, istanbul JSON, coverage.py JSON, Go coverprofile and JaCoCo files.',
  kinds: ['coverage.lines', 'coverage.branches', 'coverage.functions', 'coverage.statements'],
  async measure(claims, run) {
    const loaded = await loadCoverage(run);
    return claims.map((claim): Outcome => (loaded.ok ? measureCoverage(claim, loaded.reports) : { kind: loaded.verdict, reason: loaded.reason }));
  },
} satisfies Verifier;
