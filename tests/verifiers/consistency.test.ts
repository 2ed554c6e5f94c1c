/**
 * The consistency verifier on twin fixtures: for every relation, a report
 * where it holds and one where it breaks. Each fixture lists the verdicts it
 * expects, by line, in a trailing `<!-- expect ... -->` comment.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';
import { run } from '../../src/commands/cli.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const folder = path.join(root, 'fixtures/consistency');
const fixtures = readdirSync(folder).filter((f) => f.endsWith('.md')).sort();
const scratch = mkdtempSync(path.join(tmpdir(), 'claimcheck-consistency-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** `line verdict` pairs from the fixture's expect comment, sorted. */
function expected(file: string): string[] {
  const block = /<!-- expect\n(?<body>[\s\S]*?)-->/.exec(readFileSync(path.join(folder, file), 'utf8'))?.groups?.body ?? '';
  return block.split('\n').map((l) => l.trim()).filter(Boolean).sort();
}

async function judged(report: string): Promise<Array<{ line: number; verdict: string; message: string }>> {
  const result = await verify({ reports: [report], repo: scratch, cwd: root, checks: ['consistency'] });
  return result.reports[0]!.findings
    .filter((f) => f.verifier === 'consistency' && (f.verdict === 'consistent' || f.verdict === 'contradicted'))
    .map((f) => ({ line: f.claim.position.line, verdict: f.verdict, message: f.message }));
}

describe('consistency fixtures', () => {
  it('has a broken twin for every report where the relations hold', () => {
    const ok = fixtures.filter((f) => f.endsWith('-ok.md')).map((f) => f.replace(/-ok\.md$/, ''));
    const broken = fixtures.filter((f) => f.endsWith('-broken.md')).map((f) => f.replace(/-broken\.md$/, ''));
    expect(ok.length).toBeGreaterThanOrEqual(8);
    expect(broken).toEqual(ok);
  });
  for (const file of fixtures) {
    it(`${file}: the verdict of every relation, on its line`, async () => {
      const findings = await judged(path.join('fixtures/consistency', file));
      expect(findings.map((f) => `${f.line} ${f.verdict}`).sort()).toEqual(expected(file));
      if (file.endsWith('-ok.md')) expect(findings.every((f) => f.verdict === 'consistent')).toBe(true);
      else expect(findings.some((f) => f.verdict === 'contradicted')).toBe(true);
    });
  }
});

describe('messages show the computation', () => {
  it('for sums, rates, ratios, changes and lists', async () => {
    const ok = await judged('fixtures/consistency/sums-ok.md');
    expect(ok.find((f) => f.line === 3)?.message).toBe('adds up: 580 + 32 = 612 (not measured)');
    const rates = await judged('fixtures/consistency/rates-broken.md');
    expect(rates.find((f) => f.line === 11)?.message).toBe('412 / 530 = 77.7%, report says 87%');
    expect(rates.find((f) => f.line === 3 && f.verdict === 'contradicted')?.message).toContain('431 / 444 = 97.1% (over all tests)');
    const changes = await judged('fixtures/consistency/changes-broken.md');
    expect(changes.find((f) => f.line === 3)?.message).toBe('88 − 61 = 27 ✓; (88 − 61) / 61 = 44.3% (relative), report says 54%');
    const lists = await judged('fixtures/consistency/lists-broken.md');
    expect(lists.find((f) => f.line === 3)?.message).toBe('items in the list at line 4 = 3, report says 2');
    const annotated = await judged('fixtures/consistency/lists-annotated-broken.md');
    expect(annotated.find((f) => f.line === 3)?.message).toBe('entries in the list at line 4 (not counting 2 annotation items) = 4, report says 3');
    const apart = await judged('fixtures/consistency/rates-apart-broken.md');
    expect(apart.find((f) => f.line === 6)?.message).toBe('442 / (442 + 0) = 100% (over tests run, counts at lines 3–5); or 442 / (442 + 0 + 0) = 100% (over all tests, counts at lines 3–5), report says 99%');
  });
});

