/**
 * coverage.py's `coverage json` (`coverage.json`). Its `percent_covered` is
 * the figure coverage.py displays: with branch data it counts statements and
 * branches together, so lines and branches are kept apart here and the
 * verifier offers the combined figure as coverage.py's own reading.
 */
import type { Counter, CoverageReport, FileCoverage } from './types.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether `data` looks like coverage.py JSON: `meta`, `files` and `totals` with `num_statements`. */
export function isCoveragePyJson(data: unknown): boolean {
  return isObject(data) && isObject(data.files) && isObject(data.totals) && 'num_statements' in data.totals;
}

function counter(summary: Json, covered: string, total: string): Counter | undefined {
  const c = Number(summary[covered]);
  const t = Number(summary[total]);
  return Number.isFinite(c) && Number.isFinite(t) ? { covered: c, total: t } : undefined;
}

/** Line, statement (the same count: coverage.py measures statements) and branch counters of one summary. */
function metricsOf(summary: Json): Omit<FileCoverage, 'path'> {
  const lines = counter(summary, 'covered_lines', 'num_statements') ?? { covered: 0, total: 0 };
  const metrics: Omit<FileCoverage, 'path'> = { lines, statements: { ...lines } };
  const branches = counter(summary, 'covered_branches', 'num_branches');
  if (branches) metrics.branches = branches;
  return metrics;
}

/** Parse coverage.py JSON; `source` names it in messages. Throws when it is not coverage.py JSON. */
export function parseCoveragePyJson(text: string, source: string): CoverageReport {
  const data = JSON.parse(text) as unknown;
  if (!isObject(data) || !isCoveragePyJson(data)) throw new Error('not a coverage.py JSON file: no "files" and "totals"');
  const files = Object.entries(data.files as Json)
    .filter((entry): entry is [string, Json] => isObject(entry[1]) && isObject(entry[1].summary))
    .map(([path, entry]) => ({ path, ...metricsOf(entry.summary as Json) }));
  return { files, totals: metricsOf(data.totals as Json), source, producer: 'coverage.py' };
}
