/** The figure scanner: which numbers are figures (with value, unit, qualifier, precision) and which are set aside, by which rule. */
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/commands/claims.js';

const figures = (markdown: string) => readReport('case.md', markdown).figures.map((f) => ({
  text: f.text, value: f.value, unit: f.unit, qualifier: f.qualifier, precision: f.precision, ...(f.range ? { range: f.range } : {}), ...(f.of !== undefined ? { of: f.of } : {}),
}));
const setAside = (markdown: string) => readReport('case.md', markdown).setAside.map((n) => `${n.rule} ${n.text}`);

describe('figure scanner: figures', () => {
  it.each([
    ['526 passing tests', { text: '526', value: 526, unit: 'count', qualifier: 'exact', precision: 0 }],
    ['coverage is 96.3%', { text: '96.3%', value: 96.3, unit: 'percent', qualifier: 'exact', precision: 1 }],
    ['about 5,139 lines', { text: 'about 5,139 lines', value: 5139, unit: 'lines', qualifier: 'approx', precision: 0 }],
    ['~40 specs', { text: '~40', value: 40, unit: 'count', qualifier: 'approx', precision: 0 }],
    ['300+ checks', { text: '300+', value: 300, unit: 'count', qualifier: 'atLeast', precision: 0 }],
    // "about N or more" is a floor: the `+` wins over the `~`
    ['~720+ total tests', { text: '~720+', value: 720, unit: 'count', qualifier: 'atLeast', precision: 0 }],
    ['latency >95% of the time', { text: '>95%', value: 95, unit: 'percent', qualifier: 'atLeast', precision: 0 }],
    ['20/21 green', { text: '20/21', value: 20, unit: 'ratio', qualifier: 'exact', precision: 0, of: 21 }],
    ['6 of 8 criteria', { text: '6 of 8', value: 6, unit: 'ratio', qualifier: 'exact', precision: 0, of: 8 }],
    ['between 55-85% covered', { text: '55-85%', value: 55, unit: 'percent', qualifier: 'range', precision: 0, range: [55, 85] }],
    ['the file (357 lines)', { text: '357 lines', value: 357, unit: 'lines', qualifier: 'exact', precision: 0 }],
    ['bundle of 12.5 KB', { text: '12.5 KB', value: 12.5, unit: 'bytes', qualifier: 'exact', precision: 1 }],
    ['ran in 3.19s', { text: '3.19s', value: 3.19, unit: 'seconds', qualifier: 'exact', precision: 2 }],
    ['p95 of 120 ms', { text: '120 ms', value: 120, unit: 'seconds', qualifier: 'exact', precision: 0 }],
    ['three failing tests', { text: 'three', value: 3, unit: 'count', qualifier: 'exact', precision: 0 }],
    // a bound written after the figure, or "above" before it
    ['coverage thresholds (50% minimum)', { text: '50% minimum', value: 50, unit: 'percent', qualifier: 'atLeast', precision: 0 }],
    ['3 or more failing tests', { text: '3 or more', value: 3, unit: 'count', qualifier: 'atLeast', precision: 0 }],
    ['keep flakiness at 5% or less', { text: '5% or less', value: 5, unit: 'percent', qualifier: 'atMost', precision: 0 }],
    ['coverage of 80% at least.', { text: '80% at least', value: 80, unit: 'percent', qualifier: 'atLeast', precision: 0 }],
    ['Maintain coverage above 90%', { text: 'above 90%', value: 90, unit: 'percent', qualifier: 'atLeast', precision: 0 }],
    // a qualifier word starts a word: "cover 100%" is no "over 100%"
    ['unit tests cover 100% of critical business logic', { text: '100%', value: 100, unit: 'percent', qualifier: 'exact', precision: 0 }],
    // a comparison with a goal named right after the figure states the goal itself (201:18, 001:172, w38:355)
    ['**Overall: 91%** (Below 95% requirement)', { text: '91%', value: 91, unit: 'percent', qualifier: 'exact', precision: 0 }, { text: 'Below 95%', value: 95, unit: 'percent', qualifier: 'exact', precision: 0 }],
    ['Availability: 100% (above 99.9% target)', { text: '100%', value: 100, unit: 'percent', qualifier: 'exact', precision: 0 }, { text: 'above 99.9%', value: 99.9, unit: 'percent', qualifier: 'exact', precision: 1 }],
    ['files below 90% coverage', { text: 'below 90%', value: 90, unit: 'percent', qualifier: 'atMost', precision: 0 }],
    ['a target under 10% flaky', { text: 'under 10%', value: 10, unit: 'percent', qualifier: 'atMost', precision: 0 }],
    // not a bound: a unit of time, and "at least" opening the next clause
    ['a run of 5 min', { text: '5 min', value: 5, unit: 'seconds', qualifier: 'exact', precision: 0 }],
    // hours written "h" right after the number, alone or as a range (302:93-97, w38, 002_fd, 024: "2-3h", "RTO ≤ 4h")
    ['| error.rs测试 | 2-3h | +2% |', { text: '2-3h', value: 2, unit: 'seconds', qualifier: 'range', precision: 0, range: [2, 3] }, { text: '2%', value: 2, unit: 'percent', qualifier: 'exact', precision: 0 }],
    ['| Chaos Engineering | 40h |', { text: '40h', value: 40, unit: 'seconds', qualifier: 'exact', precision: 0 }],
    ['80% at least once', { text: '80%', value: 80, unit: 'percent', qualifier: 'exact', precision: 0 }],
    ['12 minimal fixtures', { text: '12', value: 12, unit: 'count', qualifier: 'exact', precision: 0 }],
    ['```\nTests: 26 passed\n```', { text: '26', value: 26, unit: 'count', qualifier: 'exact', precision: 0 }],
    // scripts without spaces between words: the characters beside a number are the next words, not a name
    ['68个文件自动格式化', { text: '68', value: 68, unit: 'count', qualifier: 'exact', precision: 0 }],
    ['vm-core有7个错误', { text: '7', value: 7, unit: 'count', qualifier: 'exact', precision: 0 }],
  ])('reads %j', (markdown, ...expected) => {
    expect(figures(markdown)).toEqual(expected);
  });

  it('reads two figures where a dash joins a larger and a smaller number', () => {
    expect(figures('26 passed - 3 failed').map((f) => f.value)).toEqual([26, 3]);
    // The first keeps its percent sign: a share, never a count of items.
    expect(figures('### 3. Scene Graph (92% - 16 tests)').map((f) => `${f.text} ${f.unit}`)).toEqual(['92% percent', '16 count']);
  });

  it('reads two figures where a slash joins two percentages: a share of counts has no percent signs (406:293, w59:138)', () => {
    expect(figures('98% of target (49.06% / 50% target)').map((f) => `${f.text} ${f.unit}`)).toEqual(['98% percent', '49.06% percent', '50% percent']);
    expect(figures('Weighted mixing (80% / 20%)').map((f) => `${f.text} ${f.unit}`)).toEqual(['80% percent', '20% percent']);
    // counts over counts, or a percentage then a count, stay one figure
    expect(figures('20 / 21 green').map((f) => `${f.text} ${f.unit}`)).toEqual(['20 / 21 ratio']);
  });

  it('reads the figure after an ASCII arrow as exact: the head of "->" or "=>" is no lower bound', () => {
    expect(figures('Tests: 501 -> 538').map((f) => `${f.text} ${f.qualifier}`)).toEqual(['501 exact', '538 exact']);
    expect(figures('coverage 40% => 60%').map((f) => `${f.text} ${f.qualifier}`)).toEqual(['40% exact', '60% exact']);
    expect(figures('latency >95%, p99 >= 200 ms').map((f) => `${f.text} ${f.qualifier}`)).toEqual(['>95% atLeast', '>= 200 ms atLeast']);
  });

  it.each([
    'One of the reasons is speed.',
    'no issues were found',
    '```python\ntotal = 26 + 3\n```',
    '```json\n{ "passed": 26 }\n```',
  ])('finds no figure in %j', (markdown) => {
    expect(figures(markdown)).toEqual([]);
  });
});

