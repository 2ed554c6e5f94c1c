/**
 * Verifying in time: `--at REV` measures the repository as it was at REV,
 * `--at report` at the commit that last changed each report, and
 * `--since-written` measures every contradicted claim again at its report's
 * commit to tell a figure that was wrong when written from one gone stale.
 *
 * Reports are always read from the user's working tree — the text under
 * review, whose lines the findings point at and `--fix` rewrites; only the
 * repository they are measured against moves in time. Result files and test
 * runs are those of the temporary worktree; the configuration is the one
 * already loaded (the current one).
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { CommitRef, Finding, ReportResult, Staleness, VerifyResult } from '../model.js';
import { summarize } from '../model.js';
import { formatMeasured } from '../check/compare.js';
import { verify, type VerifyOptions } from './pipeline.js';
import { git, gitTopLevel, resolveRevision, RevisionError, withWorktree } from '../measure/worktree.js';

/** The `--at` value that means "the commit that last changed each report". */
export const atReport = 'report';

export interface TimeOptions extends VerifyOptions {
  /** A revision, or `report`. Default: the working tree as it is. */
  at?: string;
  /** Measure contradicted claims again at their report's commit. */
  sinceWritten?: boolean;
}

export interface TimedResult {
  result: VerifyResult;
  /** Things the user should know (a report not committed, uncommitted edits), one sentence each. */
  notes: string[];
}

/** Where `options.repo` sits in its git repository. */
interface RepoPlace {
  /** Git top level. */
  top: string;
  /** `options.repo` relative to `top` ('' at the top). */
  sub: string;
}

async function repoPlace(repo: string): Promise<RepoPlace> {
  const top = await gitTopLevel(repo);
  if (!top) throw new RevisionError(`--at and --since-written need a git repository; ${repo} is not in one`);
  return { top, sub: path.relative(realpathSync(top), realpathSync(repo)) };
}

/**
 * The commit that last changed `reportPath` (absolute) in the repository at
 * `top`, with its committer date; `undefined` when the file is outside that
 * repository or was never committed.
 */
export async function reportCommit(top: string, reportPath: string): Promise<CommitRef | undefined> {
  const relative = path.relative(realpathSync(top), realpathOr(reportPath));
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  // Literal pathspecs: a file name is never read as pathspec magic.
  const out = await git(top, ['--literal-pathspecs', 'log', '-1', '--format=%H%x00%cI', 'HEAD', '--', relative]).catch(() => '');
  const [commit, date] = out.trim().split('\0');
  return commit && date ? { commit, date } : undefined;
}

