/**
 * Finding result files: the paths or globs a config names, or the usual
 * places tools write them. Whatever matches must lie inside the repository.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import type { RepoFiles } from './repo-path.js';
import { ignoredFolders } from './repo-path.js';

/** Usual places of JUnit XML result files. */
export const junitPlaces = [
  'junit*.xml', 'test-results/**/*.xml', 'reports/junit*.xml', 'test-reports/**/*.xml', 'build/test-results/**/*.xml', 'target/surefire-reports/*.xml',
  // Failsafe's folder also holds failsafe-summary.xml, which is no JUnit: only its TEST-*.xml files.
  'target/failsafe-reports/TEST-*.xml', 'build/reports/junit*.xml', 'xunit*.xml',
];
/** Usual places of test result files of any format claimcheck reads (JUnit first). */
export const testResultPlaces = [...junitPlaces, 'test-results.json', 'test-results/**/*.json', 'reports/test-results.json', '*.tap', 'test-results/**/*.tap', 'go-test.json', 'test-results/**/*.jsonl', 'TestResults/**/*.trx', '*.trx'];
/** Usual places of coverage files, in order of preference. */
export const coveragePlaces = [
  'coverage/lcov.info', 'lcov.info', 'coverage.xml', 'coverage/cobertura-coverage.xml', 'coverage/coverage.xml',
  'coverage/coverage-summary.json', 'coverage/coverage-final.json', 'coverage.json',
  'cover.out', 'coverage.out',
  // `go tool cover -html` written beside the profile and committed (w28, w79): read only when the page is that tool's
  'coverage.html', 'cover.html',
  'target/site/jacoco/jacoco.xml', 'build/reports/jacoco/test/jacocoTestReport.xml',
  // cargo-tarpaulin writes into the folder it runs in, or `--output-dir` (often coverage/ or target/tarpaulin/); the HTML page embeds the JSON's data
  'tarpaulin-report.json', 'coverage/tarpaulin-report.json', 'target/tarpaulin/tarpaulin-report.json',
  'tarpaulin-report.html', 'coverage/tarpaulin-report.html', 'target/tarpaulin/tarpaulin-report.html',
  // coverlet: `dotnet test --collect "XPlat Code Coverage"` writes TestResults/<run guid>/ in the test project
  // (or the solution) folder; coverlet.msbuild writes coverage.cobertura.xml beside the test project
  'TestResults/*/coverage.cobertura.xml', '*/TestResults/*/coverage.cobertura.xml', 'coverage.cobertura.xml', '*/coverage.cobertura.xml',
];

/** How many of the usual places a message names; the README lists them all. */
const usualShown = 3;

/**
 * Where a message says result files were looked for: every path or glob a
 * configuration named (the user's own, so all of them), or the first of the
 * usual places and how many there are (a finding is no place for 22 globs).
 */
export function placesLooked(patterns: readonly string[], usual: readonly string[]): string {
  if (patterns !== usual || usual.length <= usualShown) return `looked for ${patterns.join(', ')}`;
  return `looked in the ${usual.length} usual places: ${usual.slice(0, usualShown).join(', ')}, …`;
}

/** A coverlet run's file: `TestResults/<run guid>/coverage.cobertura.xml`; group `folder` is the TestResults folder. */
const coverletRunRe = /^(?<folder>(?:.*\/)?TestResults)\/[^/]+\/coverage\.cobertura\.xml$/;

/**
 * `found` without the coverlet runs that share a TestResults folder: each run
 * writes a folder of its own, so two or more there are runs at different times
 * of the same tests, and which one a report read is unknown. `dropped` names
 * each such folder with its runs.
 */
export function withoutRepeatedRuns(found: readonly string[]): { kept: string[]; dropped: Array<{ folder: string; runs: string[] }> } {
  const byFolder = new Map<string, string[]>();
  for (const file of found) {
    const folder = coverletRunRe.exec(file)?.groups?.folder;
    if (folder !== undefined) byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
  }
  const dropped = [...byFolder].filter(([, runs]) => runs.length > 1).map(([folder, runs]) => ({ folder, runs }));
  const gone = new Set(dropped.flatMap((d) => d.runs));
  return { kept: found.filter((file) => !gone.has(file)), dropped };
}

/**
 * Files of `repo` matching `patterns` (relative globs), sorted, de-duplicated,
 * and only those whose real path stays inside the repository.
 */
export async function findFiles(repo: RepoFiles, patterns: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const pattern of patterns) {
    const matches = await glob(pattern, { cwd: repo.root, dot: true, onlyFiles: true, ignore: ignoredFolders, expandDirectories: false });
    for (const match of matches.sort()) {
      if (!found.includes(match) && repo.contains(path.join(repo.root, match))) found.push(match);
    }
  }
  return found;
}

/** Characters that make a configured results path a glob rather than one file. */
const globCharRe = /[*?[\]{}!]/;

/**
 * Create the folder a configured results file goes into, before the command
 * runs: some runners (bats `--output build`) fail when it is missing, and a
 * fresh clone has no ignored build folder. Globs and paths leaving the
 * repository are left alone.
 */
export function makeResultsFolder(repo: RepoFiles, results: string): void {
  if (globCharRe.test(results)) return;
  const folder = path.dirname(path.resolve(repo.root, results));
  const relative = path.relative(repo.root, folder);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return;
  // The deepest folder that exists must stay inside too: a link may lead out.
  let existing = folder;
  while (!existsSync(existing)) existing = path.dirname(existing);
  if (repo.contains(existing)) mkdirSync(folder, { recursive: true });
}
