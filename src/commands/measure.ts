/**
 * `claimcheck measure`: the repository's facts that reports usually quote,
 * as a truthful baseline to write a report from. Reading only: test totals
 * come from result files already on disk (nothing is run), the tests the
 * source defines from its declarations (as verify counts them), coverage from
 * coverage files, line counts from the files, workflow jobs and alert rules
 * from YAML, the git range from `git log`.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Config } from '../config.js';
import type { Counter, CoverageReport, TestRun } from '../measure/formats/types.js';
import { detectTestFormat, mergeCases, parseTestResults } from '../measure/formats/test-results.js';
import { countIn, parseStructured } from '../measure/counters.js';
import { git } from '../measure/git.js';
import { coveragePlaces, findFiles, placesLooked, testResultPlaces } from '../measure/result-files.js';
import { RepoFiles } from '../measure/repo-path.js';
import { listSourceFiles } from '../measure/source-files.js';
import { countDefinedTests, isTestSource, maxDefinedFiles } from '../measure/test-definitions.js';
import { parseCoverage } from '../measure/formats/coverage.js';

/** A count out of a total, with its percentage (0–100, unrounded). */
export interface Ratio {
  covered: number;
  total: number;
  percent: number;
}

export interface TestFacts {
  files: string[];
  total: number;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  /** Passed over all test cases. */
  passRate: number;
  /** Passed over the test cases that ran (not skipped). */
  passRateOfRun: number;
  /** Seconds, when the result files state it. */
  duration?: number;
}

/** The tests the test files declare, counted from their source as verify counts them when no result is had. */
export interface DefinedTestFacts {
  tests: number;
  /** Test files that define at least one test. */
  files: number;
  /** Files the parser could not read whole: `tests` is a floor. */
  partial: string[];
  /** Files that make tests at run time (a loop, a computed table): the runner reports more. */
  generated: string[];
}

export interface CoverageFacts {
  /** `lcov: coverage/lcov.info` */
  source: string;
  lines: Ratio;
  branches?: Ratio;
  functions?: Ratio;
  statements?: Ratio;
  /** Line coverage by the first folder of each path as the coverage file names it ('.' for top-level files). */
  folders: Array<{ folder: string; files: number; lines: Ratio }>;
}

export interface FileLines {
  path: string;
  lines: number;
}

export interface RepoFacts {
  version: 1;
  repo: string;
  /** Absent with a reason when no result file was found or readable. */
  tests: TestFacts | { missing: string };
  /** Absent with a reason when no test file of a language claimcheck counts is there. */
  defined: DefinedTestFacts | { missing: string };
  coverage: CoverageFacts[] | { missing: string };
  docs: FileLines[];
  scripts: FileLines[];
  workflows: Array<{ file: string; jobs: string[] }>;
  /** Prometheus-style rule files: `groups[].rules[]` with `alert` or `record`. */
  rules: Array<{ file: string; alerts: number; records: number }>;
  git: GitFacts | { missing: string };
}

export interface GitFacts {
  /** The repository's top level, when `repo` is a folder inside it (the counts are the whole repository's). */
  root?: string;
  branch: string;
  commits: number;
  first: { hash: string; date: string };
  head: { hash: string; date: string; subject: string };
  /** The latest commits, newest first (at most 5). */
  recent: Array<{ hash: string; date: string; subject: string }>;
  clean: boolean;
}

/** Files larger than this are not read for line counts or YAML. */
const maxReadBytes = 5 * 1024 * 1024;
const isDoc = picomatch(['**/*.md', '**/*.markdown'], { nocase: true });
const isScript = picomatch(['**/*.{sh,bash,zsh,ps1}', 'scripts/**', 'bin/**']);
const isWorkflow = picomatch(['.github/workflows/*.{yml,yaml}']);
const isYaml = picomatch(['**/*.{yml,yaml}'], { dot: true });

const ratio = (counter: Counter): Ratio => ({
  covered: counter.covered,
  total: counter.total,
  percent: counter.total === 0 ? 0 : (counter.covered / counter.total) * 100,
});

function readSmall(absolute: string): string | undefined {
  try {
    if (statSync(absolute).size > maxReadBytes) return undefined;
    return readFileSync(absolute, 'utf8');
  } catch {
    return undefined;
  }
}

