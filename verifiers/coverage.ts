/** Coverage: line, branch and function coverage read from lcov and Cobertura files. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Claim, Outcome } from '../src/model.js';
import type { RunContext, Verifier } from '../src/verify-types.js';
import type { Counter, CoverageReport, FileCoverage } from '../src/formats/types.js';
import { parseLcov } from '../src/formats/lcov.js';
import { parseCobertura } from '../src/formats/cobertura.js';
import { coveragePlaces, findFiles } from '../src/result-files.js';

type Loaded = { ok: true; reports: CoverageReport[] } | { ok: false; verdict: 'unverifiable' | 'error'; reason: string };

/** Parse one coverage file by its content. */
export function parseCoverage(text: string, file: string): CoverageReport {
  if (/^\s*(?:TN:|SF:)/m.test(text.slice(0, 4096))) return parseLcov(text, `lcov: ${file}`);
  if (/<coverage[\s>]/.test(text.slice(0, 4096))) return parseCobertura(text, `cobertura: ${file}`);
  throw new Error(`${file} is neither lcov nor Cobertura XML`);
}

function loadCoverage(run: RunContext): Promise<Loaded> {
  return run.once('coverage:results', async () => {
    const configured = (run.config.coverage ?? []).map((source) => source.results).filter((r): r is string => Boolean(r));
    const patterns = configured.length > 0 ? configured : coveragePlaces;
    const files = await findFiles(run.files, patterns);
    if (files.length === 0) {
      return { ok: false, verdict: 'unverifiable', reason: `no coverage file found (looked for ${patterns.join(', ')}; set coverage[].results in claimcheck.yaml)` } as const;
    }
    const reports: CoverageReport[] = [];
    for (const file of files) {
      try {
        reports.push(parseCoverage(readFileSync(path.join(run.files.root, file), 'utf8'), file));
      } catch (error) {
        return { ok: false, verdict: 'error', reason: `cannot read coverage from ${file}: ${(error as Error).message}` } as const;
      }
    }
    return { ok: true, reports } as const;
  });
}

const metricOf = (claim: Claim): keyof Omit<FileCoverage, 'path'> =>
  (({ 'coverage.branches': 'branches', 'coverage.functions': 'functions', 'coverage.statements': 'statements' }) as Record<string, keyof Omit<FileCoverage, 'path'>>)[claim.kind] ?? 'lines';

/** The coverage entry of `written` in `report`: exact path, else the unique path ending with it. */
export function findCoverageFile(report: CoverageReport, written: string): FileCoverage | FileCoverage[] | undefined {
  const want = written.replace(/\\/g, '/').replace(/^\.\//, '');
  const norm = (p: string) => p.replace(/\\/g, '/').replace(/^\.\//, '');
  const exact = report.files.find((f) => norm(f.path) === want);
  if (exact) return exact;
  const matches = report.files.filter((f) => norm(f.path).endsWith('/' + want) || want.endsWith('/' + norm(f.path)));
  if (matches.length === 1) return matches[0];
  return matches.length > 1 ? matches : undefined;
}

const percentOf = (counter: Counter) => (counter.total === 0 ? 100 : (counter.covered / counter.total) * 100);

function measureIn(report: CoverageReport, claim: Claim): { counter?: Counter; reason?: string } {
  const metric = metricOf(claim);
  if ('scope' in claim.subject) {
    const counter = report.totals[metric];
    return counter ? { counter } : { reason: `${report.source} has no ${metric} coverage` };
  }
  if ('path' in claim.subject) {
    const found = findCoverageFile(report, claim.subject.path);
    if (!found) return { reason: `\`${claim.subject.path}\` is not in ${report.source}` };
    if (Array.isArray(found)) return { reason: `\`${claim.subject.path}\` matches ${found.length} files in ${report.source}: ${found.slice(0, 5).map((f) => f.path).join(', ')}` };
    const counter = found[metric];
    return counter ? { counter } : { reason: `${report.source} has no ${metric} coverage for \`${found.path}\`` };
  }
  return { reason: `cannot map "${Object.values(claim.subject)[0]}" to files of the coverage report` };
}

/**
 * coverage.py displays one "Cover" figure that counts statements and branches
 * together; a report quoting it for line coverage reads that figure.
 */
function combined(report: CoverageReport, claim: Claim): number[] {
  if (claim.kind !== 'coverage.lines' || !('scope' in claim.subject)) return [];
  const { lines, branches } = report.totals;
  if (!branches || branches.total === 0) return [];
  return [percentOf({ covered: lines.covered + branches.covered, total: lines.total + branches.total })];
}

export default {
  id: 'coverage',
  description: 'Coverage percentages, read from lcov and Cobertura XML files.',
  kinds: ['coverage.lines', 'coverage.branches', 'coverage.functions', 'coverage.statements'],
  async measure(claims, run) {
    const loaded = await loadCoverage(run);
    return claims.map((claim): Outcome => {
      if (!loaded.ok) return { kind: loaded.verdict, reason: loaded.reason };
      const readings = loaded.reports.map((report) => ({ report, ...measureIn(report, claim) }));
      const measured = readings.filter((r) => r.counter);
      const [first, ...others] = measured;
      if (!first?.counter) return { kind: 'unverifiable', reason: readings.map((r) => r.reason).join('; ') };
      const value = percentOf(first.counter);
      const alternatives = [...combined(first.report, claim), ...others.map((r) => percentOf(r.counter as Counter))].filter((v) => v !== value);
      return {
        kind: 'measured',
        measured: {
          value,
          source: first.report.source,
          ...(alternatives.length > 0 ? { alternatives } : {}),
          detail: { covered: first.counter.covered, total: first.counter.total },
        },
      };
    });
  },
} satisfies Verifier;
