/**
 * Coverage: line, branch, function and statement coverage of the whole
 * project, a file, a folder or a glob, and the covered/valid counts behind
 * them, read from the coverage files on disk (lcov, Cobertura, istanbul
 * JSON, coverage.py JSON, Go coverprofile, JaCoCo XML, cargo-tarpaulin JSON
 * or HTML).
 *
 * Several coverage files: files measured by different tools (a JS lcov and a
 * Python coverage.xml) are added up, so "overall" is the whole repository,
 * and each file's own figure is named as a part of it, never taken as a
 * reading of the whole. Files that measure the same sources (an lcov and a
 * Cobertura file of one run) are never added up: each is one more reading.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Claim, Measurement, Outcome } from '../src/model.js';
import type { RunContext, Verifier } from '../src/measure/verify-types.js';
import type { Counter, CoverageReport, FileCoverage } from '../src/measure/formats/types.js';
import { sumCounters } from '../src/measure/formats/types.js';
import { parseCoverage } from '../src/measure/formats/coverage.js';
import { goModulePath } from '../src/measure/formats/gocover.js';
import { filesNamed, goPackageFiles, indexByBase, keysOverlap, namesOf, repoKeyOf, selectCoverageFiles } from '../src/measure/coverage-paths.js';
import { pathUnderHeading } from '../src/measure/heading-folder.js';
import { absentOnPurpose } from '../src/measure/absent-path.js';
import { coveragePlaces, findFiles, placesLooked, withoutRepeatedRuns } from '../src/measure/result-files.js';
import { runCommand, runFailure, splitCommand } from '../src/measure/runner.js';
import { defaultTestTimeout } from './tests.js';

type Metric = 'lines' | 'branches' | 'functions' | 'statements';

interface LoadedReport {
  report: CoverageReport;
  /** The repository file each coverage entry stands for, to tell overlapping reports apart. */
  keys: Map<FileCoverage, string>;
  /** The repository's files. */
  known: ReadonlySet<string>;
}

type Loaded = { ok: true; reports: LoadedReport[] } | { ok: false; verdict: 'unverifiable' | 'error'; reason: string };

/** The module path of the repository's go.mod, which Go coverprofiles prefix every path with. */
function goModuleOf(root: string): string | undefined {
  const file = path.join(root, 'go.mod');
  return existsSync(file) ? goModulePath(readFileSync(file, 'utf8')) : undefined;
}

/** What the configured coverage commands did: when they started (ms), and the ones that exited non-zero. */
interface CoverageRun {
  started: number;
  /** "`npx vitest run --coverage.enabled` exited 1", one per command that did; its last output line, when there is one. */
  failures: string[];
}

/**
 * Run the configured coverage commands (`coverage[].run`) unless `--no-exec`,
 * with the tests verifier's rules: no shell, the process tree killed at the
 * timeout. Returns what ran, `undefined` when nothing did, or the reason a
 * command could not run at all. A non-zero exit alone is no failure
 * (failing tests still leave coverage behind), but it is kept to explain a
 * missing file.
 */