describe('figure scanner: numbers set aside, each by its rule', () => {
  it.each([
    ['Released v1.2 on 2025-10-07 at 14:30 UTC.', ['version 1.2', 'date 2025-10-07', 'time-of-day 14:30 UTC']],
    ['Requires Node 20 and ES2020.', ['version 20', 'name-part 2020']],
    ['Fixed in #123 and PR 45, commit 4f3a2b1c.', ['id 123', 'id 45', 'hash 4f3a2b1c']],
    ['Serves on localhost:3000, see line 251.', ['port 3000', 'line-reference 251']],
    ['Phase 2 covers P1 issues; the server returns 404 Not Found.', ['ordinal-name 2', 'name-part 1', 'http-status 404']],
    // an "h" that opens a word is no unit of hours: "4th", "2hr" is one (above); "H2" stays a name
    ['The 4th run on H2 hardware', ['name-part 4', 'name-part 2']],
    // an error heading names its status code in parentheses (w58:644, 654)
    ['### Permission Errors (403)', ['http-status 403']],
    ['### Authentication Errors (401)', ['http-status 401']],
    ['- Forbidden (403) for viewers', ['http-status 403']],
    ['Fix 3 is done; Phase 2 remains; Run 4 failed.', ['ordinal-name 3', 'ordinal-name 2', 'ordinal-name 4']],
    ['## 3. Results', ['section-number 3']],
    ['## 2️⃣ Modules', ['list-ordinal 2']],
    ['Dual-stack 127.0.0.1 and HTTP/2.', ['ip-or-dotted 127.0.0.1', 'name-part 2']],
    ['Run `npm test -- --shard 2` first.', ['inline-code 2']],
    ['```console\n$ pytest -n 4\n12 passed\n```', ['command 4']],
    // "第3章" is an ordinal, as "P1" stays a name beside Chinese text
    ['见第3章和P1问题', ['name-part 3', 'name-part 1']],
  ])('sets aside the numbers of %j', (markdown, expected) => {
    expect(setAside(markdown)).toEqual(expected);
    expect(figures(markdown).filter((f) => !/passed/.test(markdown) || f.value !== 12)).toEqual([]);
  });

  it.each([
    ['Fix 161 failing tests', 161],
    ['We run 32 security tests on every commit.', 32],
    ['We run 40 tests against staging.', 40],
    // a count of errors, or a figure of another unit, in parentheses stays a figure
    ['### Validation Errors (120 tests)', 120],
    ['### Errors (12)', 12],
  ])('reads a number after an ordinal noun used as a verb over a count of tests: %j', (markdown, value) => {
    expect(setAside(markdown)).toEqual([]);
    expect(figures(markdown).map((f) => f.value)).toEqual([value]);
  });

  it('keeps a number a claim reads even when a rule would set it aside', () => {
    const read = readReport('case.md', 'The fix is at `scripts/setup.sh:1799`.');
    expect(read.claims.map((c) => c.kind)).toContain('file.snippet');
    expect(read.figures.map((f) => f.value)).toEqual([1799]);
    expect(read.setAside).toEqual([]);
  });
});
