/**
 * The page `go tool cover -html` writes, committed as `coverage.html`
 * (w28, w79): its file menu gives each source file's statement coverage,
 * rounded to a tenth ("github.com/x/y/pkg/retry/retry.go (100.0%)"), and no
 * statement counts. A file's figure is read as it stands; a figure over
 * several files (a package of two files, the whole project) cannot be made
 * from percentages alone, so the report says so (`perFileOnly`) and the
 * coverage verifier leaves such a claim unverifiable. Paths are import
 * paths: the module path from go.mod is stripped when known, as for
 * coverprofiles.
 */
import type { CoverageReport, FileCoverage } from './types.js';

/** One entry of the page's file menu: `<option value="file3">example.com/m/pkg/a.go (66.7%)</option>`. */
const optionSource = String.raw`<option value="file\d+">(?<file>[^<]+?) \((?<percent>\d{1,3}(?:\.\d)?)%\)<\/option>`;
const optionRe = new RegExp(optionSource);
/** The menu the entries stand in, as the tool writes it. */
const menuRe = /<select id="files">/;

/** Whether `text` is a page `go tool cover -html` wrote. */
export function isGoCoverHtml(text: string): boolean {
  return menuRe.test(text) && optionRe.test(text);
}

/** Why a figure over several files of such a page has no measure. */
export const perFileOnlyReason = 'its file menu gives each file\'s percentage and no statement counts, so a figure over several files cannot be made from it';

/**
 * Parse the page; `source` names it in messages, `modulePath` (from go.mod)
 * is stripped from file paths. Each file's percentage is kept exactly, as
 * covered tenths of a percent out of 1000.
 */
export function parseGoCoverHtml(text: string, source: string, modulePath?: string): CoverageReport {
  const prefix = modulePath ? modulePath.replace(/\/+$/, '') + '/' : undefined;
  const files: FileCoverage[] = [];
  for (const m of text.matchAll(new RegExp(optionSource, 'g'))) {
    const { file = '', percent = '0' } = m.groups ?? {};
    const path = prefix && file.startsWith(prefix) ? file.slice(prefix.length) : file;
    const counter = { covered: Math.round(Number(percent) * 10), total: 1000 };
    files.push({ path, lines: counter, statements: { ...counter } });
  }
  if (files.length === 0) throw new Error('not a go tool cover page: no file in its menu');
  // A sum of tenths of percents is no total: `perFileOnly` keeps the coverage verifier from reading it for several files.
  const sum = files.reduce((acc, f) => ({ covered: acc.covered + f.lines.covered, total: acc.total + f.lines.total }), { covered: 0, total: 0 });
  return { files, totals: { lines: sum, statements: { ...sum } }, source, producer: 'go', perFileOnly: perFileOnlyReason };
}
