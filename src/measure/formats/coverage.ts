/**
 * Telling coverage formats apart by content, not by file name: the same
 * name (`coverage.xml`, `coverage.json`) is written by different tools.
 */
import type { CoverageReport } from './types.js';
import { parseLcov } from './lcov.js';
import { parseCobertura } from './cobertura.js';
import { isIstanbulFinal, isIstanbulSummary, parseIstanbulFinal, parseIstanbulSummary } from './istanbul.js';
import { isCoveragePyJson, parseCoveragePyJson } from './coveragepy-json.js';
import { isGoCoverprofile, parseGoCoverprofile } from './gocover.js';
import { parseJacoco } from './jacoco.js';
import { htmlHeadRe, isTarpaulinJson, parseTarpaulin, tarpaulinHtmlData } from './tarpaulin.js';
import { isGoCoverHtml, parseGoCoverHtml } from './gocover-html.js';

/** Only the head of a file is looked at to recognise its format. */
const headLength = 4096;
const lcovRe = /^\s*(?:TN:|SF:)/m;
const coberturaRe = /<coverage[\s>]/;
const jacocoRe = /<report[\s>]|<!DOCTYPE report/;

export interface CoverageParseOptions {
  /** Go module path (from go.mod), stripped from coverprofile import paths. */
  goModule?: string;
}

/**
 * Parse one coverage file by its content; `file` names it in the report's
 * `source` (`lcov: coverage/lcov.info`). Throws when the format is unknown
 * or the file is malformed.
 */
export function parseCoverage(text: string, file: string, options: CoverageParseOptions = {}): CoverageReport {
  const head = text.slice(0, headLength);
  if (isGoCoverprofile(head)) return parseGoCoverprofile(text, `go: ${file}`, options.goModule);
  if (lcovRe.test(head)) return parseLcov(text, `lcov: ${file}`);
  if (coberturaRe.test(head)) return parseCobertura(text, `cobertura: ${file}`);
  if (jacocoRe.test(head)) return parseJacoco(text, `jacoco: ${file}`);
  if (/^\s*\{/.test(head)) {
    const data = JSON.parse(text) as unknown;
    if (isCoveragePyJson(data)) return parseCoveragePyJson(text, `coverage.py-json: ${file}`);
    if (isIstanbulSummary(data)) return parseIstanbulSummary(text, `istanbul-summary: ${file}`);
    if (isIstanbulFinal(data)) return parseIstanbulFinal(text, `istanbul: ${file}`);
    if (isTarpaulinJson(data)) return parseTarpaulin(data, `tarpaulin: ${file}`);
  }
  // An HTML page is read only when it embeds a tool's data: tarpaulin's `var data = {…}`, or the
  // file menu of `go tool cover -html` with each file's percentage.
  if (htmlHeadRe.test(head)) {
    const data = tarpaulinHtmlData(text);
    if (isTarpaulinJson(data)) return parseTarpaulin(data, `tarpaulin: ${file}`);
    if (isGoCoverHtml(text)) return parseGoCoverHtml(text, `go cover html: ${file}`, options.goModule);
  }
  throw new Error(`${file} is in no coverage format claimcheck reads`);
}
