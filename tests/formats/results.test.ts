import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJunit } from '../../src/measure/formats/junit.js';
import { parseLcov } from '../../src/measure/formats/lcov.js';
import { parseCobertura } from '../../src/measure/formats/cobertura.js';

const sample = (name: string) => readFileSync(new URL(`../../fixtures/samples/${name}`, import.meta.url), 'utf8');
const tally = (cases: Array<{ status: string }>) => cases.reduce<Record<string, number>>((t, c) => ({ ...t, [c.status]: (t[c.status] ?? 0) + 1 }), {});

describe('JUnit XML (real samples from shared/reference)', () => {
  it.each([
    // pytest: 13 <testcase> though tests="14"; setup/teardown problems are <error>
    ['pytest-junit.xml', 13, { passed: 6, failed: 2, skipped: 3, error: 2 }],
    // vitest: a file that fails to import is one synthetic failing case; skip and todo are <skipped/>
    ['vitest-junit.xml', 12, { passed: 7, failed: 3, skipped: 2 }],
    // node:test 20: no attributes on the root, nested suites; a failing todo carries <failure> but is a todo, as node counts it
    ['node-test-junit.xml', 13, { passed: 6, failed: 3, skipped: 4 }],
  ])('%s has %d leaf cases', (name, total, counts) => {
    const { cases } = parseJunit(sample(name));
    expect(cases).toHaveLength(total);
    expect(tally(cases)).toEqual(counts);
  });

  it('refuses XML that is not JUnit', () => {
    expect(() => parseJunit('<coverage/>')).toThrow(/not a JUnit XML file/);
  });
});

describe('coverage files (real samples)', () => {
  it('reads c8 lcov: 12/18 lines, 6/6 branches, 2/3 functions', () => {
    const report = parseLcov(sample('c8-lcov.info'), 'lcov: x');
    expect(report.totals).toEqual({ lines: { covered: 12, total: 18 }, branches: { covered: 6, total: 6 }, functions: { covered: 2, total: 3 } });
    expect(report.files.map((f) => f.path)).toEqual(['src/calc.js']);
  });
  it('reads c8 Cobertura with the same totals', () => {
    const report = parseCobertura(sample('c8-cobertura.xml'), 'cobertura: x');
    expect(report.totals.lines).toEqual({ covered: 12, total: 18 });
    expect(report.totals.branches).toEqual({ covered: 6, total: 6 });
  });
  it('reads coverage.py Cobertura: 13/15 lines (87% as coverage.py shows it)', () => {
    const report = parseCobertura(sample('coveragepy-coverage.xml'), 'cobertura: x');
    expect(report.totals.lines).toEqual({ covered: 13, total: 15 });
    expect(report.files.find((f) => f.path === 'pkg/calc.py')?.lines).toEqual({ covered: 13, total: 15 });
  });
});
