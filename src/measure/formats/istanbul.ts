/**
 * istanbul JSON, as Jest, Vitest, nyc and c8 write it: `coverage-summary.json`
 * (json-summary: counts and floored `pct` per file, plus `total`) and
 * `coverage-final.json` (json: raw hit maps per file, keyed by absolute path).
 * Counts are read, never `pct`: the floor is applied when comparing.
 */
import type { Counter, CoverageReport, FileCoverage } from './types.js';
import { totalsOf } from './types.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function counterOf(value: unknown): Counter | undefined {
  if (!isObject(value)) return undefined;
  const covered = Number(value.covered);
  const total = Number(value.total);
  return Number.isFinite(covered) && Number.isFinite(total) ? { covered, total } : undefined;
}

function metricsOf(path: string, entry: Json): FileCoverage {
  const file: FileCoverage = { path, lines: counterOf(entry.lines) ?? { covered: 0, total: 0 } };
  const branches = counterOf(entry.branches);
  const functions = counterOf(entry.functions);
  const statements = counterOf(entry.statements);
  if (branches) file.branches = branches;
  if (functions) file.functions = functions;
  if (statements) file.statements = statements;
  return file;
}

/** Whether `data` is an istanbul summary: a `total` entry with a `lines` counter. */
export function isIstanbulSummary(data: unknown): boolean {
  return isObject(data) && isObject(data.total) && counterOf(data.total.lines) !== undefined;
}

/** Parse `coverage-summary.json`; `source` names it in messages. Throws when it is not one. */
export function parseIstanbulSummary(text: string, source: string): CoverageReport {
  const data = JSON.parse(text) as unknown;
  if (!isObject(data) || !isIstanbulSummary(data)) throw new Error('not an istanbul coverage-summary.json: no "total" with line counts');
  const files = Object.entries(data)
    .filter((entry): entry is [string, Json] => entry[0] !== 'total' && isObject(entry[1]))
    .map(([path, entry]) => metricsOf(path, entry));
  const { path: _total, ...totals } = metricsOf('total', data.total as Json);
  return { files, totals, source, producer: 'istanbul' };
}

/** Whether `data` is istanbul's `coverage-final.json`: entries with hit maps `s` and `statementMap`. */
export function isIstanbulFinal(data: unknown): boolean {
  if (!isObject(data)) return false;
  const first = Object.values(data)[0];
  return isObject(first) && isObject(first.statementMap) && isObject(first.s);
}

const hits = (map: unknown): number[] => (isObject(map) ? Object.values(map).map(Number) : []);
const count = (values: readonly number[]): Counter => ({ covered: values.filter((v) => v > 0).length, total: values.length });

/**
 * One file of `coverage-final.json`, summarised as istanbul does: a line is
 * covered when a statement starting on it ran; every arm of every branch counts.
 */
function summarise(path: string, entry: Json): FileCoverage {
  const statementHits = isObject(entry.s) ? entry.s : {};
  const statementMap = isObject(entry.statementMap) ? entry.statementMap : {};
  const lineHits = new Map<number, number>();
  for (const [id, location] of Object.entries(statementMap)) {
    const line = isObject(location) && isObject(location.start) ? Number(location.start.line) : NaN;
    if (!Number.isFinite(line)) continue;
    lineHits.set(line, Math.max(lineHits.get(line) ?? 0, Number(statementHits[id] ?? 0)));
  }
  const branchArms = isObject(entry.b) ? Object.values(entry.b).flatMap((arms) => (Array.isArray(arms) ? arms.map(Number) : [])) : [];
  return {
    path: typeof entry.path === 'string' ? entry.path : path,
    lines: count([...lineHits.values()]),
    statements: count(hits(entry.s)),
    functions: count(hits(entry.f)),
    branches: count(branchArms),
  };
}

/** Parse `coverage-final.json`; `source` names it in messages. Throws when it is not one. */
export function parseIstanbulFinal(text: string, source: string): CoverageReport {
  const data = JSON.parse(text) as unknown;
  if (!isObject(data) || !isIstanbulFinal(data)) throw new Error('not an istanbul coverage-final.json: no statementMap/s hit maps');
  const files = Object.entries(data)
    .filter((entry): entry is [string, Json] => isObject(entry[1]))
    .map(([path, entry]) => summarise(path, entry));
  return { files, totals: totalsOf(files), source, producer: 'istanbul' };
}
