/**
 * The verify pipeline: read each report, extract its claims, measure them
 * with the selected verifiers (each expensive source once per invocation),
 * and compare.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Claim, Finding, Outcome, ReportResult, VerifyResult } from '../model.js';
import { summarize } from '../model.js';
import type { Config } from '../config.js';
import { toleranceOf } from '../config.js';
import { compare } from '../check/compare.js';
import { afterMeasurement } from '../check/measured-outranks.js';
import { restatedTotals } from '../check/restated-totals.js';
import { checkIds, familyOf, type CheckId } from '../kinds.js';
import { maxNestingDepth, maxParagraphBrackets, nestingDepth, paragraphBrackets } from '../read/nesting.js';
import { RepoFiles } from '../measure/repo-path.js';
import type { Relation, ReportContext, RunContext, Verifier } from '../measure/verify-types.js';
import testsVerifier from '../../verifiers/tests.js';

/** How every suppression reason starts (src/suppress.ts). */
const suppressionPrefix = 'suppressed by ';

/** Reports larger than this are refused with a message. */
export const maxReportBytes = 20 * 1024 * 1024;

export interface VerifyOptions {
  /** Report paths, relative to `cwd` or absolute. */
  reports: readonly string[];
  /** Repository root, absolute. */
  repo: string;
  /** Folder report paths are shown relative to. Default `process.cwd()`. */
  cwd?: string;
  config?: Config;
  /** Verifier families to run; default all. */
  checks?: readonly CheckId[];
  /** Run nothing; read result files only. */
  noExec?: boolean;
  /** Verifiers to use instead of the registry (tests). */
  verifiers?: readonly Verifier[];
  /** Report texts already in memory, by report path as given in `reports` (editors, remark). */
  sources?: ReadonlyMap<string, string>;
  /** Told when a verifier starts and ends measuring a report's claims (progress display). */
  onProgress?: (event: ProgressEvent) => void;
  /**
   * The folder a report's place in the repository is read against, when the
   * reports live in another copy of the repository than `repo` (measuring a
   * temporary worktree of an older commit). Default `repo`.
   */
  reportRoot?: string;
  /**
   * Measurements to share with other `verify` calls of the same process
   * (`createSession()`): a test run started for one file serves every later
   * file of the same repository, configuration and `noExec`. Default: none,
   * so each call measures afresh (the repository may have changed between calls).
   */
  session?: Session;
}

/** Expensive sources measured once and shared by the `verify` calls given this session. */
export interface Session {
  readonly caches: Map<string, Map<string, Promise<unknown>>>;
}

/** A new, empty session for `VerifyOptions.session`. */
export function createSession(): Session {
  return { caches: new Map() };
}

/**
 * A verifier starting (`start`) or done (`end`, with the milliseconds it took)
 * on one report, or a note from a verifier (`note`: the command it runs).
 */
export type ProgressEvent =
  | { phase: 'start' | 'end'; verifier: string; report: string; claims: number; elapsedMs?: number }
  | { phase: 'note'; text: string };

/** Read a report as UTF-8 text, or say why it cannot be used. */
export function readReport(file: string): { text: string } | { error: string } {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return { error: 'not a file' };
    size = stat.size;
  } catch {
    return { error: 'no such file' };
  }
  if (size > maxReportBytes) return { error: `too large (${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${maxReportBytes / 1024 / 1024} MB)` };
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 8192).includes(0)) return { error: 'binary file, not a markdown report' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { error: 'not valid UTF-8' };
  }
  const refused = refusal(text);
  return refused ? { error: refused } : { text };
}

/** Why a report's text cannot be parsed in reasonable time, or `undefined`. */
export function refusal(text: string): string | undefined {
  const { depth, line } = nestingDepth(text);
  if (depth > maxNestingDepth) return `lists or quotes nested ${depth} levels deep at line ${line} (the limit is ${maxNestingDepth})`;
  const { brackets, line: at } = paragraphBrackets(text);
  if (brackets > maxParagraphBrackets) return `a paragraph with ${brackets} brackets at line ${at} (the limit is ${maxParagraphBrackets})`;
  return undefined;
}

