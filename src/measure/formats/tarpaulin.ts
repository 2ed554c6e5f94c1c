/**
 * cargo-tarpaulin's reports: `--out Json` (`tarpaulin-report.json`) and
 * `--out Html` (`tarpaulin-report.html`), which embeds the same object in a
 * script as `var data = {…};` (newer versions add `var previousData = {…};`,
 * the run before, on the next line: only `data` is this run). Each file gives
 * its path as pieces (`["/", "home", …, "src", "lib.rs"]`), its `covered` and
 * `coverable` lines; tarpaulin measures lines only. Its own summary
 * ("53.60% coverage, 335/625 lines covered") is the sum over the files.
 */
import type { CoverageReport, FileCoverage } from './types.js';
import { sumCounters } from './types.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The line of the HTML report that holds this run's data: `var data = {…};`. */
const htmlDataRe = /^\s*var\s+data\s*=\s*(?<json>\{.*\})\s*;?\s*$/m;
/** The head of an HTML document. */
export const htmlHeadRe = /^\s*(?:<!doctype\s+html|<html[\s>])/i;

/** One file entry of tarpaulin's data: its path pieces and line counts. */
const isFileEntry = (entry: unknown): entry is Json =>
  isObject(entry) && Array.isArray(entry.path) && typeof entry.covered === 'number' && typeof entry.coverable === 'number';

/** Whether `data` is tarpaulin's report object: `files`, each with path pieces and covered/coverable lines. */
export function isTarpaulinJson(data: unknown): boolean {
  return isObject(data) && Array.isArray(data.files) && data.files.length > 0 && data.files.every(isFileEntry);
}

/** The path a file's pieces spell: `["/", "home", "x", "lib.rs"]` → `/home/x/lib.rs`. */
function pathOf(pieces: readonly unknown[]): string {
  const parts = pieces.map(String);
  if (parts[0] === '/') return `/${parts.slice(1).join('/')}`;
  return parts.join('/');
}

/** The report object of an HTML report, or `undefined` when the page embeds none. */
export function tarpaulinHtmlData(text: string): unknown {
  const match = htmlDataRe.exec(text);
  if (!match?.groups) return undefined;
  try {
    return JSON.parse(match.groups.json!) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Parse tarpaulin's report object (from the JSON file or the HTML page);
 * `source` names it in messages. Files with no coverable line (test files,
 * build scripts) are left out: they count toward nothing, and a percentage
 * of them would be a guess. Throws when `data` is not tarpaulin's.
 */
export function parseTarpaulin(data: unknown, source: string): CoverageReport {
  if (!isObject(data) || !isTarpaulinJson(data)) throw new Error('not a tarpaulin report: no "files" with "covered" and "coverable" lines');
  const files: FileCoverage[] = (data.files as Json[])
    .filter((entry) => (entry.coverable as number) > 0)
    .map((entry) => ({ path: pathOf(entry.path as unknown[]), lines: { covered: entry.covered as number, total: entry.coverable as number } }));
  const lines = sumCounters(files.map((f) => f.lines)) ?? { covered: 0, total: 0 };
  return { files, totals: { lines }, source };
}
