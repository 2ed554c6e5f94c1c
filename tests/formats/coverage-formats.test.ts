/**
 * Every coverage format read from a real sample (copied from
 * shared/reference/samples), with the totals and per-file counts the tools
 * themselves printed for those runs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLcov } from '../../src/measure/formats/lcov.js';
import { parseCobertura } from '../../src/measure/formats/cobertura.js';
import { parseIstanbulFinal, parseIstanbulSummary } from '../../src/measure/formats/istanbul.js';
import { parseCoveragePyJson } from '../../src/measure/formats/coveragepy-json.js';
import { goModulePath, parseGoCoverprofile } from '../../src/measure/formats/gocover.js';
import { parseJacoco } from '../../src/measure/formats/jacoco.js';
import { parseCoverage } from '../../src/measure/formats/coverage.js';
import { parseTarpaulin, tarpaulinHtmlData } from '../../src/measure/formats/tarpaulin.js';
import { isGoCoverHtml, parseGoCoverHtml } from '../../src/measure/formats/gocover-html.js';

const sample = (name: string) => readFileSync(new URL(`../../fixtures/samples/${name}`, import.meta.url), 'utf8');
const perFile = (report: { files: Array<{ path: string; lines: unknown }> }) => Object.fromEntries(report.files.map((f) => [f.path, f.lines]));

describe('istanbul coverage-summary.json', () => {
  it('reads c8: 12/18 lines and statements, 6/6 branches, 2/3 functions (text table: 66.66 / 100 / 66.66)', () => {
    const report = parseIstanbulSummary(sample('c8-coverage-summary.json'), 'x');
    const expected = { lines: { covered: 12, total: 18 }, statements: { covered: 12, total: 18 }, functions: { covered: 2, total: 3 }, branches: { covered: 6, total: 6 } };
    expect(report.totals).toEqual(expected);
    expect(report.files).toEqual([{ path: '/tmp/rf-scratch/mocha/src/calc.js', ...expected }]);
  });
  it('reads vitest v8: 4/7 lines but 6/9 statements', () => {
    const report = parseIstanbulSummary(sample('vitest-v8-coverage-summary.json'), 'x');
    expect(report.totals).toEqual({ lines: { covered: 4, total: 7 }, statements: { covered: 6, total: 9 }, functions: { covered: 2, total: 3 }, branches: { covered: 4, total: 6 } });
    expect(perFile(report)).toEqual({ '/tmp/rf-scratch/vitest4/src/calc.js': { covered: 4, total: 7 } });
  });
  it('reads an empty nyc run ("Unknown" pct) as zero counts and no files', () => {
    const report = parseIstanbulSummary(sample('nyc-coverage-summary-empty.json'), 'x');
    expect(report.totals.lines).toEqual({ covered: 0, total: 0 });
    expect(report.files).toEqual([]);
  });
});

describe('istanbul coverage-final.json, summarised as istanbul does', () => {
  it.each([
    // the same runs' coverage-summary.json holds these counts
    ['vitest-v8-coverage-final.json', '/tmp/rf-scratch/vitest4/src/calc.js', { lines: [4, 7], statements: [6, 9], functions: [2, 3], branches: [4, 6] }],
    ['jest-babel-coverage-final.json', '/tmp/rf-scratch/jest/src/calc.js', { lines: [5, 8], statements: [7, 10], functions: [2, 3], branches: [4, 6] }],
    ['c8-coverage-final.json', '/tmp/rf-scratch/mocha/src/calc.js', { lines: [12, 18], statements: [12, 18], functions: [2, 3], branches: [6, 6] }],
  ])('%s', (name, path, counts) => {
    const report = parseIstanbulFinal(sample(name), 'x');
    const expected = Object.fromEntries(Object.entries(counts).map(([metric, [covered, total]]) => [metric, { covered, total }]));
    expect(report.files).toEqual([{ path, ...expected }]);
    expect(report.totals).toEqual(expected);
  });
});

describe('coverage.py JSON', () => {
  it('reads 13/15 statements over two files (TOTAL 15 2 87%)', () => {
    const report = parseCoveragePyJson(sample('coveragepy-coverage.json'), 'x');
    expect(report.totals).toEqual({ lines: { covered: 13, total: 15 }, statements: { covered: 13, total: 15 } });
    expect(perFile(report)).toEqual({ 'pkg/__init__.py': { covered: 0, total: 0 }, 'pkg/calc.py': { covered: 13, total: 15 } });
    expect(report.producer).toBe('coverage.py');
  });
  it('keeps branches apart with --branch (6/6; the displayed 90% combines them)', () => {
    const report = parseCoveragePyJson(sample('coveragepy-coverage-branch.json'), 'x');
    expect(report.totals).toEqual({ lines: { covered: 13, total: 15 }, statements: { covered: 13, total: 15 }, branches: { covered: 6, total: 6 } });
    expect(report.files.find((f) => f.path === 'pkg/__init__.py')?.branches).toEqual({ covered: 0, total: 0 });
  });
});

describe('Cobertura from coverage.py with --branch', () => {
  it('reads totals, per-file counts, the source root and the producer', () => {
    const report = parseCobertura(sample('coveragepy-coverage-branch.xml'), 'x');
    expect(report.totals).toEqual({ lines: { covered: 13, total: 15 }, branches: { covered: 6, total: 6 } });
    expect(perFile(report)).toEqual({ 'pkg/__init__.py': { covered: 0, total: 0 }, 'pkg/calc.py': { covered: 13, total: 15 } });
    expect(report.roots).toEqual(['/tmp/rf-scratch/pytest']);
    expect(report.producer).toBe('coverage.py');
  });
});

describe('Go coverprofile', () => {
  it('reads a multi-package count profile: 7/10 statements (total: (statements) 70.0%), module path stripped', () => {
    const report = parseGoCoverprofile(sample('go-cover-multi.out'), 'x', goModulePath('module example.com/calc\n\ngo 1.19\n'));
    expect(report.totals).toEqual({ lines: { covered: 7, total: 10 }, statements: { covered: 7, total: 10 } });
    expect(perFile(report)).toEqual({ 'calc/calc.go': { covered: 6, total: 9 }, 'other/other.go': { covered: 1, total: 1 } });
  });
  it('keeps import paths without a module path; set mode gives 6/9 (coverage: 66.7% of statements)', () => {
    const report = parseGoCoverprofile(sample('go-cover-set.out'), 'x');
    expect(perFile(report)).toEqual({ 'example.com/calc/calc/calc.go': { covered: 6, total: 9 } });
  });
});

describe('JaCoCo XML', () => {
  it('reads report-level counters (LINE 6/10, BRANCH 4/6, METHOD 2/4) and the source file under its package', () => {
    const report = parseJacoco(sample('jacoco.xml'), 'x');
    const expected = { lines: { covered: 6, total: 10 }, branches: { covered: 4, total: 6 }, functions: { covered: 2, total: 4 } };
    expect(report.totals).toEqual(expected);
    expect(report.files).toEqual([{ path: 'demo/Calc.java', ...expected }]);
  });
});

describe('lcov from node:test (LH before LF, test files included)', () => {
  it('reads three files: 52/58 lines (all files 89.66), 13/15 functions (86.67)', () => {
    const report = parseLcov(sample('node-test-lcov.info'), 'x');
    expect(perFile(report)).toEqual({ 'src/calc.js': { covered: 12, total: 18 }, 'test/calc.test.js': { covered: 38, total: 38 }, 'test/other.test.js': { covered: 2, total: 2 } });
    expect(report.totals).toEqual({ lines: { covered: 52, total: 58 }, branches: { covered: 20, total: 20 }, functions: { covered: 13, total: 15 } });
  });
});

describe('cargo-tarpaulin, JSON and HTML', () => {
  it('reads --out Json: 21/25 lines of src/main.rs (its own "coverage": 84.0)', () => {
    const report = parseCoverage(sample('tarpaulin-report.json'), 'tarpaulin-report.json');
    expect(perFile(report)).toEqual({ '/home/eliminmax/Git/tarpaulin-repro/src/main.rs': { covered: 21, total: 25 } });
    expect(report.totals).toEqual({ lines: { covered: 21, total: 25 } });
  });
  it('reads --out Html from this run\'s `var data` (55/55), not the run before in `var previousData` (31/59)', () => {
    const report = parseCoverage(sample('tarpaulin-report.html'), 'tarpaulin-report.html');
    expect(perFile(report)).toEqual({ '/home/otterpohl/development/rust/100PrisonersProblem/src/main.rs': { covered: 55, total: 55 } });
    expect(report.totals).toEqual({ lines: { covered: 55, total: 55 } });
  });
  it('leaves out files with no coverable line (test files, build scripts)', () => {
    const data = { files: [
      { path: ['/', 'w', 'src', 'lib.rs'], covered: 3, coverable: 4 },
      { path: ['/', 'w', 'tests', 'it.rs'], covered: 0, coverable: 0 },
      { path: ['src', 'main.rs'], covered: 0, coverable: 2 },
    ] };
    expect(perFile(parseTarpaulin(data, 'x'))).toEqual({ '/w/src/lib.rs': { covered: 3, total: 4 }, 'src/main.rs': { covered: 0, total: 2 } });
    expect(parseTarpaulin(data, 'x').totals).toEqual({ lines: { covered: 3, total: 6 } });
  });
  it('finds no data in a page without the `var data` line, or with broken JSON there', () => {
    expect(tarpaulinHtmlData('<html><script>var previousData = {"files": []};</script></html>')).toBeUndefined();
    expect(tarpaulinHtmlData('<html>\nvar data = {"files": [;\n</html>')).toBeUndefined();
  });
});

describe('go tool cover -html, the page committed as coverage.html (w28, w79)', () => {
  it('reads each file of the menu as its percentage, import paths mapped through the module path', () => {
    const report = parseGoCoverHtml(sample('go-cover.html'), 'go cover html: coverage.html', 'example.com/calc');
    expect(perFile(report)).toEqual({
      'calc/calc.go': { covered: 667, total: 1000 },
      'calc/sub/sub.go': { covered: 500, total: 1000 },
      'other/other.go': { covered: 1000, total: 1000 },
    });
    expect(report.perFileOnly).toMatch(/no statement counts/);
  });
  it.each([
    [sample('go-cover.html'), true],
    ['<!DOCTYPE html><html><select id="files"><option value="file0">a/b.go (12.5%)</option></select></html>', true],
    // a menu of another page, or options without a percentage: no go cover page
    ['<!DOCTYPE html><html><select id="pages"><option value="file0">a/b.go (12.5%)</option></select></html>', false],
    ['<!DOCTYPE html><html><select id="files"><option value="file0">a/b.go</option></select></html>', false],
    [sample('tarpaulin-report.html'), false],
  ])('tells a go cover page from other HTML (%#)', (text, want) => {
    expect(isGoCoverHtml(text)).toBe(want);
  });
});

describe('parseCoverage tells the formats apart by content', () => {
  it.each([
    ['c8-lcov.info', 'lcov'],
    ['c8-cobertura.xml', 'cobertura'],
    ['c8-coverage-summary.json', 'istanbul-summary'],
    ['c8-coverage-final.json', 'istanbul'],
    ['coveragepy-coverage.json', 'coverage.py-json'],
    ['go-cover-multi.out', 'go'],
    ['jacoco.xml', 'jacoco'],
    ['tarpaulin-report.json', 'tarpaulin'],
    ['tarpaulin-report.html', 'tarpaulin'],
    ['go-cover.html', 'go cover html'],
  ])('%s is %s', (name, format) => {
    expect(parseCoverage(sample(name), `data/${name}`).source).toBe(`${format}: data/${name}`);
  });
  it('refuses a file in no coverage format', () => {
    expect(() => parseCoverage('{"hello": 1}', 'x.json')).toThrow('x.json is in no coverage format claimcheck reads');
  });
  it('refuses an HTML page that embeds no tool data', () => {
    expect(() => parseCoverage('<!doctype html>\n<html><body><script>var data = {"a": 1};</script></body></html>', 'index.html')).toThrow('index.html is in no coverage format claimcheck reads');
  });
});