function makeRunContext(repo: string, config: Config, noExec: boolean, onProgress?: VerifyOptions['onProgress'], session?: Session): RunContext & { settle(): Promise<void>; cancel(): void } {
  const sharedKey = JSON.stringify([repo, noExec, config]);
  const cache = session?.caches.get(sharedKey) ?? new Map<string, Promise<unknown>>();
  session?.caches.set(sharedKey, cache);
  const early = new AbortController();
  return {
    signal: early.signal,
    cancel() {
      // A run in a session may serve a later call's claims: it is left to finish.
      if (!session) early.abort();
    },
    // Nothing started for this invocation outlives it: an early run is stopped (cancel) or finishes first.
    async settle() {
      await Promise.allSettled(cache.values());
    },
    repo,
    config,
    files: new RepoFiles(repo),
    noExec,
    ...(onProgress ? { progress: (text: string) => onProgress({ phase: 'note', text }) } : {}),
    once<T>(key: string, compute: () => Promise<T>): Promise<T> {
      let value = cache.get(key) as Promise<T> | undefined;
      if (!value) {
        value = compute();
        cache.set(key, value);
      }
      return value;
    },
  };
}

function skipReason(claim: Claim, checks: ReadonlySet<CheckId>): string | undefined {
  if (claim.tense !== 'current') return `${claim.tense} value${claim.tenseReason ? ` (${claim.tenseReason})` : ''}, not a claim about the current state`;
  const family = familyOf(claim.kind);
  if (!checks.has(family)) return `check \`${family}\` not selected`;
  return undefined;
}

/** Verify `options.reports` against `options.repo`. Never throws for a bad report: it gets `error`. */
export async function verify(options: VerifyOptions): Promise<VerifyResult> {
  const cwd = options.cwd ?? process.cwd();
  const config = options.config ?? {};
  const tolerance = toleranceOf(config);
  const checks = new Set<CheckId>(options.checks ?? checkIds);
  const run = makeRunContext(options.repo, config, options.noExec ?? false, options.onProgress, options.session);
  const reports: ReportResult[] = [];
  const shownAs = (reportPath: string) => path.relative(cwd, path.resolve(cwd, reportPath)) || reportPath;
  // Every report is read and extracted first: many are extracted across cores (parallel.ts).
  const readOf = (reportPath: string): { text: string } | { error: string } => {
    const given = options.sources?.get(reportPath);
    if (given === undefined) return readReport(path.resolve(cwd, reportPath));
    const refused = refusal(given);
    return refused ? { error: refused } : { text: given };
  };
  const reads = new Map(options.reports.map((reportPath) => [reportPath, readOf(reportPath)] as const));
  const texts = [...reads].flatMap(([reportPath, read]) => ('text' in read ? [{ file: shownAs(reportPath), source: read.text }] : []));
  // The test run starts before remark, the extractors and the other verifiers are even loaded, so it overlaps all of claimcheck's own work.
  const early: Verifier[] = (options.verifiers ?? [testsVerifier]).filter((verifier) => verifier.prefetch && checks.has(verifier.id));
  for (const verifier of early) verifier.prefetch?.(run, texts.map((t) => t.source));
  const [{ verifiers: registry }, { readMany }, { extractReport }, { readSuppressions }, { measuredTotals }] = await Promise.all([
    import('../../verifiers/index.js'),
    import('../figures/parallel.js'),
    import('../figures/extract.js'),
    import('../read/suppress.js'),
    import('../check/measured-totals.js'),
  ]);
  const available = options.verifiers ?? registry;
  const extracted = new Map((await readMany(texts)).map((read, index) => [texts[index]?.file, read]));
  // A run started early for claims that turned out to be none (or all targets) is stopped, not waited for.
  const current = [...extracted.values()].flatMap((read) => read.claims).filter((claim) => claim.tense === 'current');
  if (early.length > 0 && !early.some((verifier) => current.some((claim) => verifier.kinds.includes(claim.kind)))) run.cancel();

  for (const reportPath of options.reports) {
    const absolute = path.resolve(cwd, reportPath);
    const file = shownAs(reportPath);
    const read = reads.get(reportPath) ?? readOf(reportPath);
    if ('error' in read) {
      reports.push({ file, findings: [], error: read.error });
      continue;
    }
    const relDir = path.relative(options.reportRoot ?? options.repo, path.dirname(absolute)).split(path.sep).join('/');
    const dir = relDir.startsWith('..') || path.isAbsolute(relDir) ? '' : relDir;
    const { claims, figures } = extracted.get(file) ?? extractReport(file, read.text);
    const reportContext = { dir, file, source: read.text, claims };
    const suppressed = readSuppressions(read.text);
    const findings: Finding[] = new Array(claims.length);
    const queues = new Map<Verifier, number[]>();

    claims.forEach((claim, index) => {
      const reason = suppressed(claim.position.line) ?? skipReason(claim, checks);
      if (reason) {
        findings[index] = { claim, verdict: 'skipped', message: reason };
        return;
      }
      const verifier = available.find((v) => v.kinds.includes(claim.kind));
      if (!verifier) {
        findings[index] = { claim, verdict: 'unverifiable', message: `nothing measures ${claim.kind} claims yet` };
        return;
      }
      const queue = queues.get(verifier) ?? [];
      queue.push(index);
      queues.set(verifier, queue);
    });

    for (const [verifier, indexes] of queues) {
      const batch = indexes.map((i) => claims[i] as Claim);
      let outcomes: Outcome[];
      const started = Date.now();
      options.onProgress?.({ phase: 'start', verifier: verifier.id, report: file, claims: batch.length });
      try {
        outcomes = await verifier.measure(batch, run, reportContext);
      } catch (error) {
        const reason = `${verifier.id} failed: ${error instanceof Error ? error.message : String(error)}`;
        outcomes = batch.map(() => ({ kind: 'error', reason }));
      }
      options.onProgress?.({ phase: 'end', verifier: verifier.id, report: file, claims: batch.length, elapsedMs: Date.now() - started });
      indexes.forEach((claimIndex, i) => {
        const claim = claims[claimIndex] as Claim;
        findings[claimIndex] = toFinding(claim, outcomes[i] ?? { kind: 'error', reason: `${verifier.id} gave no outcome` }, verifier.id, tolerance);
      });
    }
    const related = withRelations(findings, claims, available, checks, reportContext, tolerance);
    // A table total whose rows were all measured is measured too, right after its arithmetic.
    const totals = measuredTotals(related, read.text, tolerance);
    const measured = related.flatMap((finding) => [finding, ...[totals.get(finding)].filter((f): f is Finding => f !== undefined)]);
    // A whole-suite count that states a measured table total again takes that measurement.
    const restated = restatedTotals(measured, tolerance);
    reports.push({ file, findings: measured.map((finding) => restated.get(finding) ?? finding), figures });
  }
  await run.settle();
  return { version: 1, repo: options.repo, reports, summary: summarize(reports) };
}