/** Lines as an editor counts them, the same count the files verifier measures. */
function lineCount(text: string): number {
  const newlines = text.match(/\n/g)?.length ?? 0;
  return text === '' || text.endsWith('\n') ? newlines : newlines + 1;
}

async function testFacts(files: RepoFiles, config: Config): Promise<TestFacts | { missing: string }> {
  const configured = (config.tests ?? []).map((t) => t.results).filter((r): r is string => Boolean(r));
  const patterns = configured.length > 0 ? configured : testResultPlaces;
  const runs: TestRun[] = [];
  const used: string[] = [];
  for (const file of await findFiles(files, patterns)) {
    const text = readSmall(path.join(files.root, file));
    if (text === undefined || detectTestFormat(text) === undefined) continue;
    try {
      runs.push(parseTestResults(text, file));
      used.push(file);
    } catch {
      // Not a result file measure can read: left out, like a file that is not there.
    }
  }
  if (runs.length === 0) return { missing: `no test result file found (${placesLooked(patterns, testResultPlaces)}); nothing is run by measure` };
  const counts = { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0 };
  for (const c of mergeCases(runs)) {
    counts.total++;
    if (c.status === 'passed') counts.passed++;
    else if (c.status === 'failed') counts.failed++;
    else if (c.status === 'error') counts.errors++;
    else counts.skipped++;
  }
  const durations = runs.map((run) => run.duration).filter((d): d is number => d !== undefined);
  const ran = counts.total - counts.skipped;
  return {
    files: used,
    ...counts,
    passRate: counts.total === 0 ? 0 : (counts.passed / counts.total) * 100,
    passRateOfRun: ran === 0 ? 0 : (counts.passed / ran) * 100,
    ...(durations.length > 0 ? { duration: durations.reduce((a, b) => a + b, 0) } : {}),
  };
}

async function definedTestFacts(repo: string): Promise<DefinedTestFacts | { missing: string }> {
  const files = (await listSourceFiles(repo)).files.filter(isTestSource);
  if (files.length === 0) return { missing: 'no test file in a language claimcheck counts tests of' };
  if (files.length > maxDefinedFiles) return { missing: `${files.length} test files, more than the ${maxDefinedFiles} counted` };
  const facts: DefinedTestFacts = { tests: 0, files: 0, partial: [], generated: [] };
  for (const file of files) {
    const text = readSmall(path.join(repo, file));
    if (text === undefined) continue;
    let found: Awaited<ReturnType<typeof countDefinedTests>>;
    try {
      found = await countDefinedTests(text, file);
    } catch {
      // A file no parser can read hides an unknown number of tests, as for verify.
      facts.partial.push(file);
      continue;
    }
    if (!found || found.tests === 0) continue;
    facts.tests += found.tests;
    facts.files++;
    if (found.partial) facts.partial.push(file);
    if (found.generated) facts.generated.push(file);
  }
  return facts;
}

