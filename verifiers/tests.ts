/**
 * Tests: counts, rates, duration, per-category and per-file counts and named
 * test statuses, read from result files or from a run of the repository's
 * own test command. Each test source is read or run once per invocation; all
 * claims of all reports share it.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Claim, Measurement, Outcome } from '../src/model.js';
import type { ReportContext, RunContext, Verifier } from '../src/measure/verify-types.js';
import type { TestSource } from '../src/config.js';
import type { StatedCounts, TestCase, TestRun } from '../src/measure/formats/types.js';
import { mergeCases, parseTestResults } from '../src/measure/formats/test-results.js';
import { findFiles, makeResultsFolder, placesLooked, testResultPlaces } from '../src/measure/result-files.js';
import { describeRun, runCommand, runFailure, splitCommand } from '../src/measure/runner.js';
import { makeTempFolder, removeTempFolder } from '../src/measure/cleanup.js';
import { detectTestCommands, withReporter, type TestCommand } from '../src/measure/test-command.js';
import { vitestUnhandledErrors } from '../src/measure/formats/vitest-summary.js';
import { claimsEveryTestPassed } from '../src/figures/every-test.js';
import { vacuousPass, type RunFigures } from '../src/check/vacuous-pass.js';
import { defaultTolerance, formatMeasured, holds } from '../src/check/compare.js';
import { readRepoText, type Resolution } from '../src/measure/repo-path.js';
import { isSkippedPath, listSourceFiles } from '../src/measure/source-files.js';
import { countDefinedTests, isTestSource, maxDefinedFiles, testLanguageOf } from '../src/measure/test-definitions.js';
import { namesTestPlace, placeName, testClassNamed, testFileOfSource, testFilesNamedAfter, testFilesOfKind, testFilesOfKindsOf, testPartFiles } from '../src/measure/test-parts.js';
import { isCategoryWord } from '../src/figures/test-subject.js';
import { testClassSuffixSource, testFileOnLine } from '../src/figures/test-files.js';
import { headingParts, partOfHeadings } from '../src/check/heading-part.js';
import type { ClassTests, FileTests, GroupTests } from '../src/measure/test-forms.js';
import { alternativesOf, splitGlob } from '../src/measure/file-sets.js';
import { programmingExtensions } from '../src/measure/languages.js';
import { belowFloor } from '../src/measure/test-floor.js';
import { reportPackage } from '../src/measure/report-package.js';
import { fileWithSubtests } from '../src/measure/subtests.js';
import { claimCountsSubtests, countsSubtests } from '../src/figures/test-column.js';
import { findGroup } from '../src/measure/test-groups.js';
import { countsTests, tableFileRows } from '../src/check/table-files.js';
import { enclosingFile } from '../src/check/section-file.js';
import { parseMarkdown } from '../src/read/markdown.js';
import { sectionsOf } from '../src/read/report-structure.js';
import { isTotalLine } from '../src/check/total-line.js';
import { listTotalSpan, listUnderSpan } from '../src/check/list-total.js';
import { subsectionFiles } from '../src/check/subsection-files.js';
import { restatedParts } from '../src/check/restated-parts.js';

/** Seconds a test command may run when the config gives no timeout. */
export const defaultTestTimeout = 600;

/** One test source, measured: the cases it yielded, or why there are none. */
interface Source {
  /** `junit: reports/junit.xml`, `vitest run (claimcheck run)`. */
  label: string;
  cases: TestCase[];
  stated?: StatedCounts;
  broken: string[];
  duration?: number;
  /** Whether claimcheck ran the tests itself (its timings are its own, not the report's). */
  ranHere: boolean;
  /** Errors the runner reported outside any test (vitest's unhandled errors), when it tells. */
  unhandled?: number;
  categories?: Record<string, string>;
}

type Loaded = { ok: true; sources: Source[] } | { ok: false; verdict: 'unverifiable' | 'error'; reason: string };
type Failed = Extract<Loaded, { ok: false }>;

const fail = (verdict: Failed['verdict'], reason: string): Failed => ({ ok: false, verdict, reason });

/** A repo-relative POSIX path for a file name a result file wrote (often absolute). */
function relativizer(root: string): (file: string) => string {
  return (file) => {
    if (!path.isAbsolute(file)) return file.split(path.sep).join('/');
    const rel = path.relative(root, file);
    return rel.startsWith('..') ? file : rel.split(path.sep).join('/');
  };
}

/** Parse result files (absolute paths, shown as `shown`) into one source. */
function readSource(root: string, files: ReadonlyArray<{ absolute: string; shown: string }>, ranHere: boolean, strict: boolean): Source | Failed {
  const runs: TestRun[] = [];
  const problems: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file.absolute, 'utf8');
    } catch (error) {
      return fail('error', `cannot read ${file.shown}: ${(error as Error).message}`);
    }
    try {
      runs.push(parseTestResults(text, file.shown, relativizer(root)));
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  // A configured or freshly written file must parse; usual places may hold unrelated files, which are skipped with a note.
  if (problems.length > 0 && strict) return fail('error', problems.join('; '));
  if (runs.length === 0) return fail('unverifiable', `skipped ${problems.join('; ')}`);
  const skipped = problems.length > 0 ? ` (skipped ${problems.join('; ')})` : '';
  const source: Source = {
    label: runs.map((r) => r.source).join(', ') + skipped,
    cases: mergeCases(runs),
    broken: runs.flatMap((r) => r.broken ?? []),
    ranHere,
  };
  if (runs.length === 1 && runs[0]?.stated) source.stated = runs[0].stated;
  const durations = runs.map((r) => r.duration).filter((d): d is number => d !== undefined);
  if (durations.length > 0) source.duration = durations.reduce((a, b) => a + b, 0);
  return source;
}

/** Run one test command and read what it left. */
async function runSource(run: RunContext, command: TestCommand, timeoutSeconds: number, configured: string | undefined): Promise<Source | Failed> {
  const started = Date.now();
  if (command.results) mkdirSync(path.dirname(command.results), { recursive: true });
  const timeoutMs = timeoutSeconds * 1000;
  if (run.signal?.aborted) return fail('unverifiable', 'not run: no claim needs the tests');
  const result = await runCommand(command.argv, {
    cwd: run.repo,
    timeoutMs,
    ...(run.signal ? { signal: run.signal } : {}),
    ...(command.env ? { env: command.env } : {}),
    ...(command.stdoutIsResults && command.results ? { stdoutFile: command.results } : {}),
  });
  const how = describeRun(result, timeoutMs);
  const tail = () => runFailure(result, timeoutMs).slice(how.length);
  if (result.spawnError || result.timedOut || result.signal) return fail('error', runFailure(result, timeoutMs));

  let files: Array<{ absolute: string; shown: string }>;
  if (configured) {
    // Only files written by this run count: an old file would be a guess.
    const found = await findFiles(run.files, [configured]);
    files = found
      .map((f) => ({ absolute: path.join(run.repo, f), shown: f }))
      .filter((f) => statSync(f.absolute).mtimeMs >= started - 1000);
  } else if (command.results) {
    files = fileExists(command.results) ? [{ absolute: command.results, shown: `${command.runner} run` }] : [];
  } else {
    return fail('unverifiable', `${how}, but claimcheck does not know where its results go; set tests[].results in claimcheck.yaml`);
  }
  if (files.length === 0) return fail('error', `${how} and left no result file${configured ? ` matching ${configured}` : ''}${tail()}`);
  const source = readSource(run.repo, files, true, true);
  if ('ok' in source) return source;
  if (source.cases.length === 0 && result.exitCode !== 0) return fail('error', `${how} and recorded no test${tail()}`);
  if (source.duration === undefined) source.duration = result.seconds;
  if (command.runner === 'vitest') {
    const unhandled = vitestUnhandledErrors(result.stdout);
    if (unhandled !== undefined) source.unhandled = unhandled;
  }
  source.label = `${source.label.split(':')[0]}: \`${command.shown ?? command.argv.join(' ')}\` run by claimcheck`;
  return source;
}

