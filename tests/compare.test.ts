import { describe, expect, it } from 'vitest';
import { compare, defaultTolerance, describeClaim, holds, roundsTo } from '../src/check/compare.js';
import type { Claim } from '../src/model.js';

function claim(over: Partial<Claim>): Claim {
  return {
    id: 'x', kind: 'coverage.lines', subject: { scope: 'all' }, value: 83, unit: 'percent', qualifier: 'exact',
    precision: 0, tense: 'current', text: '83%', position: { line: 1, column: 1, offset: 0 }, context: { headings: [] }, ...over,
  };
}

describe('roundsTo', () => {
  it.each([
    [82.5, 83, 0, true], [83.49, 83, 0, true], [82.49, 83, 0, false],
    [96.25, 96.3, 1, true], [96.349, 96.3, 1, true], [96.2, 96.3, 1, false],
    [66.666, 66.66, 2, true], // istanbul truncates
    [66.666, 66.67, 2, true], // half-up
    [0.5, 0, 0, true], // half-even
    [83.9, 83, 0, true], // truncation reading
    [84, 83, 0, false],
  ])('%d shown with %d decimals reads as %d', (measured, claimed, precision, expected) => {
    expect(roundsTo(measured, claimed, precision)).toBe(expected);
  });
});

describe('holds', () => {
  const t = defaultTolerance;
  it.each<[Partial<Claim>, number, boolean]>([
    [{ unit: 'count', value: 300, qualifier: 'atLeast' }, 300, true],
    [{ unit: 'count', value: 300, qualifier: 'atLeast' }, 299, false],
    [{ unit: 'count', value: 5139, qualifier: 'approx' }, 5139 * 1.05, true],
    [{ unit: 'count', value: 5139, qualifier: 'approx' }, 5139 * 1.06, false],
    // A small approximate count allows its neighbours, no further (w40:60 "~12 tests", 11; w40:50 "~12", 10).
    [{ unit: 'count', value: 12, qualifier: 'approx' }, 11, true],
    [{ unit: 'count', value: 12, qualifier: 'approx' }, 13, true],
    [{ unit: 'count', value: 12, qualifier: 'approx' }, 10, false],
    [{ unit: 'count', value: 8, qualifier: 'approx' }, 8, true],
    [{ unit: 'percent', value: 12, qualifier: 'approx' }, 13, false], // ±5% of a percentage, as before
    [{ unit: 'percent', value: 55, qualifier: 'range', range: [55, 85] }, 85.4, true],
    [{ unit: 'percent', value: 55, qualifier: 'range', range: [55, 85] }, 86, false],
    [{ unit: 'lines', value: 90 }, 91, true],
    [{ unit: 'lines', value: 90 }, 92, false],
    [{ unit: 'count', value: 12 }, 12, true],
    [{ unit: 'count', value: 12 }, 13, false],
    [{ unit: 'percent', value: 5, qualifier: 'atMost' }, 5.4, true],
    // Sizes at their written precision, half a unit either way (measured in kB or KiB).
    [{ unit: 'bytes', value: 4 }, 3.5, true],
    [{ unit: 'bytes', value: 4 }, 4.5, true],
    [{ unit: 'bytes', value: 4 }, 3.49, false],
    [{ unit: 'bytes', value: 4 }, 5040 / 1024, false], // 4.92 KiB: truncation used to read it as 4
    [{ unit: 'bytes', value: 4 }, 5040 / 1000, false],
    [{ unit: 'bytes', value: 4.2, precision: 1 }, 4.15, true],
    [{ unit: 'bytes', value: 4.2, precision: 1 }, 4.25, true],
    [{ unit: 'bytes', value: 4.2, precision: 1 }, 4.29, false],
    // As `ls -lh` prints them, rounded up: one decimal below 10 units, whole units from 10 on.
    [{ unit: 'bytes', value: 8.1, precision: 1 }, 8201 / 1024, true],
    [{ unit: 'bytes', value: 8.1, precision: 1 }, 8.1, true],
    [{ unit: 'bytes', value: 8.2, precision: 1 }, 8201 / 1024, false],
    [{ unit: 'bytes', value: 11 }, 10300 / 1024, true],
    [{ unit: 'bytes', value: 12 }, 10300 / 1024, false],
    [{ unit: 'bytes', value: 4 }, 3.2, false], // ls prints 3.2K, not 4K
    [{ unit: 'bytes', value: 9.7, precision: 1 }, 9.61, true],
  ])('%j against %d', (over, measured, expected) => {
    expect(holds(claim(over), measured, t)).toBe(expected);
  });
});