function folderOf(file: string, repo: string): string {
  let rel = file.replace(/\\/g, '/');
  if (path.isAbsolute(rel)) {
    const inside = path.relative(repo, rel);
    rel = inside.startsWith('..') ? rel : inside.split(path.sep).join('/');
  }
  rel = rel.replace(/^\.\//, '');
  const slash = rel.indexOf('/');
  return slash <= 0 ? '.' : rel.slice(0, slash);
}

function coverageOf(report: CoverageReport, repo: string): CoverageFacts {
  const groups = new Map<string, { files: number; covered: number; total: number }>();
  for (const file of report.files) {
    const folder = folderOf(file.path, repo);
    const group = groups.get(folder) ?? { files: 0, covered: 0, total: 0 };
    group.files++;
    group.covered += file.lines.covered;
    group.total += file.lines.total;
    groups.set(folder, group);
  }
  const { lines, branches, functions, statements } = report.totals;
  return {
    source: report.source,
    lines: ratio(lines),
    ...(branches ? { branches: ratio(branches) } : {}),
    ...(functions ? { functions: ratio(functions) } : {}),
    ...(statements ? { statements: ratio(statements) } : {}),
    folders: [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([folder, g]) => ({ folder, files: g.files, lines: ratio(g) })),
  };
}

async function coverageFacts(files: RepoFiles, config: Config): Promise<CoverageFacts[] | { missing: string }> {
  const configured = (config.coverage ?? []).map((c) => c.results).filter((r): r is string => Boolean(r));
  const patterns = configured.length > 0 ? configured : coveragePlaces;
  const facts: CoverageFacts[] = [];
  for (const file of await findFiles(files, patterns)) {
    const text = readSmall(path.join(files.root, file));
    if (text === undefined) continue;
    try {
      facts.push(coverageOf(parseCoverage(text, file), files.root));
    } catch {
      // Not a coverage format measure can read: left out, like a file that is not there.
    }
  }
  return facts.length > 0 ? facts : { missing: `no coverage file found (${placesLooked(patterns, coveragePlaces)})` };
}

/** Alerting and recording rules of a Prometheus rules file, counted by the shared counters; undefined for other files. */
function ruleCounts(text: string, file: string): { alerts: number; records: number } | undefined {
  const alerts = countIn('alert-rules', text, file);
  const records = countIn('recording-rules', text, file);
  return alerts.ok && records.ok ? { alerts: alerts.count, records: records.count } : undefined;
}

/** Jobs of a GitHub Actions workflow file; undefined for other files. */
function workflowJobs(text: string, file: string): string[] | undefined {
  if (!countIn('workflow-jobs', text, file).ok) return undefined;
  const workflow = parseStructured(text, file)[0];
  return typeof workflow === 'object' && workflow !== null && 'jobs' in workflow ? Object.keys((workflow as { jobs: object }).jobs) : undefined;
}

/** One git answer, trimmed; throws with git's own words when it fails. */
async function gitOut(repo: string, args: string[]): Promise<string> {
  const result = await git(repo, args);
  if (!result.ok) throw new Error(result.failure ?? (result.stderr.trim() || `git ${args[0] ?? ''} failed`));
  return result.stdout.trim();
}

async function gitFacts(repo: string): Promise<GitFacts | { missing: string }> {
  try {
    const top = await gitOut(repo, ['rev-parse', '--show-toplevel']);
    if (path.resolve(top) !== path.resolve(repo) && !path.resolve(repo).startsWith(path.resolve(top) + path.sep)) return { missing: 'not a git repository' };
    const commits = Number(await gitOut(repo, ['rev-list', '--count', 'HEAD']));
    const recent = (await gitOut(repo, ['log', '-n', '5', '--format=%h%x09%cI%x09%s']))
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [hash = '', date = '', ...subject] = line.split('\t');
        return { hash, date, subject: subject.join('\t') };
      });
    const rootHash = (await gitOut(repo, ['rev-list', '--max-parents=0', 'HEAD'])).split('\n').at(-1) ?? '';
    const [firstHash = '', firstDate = ''] = (await gitOut(repo, ['log', '-n', '1', '--format=%h%x09%cI', rootHash])).split('\t');
    const branch = await gitOut(repo, ['rev-parse', '--abbrev-ref', 'HEAD']);
    const clean = (await gitOut(repo, ['status', '--porcelain', '--', '.'])) === '';
    const head = recent[0];
    if (!head) return { missing: 'no commits' };
    return { ...(path.resolve(top) !== path.resolve(repo) ? { root: top } : {}), branch, commits, first: { hash: firstHash, date: firstDate }, head, recent, clean };
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    return { missing: /not a git repository|ENOENT/i.test(reason) ? 'not a git repository' : `git failed: ${reason}` };
  }
}

/** Measure the facts of `repo` (absolute), reading result files named by `config` or found in the usual places. */
export async function measureRepo(repo: string, config: Config = {}): Promise<RepoFacts> {
  const files = new RepoFiles(repo);
  const all = await files.list();
  const docs: FileLines[] = [];
  const scripts: FileLines[] = [];
  const workflows: RepoFacts['workflows'] = [];
  const rules: RepoFacts['rules'] = [];
  for (const file of all) {
    const doc = isDoc(file);
    const script = !doc && isScript(file);
    const yaml = isYaml(file);
    if (!doc && !script && !yaml) continue;
    const text = readSmall(path.join(repo, file));
    if (text === undefined || text.slice(0, 8192).includes('\u0000')) continue;
    if (doc) docs.push({ path: file, lines: lineCount(text) });
    if (script) scripts.push({ path: file, lines: lineCount(text) });
    if (!yaml) continue;
    const jobs = isWorkflow(file) ? workflowJobs(text, file) : undefined;
    if (jobs) workflows.push({ file, jobs });
    const counted = ruleCounts(text, file);
    if (counted) rules.push({ file, ...counted });
  }
  const [tests, defined, coverage, gitInfo] = await Promise.all([testFacts(files, config), definedTestFacts(repo), coverageFacts(files, config), gitFacts(repo)]);
  return { version: 1, repo, tests, defined, coverage, docs, scripts, workflows, rules, git: gitInfo };
}