describe('operands as written', () => {
  judgesEach([
    // a decimal part is shown with its decimals, not rounded to 14
    ['**Current Score**: 13.5/50 (27%)', ['1 consistent: adds up: 13.5 / 50 = 27% (not measured)']],
    ['**Current Score**: 13.5/50 (29%)', ['1 contradicted: 13.5 / 50 = 27%, report says 29%']],
    ['Coverage: 92.47% (15,459/16,679 lines)', ['1 contradicted: 15,459 / 16,679 = 92.685%, report says 92.47%']],
  ], 'operands.md');
});

describe('rounding and bounds', () => {
  const cases: Array<[string, 'consistent' | 'contradicted']> = [
    ['Result: 2/3 checks green (66%).', 'consistent'], // truncation of 66.67
    ['Result: 2/3 checks green (67%).', 'consistent'], // half-up
    ['Result: 1/8 checks green (12%).', 'consistent'], // 12.5 half-even
    ['Result: 2/3 checks green (65%).', 'contradicted'],
    ['Suite: 90 passing, 5 failing, 100 tests total (94.7% pass rate).', 'consistent'], // over tests run: 90/95
    ['Suite: 90 passing, 5 failing, 100 tests total (93% pass rate).', 'contradicted'],
    ['Tests: 9 → 55+ modules (+46 modules).', 'consistent'], // a lower bound holds within its bound
    ['Docs: ~1,400 → 1,734 pages (+327 pages).', 'consistent'], // ~1,400 stands for ±5%
    ['Docs: 1,400 → 1,734 pages (+327 pages).', 'contradicted'],
    // the same change in words, "from … to …": in points or relative, as an arrow's
    ['Coverage improved from **15% to 24%** (+9% improvement).', 'consistent'],
    ['Improved from 27% to 53% production readiness (+96% improvement).', 'consistent'], // (53 − 27) / 27
    ['Coverage improved from 15% to 24% (+12% improvement).', 'contradicted'],
  ];
  for (const [markdown, verdict] of cases) {
    it(`${verdict}: ${markdown}`, async () => {
      const file = path.join(scratch, 'case.md');
      writeFileSync(file, markdown + '\n');
      const findings = await judged(file);
      expect(findings.map((f) => f.verdict)).toEqual([verdict]);
    });
  }
});

describe('what is no sum', () => {
  it('a count row under rate rows: the rates are no parts of the count', async () => {
    const file = path.join(scratch, 'metrics.md');
    writeFileSync(file, '| Metric | Value |\n| --- | --- |\n| **Pass Rate** | 83.94% |\n| **Skip Rate** | 3.67% |\n| **Failure Rate** | 15.47% |\n| **Total Tests** | 2559 |\n');
    expect(await judged(file)).toEqual([]);
  });
  it('a count column and a percentage column beside a change: two measures, not a before and an after', async () => {
    const file = path.join(scratch, 'modules.md');
    writeFileSync(file, '| Module | Lines | Coverage | Change |\n| --- | --- | --- | --- |\n| dashboard.py | 128 | 30% | +25% |\n| monitor.py | 207 | 24% | +1% |\n');
    expect(await judged(file)).toEqual([]);
  });
});

describe('a total row\'s cell over a column with no figures', () => {
  const cases: Array<[string, string]> = [
    // the Owner column holds words: the finding on the TOTAL row names that row, not the first one above
    // (a Notes column's "96% improvement", 501:24, is a remark and no total at all: figure-score-columns)
    ['| Module | Files | Owner |\n| --- | --- | --- |\n| **1. Access** | 2 | Ann |\n| **2. Secrets** | 3 | Bob |\n| **TOTAL** | **5** | **2** |', 'column "Owner" holds no figures above row "TOTAL" to add up'],
    // one row above lacks a figure: that row is named, and the total row it stands under
    ['| Category | Files |\n| --- | --- |\n| Access | 2 |\n| Secrets | n/a |\n| **Total** | **40%** |', 'row "Secrets" above row "Total" has no single figure in column "Files"'],
  ];
  for (const [markdown, want] of cases) {
    it(markdown.split('\n').at(-1)!, async () => {
      const file = path.join(scratch, 'total-row.md');
      writeFileSync(file, markdown + '\n');
      const result = await verify({ reports: [file], repo: scratch, cwd: root, checks: ['consistency'] });
      const messages = result.reports[0]!.findings.filter((f) => f.verifier === 'consistency' && f.claim.position.line === 5).map((f) => f.message);
      expect(messages).toContain(want);
    });
  }
});

