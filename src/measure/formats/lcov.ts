/** lcov tracefiles (`.info`): SF/LF/LH/BRF/BRH/FNF/FNH records, DA lines when LF is missing. */
import type { CoverageReport, FileCoverage } from './types.js';
import { totalsOf } from './types.js';

/** Parse an lcov tracefile; `source` names it in messages. */
export function parseLcov(text: string, source: string): CoverageReport {
  const files: FileCoverage[] = [];
  let current: { path: string; lf?: number; lh?: number; da: Map<number, number>; brf?: number; brh?: number; fnf?: number; fnh?: number } | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const colon = line.indexOf(':');
    const tag = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1);
    switch (tag) {
      case 'SF':
        current = { path: value, da: new Map() };
        break;
      case 'DA': {
        const [lineNo, hits] = value.split(',');
        // The same line can appear twice (merged tracefiles): covered if any record hit it.
        current?.da.set(Number(lineNo), Math.max(current.da.get(Number(lineNo)) ?? 0, Number(hits)));
        break;
      }
      case 'LF': if (current) current.lf = Number(value); break;
      case 'LH': if (current) current.lh = Number(value); break;
      case 'BRF': if (current) current.brf = Number(value); break;
      case 'BRH': if (current) current.brh = Number(value); break;
      case 'FNF': if (current) current.fnf = Number(value); break;
      case 'FNH': if (current) current.fnh = Number(value); break;
      case 'end_of_record':
        if (current) {
          const hit = [...current.da.values()].filter((h) => h > 0).length;
          const entry: FileCoverage = {
            path: current.path,
            lines: current.lf !== undefined && current.lh !== undefined ? { covered: current.lh, total: current.lf } : { covered: hit, total: current.da.size },
          };
          if (current.brf !== undefined) entry.branches = { covered: current.brh ?? 0, total: current.brf };
          if (current.fnf !== undefined) entry.functions = { covered: current.fnh ?? 0, total: current.fnf };
          files.push(entry);
        }
        current = undefined;
        break;
      default:
        break;
    }
  }
  return { files, totals: totalsOf(files), source };
}