async function runCoverageCommands(run: RunContext): Promise<CoverageRun | undefined | string> {
  const commands = (run.config.coverage ?? []).map((source, index) => ({ ...source, index })).filter((source) => source.run);
  if (commands.length === 0 || run.noExec) return undefined;
  const started = Date.now();
  const failures: string[] = [];
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
    if (result.exitCode !== 0) {
      const last = (result.stderr.trim() || result.stdout.trim()).split('\n').at(-1)?.trim();
      failures.push(`\`${argv.join(' ')}\` exited ${String(result.exitCode)}${last ? ` (${last.slice(0, 200)})` : ''}`);
    }
  }
  return { started, failures };
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
    const fresh = (await findFiles(run.files, patterns)).filter((file) => ran === undefined || statSync(path.join(run.files.root, file)).mtimeMs >= ran.started - 1000);
    // Several coverlet runs of the same tests: which one the report read is unknown, so none is read.
    const { kept: found, dropped } = configured.length > 0 ? { kept: fresh, dropped: [] } : withoutRepeatedRuns(fresh);
    const repeated = dropped.map((d) => `${d.runs.length} coverlet runs in \`${d.folder}/\` (${d.runs.map((r) => `\`${r}\``).join(', ')}), and which one the report read is unknown`);
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
      const also = [...repeated, ...passedOver].map((reason) => `; ${reason}`).join('');
      // The command ran and left nothing to read: say what it did, not only what is missing.
      if (ran !== undefined) {
        const what = ran.failures.length > 0 ? ran.failures.join('; ') : 'the coverage command exited 0';
        return { ok: false, verdict: 'error', reason: `${what} and wrote no coverage file (${placesLooked(patterns, coveragePlaces)})${also}` } as const;
      }
      return { ok: false, verdict: 'unverifiable', reason: `no coverage file found (${placesLooked(patterns, coveragePlaces)}; set coverage[].results in claimcheck.yaml)${also}` } as const;
    }
    const repoFiles = await run.files.list();
    const known = new Set(repoFiles);
    const byBase = indexByBase(repoFiles);
    return {
      ok: true,
      reports: reports.map((report) => ({ report, known, keys: new Map(report.files.map((file) => [file, repoKeyOf(namesOf(file, report), known, byBase)])) })),
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
  /** The counter stands for a percentage only (tenths out of 1000), not for counted statements. */
  percentOnly?: boolean;
}

/** What one coverage file says about `claim`'s subject, or why it says nothing. */
function readingOf({ report, keys, known }: LoadedReport, claim: Claim, metric: Metric): Reading | { reason: string; ambiguous?: boolean } {
  let files: FileCoverage[];
  let counter: Counter | undefined;
  let branches: Counter | undefined;
  if ('scope' in claim.subject) {
    files = report.files;
    counter = report.totals[metric];
    branches = report.totals.branches;
  } else if ('path' in claim.subject) {
    const written = claim.subject.path;
    let selection = selectCoverageFiles(report, written);
    // "### Bookings Service" then "- routes.py: 69%": the heading names the folder of a bare name that several folders hold.
    const underHeading = !selection.ok && selection.reason === 'ambiguous' && !written.includes('/') ? pathUnderHeading(selection.candidates, claim.context.headings) : undefined;
    if (underHeading !== undefined) selection = selectCoverageFiles(report, underHeading);
    if (!selection.ok) {
      if (selection.reason === 'none') return { reason: `\`${written}\` is not in ${report.source}` };
      const shown = selection.candidates.slice(0, 5).map((c) => `\`${c}\``).join(', ');
      const more = selection.candidates.length > 5 ? ` and ${selection.candidates.length - 5} more` : '';
      return { reason: `\`${written}\` matches files under several folders in ${report.source}: ${shown}${more}`, ambiguous: true };
    }
    // Go measures a package, the folder's own files: its sub-folders are other packages.
    files = report.producer === 'go' && selection.as === 'folder' ? goPackageFiles(selection.files) : selection.files;
    // coverage.py run with `--cov=rooms --cov=users` writes each path relative to one of its roots without saying
    // which: `application/services.py` that no one repository file ends with may be either service's.
    const unplaced = (report.roots?.length ?? 0) > 1 ? files.filter((f) => !known.has(keys.get(f) ?? '')) : [];
    if (unplaced.length > 0) {
      const shown = unplaced.slice(0, 5).map((f) => `\`${f.path}\``).join(', ');
      return { reason: `${shown} in ${report.source} is relative to one of its ${report.roots?.length} source roots, and more than one file of the repository fits`, ambiguous: true };
    }
    counter = sumCounters(files.map((f) => f[metric]));
    branches = sumCounters(files.map((f) => f.branches));
  } else if ('name' in claim.subject && filesNamed(report, claim.subject.name).length > 0) {
    // "| DictionaryService | 93% |" in a Class column: the one file named for the class (DictionaryService.cs).
    const named = filesNamed(report, claim.subject.name);
    if (named.length > 1) {
      const shown = named.slice(0, 5).map((f) => `\`${f.path}\``).join(', ');
      return { reason: `\`${claim.subject.name}\` is the name of several files in ${report.source}: ${shown}`, ambiguous: true };
    }
    files = named;
    counter = sumCounters(files.map((f) => f[metric]));
    branches = sumCounters(files.map((f) => f.branches));
  } else {
    return { reason: `cannot map "${Object.values(claim.subject)[0]}" to files of the coverage report` };
  }
  // A page of per-file percentages (`go tool cover -html`) measures one file, never several together.
  if (report.perFileOnly !== undefined && files.length !== 1) return { reason: `${report.source}: ${report.perFileOnly}` };
  if (!counter) return { reason: `${report.source} has no ${metric} coverage${'scope' in claim.subject ? '' : ` for \`${(claim.subject as { path: string }).path}\``}` };
  const reading: Reading = { source: report.source, counter, keys: new Set(files.map((f) => keys.get(f) ?? f.path)), files: files.length, ...(report.perFileOnly !== undefined ? { percentOnly: true } : {}) };
  if (report.producer === 'coverage.py' && (metric === 'lines' || metric === 'statements') && branches && branches.total > 0) {
    reading.combined = { covered: counter.covered + branches.covered, total: counter.total + branches.total };
  }
  return reading;
}

/** Readings of different tools over disjoint files, added up, and the readings that went into the sum. */
interface Merged {
  reading: Reading;
  parts: Reading[];
}

/**
 * Add up readings of different tools over disjoint files. A reading that
 * overlaps one already taken measures the same sources again: it is left out
 * of the sum (and is another reading of that part, not of the whole).
 */
function mergeDisjoint(readings: readonly Reading[], use: (reading: Reading) => Counter = (r) => r.counter): Merged {
  const [first, ...rest] = readings as [Reading, ...Reading[]];
  let merged: Reading = { ...first, counter: use(first) };
  const parts = [first];
  for (const reading of rest) {
    if (keysOverlap(reading.keys, merged.keys)) continue;
    const counter = use(reading);
    merged = {
      source: `${merged.source} + ${reading.source}`,
      counter: { covered: merged.counter.covered + counter.covered, total: merged.counter.total + counter.total },
      keys: new Set([...merged.keys, ...reading.keys]),
      files: merged.files + reading.files,
    };
    parts.push(reading);
  }
  return { reading: merged, parts };
}

/**
 * Tools never show a non-zero figure as 0 (coverage.py, genhtml): 0.3% shows
 * as 1% at no decimals. The usual roundings in compare cover everything else.
 */
function clampedDisplay(value: number, precision: number): number | undefined {
  const step = 10 ** -precision;
  return value > 0 && value < step ? step : undefined;
}

const shownPercent = (value: number) => `${Number(value.toFixed(1))}%`;

function measurementOf(claim: Claim, readings: readonly Reading[]): Measurement {
  const { reading: primary, parts } = mergeDisjoint(readings);
  const detail: Record<string, number> = primary.percentOnly ? { files: primary.files } : { covered: primary.counter.covered, total: primary.counter.total, files: primary.files };
  // Several tools over disjoint sources: only their sum reads the subject whole; each tool's figure is one part.
  const whole = parts.length === 1 ? readings : [];
  // The source names each part with its own figure, so a figure of one part is recognisable as such.
  const source = parts.length > 1 ? parts.map((p) => `${p.source} ${shownPercent(percentOf(p.counter))}`).join(' + ') : primary.source;
  if (typeof claim.value === 'string') {
    // "412/530 lines covered": any reading of the whole subject counts, as for percentages.
    const counts = [primary, ...whole].map((r) => `${r.counter.covered}/${r.counter.total}`);
    return { value: counts.find((c) => c === claim.value) ?? (counts[0] as string), source, detail };
  }
  const value = percentOf(primary.counter);
  const metric = metricOf(claim);
  const several = whole.length > 1;
  // Every reading is named, so a message says which is which.
  const named: Array<[number, string]> = whole.flatMap((r): Array<[number, string]> => [
    [percentOf(r.counter), several ? `in ${r.source}` : `${metric} only`],
    ...(r.combined ? [[percentOf(r.combined), `${metric} and branches together, as coverage.py shows it${several ? ` (${r.source})` : ''}`] as [number, string]] : []),
  ]);
  // coverage.py's displayed figure counts branches with statements: the sum with that figure in its part is one more reading.
  if (parts.length > 1 && parts.some((p) => p.combined)) {
    named.push([percentOf(mergeDisjoint(readings, (r) => r.combined ?? r.counter).reading.counter), `${metric} with branches where coverage.py shows them together, over all coverage files`]);
  }
  const clamped = [value, ...named.map(([v]) => v)].map((v) => clampedDisplay(v, claim.precision)).filter((v): v is number => v !== undefined);
  const all = [...named, ...clamped.map((v): [number, string] => [v, 'as tools show a figure above zero'])];
  const others = all.filter(([v], i) => v !== value && all.findIndex(([o]) => o === v) === i);
  if (others.length === 0) return { value, source, detail };
  const first = parts.length > 1 ? 'over all coverage files together' : several ? `in ${primary.source}` : `${metric} only`;
  return { value, source, alternatives: others.map(([v]) => v), readings: [first, ...others.map(([, n]) => n)], detail };
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

/**
 * With no coverage file to read, a coverage figure of a file the repository
 * does not hold is still contradicted, as a line count of it is
 * (verifiers/files.ts): the report lists a file that is not there. Only a
 * path that resolves to no file at all; an ambiguous or outside path stays
 * unverifiable. Where coverage files are read, a path they and the
 * repository both lack stays unverifiable: the sources they measured may
 * lie outside the checkout.
 */
async function missingFile(claim: Claim, run: RunContext, dir: string, outcome: Outcome): Promise<Outcome> {
  if (!('path' in claim.subject)) return outcome;
  const written = claim.subject.path;
  const resolution = await run.files.resolve(written, dir);
  if (resolution.ok || resolution.reason !== 'not found') return outcome;
  // A folder, a package written with dots or an ignored output is no missing file (src/measure/absent-path.ts).
  const because = await absentOnPurpose(written, run, dir);
  if (because !== undefined) return outcome.kind === 'unverifiable' ? { kind: 'unverifiable', reason: `${outcome.reason}; ${because}` } : outcome;
  return { kind: 'judged', verdict: 'contradicted', message: `claims coverage of a file \`${written}\`; ${resolution.message}`, measured: { value: false, source: 'files: repository' } };
}

export default {
  id: 'coverage',
  description: 'Coverage of the project, a file, a folder or a glob, read from lcov, Cobertura, istanbul JSON, coverage.py JSON, Go coverprofile (or its `go tool cover -html` page, file by file) and JaCoCo files.',
  kinds: ['coverage.lines', 'coverage.branches', 'coverage.functions', 'coverage.statements'],
  async measure(claims, run, report) {
    const loaded = await loadCoverage(run);
    if (loaded.ok) return claims.map((claim) => measureCoverage(claim, loaded.reports));
    const none: Outcome = { kind: loaded.verdict, reason: loaded.reason };
    return Promise.all(claims.map((claim) => (none.kind === 'unverifiable' ? missingFile(claim, run, report.dir, none) : none)));
  },
} satisfies Verifier;
