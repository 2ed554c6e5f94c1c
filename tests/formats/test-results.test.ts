import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectTestFormat, mergeCases, parseTestResults } from '../../src/measure/formats/test-results.js';
import type { TestCase } from '../../src/measure/formats/types.js';

const folder = new URL('../../fixtures/samples/', import.meta.url);
const sample = (name: string) => readFileSync(new URL(name, folder), 'utf8');
const tally = (cases: readonly TestCase[]) => cases.reduce<Record<string, number>>((t, c) => ({ ...t, [c.status]: (t[c.status] ?? 0) + 1 }), {});
const todos = (cases: readonly TestCase[]) => cases.filter((c) => c.todo).length;

// Real samples from shared/reference/samples; expected figures are the reference's own tables.
describe('test result formats (real samples)', () => {
  it.each([
    // Jest 30 --json: 11 as in "Tests: 2 failed, 1 skipped, 1 todo, 7 passed, 11 total"; the broken file adds no test
    ['jest-results.json', 'jest-json', 11, { passed: 7, failed: 2, skipped: 2 }, 1, { total: 11, passed: 7, failed: 2, skipped: 1, todo: 1 }],
    // Vitest 4.1 --reporter=json: the same suite, the same counts
    ['vitest-results.json', 'jest-json', 11, { passed: 7, failed: 2, skipped: 2 }, 1, { total: 11, passed: 7, failed: 2, skipped: 1, todo: 1 }],
    // node:test TAP: 13 leaves (the runner's "tests 14" counts the parent test too); a failing todo is a todo
    ['node-test.tap', 'tap', 13, { passed: 6, failed: 3, skipped: 4 }, 2, { total: 14, passed: 7, failed: 3, skipped: 2, todo: 2 }],
    // bats 1.8.2 TAP: "5 tests, 2 failures, 1 skipped"
    ['bats.tap', 'tap', 5, { passed: 2, failed: 2, skipped: 1 }, 0, undefined],
    // bats 1.13 tap13 writes the skipped test as "not ok … # SKIP": still skipped
    ['bats-tap13.tap', 'tap', 5, { passed: 2, failed: 2, skipped: 1 }, 0, undefined],
    // mocha TAP: 11 points, trailer "# tests 9" (pass + fail)
    ['mocha.tap', 'tap', 11, { passed: 6, failed: 3, skipped: 2 }, 0, { total: 9, passed: 6, failed: 3 }],
    // vitest TAP with `{` blocks: leaves only
    ['vitest.tap', 'tap', 10, { passed: 6, failed: 2, skipped: 2 }, 1, undefined],
    // go test -json (Go 1.19): 9 leaves; with parents 10 and 4 failures as gotestsum counts
    ['go-test.jsonl', 'go-test-json', 9, { passed: 5, failed: 3, skipped: 1 }, 0, { total: 10, passed: 5, failed: 4, skipped: 1 }],
    // cargo test --no-fail-fast: every `test result:` line summed
    ['cargo-test.txt', 'libtest', 8, { passed: 5, failed: 2, skipped: 1 }, 0, { total: 8, passed: 5, failed: 2, skipped: 1 }],
    // JUnit dialects
    ['bats-junit.xml', 'junit', 5, { passed: 2, failed: 2, skipped: 1 }, 0, undefined],
    ['go-junit-report.xml', 'junit', 11, { passed: 5, failed: 4, error: 1, skipped: 1 }, 0, undefined],
    ['jest-junit.xml', 'junit', 11, { passed: 8, failed: 2, skipped: 1 }, 0, undefined],
    ['mocha-junit-reporter.xml', 'junit', 11, { passed: 6, failed: 3, skipped: 2 }, 0, undefined],
    // mocha's xunit counts failures in errors=, but each failing case carries <failure>
    ['mocha-xunit.xml', 'junit', 11, { passed: 6, failed: 3, skipped: 2 }, 0, undefined],
    ['node-test-junit.xml', 'junit', 13, { passed: 6, failed: 3, skipped: 4 }, 2, { total: 14, passed: 7, failed: 3, skipped: 2, todo: 2 }],
    // JUnit XML as Gradle writes it (build/test-results/test/TEST-*.xml): one <testsuite> root, <properties/>
    ['gradle-junit.xml', 'junit', 3, { passed: 2, failed: 1 }, 0, undefined],
    // Maven Failsafe 3.0 (target/failsafe-reports/TEST-*.xml): Surefire's dialect under the Failsafe schema
    ['failsafe-TEST-SampleIT.xml', 'junit', 1, { passed: 1 }, 0, undefined],
    // PHPUnit 11 --log-junit: suites nested in a suite, .phpt cases at the outer level
    ['phpunit-junit.xml', 'junit', 12, { passed: 10, failed: 2 }, 0, undefined],
    // swift test --xunit-output: an XCTSkip test is written without <skipped>, so the file says it passed
    ['swift-test-xunit.xml', 'junit', 3, { passed: 2, failed: 1 }, 0, undefined],
    // .NET TRX (xUnit via vstest): NotExecuted is skipped; the runner's counters leave notExecuted at 0
    ['dotnet-xunit-trx.trx', 'trx', 7, { passed: 3, failed: 3, skipped: 1 }, 0, { total: 7, passed: 3, failed: 3, skipped: 0 }],
    // .NET TRX (xUnit v3): two class clean-up failures are results of their own, as the counters count them
    ['dotnet-xunitv3-trx.trx', 'trx', 4, { passed: 1, failed: 3 }, 0, { total: 4, passed: 1, failed: 3, skipped: 0 }],
  ])('%s (%s): %d cases', (name, format, total, counts, todo, stated) => {
    const text = sample(name);
    expect(detectTestFormat(text)).toBe(format);
    const run = parseTestResults(text, name);
    expect(run.cases).toHaveLength(total);
    expect(tally(run.cases)).toEqual(counts);
    expect(todos(run.cases)).toBe(todo);
    expect(run.stated).toEqual(stated);
  });

  it('lists files and packages that never ran', () => {
    expect(parseTestResults(sample('go-test.jsonl'), 'x').broken).toEqual(['example.com/calc/broken']);
    const jest = parseTestResults(sample('jest-results.json'), 'x', (file) => file.replace('/tmp/rf-scratch/jest/', ''));
    expect(jest.broken).toEqual(['test/broken.test.js']);
    expect(jest.cases.filter((c) => c.file === 'test/calc.test.js')).toHaveLength(10);
  });

  it('counts Surefire reruns written to two files once: "Tests run: 12, Failures: 2, Errors: 1, Skipped: 2"', () => {
    const dir = new URL('surefire-rerun/', folder);
    const runs = readdirSync(dir).sort().map((f) => parseTestResults(readFileSync(new URL(f, dir), 'utf8'), f));
    expect(runs.reduce((n, r) => n + r.cases.length, 0)).toBe(14);
    const merged = mergeCases(runs);
    expect(merged).toHaveLength(12);
    expect(tally(merged)).toEqual({ passed: 7, failed: 2, error: 1, skipped: 2 });
  });

  it('refuses text in no known format', () => {
    expect(detectTestFormat('hello')).toBeUndefined();
    expect(() => parseTestResults('{"a":1}', 'x.json')).toThrow(/not a test result file/);
  });
});