/** One test per report of `cases`: its findings, as `line verdict: message`, are exactly the ones listed. */
function judgesEach(cases: ReadonlyArray<[string, string[]]>, name: string): void {
  for (const [markdown, want] of cases) {
    it(markdown.split('\n')[0]!, async () => {
      const file = path.join(scratch, name);
      writeFileSync(file, markdown + '\n');
      expect((await judged(file)).map((f) => `${f.line} ${f.verdict}: ${f.message}`)).toEqual(want);
    });
  }
}

describe('a change stated in a later cell of its row', () => {
  const table = (notes: string) => `| Category | Previous | Updated | Change | Notes |\n| --- | --- | --- | --- | --- |\n| **TOTAL** | 13.5 | 26.5 | +13.0 | ${notes} |`;
  judgesEach([
    // the Change column left of it is no after-figure: the change is of Previous to Updated
    [table('**96% improvement**'), ['3 consistent: adds up: 26.5 − 13.5 = 13 (not measured)', '3 consistent: adds up: (26.5 − 13.5) / 13.5 = 96.3% (relative) (not measured)']],
    [table('**90% improvement**'), ['3 consistent: adds up: 26.5 − 13.5 = 13 (not measured)', '3 contradicted: (26.5 − 13.5) / 13.5 = 96.3% (relative), report says 90%']],
  ], 'later-cell.md');
});

describe('a change in a unit the columns beside it do not have', () => {
  // w72:64: the distance and time over the fastest route, not remaining − avoided
  const routes = (delta: string) =>
    `| preference | distance | clean? | avoided | remaining | vs fastest |\n| --- | --- | --- | --- | --- | --- |\n| balanced | 194.7 km | false | 4 | 1 | ${delta} |`;
  judgesEach([
    [routes('+10.5 km / +16 min'), []],
    // a delta in the unit of the last two figures is still their difference
    ['| Step | First | Second | Change |\n| --- | --- | --- | --- |\n| build | 12 min | 9 min | -3 min |', ['3 consistent: adds up: 9 − 12 = −3 (not measured)']],
    ['| Step | First | Second | Change |\n| --- | --- | --- | --- |\n| build | 12 min | 9 min | -4 min |', ['3 contradicted: 9 − 12 = −3, report says -4']],
  ], 'unit-change.md');
});

describe('a list of kinds of the thing counted', () => {
  const cases: Array<[string, string[]]> = [
    // every entry names warnings in the plural: kinds of warnings, not one each
    ['### Warnings (54 total)\n- **Pydantic deprecation warnings** (cosmetic)\n- **pytest-asyncio marker warnings**\n- **RuntimeWarnings** (unawaited coroutines)', []],
    // one warning per entry: the list is counted
    ['### Warnings (4 total)\n- `datetime.utcnow()` is deprecated\n- unawaited coroutine in a mocked test\n- unknown marker', ['1 contradicted: items in the list at line 2 = 3, report says 4']],
    ['### Warnings (3 total)\n- `datetime.utcnow()` is deprecated\n- unawaited coroutine in a mocked test\n- unknown marker', ['1 consistent: adds up: items in the list at line 2 = 3 (not measured)']],
  ];
  judgesEach(cases, 'kinds.md');
});

describe('a heading over a table, then lists that detail its rows', () => {
  const table = (n: number) => ['| Job | Complexity |', '|---|---|', ...Array.from({ length: n }, (_, i) => `| \`Job${i}\` | Low |`)].join('\n');
  const why = '**Why Untested:**\n- no mocks\n- network calls\n- parsing\n- retries';
  const cases: Array<[string, string[]]> = [
    // w86:234 and 256: the table right under the heading holds the jobs (it was "items in the list at line 8 = 4, report says 3")
    [`#### MusicBrainz Jobs (3 jobs)\n\n${table(3)}\n\n${why}`, ['1 consistent: adds up: rows of the table at line 3 = 3 (not measured)']],
    // w86:208: a table of seven under a count of nine (it was "items in the list = 4", another sub-section's list)
    [`#### Wikidata Jobs (9 jobs)\n\n${table(7)}\n\n${why}`, ['1 contradicted: rows of the table at line 3 = 7, report says 9']],
    // a list before any table still holds the count
    [`### Jobs (2 jobs)\n\n- one\n- two\n\n${table(3)}`, ['1 consistent: adds up: items in the list at line 3 = 2 (not measured)']],
  ];
  judgesEach(cases, 'table-then-lists.md');
});