function realpathOr(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** Whether `reportPath` differs from its committed version (staged, unstaged or untracked). */
async function hasLocalChanges(top: string, reportPath: string): Promise<boolean> {
  const relative = path.relative(realpathSync(top), realpathOr(reportPath));
  const out = await git(top, ['--literal-pathspecs', 'status', '--porcelain', '--', relative]).catch(() => '');
  return out.trim() !== '';
}

/** `stale since 1a2b3c4 2025-03-01` for a claim true at `ref`. */
export function staleSince(ref: CommitRef): Staleness {
  return `stale since ${ref.commit.slice(0, 7)} ${ref.date.slice(0, 10)}`;
}

/** Verify `options.reports` against the repository at `commit`, in a temporary worktree. */
async function verifyAtCommit(options: VerifyOptions, place: RepoPlace, ref: CommitRef, reports: readonly string[]): Promise<ReportResult[]> {
  const result = await withWorktree(place.top, ref.commit, (tree) =>
    verify({ ...options, reports, repo: path.join(tree, place.sub), reportRoot: options.repo }),
  );
  return result.reports.map((report) => ({ ...report, measuredAt: ref }));
}

async function commitDate(top: string, commit: string): Promise<CommitRef> {
  const out = await git(top, ['log', '-1', '--format=%cI', commit]);
  return { commit, date: out.trim() };
}

/**
 * Verify like `verify(options)`, at `options.at` and with `--since-written`
 * when asked. Throws `RevisionError` for a revision that names no commit or a
 * repository outside git; everything else goes into findings and notes.
 */
export async function verifyInTime(options: TimeOptions): Promise<TimedResult> {
  const { at, sinceWritten, ...base } = options;
  if (at === undefined && !sinceWritten) return { result: await verify(base), notes: [] };
  const cwd = base.cwd ?? process.cwd();
  const place = await repoPlace(base.repo);
  const notes: string[] = [];
  let reports: ReportResult[];

  if (at === undefined) {
    reports = (await verify(base)).reports;
  } else if (at === atReport) {
    reports = await verifyAtReportCommits(base, place, cwd, notes);
  } else {
    const ref = await commitDate(place.top, await resolveRevision(place.top, at));
    reports = await verifyAtCommit(base, place, ref, base.reports);
  }

  if (sinceWritten) reports = await addWrittenChecks(base, place, cwd, reports, notes);
  return { result: { version: 1, repo: base.repo, reports, summary: summarize(reports) }, notes };
}

/** `--at report`: each report measured at its own last commit; reports without one get an error. */
async function verifyAtReportCommits(options: VerifyOptions, place: RepoPlace, cwd: string, notes: string[]): Promise<ReportResult[]> {
  const byCommit = new Map<string, { ref: CommitRef; indexes: number[] }>();
  const out: Array<ReportResult | undefined> = options.reports.map(() => undefined);
  for (const [index, report] of options.reports.entries()) {
    const absolute = path.resolve(cwd, report);
    const ref = await reportCommit(place.top, absolute);
    if (!ref) {
      out[index] = { file: path.relative(cwd, absolute) || report, findings: [], error: `--at report: never committed in ${place.top}, so there is no commit to measure at` };
      continue;
    }
    if (await hasLocalChanges(place.top, absolute)) notes.push(`${report}: has changes not committed; measured at its last commit ${ref.commit.slice(0, 7)}`);
    const group = byCommit.get(ref.commit) ?? { ref, indexes: [] };
    group.indexes.push(index);
    byCommit.set(ref.commit, group);
  }
  for (const { ref, indexes } of byCommit.values()) {
    const results = await verifyAtCommit(options, place, ref, indexes.map((i) => options.reports[i] as string));
    indexes.forEach((reportIndex, i) => (out[reportIndex] = results[i]));
  }
  return out.filter((report): report is ReportResult => report !== undefined);
}

/** `--since-written`: measure each contradicted claim again at its report's commit. */
async function addWrittenChecks(options: VerifyOptions, place: RepoPlace, cwd: string, reports: ReportResult[], notes: string[]): Promise<ReportResult[]> {
  const byCommit = new Map<string, { ref: CommitRef; indexes: number[] }>();
  for (const [index, report] of reports.entries()) {
    if (!report.findings.some((f) => f.verdict === 'contradicted')) continue;
    const absolute = path.resolve(cwd, report.file);
    const ref = await reportCommit(place.top, absolute);
    if (!ref) {
      notes.push(`${report.file}: never committed in ${place.top}; --since-written has no commit to compare with`);
      continue;
    }
    if (await hasLocalChanges(place.top, absolute)) notes.push(`${report.file}: has changes not committed; its claims are compared with the repository at its last commit ${ref.commit.slice(0, 7)}`);
    const group = byCommit.get(ref.commit) ?? { ref, indexes: [] };
    group.indexes.push(index);
    byCommit.set(ref.commit, group);
  }
  const out = [...reports];
  for (const { ref, indexes } of byCommit.values()) {
    const then = await verifyAtCommit(options, place, ref, indexes.map((i) => path.resolve(cwd, (reports[i] as ReportResult).file)));
    indexes.forEach((reportIndex, i) => {
      const now = reports[reportIndex] as ReportResult;
      out[reportIndex] = { ...now, findings: now.findings.map((finding, j) => withWritten(finding, then[i]?.findings[j], ref)) };
    });
  }
  return out;
}

/** `finding` with what its claim measured at `ref`, when `then` is the same claim. */
function withWritten(finding: Finding, then: Finding | undefined, ref: CommitRef): Finding {
  // The same report file is read twice; a claim that moved means the file changed in between.
  if (finding.verdict !== 'contradicted' || !then || then.claim.id !== finding.claim.id || then.claim.position.offset !== finding.claim.position.offset) return finding;
  const written: Finding['written'] = { ...ref, verdict: then.verdict, message: then.message, ...(then.measured ? { measured: then.measured } : {}) };
  const day = `${ref.commit.slice(0, 7)} ${ref.date.slice(0, 10)}`;
  const thenValue = then.measured ? `measured ${formatMeasured(then.measured.value, then.claim)} at ${day}` : `at ${day}`;
  if (then.verdict === 'contradicted') {
    return { ...finding, written, staleness: 'wrong when written', message: `${finding.message}; wrong when written (${thenValue})` };
  }
  if (then.verdict === 'confirmed') {
    return { ...finding, written, staleness: staleSince(ref), message: `${finding.message}; ${staleSince(ref)} (${thenValue})` };
  }
  return { ...finding, written, message: `${finding.message}; at ${day} ${then.verdict}: ${then.message}` };
}