function fileExists(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Everything the test claims of this invocation are measured against, computed once. */
function loadSources(run: RunContext): Promise<Loaded> {
  return run.once('tests:sources', async () => {
    const outDir = makeTempFolder('claimcheck-tests-');
    try {
      const configured = run.config.tests ?? [];
      return configured.length > 0 ? await fromConfig(run, configured, outDir) : await detected(run, outDir);
    } finally {
      removeTempFolder(outDir);
    }
  });
}

async function fromConfig(run: RunContext, configured: readonly TestSource[], outDir: string): Promise<Loaded> {
  const sources: Source[] = [];
  for (const [index, entry] of configured.entries()) {
    let source: Source | Failed;
    if (entry.run && !run.noExec) {
      let argv: string[];
      try {
        argv = splitCommand(entry.run);
      } catch (error) {
        return fail('error', `tests[${index}].run: ${(error as Error).message}`);
      }
      const folder = path.join(outDir, String(index));
      mkdirSync(folder);
      const command = entry.results ? { runner: 'custom' as const, argv } : withReporter(argv, folder);
      if (entry.results) makeResultsFolder(run.files, entry.results);
      source = await runSource(run, command, entry.timeout ?? defaultTestTimeout, entry.results);
    } else if (entry.results) {
      const found = await findFiles(run.files, [entry.results]);
      if (found.length === 0) return fail('unverifiable', `no test results at ${entry.results} (tests[${index}].results)${run.noExec ? '; --no-exec runs nothing' : ''}`);
      source = readSource(run.repo, found.map((f) => ({ absolute: path.join(run.repo, f), shown: f })), false, true);
    } else {
      return fail('unverifiable', `tests[${index}] names no result file and --no-exec runs nothing`);
    }
    if ('ok' in source) return source;
    if (entry.categories) source.categories = entry.categories;
    sources.push(source);
  }
  return { ok: true, sources };
}

async function detected(run: RunContext, outDir: string): Promise<Loaded> {
  const found = await findFiles(run.files, testResultPlaces);
  // Files in the usual places that are no test results (a tool's own JSON in test-results/) are set aside, and said so.
  let skipped = '';
  if (found.length > 0) {
    const source = readSource(run.repo, found.map((f) => ({ absolute: path.join(run.repo, f), shown: f })), false, false);
    if (!('ok' in source)) return { ok: true, sources: [source] };
    if (source.verdict === 'error') return source;
    skipped = `; ${source.reason}`;
  }
  const looked = `${placesLooked(testResultPlaces, testResultPlaces)}${skipped}`;
  if (run.noExec) return fail('unverifiable', `no test results found (${looked}); --no-exec runs nothing`);
  const commands = await detectTestCommands(run.files, outDir);
  if (commands.length === 0) return fail('unverifiable', `no test results found (${looked}) and no test runner detected; set tests[] in claimcheck.yaml`);
  const sources: Source[] = [];
  for (const command of commands) {
    const source = await runSource(run, command, defaultTestTimeout, undefined);
    if ('ok' in source) return source;
    sources.push(source);
  }
  return { ok: true, sources };
}

interface Tally {
  total: number;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  todo: number;
  broken: number;
}

function tallyOf(cases: readonly TestCase[], broken = 0): Tally {
  const tally: Tally = { total: cases.length, passed: 0, failed: 0, errors: 0, skipped: 0, todo: 0, broken };
  for (const c of cases) {
    if (c.status === 'passed') tally.passed++;
    else if (c.status === 'failed') tally.failed++;
    else if (c.status === 'error') tally.errors++;
    else {
      tally.skipped++;
      if (c.todo) tally.todo++;
    }
  }
  return tally;
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : (part / whole) * 100);

/** One reading of a tally, and what it is: "over tests that ran". */
type Reading = [value: number, name: string];

/**
 * Every valid reading of `kind` from one tally, the preferred first, each
 * named. Tools and reports count differently: "N tests" may leave skipped
 * ones out, "N failed" usually takes errors in, "skipped" may or may not hold
 * todos, and a pass rate is over all tests or over those that ran.
 */
function readingsOf(kind: Claim['kind'], t: Tally, stated: StatedCounts = {}): Reading[] {
  const ran = t.passed + t.failed + t.errors;
  const bad = t.failed + t.errors;
  const s = stated;
  const opt = (...values: Array<Reading | false | undefined>) => values.filter((v): v is Reading => Array.isArray(v));
  const statedAs = 'as the results file states';
  switch (kind) {
    case 'tests.total':
      return opt([t.total, 'in all'], [ran, 'that ran'], s.total !== undefined && [s.total, statedAs], t.broken > 0 && [t.total + t.broken, 'with files that failed to load']);
    case 'tests.passed':
      return opt([t.passed, 'passed'], s.passed !== undefined && [s.passed, statedAs]);
    case 'tests.failed':
      return opt([bad, 'failed or errored'], [t.failed, 'failed, errors left out'], s.failed !== undefined && [s.failed, statedAs], t.broken > 0 && [bad + t.broken, 'with files that failed to load']);
    case 'tests.errors':
      return opt([t.errors, 'errored'], t.broken > 0 && [t.errors + t.broken, 'with files that failed to load']);
    case 'tests.skipped':
      return opt([t.skipped, 'skipped'], [t.skipped - t.todo, 'skipped, todos left out'], s.skipped !== undefined && [s.skipped, statedAs], s.skipped !== undefined && s.todo !== undefined && [s.skipped + s.todo, `${statedAs}, with todos`]);
    case 'tests.passRate':
      return opt([percent(t.passed, t.total), 'over all tests'], [percent(t.passed, ran), 'over tests that ran'], s.passed !== undefined && !!s.total && [percent(s.passed, s.total), statedAs]);
    case 'tests.failRate':
      return opt([percent(bad, t.total), 'over all tests'], [percent(bad, ran), 'over tests that ran'], [percent(t.failed, t.total), 'failures only, over all tests'], s.failed !== undefined && !!s.total && [percent(s.failed, s.total), statedAs]);
    default:
      return [];
  }
}

/** A measurement of `readings` (the first is the value), each other distinct reading kept with its name. */
function measurement(readings: readonly Reading[], source: string, detail: Measurement['detail']): Measurement {
  const [[value, name] = [0, ''], ...rest] = readings;
  const others = rest.filter(([v], i) => v !== value && rest.findIndex(([o]) => o === v) === i);
  const measured: Measurement = { value, source };
  if (others.length > 0) {
    measured.alternatives = others.map(([v]) => v);
    measured.readings = [name, ...others.map(([, n]) => n)];
  }
  if (detail) measured.detail = detail;
  return measured;
}

const sourceLabel = (sources: readonly Source[]) => sources.map((s) => s.label).join('; ');

/** Whole-suite counts and rates: all sources together, and each source alone as another reading. */
function measureWhole(claim: Claim, sources: readonly Source[]): Outcome {
  const all = sources.flatMap((s) => s.cases);
  const tally = tallyOf(all, sources.reduce((n, s) => n + s.broken.length, 0));
  const readings = readingsOf(claim.kind, tally, sources.length === 1 ? sources[0]?.stated : undefined);
  if (sources.length > 1) for (const s of sources) readings.push(...readingsOf(claim.kind, tallyOf(s.cases, s.broken.length), s.stated).map(([v, n]): Reading => [v, `${n} in ${s.label}`]));
  const { total, passed, failed, errors, skipped } = tally;
  return { kind: 'measured', measured: measurement(readings, sourceLabel(sources), { total, passed, failed, errors, skipped }) };
}

/** The text a case's category or path is matched against: its file, else its dotted suite. */
const caseFile = (c: TestCase) => (c.file ?? '').replace(/\\/g, '/').replace(/^\.\//, '');

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "security" ↔ `tests/security/x.py`, `test_security_headers.py`, `security.test.ts`, `tests.test_security`. */
function categoryWordRe(word: string): RegExp {
  const stem = escapeRe(word.toLowerCase().replace(/s$/, ''));
  return new RegExp(String.raw`(?:^|[/._\-\s])${stem}s?(?=$|[/._\-\s])`);
}

/** One source's figures, or all sources' together, for the vacuous-pass rules. */
function runFigures(sources: readonly Source[]): RunFigures {
  const t = tallyOf(sources.flatMap((s) => s.cases), sources.reduce((n, s) => n + s.broken.length, 0));
  const known = sources.filter((s) => s.unhandled !== undefined);
  const figures: RunFigures = { collected: t.total, passed: t.passed, failed: t.failed, errors: t.errors, skipped: t.skipped, broken: t.broken, source: sourceLabel(sources) };
  if (known.length > 0) figures.unhandled = known.reduce((n, s) => n + (s.unhandled ?? 0), 0);
  return figures;
}

/**
 * A claim that every test passed, against the run: contradicted with the
 * runner's own figures when the run collected nothing, skipped everything
 * or failed beside its passes (src/check/vacuous-pass.ts). With several
 * sources, one that bears the claim out alone (the report may speak of it)
 * leaves the claim to the ordinary comparison.
 */
function judgeEveryPass(claim: Claim, sources: readonly Source[], measured: Outcome): Outcome {
  if (measured.kind !== 'measured') return measured;
  const readings = [measured.measured.value, ...(measured.measured.alternatives ?? [])];
  const shown = readings.some((value) => typeof value === 'number' && holds(claim, value, defaultTolerance))
    ? undefined
    : `${formatMeasured(measured.measured.value, claim)}${readings.length > 1 ? ` (or ${readings.slice(1).map((value) => formatMeasured(value, claim)).join(', ')})` : ''}`;
  const message = vacuousPass(claim, runFigures(sources), shown);
  if (!message) return measured;
  if (sources.length > 1 && sources.some((s) => !vacuousPass(claim, runFigures([s])))) return measured;
  return { kind: 'judged', verdict: 'contradicted', message, measured: measured.measured };
}

/** The cases of a category: the config's glob for it, else the category word in their file paths. */
function measureCategory(claim: Claim, category: string, sources: readonly Source[]): Outcome {
  const picked: TestCase[] = [];
  const how: string[] = [];
  let withNames = 0;
  for (const source of sources) {
    const glob = Object.entries(source.categories ?? {}).find(([name]) => name.toLowerCase() === category.toLowerCase())?.[1];
    if (glob) {
      const matches = picomatch(glob, { dot: true });
      picked.push(...source.cases.filter((c) => matches(caseFile(c))));
      how.push(`category \`${category}\` = \`${glob}\``);
      withNames += source.cases.filter((c) => c.file).length;
      continue;
    }
    const re = categoryWordRe(category);
    for (const c of source.cases) {
      const where = (c.file ?? c.suite ?? '').toLowerCase();
      if (where) withNames++;
      if (re.test(where)) picked.push(c);
    }
  }
  const configured = how.length > 0;
  if (!configured && withNames === 0) return { kind: 'unverifiable', reason: `the test results name no test files, so ${category} tests cannot be told apart` };
  if (!configured && picked.length === 0) return { kind: 'unverifiable', reason: `no test file path matches "${category}"; map it with tests[].categories in claimcheck.yaml` };
  const tally = tallyOf(picked);
  const files = [...new Set(picked.map((c) => caseFile(c) || c.suite || ''))].sort();
  const basis = configured ? how.join(', ') : `test files matching "${category}": ${files.slice(0, 5).join(', ')}${files.length > 5 ? ` and ${files.length - 5} more` : ''}`;
  return { kind: 'measured', measured: measurement(readingsOf(claim.kind, tally), `${sourceLabel(sources)}; ${basis}`, { total: tally.total, passed: tally.passed, failed: tally.failed + tally.errors, skipped: tally.skipped }) };
}

/** The cases of one test file. */
function measureFile(claim: Claim, written: string, sources: readonly Source[]): Outcome {
  const cases = sources.flatMap((s) => s.cases);
  if (!cases.some((c) => c.file)) return { kind: 'unverifiable', reason: `the test results name no test files, so counts for \`${written}\` cannot be measured` };
  const want = written.replace(/\\/g, '/').replace(/^\.\//, '');
  const picked = cases.filter((c) => {
    const file = caseFile(c);
    return file !== '' && (file === want || file.endsWith('/' + want) || want.endsWith('/' + file));
  });
  if (picked.length === 0) return { kind: 'unverifiable', reason: `no test results for \`${written}\`` };
  const tally = tallyOf(picked);
  return { kind: 'measured', measured: measurement(readingsOf(claim.kind, tally), `${sourceLabel(sources)}; file ${want}`, { total: tally.total, passed: tally.passed }) };
}

/** How a case's status reads in a status claim. */
const statusWord = (c: TestCase) => (c.status === 'error' ? 'failed' : c.status);

/** A named test's status: exact names first, else its variants (parameters, subtests, suite paths). */
function measureStatus(name: string, sources: readonly Source[]): Outcome {
  const cases = sources.flatMap((s) => s.cases);
  const [filePart, testPart] = name.includes('::') ? [name.slice(0, name.lastIndexOf('::')), name.slice(name.lastIndexOf('::') + 2)] : [undefined, name];
  const inFile = (c: TestCase) => filePart === undefined || caseFile(c).endsWith(filePart.replace(/::.*$/, ''));
  const exact = cases.filter((c) => c.name === testPart && inFile(c));
  const source = sourceLabel(sources);
  if (exact.length > 0) {
    const statuses = [...new Set(exact.map(statusWord))];
    if (statuses.length > 1) return { kind: 'unverifiable', reason: `${exact.length} tests are named "${name}", with different outcomes (${statuses.join(', ')})` };
    return { kind: 'measured', measured: { value: statuses[0] as string, source } };
  }
  const variants = cases.filter(
    (c) => inFile(c) && (c.name.startsWith(testPart + '[') || c.name.startsWith(testPart + '/') || c.name.endsWith(' > ' + testPart) || `${c.suite ?? ''} > ${c.name}`.endsWith(testPart)),
  );
  if (variants.length === 0) return { kind: 'unverifiable', reason: `no test named "${name}" in the results` };
  // A test with cases passes only when all of them pass.
  const value = variants.some((c) => statusWord(c) === 'failed') ? 'failed' : variants.every((c) => c.status === 'skipped') ? 'skipped' : 'passed';
  return { kind: 'measured', measured: { value, source, detail: { cases: variants.length } } };
}

function measureDuration(sources: readonly Source[]): Outcome {
  const seconds = sources.map((s) => s.duration ?? s.cases.reduce((sum, c) => sum + (c.duration ?? 0), 0));
  const total = seconds.reduce((a, b) => a + b, 0);
  if (sources.some((s) => s.ranHere)) {
    // A run on this machine, now, says nothing about how long the run the report describes took.
    return { kind: 'unverifiable', reason: `durations differ between machines and runs; claimcheck's own run took ${total.toFixed(2)}s (${sourceLabel(sources)})` };
  }
  // The figure a report quotes is often the runner's wall time (with start-up and collection), while result
  // files record test time; a match confirms, a mismatch proves nothing.
  return {
    kind: 'measured',
    measured: { value: total, source: sourceLabel(sources), inconclusive: 'runners time different things (wall time, test time) and runs differ' },
  };
}

/** The measured outcome of one claim against the loaded sources. */
function measureOne(claim: Claim, sources: readonly Source[], report?: ReportContext): Outcome {
  const subject = claim.subject;
  if (claim.kind === 'tests.duration') return measureDuration(sources);
  if (claim.kind === 'tests.status') {
    if (!('name' in subject)) return { kind: 'unverifiable', reason: 'a test status claim names no test' };
    return measureStatus(subject.name, sources);
  }
  if ('scope' in subject) {
    const whole = measureWhole(claim, sources);
    return claimsEveryTestPassed(claim, report?.claims ?? [], report?.source) ? judgeEveryPass(claim, sources, whole) : whole;
  }
  if ('category' in subject) return measureCategory(claim, subject.category, sources);
  if ('path' in subject) return measureFile(claim, subject.path, sources);
  return { kind: 'unverifiable', reason: `counts for "${Object.values(subject)[0]}" cannot be told apart in the test results` };
}

/** The tests `file` defines, read once per invocation whichever claims it serves. */
async function definedIn(run: RunContext, file: string): Promise<FileTests | undefined> {
  const read = readRepoText(path.join(run.files.root, file), file);
  if (!read.ok || !run.files.contains(path.join(run.files.root, file))) return undefined;
  try {
    return await countDefinedTests(read.text, file);
  } catch {
    // A file the parser (TypeScript, Lezer, tree-sitter) cannot read defines no test claimcheck can count.
    return undefined;
  }
}

/** The file whose section the report's line stands in as a part of it (src/check/section-file.ts); the report is parsed once per invocation. */
async function fileOfLine(run: RunContext, report: ReportContext, line: number): Promise<string | undefined> {
  const source = report.source ?? '';
  const sections = await run.once(`report:sections:${report.file}`, async () => sectionsOf(parseMarkdown(source)));
  return enclosingFile(sections, source.split('\n'), line);
}

/**
 * "| Product | `product_model_test.dart` | 18 | 100% |": a table row that names
 * a part in its first cell and its one test file in another counts that
 * file's tests (w95:53–66). The file, resolved in the repository; undefined
 * when the claim stands in no table row naming exactly one test file.
 */
async function rowTestFile(claim: Claim, run: RunContext, dir: string, report?: ReportContext): Promise<string | undefined> {
  const source = report?.source;
  if (claim.context.table === undefined || source === undefined) return undefined;
  const lines = await run.once(`report:lines:${report?.file ?? ''}`, async () => source.split('\n'));
  const file = testFileOnLine(lines[claim.position.line - 1] ?? '');
  if (file === undefined) return undefined;
  const resolved = await run.files.resolve(file, dir);
  return resolved.ok && statSync(resolved.absolute).isFile() && isTestSource(resolved.path) ? resolved.path : undefined;
}

/**
 * "**Integration Tests (12):**" under "### UserService (23 tests total)": a
 * kind of tests counted in the section of a part whose heading counts its
 * tests is that part's, and its tests are those of the one test file named
 * after the part and the kind (`UserServiceIntegrationTest.java`, w92:71).
 * The file and the part; undefined when no heading above the claim counts a
 * named part's tests, or no single test file is so named.
 */
async function partKindFile(claim: Claim, category: string, run: RunContext, report?: ReportContext): Promise<{ file: string; part: string; kind: string } | undefined> {
  const source = report?.source;
  if (source === undefined || report?.claims === undefined) return undefined;
  const lines = await run.once(`report:lines:${report.file}`, async () => source.split('\n'));
  const part = partOfHeadings(claim.context.headings, headingParts(report.claims, lines));
  if (part === undefined) return undefined;
  const listed = await run.once('files:source', () => listSourceFiles(run.repo));
  const named = testFilesOfKind(part, category, listed.files.filter(isTestSource));
  return named.length === 1 ? { file: named[0] as string, part, kind: category } : undefined;
}

/**
 * "16 tests" in a named file or folder, or the whole repository, counted from
 * the source (src/measure/test-definitions.ts) when no result can be had. A
 * whole-repository count, or one with tests made at run time, confirms when it
 * matches and proves nothing when it does not: runners count parametrised and
 * generated cases their own way.
 */
async function measureDefined(claim: Claim, run: RunContext, dir: string, report?: ReportContext): Promise<Outcome | undefined> {
  const subject = claim.subject;
  // "| Subtestes |", "119 subtestes": the finest tests of a report that counts them at two levels (figure-subtests).
  const subtests = claimCountsSubtests(claim);
  let files: string[];
  let where: string;
  // The file named after a part alone, beside the files of kinds of its tests: another reading of the part's tests.
  let core: string[] | undefined;
  // Files found by a part's name (the test files named after it), not written in the report.
  let byName = false;
  const glob = 'path' in subject ? splitGlob(subject.path) : undefined;
  const rowFile = 'name' in subject ? await rowTestFile(claim, run, dir, report) : undefined;
  const partKind = 'category' in subject ? await partKindFile(claim, subject.category, run, report) : undefined;
  if (rowFile !== undefined) {
    files = [rowFile];
    where = `\`${rowFile}\`, the test file its row names`;
  } else if (partKind !== undefined) {
    files = [partKind.file];
    where = `\`${partKind.file}\`, the ${partKind.kind} test file of "${partKind.part}"`;
  } else if (glob) {
    // A glob the report wrote: its files, whatever their names.
    const folder = await run.files.resolveFolder(glob.folder, dir);
    if (!folder.ok) return undefined;
    const prefix = folder.path === '' ? '' : folder.path + '/';
    const matches = picomatch(alternativesOf(glob.pattern), { dot: false });
    const listed = await run.once('files:source', () => listSourceFiles(run.repo));
    files = listed.files.filter((f) => f.startsWith(prefix) && !isSkippedPath(f.slice(prefix.length)) && matches(f.slice(prefix.length)) && testLanguageOf(f));
    where = `\`${prefix}${glob.pattern}\``;
  } else if ('path' in subject) {
    const asFile = await run.files.resolve(subject.path, dir);
    if (asFile.ok && statSync(asFile.absolute).isFile()) {
      // "| PillarCard.tsx | 31 tests |": a source file that defines no test has its tests in its test file (w77:71, 72).
      const own = isTestSource(asFile.path) ? undefined : await run.once(`tests:defined:${asFile.path}`, () => definedIn(run, asFile.path));
      const listed = isTestSource(asFile.path) || (own?.tests ?? 0) > 0 ? undefined : await run.once('files:source', () => listSourceFiles(run.repo));
      const beside = listed === undefined ? undefined : testFileOfSource(asFile.path, listed.files.filter(isTestSource));
      files = [beside ?? asFile.path];
      where = beside === undefined ? `\`${asFile.path}\`` : `\`${beside}\`, the test file of \`${asFile.path}\``;
    } else {
      const folder = await run.files.resolveFolder(subject.path, dir);
      if (!folder.ok) return missingTestFile(claim, subject.path, asFile, folder);
      const prefix = folder.path === '' ? '' : folder.path + '/';
      const listed = await run.once('files:source', () => listSourceFiles(run.repo));
      files = listed.files.filter((f) => f.startsWith(prefix) && !isSkippedPath(f.slice(prefix.length)) && testLanguageOf(f)?.testFile(f));
      where = `\`${prefix || './'}\``;
    }
  } else if ('scope' in subject) {
    const listed = await run.once('files:source', () => listSourceFiles(run.repo));
    files = listed.files.filter(isTestSource);
    where = 'the repository';
  } else if ('name' in subject) {
    const name = subject.name;
    // A class's or group's tests are declarations, not the subtests a report counts below its own groups.
    // Under a heading that names a test file ("#### JaroWinklerSimilarityTest.java" over "| Edge Cases | 5 |", w71:58), a
    // class is that file's: an `EdgeCasesTests` of another file counts another part's tests.
    const section = report?.source !== undefined ? await fileOfLine(run, report, claim.position.line) : undefined;
    const inSection = (file: string) => section === undefined || file.toLowerCase() === section || file.toLowerCase().endsWith(`/${section}`);
    const byClass = subtests ? undefined : classNameRe.test(name) ? await measureClass(name, run, inSection) : await measureClassInWords(name, run, inSection);
    if (byClass) return byClass;
    // "Fork Support tests (13)" names the group `describe("Fork Support")`.
    const byGroup = subtests ? undefined : (await measureGroup(claim, name, run)) ?? (placeName(name) !== name ? await measureGroup(claim, placeName(name), run) : undefined);
    if (byGroup) return byGroup;
    // A component, folder or class under test named by its test folder or test file ("Geometries", "BoxGeometry",
    // "Feature Tests"). A kind of tests (a category: unit, integration) is the report's grouping, which a folder
    // of that name need not hold ("Integration Tests (53 tests)" over two of its three files).
    if (!namesTestPlace(claim.context, name, (header) => countsTests(header) || countsSubtests(header)) || isCategoryWord(placeName(name))) return undefined;
    // A group in the section of a file the report names ("#### Features (2 tests)" under "**File:**
    // `test_organizations.py`", w78:109) is a part of that file, not the tests of a folder named like it.
    if (report?.source !== undefined && (await fileOfLine(run, report, claim.position.line)) !== undefined) return undefined;
    const listed = await run.once('files:source', () => listSourceFiles(run.repo));
    // In a monorepo, the parts of a report whose test files all lie in one package are that package's.
    const inPackage = report ? await namedTestPackage(run, report, listed.files) : undefined;
    const testFiles = listed.files.filter((file) => isTestSource(file) && (inPackage === undefined || file.startsWith(`${inPackage}/`)));
    const part = testPartFiles(name, testFiles);
    // "| HighscoreManager | 3 |" with no file of its name: its tests are the test class named after it with a test
    // affix (`TestHighscoreManager` in `test_app.py`, a nested `AzureADSettingsTests` in `AllSettingsModelsTests.cs`).
    if (!part) return (!subtests && classNameRe.test(name) ? await measureClassInWords(name, run, inSection) : undefined) ?? missingTestClass(claim, name, run, listed.files);
    if (await testsBesideFolder(part, testFiles, run)) return undefined;
    files = part.files;
    where = part.where;
    core = part.core;
    // A folder named after the part is its tests' home; files named after it are not all of them.
    byName = part.folder === undefined;
  } else return undefined;
  if (files.length === 0 || files.length > maxDefinedFiles) return undefined;
  const nested = subtests ? fileWithSubtests(files) : undefined;
  if (nested !== undefined) return { kind: 'unverifiable', reason: `the tests of \`${nested}\` may make subtests at run time, which the source's declarations do not count (not run)` };
  let tests = 0;
  let counted = 0;
  // Declarations, each parametrised one once, while every counted file's language tells them apart.
  let methods: number | undefined = 0;
  const generated: string[] = [];
  const partial: string[] = [];
  for (const file of files) {
    // Each file is parsed once per invocation, whichever claims it serves.
    const found = await run.once(`tests:defined:${file}`, () => definedIn(run, file));
    if (!found || found.tests === 0) continue;
    tests += found.tests;
    methods = methods !== undefined && found.methods !== undefined ? methods + found.methods : undefined;
    counted++;
    if (found.generated) generated.push(file);
    if (found.partial) partial.push(file);
  }
  if (counted === 0) return undefined;
  // A file the parser could not read hides an unknown number of tests: its count confirms nothing, not even a claim equal to it
  // (w23:135, "8 tests" in a Scala file of 10 the grammar read 8 of, would outrank the line that gets it right).
  if (partial.length > 0 && generated.length === 0) {
    const floor = Math.min(tests, methods ?? tests);
    const unread = partial.slice(0, 3).map((f) => `\`${f}\``).join(', ');
    // The tests it did read are there all the same: a named file or part said to hold fewer holds more (w23:266, 17
    // in a file of 24 the grammar read 22 of). Methods, not cases, are the floor: a report may count declarations.
    // Not the whole suite: a runner may leave whole files out (a config's excludes, other source sets).
    if (!('scope' in subject) && belowFloor(claim, [floor]) !== undefined) {
      return { kind: 'measured', measured: { value: floor, source: `at least ${floor} test${floor === 1 ? '' : 's'} defined in ${counted} file${counted === 1 ? '' : 's'} of ${where}; the parser could not read all of ${unread} (not run)` } };
    }
    return { kind: 'unverifiable', reason: `the parser could not read all of ${unread}, so the source gives only a floor of ${tests} test${tests === 1 ? '' : 's'} defined (not run)` };
  }
  const source = `${tests} test${tests === 1 ? '' : 's'} defined in ${counted} file${counted === 1 ? '' : 's'} of ${where} (not run)`;
  // "| **Bulkhead** | 18+ |": a part's tests beyond the files named after it (an integration file of two parts, the
  // security file) only add to them, so fewer there is no contradiction of a count the report gives as a floor (w68:302).
  // A folder named after the part holds them all: "| **Services** | 11 | 80+ |" over `Services/`'s 21 is (w53:10).
  if (byName && claim.qualifier === 'atLeast' && typeof claim.value === 'number' && claim.value > Math.max(tests, methods ?? tests)) {
    return { kind: 'unverifiable', reason: `${source.replace(/ \(not run\)$/, '')}; tests of "${'name' in subject ? subject.name : where}" in files not named after it add to them, and the report gives a floor (not run)` };
  }
  // Items under "**Working (84 passing tests):**" count each part's passing tests, which its xfail, skipped and failing
  // tests leave below what it defines (w19:183, 15 of a file's 21): what is defined is a ceiling, not the count.
  const lead = claim.context.list;
  if (!('scope' in subject) && lead !== undefined && passingLeadRe.test(lead) && typeof claim.value === 'number' && claim.value < Math.min(tests, methods ?? tests)) {
    return { kind: 'unverifiable', reason: `the list counts passing tests ("${lead}"), and ${source.replace(/ \(not run\)$/, '')} may hold tests that do not pass (not run)` };
  }
  // Below the floor the run cannot lift it: only a count above the declarations is left open.
  const floor = 'scope' in subject || partial.length > 0 || generated.length === 0 ? undefined : belowFloor(claim, methods === undefined ? [tests] : [tests, methods]);
  const inconclusive =
    'scope' in subject
      ? 'tests defined in the source are not the tests a runner reports (parametrised, generated and skipped cases); no test results to compare with'
      : generated.length > 0 && floor === undefined
        ? `${generated.slice(0, 3).map((f) => `\`${f}\``).join(', ')} make${generated.length === 1 ? 's' : ''} tests at run time, so the source gives only a floor`
        : partial.length > 0
          ? `the parser could not read all of ${partial.slice(0, 3).map((f) => `\`${f}\``).join(', ')}, so the source gives only a floor`
          : undefined;
  // A report's "N tests" of a file or part may count test methods, as "Test Methods" does, where a runner counts cases.
  const byMethods = await otherReadings(run, tests, methods, core);
  const floorNote = floor === undefined ? '' : `; tests made at run time only add to them, so there are at least ${floor}`;
  return { kind: 'measured', measured: { value: tests, source: source + floorNote, detail: { files: counted }, ...byMethods, ...(inconclusive ? { inconclusive } : {}) } };
}

/**
 * The package of a monorepo that holds every test file `report` names by path
 * (src/measure/report-package.ts), once per report; undefined in a repository of
 * one package, or when the report names no test file or those of several packages.
 */
async function namedTestPackage(run: RunContext, report: ReportContext, files: readonly string[]): Promise<string | undefined> {
  return run.once(`tests:package:${report.file}`, async () => {
    const named = new Set<string>();
    for (const claim of report.claims ?? []) {
      if (!('path' in claim.subject) || splitGlob(claim.subject.path)) continue;
      const resolved = await run.files.resolve(claim.subject.path, report.dir);
      if (resolved.ok && isTestSource(resolved.path)) named.add(resolved.path);
    }
    return reportPackage([...named], files);
  });
}

/** A list's lead-in that counts passing tests ("Well Tested & Working (84 passing tests):"), not failing ones. */
const passingLeadRe = /\b\d[\d,]*\s+(?:passing|passed)\b(?![^()]*\b(?:fail|error|skip))/i;

/** A name that may be a test class: one identifier ("TestHighscoreManager"). */
const classNameRe = /^[A-Za-z_]\w*$/;

/**
 * "**TestHighscoreManager** (5 tests)": the tests of the one test class of
 * that name, counted from the source; undefined when no test file, or more
 * than one, defines it. A class with a base that may bring tests gives a floor.
 */
async function measureClass(name: string, run: RunContext, inSection: (file: string) => boolean = () => true): Promise<Outcome | undefined> {
  const listed = await run.once('files:source', () => listSourceFiles(run.repo));
  const files = listed.files.filter((file) => isTestSource(file) && inSection(file));
  if (files.length === 0 || files.length > maxDefinedFiles) return undefined;
  const found: Array<{ file: string; tests: ClassTests }> = [];
  for (const file of files) {
    const counted = await run.once(`tests:defined:${file}`, () => definedIn(run, file));
    const tests = counted?.classes?.[name];
    if (tests) found.push({ file, tests });
  }
  if (found.length !== 1) return undefined;
  const [{ file, tests }] = found as [{ file: string; tests: ClassTests }];
  const source = `${tests.tests} test${tests.tests === 1 ? '' : 's'} defined in class \`${name}\` of \`${file}\` (not run)`;
  const inconclusive = tests.inherits
    ? `\`${name}\` has a base class whose tests the runner collects again, so the source gives only a floor`
    : tests.generated
      ? `some tests of \`${name}\` are made at run time, so the source gives only a floor`
      : undefined;
  // A report's count of a class's tests may count its methods, where a runner counts every case.
  const byMethods = await otherReadings(run, tests.tests, tests.methods, undefined);
  return { kind: 'measured', measured: { value: tests.tests, source, ...byMethods, ...(inconclusive ? { inconclusive } : {}) } };
}

/**
 * "### 3. Move Validator Tests (25 tests)": the tests of the one test class a
 * name in words stands for (`TestMoveValidator`, src/measure/test-parts.ts),
 * or a class's name without its test affix ("| HighscoreManager | 3 |",
 * `TestHighscoreManager`), counted from the source as measureClass counts them.
 */
async function measureClassInWords(name: string, run: RunContext, inSection: (file: string) => boolean = () => true): Promise<Outcome | undefined> {
  // "Unit Tests" is a kind of tests, which a class `UnitTests` need not hold all of.
  if (isCategoryWord(placeName(name))) return undefined;
  const listed = await run.once('files:source', () => listSourceFiles(run.repo));
  const files = listed.files.filter((file) => isTestSource(file) && inSection(file));
  if (files.length === 0 || files.length > maxDefinedFiles) return undefined;
  const classNames: string[] = [];
  for (const file of files) {
    const counted = await run.once(`tests:defined:${file}`, () => definedIn(run, file));
    classNames.push(...Object.keys(counted?.classes ?? {}));
  }
  const named = testClassNamed(name, classNames);
  return named === undefined ? undefined : measureClass(named, run, inSection);
}

/** A table row that totals the rows above it: "**TOTAL**", "Total". */
const totalRowRe = /^\W*total\W*$/i;

/**
 * "**Total**: 65 tests" right under a table whose rows each give the tests of a
 * named file (`into/evolution/AddOptionalFieldSpec.scala` | 16), or the table's
 * own TOTAL row: the tests those files (or the parts the rows name) define,
 * summed (a report may hold a dozen such tables, or "**总测试数**: 33" under each
 * component's table). Every row must be measured for certain (read in full, no
 * tests made at run time), else the total is left to the rest of the
 * verifier; what the rows themselves say is never used. The rows are the
 * report's claims of the table when each row has one, else the files the
 * table's rows name in its source (a row whose count reads "**9 (新增)**" is
 * still a row of the table).
 */
async function measureTableTotal(claim: Claim, run: RunContext, report: ReportContext): Promise<Outcome | undefined> {
  if (!report.source || !report.claims) return undefined;
  const line = claim.position.line;
  // A heading that counts the test files its sub-sections name: "### 1. Similarity Engine (56 tests)" over "#### XTest.java".
  const bySubsections = await subsectionsTotal(claim, run, report, report.source);
  if (bySubsections) return bySubsections;
  // A heading that counts the list of test files under it: "#### **Security Tests** (90+ tests)".
  if ('scope' in claim.subject || 'category' in claim.subject) {
    const under = await listTotal(claim, run, report, report.claims, listUnderSpan(report.source, line), 1);
    if (under) return under;
  }
  if (!('scope' in claim.subject)) return undefined;
  // The table's own TOTAL row, or a total line under it.
  const inTable = claim.context.table;
  const above = () => listTotal(claim, run, report, report.claims ?? [], listTotalSpan(report.source ?? '', line));
  if (!inTable && !isTotalLine(report.source.split('\n')[line - 1] ?? '')) return above();
  if (inTable && !totalRowRe.test(inTable.row)) return undefined;
  const byClaims = await tableTotalByClaims(claim, run, report, report.claims);
  if (byClaims) return byClaims;
  return (await tableTotalBySource(claim, run, report, report.source)) ?? (inTable ? undefined : above());
}

/**
 * "## Total Tests: **133 tests**" after a section that lists test files with
 * their counts (`1. **internal/caddy/client_test.go** (17 tests)`;
 * "### Total Test Coverage: 25 Tests" after "### Test Files Created"), or a
 * heading's count over such a list under it ("#### **Security Tests** (90+
 * tests)"): the tests those files define, summed. The list is the total's breakdown only
 * when every count of tests in the section (src/check/list-total.ts) is a
 * count of one test file, there are two or more, and what they say adds up to
 * the total as written: a list of some files under a total of the suite adds
 * up to less and is left alone. Each file must be measured for certain.
 */
async function listTotal(claim: Claim, run: RunContext, report: ReportContext, claims: readonly Claim[], span: { first: number; last: number } | undefined, fewest = 2): Promise<Outcome | undefined> {
  // "90+" over parts that say 90 in all: a floor the parts give exactly.
  if ((claim.qualifier !== 'exact' && claim.qualifier !== 'atLeast') || typeof claim.value !== 'number' || !span) return undefined;
  const inSpan = claims.filter((c) => c !== claim && c.kind.startsWith('tests.') && c.position.line >= span.first && c.position.line <= span.last);
  const ofOneFile = (c: Claim) =>
    c.kind === 'tests.total' && 'path' in c.subject && testLanguageOf(c.subject.path)?.testFile(c.subject.path) === true && !c.context.table && c.tense === 'current' && c.qualifier === 'exact' && typeof c.value === 'number';
  // "- Edge cases (5 tests)" nested under "3. **Batch Operations** (`batch.test.ts`) - 21 tests" counts a group of that file, which its count holds.
  const fileLines = new Set(inSpan.filter(ofOneFile).map((c) => c.position.line));
  const parts = inSpan.filter((c) => fileLines.has(c.position.line) || !nestedUnder(report.source ?? '', c.position.line, span.first, fileLines));
  if (parts.length < fewest || new Set(parts.map((c) => c.position.line)).size !== parts.length) return undefined;
  if (!parts.every(ofOneFile)) return undefined;
  if (parts.reduce((sum, c) => sum + (c.value as number), 0) !== claim.value) return undefined;
  const seen = new Set<string>();
  const outcomes: Outcome[] = [];
  for (const part of parts) {
    const resolved = await run.files.resolve((part.subject as { path: string }).path, report.dir);
    if (!resolved.ok || seen.has(resolved.path) || !statSync(resolved.absolute).isFile()) return undefined;
    seen.add(resolved.path);
    const outcome = await measureDefined({ ...part, subject: { path: resolved.path } }, run, report.dir);
    if (!outcome) return undefined;
    outcomes.push(outcome);
  }
  return summedList(outcomes, parts[0]!.position.line, parts.at(-1)!.position.line);
}

/** Leading spaces and tabs of a line. */
const indentRe = /^[ \t]*/;

/**
 * Whether the list item on 1-based `line` of `source` is nested under an item
 * on one of `parents` (lines): the nearest line above it, down to `first`,
 * that is indented less is one of them. Blank lines are passed over.
 */
function nestedUnder(source: string, line: number, first: number, parents: ReadonlySet<number>): boolean {
  const lines = source.split('\n');
  const depth = (n: number) => indentRe.exec(lines[n - 1] ?? '')![0].length;
  const own = depth(line);
  if (own === 0) return false;
  for (let above = line - 1; above >= first; above--) {
    if ((lines[above - 1] ?? '').trim() === '') continue;
    if (depth(above) < own) return parents.has(above);
  }
  return false;
}

/** The total over the table's rows the report's claims give, each row one claim; undefined when they do not make the table. */
async function tableTotalByClaims(claim: Claim, run: RunContext, report: ReportContext, claims: readonly Claim[]): Promise<Outcome | undefined> {
  const line = claim.position.line;
  const inTable = claim.context.table;
  const headings = JSON.stringify(claim.context.headings);
  const rows = claims.filter(
    (c) =>
      c.kind === 'tests.total' &&
      ('path' in c.subject || 'name' in c.subject) &&
      c.context.table &&
      (!inTable || c.context.table.header === inTable.header) &&
      c.position.line < line &&
      JSON.stringify(c.context.headings) === headings,
  );
  // The rows of the one table right above: consecutive lines ending right above the row, or a line or two above the line.
  const last = rows.at(-1);
  if (!last || line - last.position.line > (inTable ? 1 : 2)) return undefined;
  const table: Claim[] = [];
  for (let i = rows.length - 1; i >= 0 && rows[i]!.position.line === last.position.line - table.length; i--) table.unshift(rows[i]!);
  if (table.length < 2 || new Set(table.map((c) => c.position.line)).size !== table.length) return undefined;
  const outcomes: Outcome[] = [];
  for (const row of table) {
    const outcome = await measureDefined(row, run, report.dir);
    if (!outcome) return undefined;
    outcomes.push(outcome);
  }
  return summedTable(outcomes, table[0]!.position.line, last.position.line);
}

/**
 * The total over the files the table's rows name in the report's source
 * (src/check/table-files.ts), each resolved to one file of the repository:
 * undefined when any row's file is not there or not one.
 */
async function tableTotalBySource(claim: Claim, run: RunContext, report: ReportContext, source: string): Promise<Outcome | undefined> {
  const rows = tableFileRows(source, claim.position.line);
  if (!rows) return undefined;
  const outcomes: Outcome[] = [];
  for (const row of rows) {
    const resolved = await run.files.resolve(row.file, report.dir);
    if (!resolved.ok || !statSync(resolved.absolute).isFile()) return undefined;
    // The total stands for each row: a file whose declarations alone exceed it proves it wrong (a floor), else it must be read in full.
    const outcome = await measureDefined({ ...claim, subject: { path: resolved.path } }, run, report.dir);
    if (!outcome) return undefined;
    outcomes.push(outcome);
  }
  return summedTable(outcomes, rows[0]!.line, rows.at(-1)!.line);
}

/**
 * "### 1. Similarity Engine (56 tests)" over "#### JaroWinklerSimilarityTest.java", "#### TextNormalizerTest.java"
 * (w71:46), "### 3. Comprehensive Test Suite (186 TESTS)" over sections each giving its "**File**:" or "**Files**:"
 * (w10:219): the tests of the files the heading's sub-sections name (src/check/subsection-files.ts), summed. Each
 * must be one test file of the repository, measured for certain; else the heading is left to the rest of the verifier.
 */
async function subsectionsTotal(claim: Claim, run: RunContext, report: ReportContext, source: string): Promise<Outcome | undefined> {
  if (claim.tense !== 'current' || (claim.qualifier !== 'exact' && claim.qualifier !== 'atLeast') || typeof claim.value !== 'number') return undefined;
  const named = subsectionFiles(source, claim.position.line);
  if (!named) return undefined;
  const seen = new Set<string>();
  const outcomes: Outcome[] = [];
  for (const file of named.files) {
    const resolved = await run.files.resolve(file.path, report.dir);
    if (!resolved.ok || !statSync(resolved.absolute).isFile() || !isTestSource(resolved.path)) return undefined;
    // One file named in two of its sub-sections holds its tests once.
    if (seen.has(resolved.path)) continue;
    seen.add(resolved.path);
    const outcome = await measureDefined({ ...claim, subject: { path: resolved.path } }, run, report.dir);
    if (!outcome) return undefined;
    outcomes.push(outcome);
  }
  return summed(outcomes, 'sub-sections', named.first, named.last);
}

/** The sum of the rows' measurements, when each is certain (read in full, no tests made at run time). */
function summedTable(outcomes: readonly Outcome[], first: number, last: number): Outcome | undefined {
  return summed(outcomes, 'table', first, last);
}

/** The sum of the listed files' measurements, when each is certain. */
function summedList(outcomes: readonly Outcome[], first: number, last: number): Outcome | undefined {
  return summed(outcomes, 'list', first, last);
}

/** The sum of measurements of the files a table, list or a heading's sub-sections name, when each is certain (read in full, no tests made at run time). */
function summed(outcomes: readonly Outcome[], what: 'table' | 'list' | 'sub-sections', first: number, last: number): Outcome | undefined {
  let tests = 0;
  let methods = 0;
  for (const outcome of outcomes) {
    if (outcome.kind !== 'measured' || outcome.measured.inconclusive || typeof outcome.measured.value !== 'number') return undefined;
    tests += outcome.measured.value;
    methods += outcome.measured.alternatives?.[0] ?? outcome.measured.value;
  }
  const files = outcomes.length === 1 ? 'the file' : `the ${outcomes.length} files`;
  const lines = first === last ? `line ${first}` : `lines ${first}–${last}`;
  const source = `${tests} test${tests === 1 ? '' : 's'} defined in ${files} of the ${what} at ${lines} (not run)`;
  const byMethods = methods !== tests ? { alternatives: [methods], readings: ['test cases', 'test methods'] } : {};
  return { kind: 'measured', measured: { value: tests, source, ...byMethods } };
}

/** Languages whose counters read groups of tests, and the call that opens one: `describe(…)` (JavaScript, TypeScript), `group(…)` (Dart). */
const groupCalls: Readonly<Record<string, string>> = { javascript: 'describe', dart: 'group' };

/**
 * "- Schema Structure: 8 tests": the tests of the one `describe` group of
 * that title in the test files (src/measure/test-groups.ts), counted from the
 * source; undefined when no group, or more than one, bears it.
 */
async function measureGroup(claim: Claim, name: string, run: RunContext): Promise<Outcome | undefined> {
  const listed = await run.once('files:source', () => listSourceFiles(run.repo));
  const files = listed.files.filter((f) => !isSkippedPath(f) && groupCalls[testLanguageOf(f)?.id ?? ''] !== undefined && testLanguageOf(f)?.testFile(f));
  if (files.length === 0 || files.length > maxDefinedFiles) return undefined;
  const read: Array<{ file: string; groups: Record<string, GroupTests> }> = [];
  for (const file of files) {
    const counted = await run.once(`tests:defined:${file}`, () => definedIn(run, file));
    if (counted?.groups) read.push({ file, groups: counted.groups });
  }
  const found = findGroup(name, read);
  if (!found) return undefined;
  const { file, title, group } = found;
  const call = `${groupCalls[testLanguageOf(file)?.id ?? ''] ?? 'describe'}(${JSON.stringify(title)})`;
  // "Linter (8 tests)" is `describe("Linter")` of `tests/unit/linter.test.ts` and also `LinterTests.swift`, the suite
  // of another implementation (w56:64), or `LinterUnitTest.java` and `LinterIntegrationTest.java` (w92:87): a name two
  // places answer to is measured against neither.
  const testSources = listed.files.filter(isTestSource);
  const namedFiles = [...testFilesNamedAfter(name, testSources), ...testFilesOfKindsOf(name, testSources)].filter((other) => other !== file);
  if (namedFiles.length > 0) {
    return { kind: 'unverifiable', reason: `"${name}" names \`${call}\` of \`${file}\` and the test file${namedFiles.length === 1 ? '' : 's'} ${namedFiles.slice(0, 3).map((f) => `\`${f}\``).join(', ')}` };
  }
  const source = `${group.tests} test${group.tests === 1 ? '' : 's'} defined in \`${call}\` of \`${file}\` (not run)`;
  // Tests the group makes at run time only add to those it declares: a count below them is still wrong.
  const inconclusive = group.generated && belowFloor(claim, [group.tests]) === undefined ? `\`${call}\` makes tests at run time, so the source gives only a floor` : undefined;
  return { kind: 'measured', measured: { value: group.tests, source, ...(inconclusive ? { inconclusive } : {}) } };
}

/**
 * The readings of a count of tests besides its test cases: its test methods,
 * where they differ, and those of the part's core file alone (`LruCacheTests.cs`
 * without `LruCacheBoundaryTests.cs`), when the part has one.
 */
async function otherReadings(run: RunContext, tests: number, methods: number | undefined, core: readonly string[] | undefined): Promise<Pick<Measurement, 'alternatives' | 'readings'>> {
  const readings: Array<[number, string]> = [[tests, core ? 'test cases in all its files' : 'test cases']];
  if (methods !== undefined && methods !== tests) readings.push([methods, core ? 'test methods in all its files' : 'test methods']);
  for (const file of core ?? []) {
    const found = await run.once(`tests:defined:${file}`, () => definedIn(run, file));
    if (!found || found.generated || found.partial) continue;
    readings.push([found.tests, `test cases in \`${file}\` alone`]);
    if (found.methods !== undefined && found.methods !== found.tests) readings.push([found.methods, `test methods in \`${file}\` alone`]);
  }
  if (readings.length === 1) return {};
  return { alternatives: readings.slice(1).map(([value]) => value), readings: readings.map(([, label]) => label) };
}

/**
 * "| `jvm/scala-2/as/StructuralAsJVMOnlySpec.scala` | 6 |": a count of the tests of a
 * source file of a test language whose name no file and no folder of the repository
 * has, anywhere. Its tests are nowhere to count, as a line count of a
 * file that is not there (files verifier): contradicted, never when the path is
 * ambiguous or outside the repository.
 */
function missingTestFile(claim: Claim, written: string, asFile: Resolution, folder: Resolution): Outcome | undefined {
  if (asFile.ok || folder.ok || asFile.reason !== 'not found' || folder.reason !== 'not found' || !testLanguageOf(written)) return undefined;
  return { kind: 'judged', verdict: 'contradicted', message: `claims tests in a file \`${written}\`; ${asFile.message}`, measured: { value: false, source: 'files: repository' } };
}

/**
 * Whether the folder a part stands for holds tests outside the test files that mark it (Rust's `#[test]`
 * functions inside `vectro_cli/src/lib.rs`, beside `vectro_cli/tests/`): the folder's test files then give
 * only some of its tests, and its count is no measure of the part.
 */
async function testsBesideFolder(part: { files: readonly string[]; where: string }, testFiles: readonly string[], run: RunContext): Promise<boolean> {
  const folder = /^`(?<prefix>[^`]*\/)`$/.exec(part.where)?.groups?.prefix;
  if (folder === undefined) return false;
  const others = testFiles.filter((f) => f.startsWith(folder) && !part.files.includes(f));
  if (others.length > maxDefinedFiles) return true;
  for (const file of others) {
    const found = await run.once(`tests:defined:${file}`, () => definedIn(run, file));
    if (found && found.tests > 0) return true;
  }
  return false;
}

/** A test class's name by its affix: "SourcePageFetcherTest", "LoginTests", "UserSpec", "TestParser". */
const testClassNameRe = new RegExp(String.raw`^(?:Test[A-Z]\w*|[A-Z]\w*[a-z0-9]${testClassSuffixSource})$`);
/** The test affix of such a name. */
const testAffixRe = new RegExp(String.raw`^Test(?=[A-Z])|${testClassSuffixSource}$`);
/** Extensions of programming languages: the files a class may be declared in. */
const programmingExtensionSet: ReadonlySet<string> = new Set(programmingExtensions);
/** Bytes of all the source files a search for a class's name reads, at most: past it the search says nothing. */
const maxSearchBytes = 64 * 1024 * 1024;

/**
 * "| SourcePageFetcherTest | 6 |" under a column of tests: a count of the tests of a test class
 * whose name no source file of the repository holds, anywhere (no file of that stem, no declaration, no
 * mention): its tests are nowhere to count, as a test file that is not there (missingTestFile). Only names
 * with a test affix; a repository too large to read whole says nothing, and nor does a name that is the
 * head of a longer one in the code, up to one of its capitals (a shortened class name).
 */
async function missingTestClass(claim: Claim, name: string, run: RunContext, files: readonly string[]): Promise<Outcome | undefined> {
  if (!testClassNameRe.test(name)) return undefined;
  // "IntegrationTests", "UnitTests": a kind of tests in one word, no class.
  if (isCategoryWord(name.replace(testAffixRe, ''))) return undefined;
  // The name, or the head of a longer one at a word boundary of its camel case: "TestReset" for
  // `class TestResetFunctionality` (w82:138) shortens a class the repository holds, it names no missing one.
  const nameRe = new RegExp(`(?<![\\w$])${name}(?![a-z$])`);
  let bytes = 0;
  for (const file of files) {
    // Code only: the report itself, and docs that copy it, name the class too.
    if (isSkippedPath(file) || !programmingExtensionSet.has(path.extname(file).slice(1).toLowerCase())) continue;
    const absolute = path.join(run.repo, file);
    const size = statSync(absolute).size;
    bytes += size;
    if (bytes > maxSearchBytes) return undefined;
    if (path.basename(file).includes(name)) return undefined;
    const read = readRepoText(absolute, file);
    if (!read.ok || nameRe.test(read.text)) return undefined;
  }
  return {
    kind: 'judged',
    verdict: 'contradicted',
    message: `claims ${String(claim.value)} tests in a test class \`${name}\`; no source file of the repository holds that name`,
    measured: { value: false, source: 'files: repository' },
  };
}