/**
 * Add the judgements of verifiers that relate claims of other kinds (the
 * report's own arithmetic). Each becomes a finding of its own right after the
 * claim's, since the claim may also be measured against the repository; it
 * replaces the claim's finding only when that one merely says the claim's own
 * check was not selected, so `--checks consistency` shows the judgement alone.
 */
function withRelations(
  findings: readonly Finding[],
  claims: readonly Claim[],
  available: readonly Verifier[],
  checks: ReadonlySet<CheckId>,
  report: ReportContext,
  tolerance: ReturnType<typeof toleranceOf>,
): Finding[] {
  const extra = new Map<number, Finding[]>();
  for (const verifier of available) {
    if (!verifier.relate || !checks.has(verifier.id)) continue;
    let relations: Relation[];
    try {
      relations = verifier.relate(claims, report);
    } catch (error) {
      relations = [];
      const reason = `${verifier.id} failed: ${error instanceof Error ? error.message : String(error)}`;
      if (claims[0]) extra.set(0, [{ claim: claims[0], verdict: 'error', message: reason, verifier: verifier.id }]);
    }
    for (const { index, outcome } of relations) {
      const claim = claims[index];
      if (!claim) continue;
      extra.set(index, [...(extra.get(index) ?? []), toFinding(claim, outcome, verifier.id, tolerance)]);
    }
  }
  return findings.flatMap((finding, index) => {
    const added = (extra.get(index) ?? []).map((judged) => afterMeasurement(finding, judged));
    // A suppressed claim is never judged; a claim whose own check was not selected shows the judgement alone.
    if (finding.verdict === 'skipped' && finding.message.startsWith(suppressionPrefix)) return [finding];
    const notSelected = finding.verdict === 'skipped' && finding.message.startsWith('check `') && added.length > 0;
    // A claim its verifier could not judge alone, but one of its relations judged, shows the judgement alone.
    const judgedApart = finding.verdict === 'unverifiable' && added.some((a) => a.verifier === finding.verifier && (a.verdict === 'consistent' || a.verdict === 'contradicted'));
    return notSelected || judgedApart ? added : [finding, ...added];
  });
}

function toFinding(claim: Claim, outcome: Outcome, verifier: string, tolerance: ReturnType<typeof toleranceOf>): Finding {
  switch (outcome.kind) {
    case 'measured': {
      const { verdict, message } = compare(claim, outcome.measured, tolerance);
      return { claim, verdict, measured: outcome.measured, message, verifier };
    }
    case 'judged':
      return { claim, verdict: outcome.verdict, measured: outcome.measured, message: outcome.message, verifier };
    default:
      return { claim, verdict: outcome.kind, message: outcome.reason, verifier };
  }
}
