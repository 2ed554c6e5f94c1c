/**
 * restated-parts: a count of a part's tests that the verifier found nothing to measure by takes the measurement of
 * another line stating the same count of the same part (w71:34–38 by their sections, w49:403, 405 by the Test Cases
 * table). The outcomes are the tests verifier's; the verdicts that follow are checked on real files in
 * tests/verifiers/subsection-total.test.ts and tests-defined.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { restatedParts } from '../../src/check/restated-parts.js';
import type { Claim, Outcome } from '../../src/model.js';

function count(line: number, over: Partial<Claim> = {}): Claim {
  return {
    id: `c${line}`, kind: 'tests.total', subject: { name: 'Parsers' }, value: 62, unit: 'count', qualifier: 'exact', precision: 0, tense: 'current',
    text: '62', position: { line, column: 1, offset: 0 }, context: { headings: [] }, ...over,
  };
}
const measured = (value: number, extra: Partial<Extract<Outcome, { kind: 'measured' }>['measured']> = {}): Outcome => ({ kind: 'measured', measured: { value, source: 'files', ...extra } });
const open: Outcome | undefined = undefined;
const leftOpen: Outcome = { kind: 'unverifiable', reason: 'the list counts passing tests' };

/** Claims and outcomes; the index of the claim that takes a measurement, and its value (undefined: none taken). */
const cases: Array<[what: string, claims: Claim[], outcomes: Array<Outcome | undefined>, want: [number, number] | undefined]> = [
  ['a row stated again by a measured heading (w71:35)', [count(35), count(115)], [open, measured(70)], [0, 70]],
  ['a path stated twice', [count(3, { subject: { path: 'a_test.go' } }), count(9, { subject: { path: 'a_test.go' } })], [measured(5), open], [1, 5]],
  ['every reading goes along', [count(35), count(115)], [open, measured(70, { alternatives: [62] })], [0, 70]],
  // nothing taken
  ['another value', [count(35, { value: 61 }), count(115)], [open, measured(70)], undefined],
  ['another part', [count(35, { subject: { name: 'Parser' } }), count(115)], [open, measured(70)], undefined],
  ['another qualifier', [count(35, { qualifier: 'atLeast' }), count(115)], [open, measured(70)], undefined],
  ['a line the verifier left open for its own reason', [count(35), count(115)], [leftOpen, measured(70)], undefined],
  ['a measurement that proves nothing', [count(35), count(115)], [open, measured(70, { inconclusive: 'tests made at run time' })], undefined],
  ['two lines measured to different values', [count(35), count(115), count(200)], [open, measured(70), measured(71)], undefined],
  ['the whole suite', [count(35, { subject: { scope: 'all' } }), count(115, { subject: { scope: 'all' } })], [open, measured(70)], undefined],
  ['a count that is no test total', [count(35, { kind: 'tests.passed' }), count(115, { kind: 'tests.passed' })], [open, measured(70)], undefined],
  ['a target', [count(35, { tense: 'target' }), count(115)], [open, measured(70)], undefined],
];

describe('restatedParts', () => {
  it('has positive and negative cases', () => expect(cases.some((c) => c[3]) && cases.some((c) => !c[3])).toBe(true));
  it.each(cases)('%s', (_what, claims, outcomes, want) => {
    const taken = restatedParts(claims, outcomes);
    if (want === undefined) return expect([...taken.keys()]).toEqual([]);
    const [index, value] = want;
    expect([...taken.keys()]).toEqual([index]);
    const outcome = taken.get(index)!;
    expect(outcome.kind === 'measured' && outcome.measured.value).toBe(value);
    expect(outcome.kind === 'measured' && outcome.measured.source).toMatch(/^line \d+ states the same \d+ of it: files$/);
  });
  it('keeps the other readings', () => {
    const outcome = restatedParts([count(35), count(115)], [open, measured(70, { alternatives: [62], readings: ['test cases', 'test methods'] })]).get(0)!;
    expect(outcome.kind === 'measured' && [outcome.measured.alternatives, outcome.measured.readings]).toEqual([[62], ['test cases', 'test methods']]);
  });
});
