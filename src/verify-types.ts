/** The interface every verifier in `verifiers/` implements. */
import type { Claim, ClaimKind, Outcome } from './model.js';
import type { Config } from './config.js';
import type { RepoFiles } from './repo-path.js';
import type { CheckId } from './kinds.js';

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
  /** Memoize `compute` under `key` for the whole invocation (all reports). */
  once<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

/** What a verifier is told about the report whose claims it measures. */
export interface ReportContext {
  /** The report's folder relative to the repo root ('' when at the root or outside the repo). */
  dir: string;
  /** The report's path as shown in messages. */
  file: string;
}

export interface Verifier {
  id: CheckId;
  description: string;
  /** Claim kinds it measures. */
  kinds: readonly ClaimKind[];
  /** One outcome per claim, in the same order. */
  measure(claims: readonly Claim[], run: RunContext, report: ReportContext): Promise<Outcome[]>;
}
