/**
 * The currency of claimcheck: a `Claim` found in a report, a `Measurement`
 * taken from the repository (or from the report itself), and a `Finding` that
 * pairs them under a verdict. `schemas/claim.schema.json` and
 * `schemas/result.schema.json` describe the same shapes; a test keeps them in
 * step.
 */

/** Every claim kind claimcheck knows, grouped by the family that measures it. */
export const claimKinds = [
  'tests.total',
  'tests.passed',
  'tests.failed',
  'tests.skipped',
  'tests.errors',
  'tests.passRate',
  'tests.failRate',
  'tests.duration',
  'tests.status',
  'coverage.lines',
  'coverage.branches',
  'coverage.functions',
  'coverage.statements',
  'file.exists',
  'file.lines',
  'file.bytes',
  'file.words',
  'file.mode',
  'file.snippet',
  'file.defines',
  'dir.files',
  'code.lines',
  'count.items',
  'git.commit',
  'git.commits',
  'git.diffstat',
  'git.branch',
  'git.clean',
  'score',
  'ratio',
  'change',
  'percentOf',
  'total',
  'listCount',
  'checkboxes',
] as const;

export type ClaimKind = (typeof claimKinds)[number];

export type Unit = 'count' | 'percent' | 'score' | 'lines' | 'bytes' | 'seconds' | 'ratio' | 'none';
export type Qualifier = 'exact' | 'approx' | 'atLeast' | 'atMost' | 'range';
export type Tense = 'current' | 'before' | 'target' | 'projected' | 'historical';

/** A figure's tense and, when its context decided it, why. */
export interface TenseReading {
  tense: Tense;
  reason?: string;
}

/** What a claim is about. Exactly one key is set. */
export type Subject =
  | { scope: 'all' }
  | { path: string }
  | { category: string }
  | { name: string }
  | { entity: string };

/** A place in a report. `line` and `column` start at 1, `offset` at 0. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

export interface ClaimContext {
  /** Texts of the enclosing headings, outermost first. */
  headings: string[];
  /** For a table cell: its column header and the text of its row's first cell. */
  table?: { header: string; row: string };
  /** For a list item: the text that introduces the list (a label or the parent item). */
  list?: string;
  /**
   * Inside a task-list item (`- [ ]` / `- [x]`), nested content included:
   * whether its box is checked. An open box states a goal, not a fact.
   */
  checked?: boolean;
}

/**
 * The words that give a figure its meaning, read from the report's structure
 * (DESIGN.md "Figure and context"). Only `headings` and `block` are always set.
 */
export interface FigureContext {
  /** Texts of the enclosing headings, outermost first. */
  headings: string[];
  /** "Coverage (global)", "Passing (summary)", "BEFORE": a `Label:` before the figure, or a list's lead-in (joined by ": " when both). */
  label?: string;
  /** For a table cell: column header, row label (first cell, or the cell naming a file), caption (heading or paragraph above). */
  table?: { header: string; row: string; caption?: string };
  /** The parent list item of a nested list. */
  parent?: string;
  /** The noun phrase after the figure: "passing tests", "lines". */
  noun?: string;
  /** The path or name a few words before the figure in the same item or cell. */
  name?: string;
  /** The words of the figure's clause before it (at most 60 characters): a verb there says what it counts ("Removed 8 duplicate files"). */
  before?: string;
  /** A sign or arrow written right before the figure, as a delta is ("+129", "↑ 56%", "-2 points"); not the `+` of a sum ("359 + 264"). */
  sign?: '+' | '-' | '↑' | '↓';
  block: 'paragraph' | 'item' | 'cell' | 'heading' | 'code-text';
}

/** A number of a report that is a figure: its value as written, where it stands, and its context. */
export interface Figure {
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  range?: [number, number];
  /** For "20/21" and "6 of 8": the number after the slash or "of". */
  of?: number;
  /** Decimals as written. */
  precision: number;
  /** As written: "526", "96.3%", "~5,139", "20/21", "357 lines". */
  text: string;
  position: Position;
  context: FigureContext;
}

export interface Claim {
  /** Stable across runs: a hash of file, kind, subject and normalized text. */
  id: string;
  kind: ClaimKind;
  subject: Subject;
  value: number | string | boolean;
  unit: Unit;
  qualifier: Qualifier;
  range?: [number, number];
  /** Decimals as written: "83%" → 0, "96.3%" → 1. */
  precision: number;
  tense: Tense;
  /** The claim as written in the report. */
  text: string;
  position: Position;
  context: ClaimContext;
  /** Why the tense is not `current`, when an extractor could tell. */
  tenseReason?: string;
  /** Extractor id that found the claim. */
  source?: string;
}

/**
 * `confirmed` rests on a measurement of the repository (or its results);
 * `consistent` only on the report's own arithmetic holding, which says nothing
 * about the repository.
 */
export type Verdict = 'confirmed' | 'consistent' | 'contradicted' | 'unverifiable' | 'skipped' | 'error';
export const verdicts: readonly Verdict[] = ['confirmed', 'consistent', 'contradicted', 'unverifiable', 'skipped', 'error'];