describe('a heading over lists that have lead-ins of their own', () => {
  const own = '- `api/settings.yml`\n- `web/settings.yml`';
  const aside = 'New keys added:\n- timeout\n- retries\n- log_level';
  const groups = (a: string, b: string) => `**Auth${a}:**\n1. \`login.dart\`\n2. \`signup.dart\`\n\n**Shop${b}:**\n3. \`cart.dart\`\n4. \`checkout.dart\`\n5. \`orders.dart\``;
  const cases: Array<[string, string[]]> = [
    // w92:36: a list a colon line leads belongs to that line, not to the heading (it was "items in the list at line 2 = 5")
    [`### Config Files Changed (2 files)\n${own}\n\n${aside}`, ['1 consistent: adds up: items in the list at line 2 (the list at line 6 has its own lead-in) = 2 (not measured)']],
    // the heading may count both
    [`### Settings Touched (5)\n${own}\n\n${aside}`, ['1 consistent: adds up: items in all 2 lists of its section = 5 (not measured)']],
    // neither its own list nor all of them
    [`### Config Files Changed (3 files)\n${own}\n\n${aside}`, ['1 contradicted: items in the list at line 2 (the list at line 6 has its own lead-in) = 2; or items in all 2 lists of its section = 5, report says 3']],
    // w95:590: labelled groups are the heading's together, numbering running on in a paragraph (it was "items in the list at line 4 = 2")
    [`### Screens (5 files)\n\n${groups(' (2)', ' (3)')}`, ['1 consistent: adds up: items in the lists at lines 4, 8, each under its own lead-in = 5 (not measured)']],
    [`### Screens (6 files)\n\n${groups(' (2)', ' (3)')}`, ['1 contradicted: items in the lists at lines 4, 8, each under its own lead-in = 5; or the counts of its lead-ins (2 + 3) = 5, report says 6']],
    // lead-ins that give no count may introduce asides: which lists the heading counts is not clear
    [`### Screens (5 files)\n\n${groups('', '')}`, ['1 consistent: adds up: items in the lists at lines 4, 8, each under its own lead-in = 5 (not measured)']],
    [`### Screens (2 files)\n\n${groups('', '')}`, []],
    // one list, led by a colon line: the heading's own lead-in, counted as before
    ['### Reports Written (3 files)\n\nThe following were written:\n- `a.md`\n- `b.md`', ['1 contradicted: items in the list at line 4 = 2, report says 3']],
  ];
  judgesEach(cases, 'led-lists.md');
});

describe('an item\'s own sublist', () => {
  const cases: Array<[string, string[]]> = [
    // the sublist details the item: its cause and status, not its thirty failures
    ['1. **Repo Controller Tests (30 failures)**\n   - All authenticated endpoints failing with 401\n   - Root cause: Test setup conn not persisting session\n   - Status: Need to fix test connection handling', []],
    // an item that introduces its sublist with a colon lists its entries
    ['- **Repo Tests (3 failures)**:\n  - `a`\n  - `b`', ['1 contradicted: items in the list at line 2 = 2, report says 3']],
    ['- **Files Modified**: 3\n  - `a.ts`\n  - `b.ts`', ['1 contradicted: items in the list at line 2 = 2, report says 3']],
    ['- **Files Modified**: 2\n  - `a.ts`\n  - `b.ts`', ['1 consistent: adds up: items in the list at line 2 = 2 (not measured)']],
    // a paragraph before a list still introduces it, colon or not
    ['**idempotency.test.ts (3 failures)**\n\n- `hashes the same content`\n- `hashes directories`\n- **Cause**: cleanup timing', ['1 contradicted: entries in the list at line 3 (not counting 1 annotation item) = 2, report says 3']],
    // a list of labelled facts about what the heading names has no entries to count (it was "items in the list = 2")
    ['### Enhanced Tests (132 snapshots)\n- **Location**: `Tests/Enhanced/`\n- **Coverage**: storage, sync', []],
    ['### Open Issues (3)\n- **Location**: `src/a.ts`\n- Broken export\n- Login timeout', ['1 consistent: adds up: items in the list at line 2 = 3 (not measured)']],
  ];
  judgesEach(cases, 'sublist.md');
});

