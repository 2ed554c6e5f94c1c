/** The interface every verifier in `verifiers/` implements. */
import type { Claim, ClaimKind, Outcome } from '../model.js';
import type { Config } from '../config.js';
import type { RepoFiles } from './repo-path.js';
import type { CheckId } from '../kinds.js';

/** Shared by every verifier of one invocation: expensive sources are measured once. */
export interface RunContext {
  /** Absolute repo root. */
  repo: string;
  config: Config;
  files: RepoFiles;
  /** `--no-exec`: read result files only, run nothing. */
  noExec: boolean;
  /** Report progress (the command being run) to the user; absent when nobody listens. */
  progress?: (text: string) => void;
  /** Aborted when no claim needs what was started early (`Verifier.prefetch`): runs under way stop. */
  signal?: AbortSignal;
  /** Memoize `compute` under `key` for the whole invocation (all reports). */
  once<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

/** What a verifier is told about the report whose claims it measures. */
export interface ReportContext {
  /** The report's folder relative to the repo root ('' when at the root or outside the repo). */
  dir: string;
  /** The report's path as shown in messages. */
  file: string;
  /** The report's text, for verifiers that measure the report itself (consistency). */
  source?: string;
  /** Every claim of the report, of all kinds, in document order. */
  claims?: readonly Claim[];
}

/** A judgement a verifier makes about a claim it does not measure, from that claim's relations. */
export interface Relation {
  /** Index of the claim in `ReportContext.claims`. */
  index: number;
  outcome: Outcome;
}

export interface Verifier {
  id: CheckId;
  description: string;
  /** Claim kinds it measures. */
  kinds: readonly ClaimKind[];
  /** One outcome per claim, in the same order. */
  measure(claims: readonly Claim[], run: RunContext, report: ReportContext): Promise<Outcome[]>;
  /**
   * Optional: judge claims of other kinds by how they relate to each other
   * (a pass rate beside its counts). Gets every claim of the report, whatever
   * its tense or family; the pipeline adds each relation as a finding of its
   * own, beside the claim's measurement against the repository.
   */
  relate?(claims: readonly Claim[], report: ReportContext): Relation[];
  /**
   * Optional: start an expensive source (a test or coverage run) before the
   * claims are extracted, when the reports' texts show figures it answers,
   * so the run overlaps claimcheck's own work. It must go through
   * `run.once`, where `measure` finds it, and pass `run.signal` to what it
   * runs: when no current claim of the verifier's kinds turns up, the
   * pipeline aborts it, and waits for it to end before returning.
   */
  prefetch?(run: RunContext, texts: readonly string[]): void;
}