const pct = (r: Ratio) => `${Number(r.percent.toFixed(2))}% (${r.covered}/${r.total})`;

/** The facts as text, one section per family. Pure. */
export function formatFacts(facts: RepoFacts): string {
  const out: string[] = [`Repository facts: ${facts.repo}`, ''];
  out.push('Tests (from result files on disk; nothing is run)');
  if ('missing' in facts.tests) out.push(`  none: ${facts.tests.missing}`);
  else {
    const t = facts.tests;
    out.push(`  ${t.total} tests: ${t.passed} passed, ${t.failed} failed, ${t.errors} errors, ${t.skipped} skipped  (${t.files.join(', ')})`);
    out.push(`  pass rate ${Number(t.passRate.toFixed(2))}% of all tests, ${Number(t.passRateOfRun.toFixed(2))}% of tests that ran`);
    if (t.duration !== undefined) out.push(`  duration ${Number(t.duration.toFixed(2))}s`);
  }
  out.push('', 'Tests defined in the source (declarations counted; nothing is run)');
  if ('missing' in facts.defined) out.push(`  none: ${facts.defined.missing}`);
  else {
    const d = facts.defined;
    const some = (files: string[]) => files.slice(0, 3).map((f) => `\`${f}\``).join(', ') + (files.length > 3 ? `, ${files.length - 3} more` : '');
    out.push(`  ${d.partial.length > 0 ? 'at least ' : ''}${d.tests} test${d.tests === 1 ? '' : 's'} in ${d.files} file${d.files === 1 ? '' : 's'}`);
    if (d.partial.length > 0) out.push(`  the parser could not read all of ${some(d.partial)}`);
    if (d.generated.length > 0) out.push(`  ${some(d.generated)} make${d.generated.length === 1 ? 's' : ''} tests at run time: a runner reports more`);
  }
  out.push('', 'Coverage');
  if ('missing' in facts.coverage) out.push(`  none: ${facts.coverage.missing}`);
  else {
    for (const c of facts.coverage) {
      const extra = (['branches', 'functions', 'statements'] as const).filter((k) => c[k]).map((k) => `, ${k} ${pct(c[k] as Ratio)}`).join('');
      out.push(`  ${c.source}: lines ${pct(c.lines)}${extra}`);
      for (const f of c.folders) out.push(`    ${f.folder === '.' ? '(top level)' : f.folder + '/'}  lines ${pct(f.lines)}, ${f.files} file${f.files === 1 ? '' : 's'}`);
    }
  }
  const listing = (title: string, items: FileLines[]) => {
    out.push('', `${title} (lines)`);
    if (items.length === 0) out.push('  none');
    const width = Math.max(0, ...items.map((i) => i.path.length));
    for (const item of items) out.push(`  ${item.path.padEnd(width)}  ${item.lines}`);
  };
  listing('Docs', facts.docs);
  listing('Scripts', facts.scripts);
  out.push('', 'Workflow jobs');
  if (facts.workflows.length === 0) out.push('  none');
  for (const w of facts.workflows) out.push(`  ${w.file}: ${w.jobs.length} job${w.jobs.length === 1 ? '' : 's'} (${w.jobs.join(', ')})`);
  out.push('', 'Alert and recording rules');
  if (facts.rules.length === 0) out.push('  none');
  for (const r of facts.rules) out.push(`  ${r.file}: ${r.alerts} alert rule${r.alerts === 1 ? '' : 's'}, ${r.records} recording rule${r.records === 1 ? '' : 's'}`);
  out.push('', 'Git');
  if ('missing' in facts.git) out.push(`  none: ${facts.git.missing}`);
  else {
    const g = facts.git;
    if (g.root) out.push(`  (of the git repository at ${g.root}, which contains this folder)`);
    out.push(`  branch ${g.branch}, ${g.commits} commit${g.commits === 1 ? '' : 's'} from ${g.first.hash} (${g.first.date}) to ${g.head.hash} (${g.head.date}); working tree ${g.clean ? 'clean' : 'has changes'}`);
    for (const c of g.recent) out.push(`  ${c.hash} ${c.date} ${c.subject}`);
  }
  return out.join('\n') + '\n';
}
