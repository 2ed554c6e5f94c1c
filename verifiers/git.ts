/**
 * Git: commits named by hash, commit counts of a range or "N commits ahead",
 * the diffstat of a range or commit, branches, and a clean working tree —
 * asked of git itself through `src/git.ts`.
 */
import type { Claim, Outcome } from '../src/model.js';
import { measureEach } from '../src/measure/measure-each.js';
import type { ReportContext, RunContext, Verifier } from '../src/measure/verify-types.js';
import {
  countCommits, currentBranch, diffStat, dirtyPaths, emptyTree, findBranch, isRevision, isShallow, isWorkTree, parseRange,
  remotes, resolveCommit, upstream, type DiffStat,
} from '../src/measure/git.js';

/** Which figure of a diffstat a claim's text states. */
const diffMetricRes: ReadonlyArray<[keyof DiffStat, RegExp]> = [
  ['files', /files?\s+(?:changed|modified|touched)\W*$|^files?\s+(?:changed|modified|touched)\s*:/i],
  ['insertions', /(?:insertions?|additions?|lines?\s+added)(?:\s*\(\+\))?\W*$|^\+/i],
  ['deletions', /(?:deletions?|lines?\s+(?:removed|deleted))(?:\s*\(-\))?\W*$|^-/i],
];

/** A commit hash as a diffstat's subject (extractors/diffstat.ts): anything else it names is a branch. */
const commitHashRe = /^[0-9a-f]{7,40}$/;

/** A measured outcome; `readings` are other valid readings with their names, `first` the name of `value` among them. */
const measured = (value: number | boolean, source: string, readings: Array<[number, string]> = [], first = ''): Outcome => {
  const others = readings.filter(([v], i) => v !== value && readings.findIndex(([o]) => o === v) === i);
  if (others.length === 0) return { kind: 'measured', measured: { value, source } };
  return { kind: 'measured', measured: { value, source, alternatives: others.map(([v]) => v), readings: [first, ...others.map(([, n]) => n)] } };
};

/** `origin..HEAD` from "ahead of origin": a remote name stands for the current branch's counterpart there. */
async function aheadBase(repo: string, written: string): Promise<string | undefined> {
  if (!(await remotes(repo)).includes(written)) return written;
  const tracked = await upstream(repo);
  if (tracked?.startsWith(`${written}/`)) return tracked;
  const branch = await currentBranch(repo);
  return branch ? `${written}/${branch}` : undefined;
}

async function measureCommits(name: string, repo: string): Promise<Outcome> {
  const range = parseRange(name);
  if (!range) return { kind: 'unverifiable', reason: `"${name}" is not a range of commits` };
  let from = range.from;
  if (range.to === 'HEAD' && range.dots === '..') {
    const base = await aheadBase(repo, range.from);
    if (!base) return { kind: 'unverifiable', reason: `no branch of \`${range.from}\` to compare with (detached HEAD)` };
    from = base;
  }
  for (const rev of [from, range.to]) {
    if (!(await resolveCommit(repo, rev))) return { kind: 'unverifiable', reason: `\`${rev}\` is not a commit of this repository` };
  }
  const forward = await countCommits(repo, from, range.to);
  const backward = await countCommits(repo, range.to, from);
  const symmetric = await countCommits(repo, from, range.to, '...');
  if (forward === undefined || backward === undefined || symmetric === undefined) return { kind: 'error', reason: `git rev-list failed for \`${name}\`` };
  const value = range.dots === '...' ? symmetric : forward;
  // Reports write ranges newest-first and count both ends; those readings are just as valid.
  const readings: Array<[number, string]> = name.endsWith('..HEAD')
    ? []
    : [[forward, `after \`${from}\` up to \`${range.to}\``], [backward, `after \`${range.to}\` up to \`${from}\``], [forward + 1, 'counting both ends'], [backward + 1, 'newest first, counting both ends'], [symmetric, 'on either side']];
  const first = range.dots === '...' ? 'on either side' : `after \`${from}\` up to \`${range.to}\``;
  return measured(value, `git rev-list --count ${from}${range.dots}${range.to}`, readings, first);
}

