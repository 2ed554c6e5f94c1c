/**
 * Extraction of many reports across cores. Parsing is CPU-bound and
 * single-threaded, so with many reports worker threads each take the next
 * report from a shared queue; with few, starting workers (each loads the
 * parser, about a tenth of a second) costs more than it saves, and the
 * reports are extracted in this thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Claim } from '../model.js';
import type { ExtractedReport } from '../figures/extract.js';
import { extractReport } from './claims.js';

/** One report to extract. */
export interface ReportText {
  /** Names the report in claim ids. */
  file: string;
  source: string;
}

/** A message to a worker. */
export interface ExtractRequest extends ReportText {
  index: number;
}

/** A worker's answer. */
export type ExtractReply = ({ index: number } & ExtractedReport) | { index: number; error: string };

export interface ParallelOptions {
  /** Worker threads at most; default the cores available. 1 extracts in this thread. */
  threads?: number;
  /** Characters of report text below which this thread extracts alone. Default 2 Mi. */
  minChars?: number;
}

// Each worker loads the parser and warms its JIT up cold (measured: about 0.4 MB of
// reports before it pays); below this the workers cost more than they save.
const defaultMinChars = 2 * 1024 * 1024;

/**
 * The worker's compiled module: beside this one in dist/, or in dist/ when
 * this module runs from the TypeScript sources (tests); undefined when there
 * is none.
 */
function workerModule(): URL | undefined {
  for (const candidate of ['./extract-worker.js', '../../dist/src/commands/extract-worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

/**
 * The claims of each report, in the order given; the same claims
 * `extractClaims` gives each. A report a worker fails on is extracted again
 * here, so an error surfaces as it would without workers.
 */
export async function extractMany(reports: readonly ReportText[], options: ParallelOptions = {}): Promise<Claim[][]> {
  return (await readMany(reports, options)).map((report) => report.claims);
}

/** `extractMany`, with each report's figure counts beside its claims. */
export async function readMany(reports: readonly ReportText[], options: ParallelOptions = {}): Promise<ExtractedReport[]> {
  const chars = reports.reduce((sum, report) => sum + report.source.length, 0);
  const threads = Math.min(options.threads ?? availableParallelism(), reports.length);
  const module = threads > 1 && chars >= (options.minChars ?? defaultMinChars) ? workerModule() : undefined;
  const results: Array<ExtractedReport | undefined> = new Array(reports.length);
  if (module) await inWorkers(module, reports, threads, results);
  return reports.map((report, index) => results[index] ?? extractReport(report.file, report.source));
}

/** Fill `results` from `threads` workers sharing one queue; leaves holes where a worker failed. */
async function inWorkers(module: URL, reports: readonly ReportText[], threads: number, results: Array<ExtractedReport | undefined>): Promise<void> {
  // Largest first, so one big report does not start last and finish alone.
  const queue = reports.map((_, index) => index).sort((a, b) => (reports[b]?.source.length ?? 0) - (reports[a]?.source.length ?? 0));
  const work = Array.from({ length: threads }, () => {
    const worker = new Worker(module);
    return new Promise<void>((resolve) => {
      const next = () => {
        const index = queue.shift();
        const report = index === undefined ? undefined : reports[index];
        if (index === undefined || !report) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const request: ExtractRequest = { index, file: report.file, source: report.source };
        worker.postMessage(request);
      };
      worker.on('message', (reply: ExtractReply) => {
        if ('claims' in reply) results[reply.index] = { claims: reply.claims, figures: reply.figures, claimsByFigure: reply.claimsByFigure };
        next();
      });
      // A worker that cannot start or dies leaves its reports to this thread.
      worker.on('error', () => resolve());
      worker.on('exit', () => resolve());
      next();
    });
  });
  await Promise.all(work);
}