describe('a list of figures about the count, not of its entries', () => {
  const cases: Array<[string, string[]]> = [
    // w17:138: what the total was, what was added, how it ran: no test among them (it was "items in the list = 4, report says 525")
    ['### Total Project Tests: 525\n- Previous: 476 tests\n- Added: 49 tests (+10.3%)\n- Pass Rate: 100%\n- Duration: 12.218s', []],
    // entries with figures of one kind are still the entries counted
    ['### Remaining Work: 3\n- Security fixes: 3 hours\n- Monitoring setup: 8 hours', ['1 contradicted: items in the list at line 2 = 2, report says 3']],
    // named entries with counts of their own are entries too
    ['### Modules: 3\n- ParserModule: 29 tests\n- CacheModule: 80%', ['1 contradicted: items in the list at line 2 = 2, report says 3']],
  ];
  judgesEach(cases, 'figures.md');
});

describe('a total line right under the list it adds up', () => {
  const cases: Array<[string, string[]]> = [
    // shares add up part by part and whole by whole (505:117)
    ['- Arena: 5/5 APIs\n- Socket: 25/25 APIs\n- Except: 7/7 features\n\n**Total: 37/37 APIs tested (100%)**',
      ['5 consistent: adds up: 37 / 37 = 100% (not measured)', '5 consistent: adds up: 5 + 25 + 7 = 37 (list at lines 1–3, parts); 5 + 25 + 7 = 37 (list at lines 1–3, wholes) (not measured)']],
    ['- Arena: 5/5 APIs\n- Socket: 25/25 APIs\n- Except: 7/9 features\n\n**Total: 37/37 APIs tested (100%)**',
      ['5 consistent: adds up: 37 / 37 = 100% (not measured)', '5 contradicted: 5 + 25 + 9 = 39 (list at lines 1–3, wholes), report says 37']],
    // sizes in the total's unit, KB as 1000 or 1024 bytes (w55:149)
    ['- `a_test.go` - 20,237 bytes\n- `b_test.go` - 15,990 bytes\n\n**Total New Test Code**: ~36KB',
      ['4 consistent: adds up: 20,237 bytes + 15,990 bytes = 36.2 (list at lines 1–2, 1000 bytes to the KB) (not measured)']],
    // more than the total is wrong; less may be a list of some of what the line totals (w60:321), and stays unjudged
    ['- TokenCounterTests (5 tests)\n- EdgeCaseTests (8 tests)\n\n**Total**: 11 tests can run without Ollama', ['4 contradicted: 5 + 8 = 13 (list at lines 1–2), report says 11']],
    ['- TokenCounterTests (5 tests)\n- EdgeCaseTests (8 tests)\n\n**Total**: 13 tests can run without Ollama', ['4 consistent: adds up: 5 + 8 = 13 (list at lines 1–2) (not measured)']],
    ['1. **a.sql** (51 lines)\n2. **b.sql** (5 lines)\n\n**Total Lines of Code**: 1,344 lines', []],
    // a heading's total against the sub-section headings of the Breakdown section after it (203:9, w32:19)
    ['## GRAND TOTAL: **700 Lines**\n\n## Breakdown by Category\n\n### 1. Python Code (500 lines - 71%)\n\n### 2. Documentation (200 lines - 29%)',
      ['1 consistent: adds up: 500 + 200 = 700 (sub-section headings at lines 5, 7) (not measured)']],
    ['## GRAND TOTAL: **650 Lines**\n\n## Breakdown by Category\n\n### 1. Python Code (500 lines - 77%)\n\n### 2. Documentation (200 lines - 31%)',
      ['1 contradicted: 500 + 200 = 700 (sub-section headings at lines 5, 7), report says 650']],
  ];
  judgesEach(cases, 'list-sum.md');
});

