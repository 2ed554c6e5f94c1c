import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isTrx, parseTrx, trxSeconds } from '../../src/measure/formats/trx.js';
import { detectTestFormat, parseTestResults } from '../../src/measure/formats/test-results.js';

const sample = (name: string) => readFileSync(new URL(`../../fixtures/samples/${name}`, import.meta.url), 'utf8');

/** A TRX document around `results`, with the namespace vstest writes. */
const trx = (results: string, extra = '') =>
  `<?xml version="1.0" encoding="utf-8"?>\n<TestRun id="1" name="run" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results>${results}</Results>${extra}</TestRun>`;

describe('TRX', () => {
  it('reads the real xUnit sample: names, classes from the definitions, durations, the run time', () => {
    const run = parseTrx(sample('dotnet-xunit-trx.trx'), 'trx: TestResults/run.trx');
    expect(run.source).toBe('trx: TestResults/run.trx');
    const failing = run.cases.find((c) => c.name === 'DotnetTests.XUnitTests.CalculatorTests.Failing_Test');
    expect(failing).toMatchObject({ status: 'failed', suite: 'DotnetTests.XUnitTests.CalculatorTests' });
    expect(failing?.duration).toBeCloseTo(0.0032953, 7);
    expect(run.cases.find((c) => c.name.endsWith('Skipped_Test'))?.status).toBe('skipped');
    expect(run.duration).toBeCloseTo(1.061, 3);
  });

  it('counts the rows of a data-driven test, not their parent', () => {
    const text = trx(
      '<UnitTestResult testId="a" testName="Add" outcome="Failed" duration="00:00:00.5"><InnerResults>' +
        '<UnitTestResult testId="a" testName="Add (1,2)" outcome="Passed" resultType="DataDrivenDataRow" />' +
        '<UnitTestResult testId="a" testName="Add (2,2)" outcome="Failed" resultType="DataDrivenDataRow" />' +
        '</InnerResults></UnitTestResult>' +
        '<UnitTestResult testId="b" testName="Sub" outcome="Passed" />',
    );
    expect(parseTrx(text, 'x').cases.map((c) => [c.name, c.status])).toEqual([['Add (1,2)', 'passed'], ['Add (2,2)', 'failed'], ['Sub', 'passed']]);
  });

  it.each([
    ['Passed', 'passed'], ['PassedButRunAborted', 'passed'], ['Failed', 'failed'], ['Error', 'error'], ['Timeout', 'error'],
    ['Aborted', 'error'], ['NotExecuted', 'skipped'], ['Inconclusive', 'skipped'], ['Pending', 'skipped'],
  ])('reads outcome %s as %s', (outcome, status) => {
    expect(parseTrx(trx(`<UnitTestResult testId="a" testName="T" outcome="${outcome}" />`), 'x').cases[0]?.status).toBe(status);
  });

  it('is told from JUnit and from other XML by its root and namespace, byte-order mark or not', () => {
    expect(detectTestFormat(sample('dotnet-xunitv3-trx.trx'))).toBe('trx');
    expect(detectTestFormat(`\uFEFF${sample('dotnet-xunitv3-trx.trx')}`)).toBe('trx');
    expect(parseTestResults(`\uFEFF${sample('dotnet-xunitv3-trx.trx')}`, 'a.trx').cases).toHaveLength(4);
    expect(isTrx(sample('gradle-junit.xml'))).toBe(false);
    expect(isTrx('<TestRun id="1"><Results/></TestRun>')).toBe(false);
    expect(detectTestFormat('<failsafe-summary result="254" timeout="false"><completed>3</completed></failsafe-summary>')).toBeUndefined();
  });

  it('reads an empty run as no case', () => {
    expect(parseTrx(trx(''), 'x').cases).toEqual([]);
  });

  it.each([
    ['00:00:00.1084258', 0.1084258], ['00:01:02', 62], ['01:00:00.5', 3600.5], ['1.5', undefined], ['', undefined],
  ])('reads duration %s as %s seconds', (written, seconds) => {
    const read = trxSeconds(written);
    if (seconds === undefined) expect(read).toBeUndefined();
    else expect(read).toBeCloseTo(seconds, 7);
  });
});
