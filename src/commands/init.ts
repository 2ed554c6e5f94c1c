/**
 * `claimcheck init`: detect the test runner, result and coverage files and
 * the reports that look like audit reports, and render a commented
 * `claimcheck.yaml`. Detection only reads files; nothing is run.
 */
import { appendFileSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { coveragePlaces, findFiles, junitPlaces } from '../measure/result-files.js';
import { RepoFiles } from '../measure/repo-path.js';

export type RunnerId = 'vitest' | 'jest' | 'mocha' | 'node-test' | 'npm-test' | 'pytest' | 'go' | 'cargo' | 'bats';

export interface Runner {
  id: RunnerId;
  /** Why it was detected: `package.json test script "vitest run"`. */
  evidence: string;
  /**
   * A command that leaves results naming each test's file at `results`
   * (vitest and jest JSON, pytest's xunit1 JUnit), when the runner can write
   * them without plugins.
   */
  run?: string;
  results?: string;
  /** What to do when it cannot: shown as a comment. */
  hint?: string;
  /** A coverage run, when the runner's coverage tool is installed: its command and the lcov or Cobertura file it writes. */
  coverage?: { run: string; results: string; evidence: string };
}

export interface Detection {
  runners: Runner[];
  resultFiles: string[];
  coverageFiles: string[];
  /** Markdown files that look like audit reports, with the number of figures found. */
  reports: Array<{ path: string; figures: number }>;
}

/** The folder init's commands write into; `init` adds it to .gitignore so a run leaves the working tree clean. */
export const outputFolder = '.claimcheck';
/** Where a detected runner is told to write its results; one file per runner, so suites never overwrite each other. */
const junitOut = (id: RunnerId) => `${outputFolder}/junit-${id}.xml`;
const jsonOut = (id: RunnerId) => `${outputFolder}/${id}.json`;
const coverageOut = (id: string) => `${outputFolder}/coverage-${id}`;

/** Every package a package.json depends on, dev or not. */
function dependencyNames(pkg: { dependencies?: unknown; devDependencies?: unknown }): Set<string> {
  const names = (deps: unknown) => (deps && typeof deps === 'object' ? Object.keys(deps) : []);
  return new Set([...names(pkg.dependencies), ...names(pkg.devDependencies)]);
}

/** Words in a file name or heading that mark an audit-like report. */
const reportWordRe = /audit|readiness|status|report|assessment|review|summary|completion|closure|validation/i;
/** A heading line in markdown. */
const headingRe = /^#{1,6}\s+(?<text>.+)$/gm;
/** A figure a report would claim: a percentage, a ratio, or a count of something countable. */
const figureRe =
  /\b\d[\d,]*(?:\.\d+)?\s*(?:%|\/\s*\d+|\s+(?:tests?|lines?|files?|passing|failing|passed|failed|skipped|jobs?|rules?|errors?|warnings?|issues?|endpoints?|commits?|checks?|points?))/gi;
/** Reports need at least this many figures to be proposed. */
const minFigures = 5;
/** Files never proposed as reports: they describe the project, not its state. */
const notReports = picomatch(['**/{README,CHANGELOG,CONTRIBUTING,LICENSE,CODE_OF_CONDUCT,SECURITY}.md', '**/node_modules/**'], { nocase: true });

function read(absolute: string, limit = 2 * 1024 * 1024): string | undefined {
  try {
    if (statSync(absolute).size > limit) return undefined;
    return readFileSync(absolute, 'utf8');
  } catch {
    return undefined;
  }
}

function packageRunner(repo: string): Runner | undefined {
  const text = read(path.join(repo, 'package.json'));
  if (!text) return undefined;
  let pkg: { scripts?: Record<string, unknown>; dependencies?: unknown; devDependencies?: unknown };
  try {
    pkg = JSON.parse(text) as typeof pkg;
  } catch {
    return undefined;
  }
  const script = pkg.scripts?.test;
  if (typeof script !== 'string' || /no test specified/.test(script)) return undefined;
  const deps = dependencyNames(pkg);
  const evidence = `package.json test script "${script}"`;
  // c8 runs any node test command under V8 coverage and writes lcov.
  const c8 = deps.has('c8') ? { run: `npx c8 --reporter=lcov --report-dir=${coverageOut('c8')} npm test`, results: `${coverageOut('c8')}/lcov.info`, evidence: 'c8 in package.json' } : undefined;
  if (/\bvitest\b/.test(script)) {
    const provider = ['@vitest/coverage-v8', '@vitest/coverage-istanbul'].find((name) => deps.has(name));
    // reportOnFailure: vitest writes no coverage when a test fails unless told to.
    const coverage = provider
      ? { run: `npx vitest run --coverage.enabled --coverage.reportOnFailure --coverage.reporter=lcov --coverage.reportsDirectory=${coverageOut('vitest')}`, results: `${coverageOut('vitest')}/lcov.info`, evidence: `${provider} in package.json` }
      : undefined;
    return { id: 'vitest', evidence, run: `npx vitest run --reporter=json --outputFile=${jsonOut('vitest')}`, results: jsonOut('vitest'), ...(coverage ? { coverage } : {}) };
  }
  if (/\bjest\b/.test(script)) {
    // Jest ships its coverage (istanbul): no extra package needed.
    const coverage = { run: `npx jest --ci --coverage --coverageReporters=lcov --coverageDirectory=${coverageOut('jest')}`, results: `${coverageOut('jest')}/lcov.info`, evidence: 'jest --coverage' };
    return { id: 'jest', evidence, run: `npx jest --ci --json --outputFile=${jsonOut('jest')}`, results: jsonOut('jest'), coverage };
  }
  if (/\bmocha\b/.test(script)) return { id: 'mocha', evidence, run: `npx mocha --reporter xunit --reporter-option output=${junitOut('mocha')}`, results: junitOut('mocha'), ...(c8 ? { coverage: c8 } : {}) };
  if (/\bnode\s+(?:[^|&;]*\s)?--test\b/.test(script)) {
    return { id: 'node-test', evidence, run: `node --test --test-reporter=junit --test-reporter-destination=${junitOut('node-test')}`, results: junitOut('node-test'), ...(c8 ? { coverage: c8 } : {}) };
  }
  return { id: 'npm-test', evidence, hint: 'make the test script write JUnit XML and name the file in results' };
}

/** Whether the Python project names pytest-cov among its dependencies. */
function hasPytestCov(repo: string, files: readonly string[]): boolean {
  const manifests = files.filter((f) => /^(?:pyproject\.toml|setup\.cfg|setup\.py|tox\.ini|requirements[^/]*\.txt|requirements\/[^/]+\.txt)$/.test(f));
  return manifests.some((f) => /\bpytest-cov\b/.test(read(path.join(repo, f)) ?? ''));
}

async function detectRunners(repo: string, files: readonly string[]): Promise<Runner[]> {
  const runners: Runner[] = [];
  const npm = packageRunner(repo);
  if (npm) runners.push(npm);
  const pyproject = read(path.join(repo, 'pyproject.toml')) ?? '';
  const pytestEvidence = files.includes('pytest.ini')
    ? 'pytest.ini'
    : /\[tool\.pytest/.test(pyproject)
      ? 'pyproject.toml [tool.pytest]'
      : files.find((f) => /(?:^|\/)(?:conftest\.py|test_[^/]+\.py|[^/]+_test\.py)$/.test(f));
  if (pytestEvidence) {
    // xunit1 keeps each test's file in the JUnit XML, so per-file and per-folder claims can be measured.
    const coverage = hasPytestCov(repo, files)
      ? { run: `python3 -m pytest -q --cov --cov-report=xml:${coverageOut('pytest')}.xml`, results: `${coverageOut('pytest')}.xml`, evidence: 'pytest-cov in the project\'s dependencies' }
      : undefined;
    runners.push({ id: 'pytest', evidence: pytestEvidence, run: `python3 -m pytest -o junit_family=xunit1 --junitxml=${junitOut('pytest')}`, results: junitOut('pytest'), ...(coverage ? { coverage } : {}) });
  }
  if (files.includes('go.mod')) runners.push({ id: 'go', evidence: 'go.mod', hint: 'go test writes no JUnit XML; use `gotestsum --junitfile .claimcheck/junit.xml`' });
  if (files.includes('Cargo.toml')) runners.push({ id: 'cargo', evidence: 'Cargo.toml', hint: 'cargo test writes no JUnit XML; use cargo-nextest with a JUnit profile' });
  const bats = files.find((f) => f.endsWith('.bats'));
  if (bats) {
    const dir = path.posix.dirname(bats);
    runners.push({ id: 'bats', evidence: bats, run: `bats --report-formatter junit --output ${outputFolder}/bats ${dir === '.' ? bats : dir}`, results: `${outputFolder}/bats/report.xml` });
  }
  return runners;
}

function looksLikeReport(file: string, text: string): number | undefined {
  if (notReports(file)) return undefined;
  const headings = [...text.matchAll(headingRe)].map((m) => m.groups?.text ?? '');
  if (!reportWordRe.test(path.posix.basename(file)) && !headings.some((h) => reportWordRe.test(h))) return undefined;
  const figures = text.match(figureRe)?.length ?? 0;
  return figures >= minFigures ? figures : undefined;
}

/** Detect what `claimcheck.yaml` should say for `repo` (absolute). */
export async function detectSetup(repo: string): Promise<Detection> {
  const repoFiles = new RepoFiles(repo);
  const files = await repoFiles.list();
  const reports: Detection['reports'] = [];
  for (const file of files.filter((f) => /\.(?:md|markdown)$/i.test(f))) {
    const text = read(path.join(repo, file));
    const figures = text === undefined ? undefined : looksLikeReport(file, text);
    if (figures !== undefined) reports.push({ path: file, figures });
  }
  return {
    runners: await detectRunners(repo, files),
    resultFiles: await findFiles(repoFiles, junitPlaces),
    coverageFiles: await findFiles(repoFiles, coveragePlaces),
    reports,
  };
}

/** YAML-quote `text` when it needs it. */
function scalar(text: string): string {
  return /^[\w./*-]+$/.test(text) && !/^[-*]/.test(text) ? text : JSON.stringify(text);
}

/** Render the commented `claimcheck.yaml` for `detection`. Pure. */
export function renderConfig(detection: Detection): string {
  const out: string[] = [
    '# yaml-language-server: $schema=./node_modules/claimcheck/schemas/config.schema.json',
    '# claimcheck configuration — written by `claimcheck init`; edit freely.',
    '# Reference: schemas/config.schema.json. Paths and globs are relative to the repository root.',
    '',
    '# Reports checked when `claimcheck verify` is given none.',
  ];
  if (detection.reports.length > 0) {
    out.push('reports:');
    for (const r of detection.reports) out.push(`  - ${scalar(r.path)}  # ${r.figures} figures`);
  } else {
    out.push('# No audit-like report found (markdown with many figures and a name or heading such as audit, readiness, status).', 'reports: []');
  }

  out.push('', '# Where test claims are measured. `run` is executed without a shell (skipped with --no-exec);', '# `results` is the file it leaves (JUnit XML, or vitest/jest JSON). Every listed result file is counted.');
  const tests: string[] = [];
  // Result files already on disk are the measurement; a runner command next to
  // them would count the same tests twice, so it is only suggested.
  const onDisk = detection.resultFiles.length > 0;
  for (const file of detection.resultFiles) tests.push('  # result file found on disk', `  - results: ${scalar(file)}`);
  for (const runner of detection.runners) {
    tests.push(`  # ${runner.id}, from ${runner.evidence}${onDisk && runner.run ? ' (to run the tests instead of reading the file above):' : ''}`);
    if (runner.hint) tests.push(`  # ${runner.hint}`);
    if (runner.run && runner.results) {
      const mark = onDisk ? '# ' : '';
      tests.push(`  ${mark}- run: ${scalar(runner.run)}`, `  ${mark}  results: ${scalar(runner.results)}`, `  ${mark}  timeout: 600  # seconds`);
    }
  }
  if (tests.some((line) => line.startsWith('  - '))) out.push('tests:', ...tests);
  else out.push(...tests, '# No runner or result file detected; add for example:', '# tests:', '#   - results: reports/junit.xml');

  out.push('', '# Where coverage claims are measured: lcov or Cobertura XML, left by `run` when one is given.');
  const coverage: string[] = [];
  for (const file of detection.coverageFiles) coverage.push('  # coverage file found on disk', `  - results: ${scalar(file)}`);
  for (const runner of detection.runners) {
    if (!runner.coverage) continue;
    // A file on disk is the measurement; a run beside it would be a second reading of the same sources.
    const mark = detection.coverageFiles.length > 0 ? '# ' : '';
    coverage.push(`  # ${runner.id} coverage, from ${runner.coverage.evidence}`);
    coverage.push(`  ${mark}- run: ${scalar(runner.coverage.run)}`, `  ${mark}  results: ${scalar(runner.coverage.results)}`, `  ${mark}  timeout: 600  # seconds`);
  }
  if (coverage.some((line) => line.startsWith('  - '))) out.push('coverage:', ...coverage);
  else out.push(...coverage, '# No coverage file or coverage tool found; add for example:', '# coverage:', '#   - results: coverage/lcov.info');

  out.push(
    '',
    '# Allowances beyond the precision a figure is written with.',
    'tolerance:',
    '  lines: 1      # line counts: ±1 (editors and wc -l differ on the final newline)',
    '  approx: 0.05  # "~" and "about": ±5%',
    '',
    '# Report globs to leave out.',
    'ignore: []',
    '',
    '# Verdicts that also make the exit status 1; contradicted and error always do.',
    '# failOn: [unverifiable]',
    '',
  );
  return out.join('\n');
}

/** A .gitignore line that already ignores the output folder: `.claimcheck`, `/.claimcheck/`, `.claimcheck/*`. */
const ignoresOutputRe = new RegExp(`^/?${outputFolder.replace('.', '\\.')}(?:/\\*{0,2})?\\s*$`, 'm');

/**
 * Add the output folder to the repository's .gitignore (created when
 * missing) unless a line there already ignores it. Returns what was done,
 * for the user, or `undefined` when nothing was.
 */
export function ignoreOutputFolder(repo: string): string | undefined {
  const file = path.join(repo, '.gitignore');
  const text = read(file) ?? '';
  if (ignoresOutputRe.test(text)) return undefined;
  appendFileSync(file, `${text === '' || text.endsWith('\n') ? '' : '\n'}# written by claimcheck's test and coverage runs\n${outputFolder}/\n`);
  return `added ${outputFolder}/ to .gitignore`;
}