describe('a count whose entries its line writes out', () => {
  const cases: Array<[string, string[]]> = [
    // w18:34: the entries in parentheses, not the list after the line
    ['- **90%+ Pass Rate**: 5 ViewModels (TAT, WAT, SRT, OIR, Topic, Profile)\n- a\n- b', ['1 contradicted: entries written after it (TAT, WAT, SRT, OIR, Topic, Profile) = 6, report says 5']],
    ['- RBAC with 3 roles: admin, developer, viewer\n- a', ['1 consistent: adds up: entries written after it (admin, developer, viewer) = 3 (not measured)']],
    // an "and" before the last entry may join two entries or one name
    ['- 3 tools: undo, redo, search and replace', ['1 consistent: adds up: the same, the last two as one = 3 (not measured)']],
    ['- 5 tools: undo, redo, search and replace', ['1 contradicted: entries written after it (undo, redo, search, replace) = 4; or the same, the last two as one = 3, report says 5']],
    // an entry that may group several is not counted
    ['- 8 panels: request rate, latency (light/webhook), uptime', []],
  ];
  judgesEach(cases, 'inline-list.md');
});

describe('a rate whose line leaves out the skipped tests of a run stated elsewhere (w81:299)', () => {
  const run = 'Passed!  - Failed:     0, Passed:  1384, Skipped:    14, Total:  1398, Duration: 3 m 2 s';
  judgesEach([
    [`## Test Results\n\n\`\`\`\n${run}\n\`\`\`\n\n**Test Results**: 1384 passing, 0 failures (99% pass rate)`,
      ['4 consistent: adds up: 1,384 + 14 = 1,398 (not measured)', '4 consistent: adds up: 1,384 + 0 + 14 = 1,398 (passed, failed, skipped at lines 4, 7) (not measured)', '7 consistent: adds up: 1,384 / 1,398 = 99% (over all tests, the run at line 4) (not measured)']],
    [`## Test Results\n\n\`\`\`\n${run}\n\`\`\`\n\n**Test Results**: 1384 passing, 0 failures (90% pass rate)`,
      ['4 consistent: adds up: 1,384 + 14 = 1,398 (not measured)', '4 consistent: adds up: 1,384 + 0 + 14 = 1,398 (passed, failed, skipped at lines 4, 7) (not measured)', '7 contradicted: 1,384 / (1,384 + 0) = 100% (over tests run); or 1,384 / 1,398 = 99% (over all tests, the run at line 4); or 1,384 / (1,398 − 14) = 100% (over tests run, the run at line 4), report says 90%']],
    ['**Test Results**: 1384 passing, 0 failures (99% pass rate)', ['1 contradicted: 1,384 / (1,384 + 0) = 100% (over tests run), report says 99%']],
  ], 'skipped-elsewhere.md');
});

describe('pipeline and command line', () => {
  it('shows a relation\'s judgement alone on a claim the verifier could not judge by itself, and counts it checked', async () => {
    const result = await verify({ reports: ['fixtures/consistency/heading-counts-broken.md'], repo: scratch, cwd: root, checks: ['consistency'] });
    const ratio = result.reports[0]!.findings.filter((f) => f.claim.position.line === 3);
    expect(ratio.map((f) => `${f.verdict}: ${f.message}`)).toEqual(['contradicted: 9 healthy services stated, 8 listed (lines 5–12)']);
    expect(result.summary.contradicted).toBe(4);
    expect(result.summary.unverifiable).toBe(0);
  });
  it('never reports a report-internal claim unverifiable for want of a repository verifier', async () => {
    const result = await verify({ reports: ['fixtures/consistency/table-totals-ok.md'], repo: scratch, cwd: root });
    expect(result.reports[0]!.findings.filter((f) => /nothing measures/.test(f.message))).toEqual([]);
  });
  it('runs `--checks consistency` without a repository and exits 1 on a contradiction', async () => {
    const out: string[] = [];
    const io = { cwd: scratch, stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t) };
    const broken = await run(['verify', path.join(folder, 'sums-broken.md'), '--checks', 'consistency'], io);
    expect(broken).toBe(1);
    expect(out.join('')).toContain('580 + 32 = 612, report says 622');
    expect(await run(['verify', path.join(folder, 'sums-ok.md'), '--checks', 'consistency'], io)).toBe(0);
  });
});