async function measureDiffstat(claim: Claim, name: string, repo: string): Promise<Outcome> {
  const metric = diffMetricRes.find(([, re]) => re.test(claim.text))?.[0];
  if (!metric) return { kind: 'unverifiable', reason: `cannot tell which diffstat figure "${claim.text}" states` };
  let revisions: string[];
  const range = parseRange(name);
  if (range) revisions = [name];
  // A branch's diffstat is what it brought to the branch it was merged into, measured from a base the report does
  // not name: its tip against its parent is one commit of it, and after the merge the branches share that base.
  else if (!commitHashRe.test(name)) return { kind: 'unverifiable', reason: `the diffstat of branch \`${name}\` depends on the base it was merged into, which the report does not name (write the range, such as \`main..${name}\`)` };
  else if (isRevision(name)) {
    const full = await resolveCommit(repo, name);
    if (!full) return { kind: 'unverifiable', reason: `\`${name}\` is not a commit of this repository` };
    const parent = await resolveCommit(repo, `${full}^`);
    revisions = [parent ?? emptyTree, full];
  } else return { kind: 'unverifiable', reason: `"${name}" is not a range or a commit` };
  const stat = await diffStat(repo, revisions);
  if (!stat) return { kind: 'unverifiable', reason: `git cannot diff \`${name}\`` };
  return measured(stat[metric], `git diff --shortstat ${name}: ${stat.files} files, +${stat.insertions}, -${stat.deletions}`);
}

async function measureOne(claim: Claim, run: RunContext, report: ReportContext): Promise<Outcome> {
  const repo = run.repo;
  if (!(await run.once('git:worktree', () => isWorkTree(repo)))) return { kind: 'unverifiable', reason: `${repo} is not a git repository` };
  const name = 'name' in claim.subject ? claim.subject.name : undefined;
  switch (claim.kind) {
    case 'git.commit': {
      if (!name || !isRevision(name)) return { kind: 'unverifiable', reason: 'names no commit' };
      const full = await resolveCommit(repo, name);
      if (full) return measured(true, `git: ${full}`);
      if (await run.once('git:shallow', () => isShallow(repo))) return { kind: 'unverifiable', reason: `no commit \`${name}\` in this shallow clone; its history is incomplete` };
      return measured(false, `git: no commit \`${name}\``);
    }
    case 'git.commits':
      return name ? measureCommits(name, repo) : { kind: 'unverifiable', reason: 'names no range of commits (such as `main..feature` or "ahead of origin")' };
    case 'git.diffstat':
      return name ? measureDiffstat(claim, name, repo) : { kind: 'unverifiable', reason: 'names no range or commit to take the diffstat of' };
    case 'git.branch': {
      if (!name || !isRevision(name)) return { kind: 'unverifiable', reason: 'names no branch' };
      const refs = await findBranch(repo, name);
      if (refs.length > 0) return measured(true, `git: ${refs.join(', ')}`);
      // A checkout at a detached HEAD (a CI checkout, --at, a clone at the report's commit) holds only the refs it
      // fetched, and a feature branch is deleted once merged: the branch a report's work was on need leave no trace.
      if ((await run.once('git:branch', () => currentBranch(repo))) === undefined) {
        return { kind: 'unverifiable', reason: `no branch \`${name}\` in this checkout, whose HEAD is detached: it holds only the refs it fetched, and a merged branch may have been deleted` };
      }
      return measured(false, `git: no branch \`${name}\` locally or on a remote`);
    }
    case 'git.clean': {
      const dirty = await run.once('git:status', () => dirtyPaths(repo));
      if (!dirty) return { kind: 'error', reason: 'git status failed' };
      // The report itself, new or just edited, does not make the tree it describes dirty.
      const self = [report.dir, report.file.split(/[\\/]/).pop() ?? ''].filter((p) => p !== '').join('/');
      const others = dirty.filter((p) => p !== self);
      const shown = others.slice(0, 5).map((p) => `\`${p}\``).join(', ') + (others.length > 5 ? ` and ${others.length - 5} more` : '');
      return measured(others.length === 0, others.length === 0 ? 'git status: nothing to commit' : `git status: ${others.length} changed: ${shown}`);
    }
    default:
      return { kind: 'unverifiable', reason: `${claim.kind} is not a git fact` };
  }
}

export default {
  id: 'git',
  description: 'Git facts: commits by hash, commit counts of ranges, diffstats, branches and a clean working tree.',
  kinds: ['git.commit', 'git.commits', 'git.diffstat', 'git.branch', 'git.clean'],
  measure(claims, run, report) {
    return measureEach(claims, (claim) => measureOne(claim, run, report));
  },
} satisfies Verifier;
