/**
 * `claimcheck init`: detect the test runner, result and coverage files and
 * the reports that look like audit reports, and render a commented
 * `claimcheck.yaml`. Detection only reads files; nothing is run.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { coveragePlaces, findFiles, junitPlaces } from './result-files.js';
import { RepoFiles } from './repo-path.js';

export type RunnerId = 'vitest' | 'jest' | 'mocha' | 'node-test' | 'npm-test' | 'pytest' | 'go' | 'cargo' | 'bats';

export interface Runner {
  id: RunnerId;
  /** Why it was detected: `package.json test script "vitest run"`. */
  evidence: string;
  /** A command that leaves JUnit XML at `results`, when the runner can write it without plugins. */
  run?: string;
  results?: string;
  /** What to do when it cannot: shown as a comment. */
  hint?: string;
}

export interface Detection {
  runners: Runner[];
  resultFiles: string[];
  coverageFiles: string[];
  /** Markdown files that look like audit reports, with the number of figures found. */
  reports: Array<{ path: string; figures: number }>;
}

/** Where a detected runner is told to write its JUnit XML; one file per runner, so suites never overwrite each other. */
const junitOut = (id: RunnerId) => `.claimcheck/junit-${id}.xml`;

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
  let script: unknown;
  try {
    script = (JSON.parse(text) as { scripts?: Record<string, unknown> }).scripts?.test;
  } catch {
    return undefined;
  }
  if (typeof script !== 'string' || /no test specified/.test(script)) return undefined;
  const evidence = `package.json test script "${script}"`;
  if (/\bvitest\b/.test(script)) return { id: 'vitest', evidence, run: `npx vitest run --reporter=junit --outputFile=${junitOut('vitest')}`, results: junitOut('vitest') };
  if (/\bjest\b/.test(script)) return { id: 'jest', evidence, results: 'junit.xml', hint: 'add jest-junit and run `npx jest --ci --reporters=default --reporters=jest-junit` to write junit.xml' };
  if (/\bmocha\b/.test(script)) return { id: 'mocha', evidence, run: `npx mocha --reporter xunit --reporter-option output=${junitOut('mocha')}`, results: junitOut('mocha') };
  if (/\bnode\s+(?:[^|&;]*\s)?--test\b/.test(script)) {
    return { id: 'node-test', evidence, run: `node --test --test-reporter=junit --test-reporter-destination=${junitOut('node-test')}`, results: junitOut('node-test') };
  }
  return { id: 'npm-test', evidence, hint: 'make the test script write JUnit XML and name the file in results' };
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
  if (pytestEvidence) runners.push({ id: 'pytest', evidence: pytestEvidence, run: `python3 -m pytest --junitxml=${junitOut('pytest')}`, results: junitOut('pytest') });
  if (files.includes('go.mod')) runners.push({ id: 'go', evidence: 'go.mod', hint: 'go test writes no JUnit XML; use `gotestsum --junitfile .claimcheck/junit.xml`' });
  if (files.includes('Cargo.toml')) runners.push({ id: 'cargo', evidence: 'Cargo.toml', hint: 'cargo test writes no JUnit XML; use cargo-nextest with a JUnit profile' });
  const bats = files.find((f) => f.endsWith('.bats'));
  if (bats) {
    const dir = path.posix.dirname(bats);
    runners.push({ id: 'bats', evidence: bats, run: `bats --report-formatter junit --output .claimcheck/bats ${dir === '.' ? bats : dir}`, results: '.claimcheck/bats/report.xml' });
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

  out.push('', '# Where test claims are measured. `run` is executed without a shell (skipped with --no-exec);', '# `results` is the JUnit XML file it leaves. Every listed result file is counted.');
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

  out.push('', '# Where coverage claims are measured: lcov or Cobertura XML.');
  if (detection.coverageFiles.length > 0) {
    out.push('coverage:');
    for (const file of detection.coverageFiles) out.push(`  - results: ${scalar(file)}`);
  } else {
    out.push('# No coverage file found; add for example:', '# coverage:', '#   - results: coverage/lcov.info');
  }

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
    '# Verdicts that make the exit status 1: contradicted, unverifiable, error.',
    'failOn: [contradicted]',
    '',
  );
  return out.join('\n');
}