/** A value measured in the repository, and where it came from. */
export interface Measurement {
  value: number | string | boolean;
  /** How it was measured, e.g. `junit: reports/junit.xml` or `file: scripts/backup.sh`. */
  source: string;
  /**
   * Other readings of the same fact that are just as valid (a pass rate over
   * all tests and over tests that ran). A claim matching any reading holds.
   */
  alternatives?: number[];
  /**
   * Set when a mismatch proves nothing (a duration from another run): the
   * claim is then `unverifiable` with this reason instead of `contradicted`.
   */
  inconclusive?: string;
  /** Extra facts behind the value, e.g. `{ passed: 431, total: 444 }`. */
  detail?: Record<string, number | string | boolean>;
  /**
   * What each reading is, when there are several: `readings[0]` names `value`,
   * the rest name `alternatives` in order ("in `backend/`", "directly in
   * `backend/`"), so a message can say which reading is which.
   */
  readings?: string[];
}

/** What a verifier says about one claim before comparison. */
export type Outcome =
  | { kind: 'measured'; measured: Measurement }
  | { kind: 'unverifiable' | 'error' | 'skipped'; reason: string }
  /**
   * For checks that decide the verdict themselves: the report's own arithmetic
   * (`consistent` or `contradicted`), a missing file, the definition a line
   * reference falls in.
   */
  | { kind: 'judged'; verdict: 'confirmed' | 'consistent' | 'contradicted'; message: string; measured: Measurement };

/** A commit and its committer date (ISO 8601), for measurements taken in the past. */
export interface CommitRef {
  /** Full hash. */
  commit: string;
  date: string;
}

/** The same claim measured at the commit that last changed its report (`--since-written`). */
export interface WrittenCheck extends CommitRef {
  verdict: Verdict;
  measured?: Measurement;
  message: string;
}

/** Whether a contradicted claim was already wrong at its report's commit, or has gone stale since (short hash, day). */
export type Staleness = 'wrong when written' | `stale since ${string} ${string}`;

export interface Finding {
  claim: Claim;
  verdict: Verdict;
  measured?: Measurement;
  message: string;
  /** Verifier id that produced the outcome, when one did. */
  verifier?: string;
  /** `--since-written`: the claim measured at the commit that last changed the report. */
  written?: WrittenCheck;
  /** `--since-written`, for a contradicted claim whose report commit could be measured. */
  staleness?: Staleness;
}

export interface ReportResult {
  /** Report path as given, relative to the current folder when possible. */
  file: string;
  findings: Finding[];
  /** Set when the report could not be read or parsed; no findings then. */
  error?: string;
  /** `--at`: the commit the repository was measured at, when not the working tree. */
  measuredAt?: CommitRef;
  /**
   * Figures the report holds, how many of them no claim reads, those a claim
   * reads by the verdict that decides each, and the claims that read no figure
   * (a path said to exist, a name said to be defined) by their deciding verdict.
   */
  figures?: { found: number; unclaimed: number; claimed?: Record<Verdict, number>; withoutFigure?: Record<Verdict, number> };
}

export interface Summary {
  /** Figures found in the reports (numbers that are not set aside as versions, dates, ids…). */
  figures: number;
  claims: number;
  confirmed: number;
  /** Findings that only add up within the report: nothing was measured. */
  consistent: number;
  contradicted: number;
  unverifiable: number;
  skipped: number;
  error: number;
}

export interface VerifyResult {
  version: 1;
  repo: string;
  reports: ReportResult[];
  summary: Summary;
}

/**
 * The verdict that decides a figure whose claims have several findings (a
 * count measured and also added up, a figure read as two kinds): the first of
 * these its findings hold.
 */
export const decidingVerdicts: readonly Verdict[] = ['contradicted', 'error', 'confirmed', 'consistent', 'unverifiable', 'skipped'];

/** Count the claims of `reports`, and their findings by verdict. */
export function summarize(reports: readonly ReportResult[]): Summary {
  const summary: Summary = { figures: 0, claims: 0, confirmed: 0, consistent: 0, contradicted: 0, unverifiable: 0, skipped: 0, error: 0 };
  for (const report of reports) {
    // A claim can carry two findings (measured against the repo, and judged by
    // the report's own arithmetic): `claims` counts claims, verdicts count findings.
    summary.figures += report.figures?.found ?? 0;
    summary.claims += new Set(report.findings.map((finding) => finding.claim.id)).size;
    for (const finding of report.findings) summary[finding.verdict]++;
  }
  return summary;
}

/** Allowances beyond the precision a figure is written with (`tolerance:` in claimcheck.yaml). */
export interface Tolerance {
  /** Lines either way for line counts (editors and `wc -l` differ on the final newline). Default 1. */
  lines: number;
  /** Relative allowance for approximate figures (`~`, "about"). Default 0.05. */
  approx: number;
}

export const defaultTolerance: Tolerance = { lines: 1, approx: 0.05 };
