/**
 * Reading a report with every registered claim kind: src/figures/extract.ts
 * bound to the registry of extractors/index.ts. The figures stage takes the
 * registry as an argument, so it never imports the kinds that import its
 * types; this is where the two meet, for the commands, the library and the
 * tests.
 */
import type { Claim } from '../model.js';
import { kinds } from '../../extractors/index.js';
import * as figures from '../figures/extract.js';
import type { ExtractedReport, Extractor, ReadOptions } from '../figures/extract.js';
import type { FigureReading } from '../figures/classify.js';

export type { ExtractContext, ExtractedReport, Extractor, ReadOptions } from '../figures/extract.js';

/** The claims of a report, sorted by position; `only` runs these extractors alone. */
export function extractClaims(file: string, source: string, only?: readonly Extractor[]): Claim[] {
  return figures.extractClaims(kinds, file, source, only);
}

/** The claims of a report read with `options` (some kinds alone, parse options). */
export function extractClaimsWith(file: string, source: string, options: ReadOptions): Claim[] {
  return figures.extractClaimsWith(kinds, file, source, options);
}

/** The claims of a report and how many figures it holds and how many no claim reads (what `verify` needs). */
export function extractReport(file: string, source: string): ExtractedReport {
  return figures.extractReport(kinds, file, source);
}

/** Every figure of a report with its context, the numbers set aside, and the claims. */
export function readReport(file: string, source: string, options: ReadOptions = {}): FigureReading & { claims: Claim[] } {
  return figures.readReport(kinds, file, source, options);
}