describe('compare', () => {
  it('confirms through an alternative reading and says which', () => {
    const result = compare(claim({ kind: 'tests.passRate', value: 80 }), { value: 66.67, alternatives: [80], source: 'junit: r.xml' });
    expect(result.verdict).toBe('confirmed');
    expect(result.message).toBe('claims 80% pass rate; measured 80% (one valid reading; also 66.7%) (junit: r.xml)');
  });
  it('contradicts with both figures in the message', () => {
    const result = compare(claim({ kind: 'tests.passRate', value: 96.3, precision: 1 }), { value: 91.2, source: 'junit: reports/junit.xml' });
    expect(result).toEqual({ verdict: 'contradicted', message: 'claims 96.3% pass rate; measured 91.20% (junit: reports/junit.xml)' });
  });
  it('honours a configured line tolerance', () => {
    const c = claim({ kind: 'file.lines', unit: 'lines', value: 90, subject: { path: 'a.sh' } });
    expect(compare(c, { value: 93, source: 'file: a.sh' }, { ...defaultTolerance, lines: 3 }).verdict).toBe('confirmed');
    expect(compare(c, { value: 93, source: 'file: a.sh' }).verdict).toBe('contradicted');
  });
});

describe('yes/no facts read in words', () => {
  it.each<[Partial<Claim>, boolean, string]>([
    [{ kind: 'git.clean', value: true, unit: 'none' }, false, 'claims a clean working tree; measured not clean (git status: 3 changed)'],
    [{ kind: 'git.clean', value: true, unit: 'none' }, true, 'claims a clean working tree; measured clean (git status: 3 changed)'],
    [{ kind: 'file.exists', value: true, unit: 'none', subject: { path: 'logs/run.log' } }, false, 'claims `logs/run.log` exists; measured not found (git status: 3 changed)'],
    [{ kind: 'git.branch', value: true, unit: 'none', subject: { name: 'release' } }, true, 'claims branch `release` exists; measured exists (git status: 3 changed)'],
  ])('%o measured %s', (over, value, message) => {
    const result = compare(claim(over), { value, source: 'git status: 3 changed' });
    expect(result.message).toBe(message);
    expect(result.message).not.toMatch(/\b(?:true|false)\b/);
  });
});

describe('a part of a whole with no percentage', () => {
  it('is shown with its whole, as written', () => {
    const ratio = claim({ kind: 'ratio', unit: 'ratio', value: 9, text: '9/11', subject: { category: 'Healthy Services' } });
    expect(describeClaim(ratio)).toBe('9/11 Healthy Services ratio');
    // A percentage keeps its own figure.
    expect(describeClaim(claim({ kind: 'ratio', unit: 'percent', value: 82, text: '9/11 healthy (82%)', subject: { scope: 'all' } }))).toBe('82% ratio');
  });
});

describe('a count of tests as the report counts them', () => {
  const tests = (over: Partial<Claim>) => claim({ kind: 'tests.total', unit: 'count', value: 32, text: '32', ...over });
  it.each<[string, Partial<Claim>, string]>([
    // a Subtests column or the subtest noun in the claim's own text: subtests (w62:131, 227)
    ['a Subtestes column', { subject: { name: 'PIX' }, context: { headings: [], block: 'cell', table: { header: 'Subtestes', row: 'PIX' } } }, '32 subtests for "PIX"'],
    ['the noun in the text', { text: '119 subtestes', value: 119 }, '119 subtests'],
    ['one sub-test', { text: '1 sub-test', value: 1 }, '1 subtest'],
    // a Tests column, or no noun: tests
    ['a Tests column', { subject: { name: 'PIX' }, context: { headings: [], block: 'cell', table: { header: 'Tests', row: 'PIX' } } }, '32 tests for "PIX"'],
    ['a bare count', {}, '32 tests'],
  ])('%s', (_what, over, said) => {
    expect(describeClaim(tests(over))).toBe(said);
  });
});