/** A line with a figure and a word of test results: a report without one is not worth a test run ahead of its claims. */
const testWordSource = String.raw`\b(?:tests?|specs?|pass(?:ing|ed)|fail(?:ing|ed|ures?))\b`;
const testFigureLineRe = new RegExp(String.raw`\d[^\n]{0,80}${testWordSource}|${testWordSource}[^\n]{0,80}\d`, 'i');

export default {
  id: 'tests',
  description: 'Test counts, rates, duration, categories, files and named test statuses, from result files or a run of the test command.',
  kinds: ['tests.total', 'tests.passed', 'tests.failed', 'tests.skipped', 'tests.errors', 'tests.passRate', 'tests.failRate', 'tests.duration', 'tests.status'],
  async measure(claims, run, report) {
    const loaded = await loadSources(run);
    if (loaded.ok) return claims.map((claim) => measureOne(claim, loaded.sources, report));
    // Nothing ran and no results are on disk: a count of tests can still be read from the source, said so.
    const defined: Array<Outcome | undefined> = [];
    for (const claim of claims) {
      defined.push(loaded.verdict === 'unverifiable' && claim.kind === 'tests.total' ? ((await measureTableTotal(claim, run, report)) ?? (await measureDefined(claim, run, report.dir, report))) : undefined);
    }
    // A part's count that found nothing to measure it by, stated again on a line that did, takes that line's measurement.
    const restated = restatedParts(claims, defined);
    return defined.map((outcome, i) => restated.get(i) ?? outcome ?? { kind: loaded.verdict, reason: loaded.reason });
  },
  prefetch(run, texts) {
    // A coverage command may share the test runner's caches and output folders: commands run one at a time.
    if ((run.config.coverage ?? []).some((source) => source.run !== undefined)) return;
    if (!texts.some((text) => testFigureLineRe.test(text))) return;
    loadSources(run).catch(() => undefined);
  },
} satisfies Verifier;
