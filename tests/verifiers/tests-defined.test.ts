/**
 * Test counts from the source when nothing can be run (`--no-exec`, no
 * result file): each report line gets the verdict the table says, and the
 * message says the tests were defined, not run.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';
import { fixtureRepos } from '../helpers/fixture-repo.js';

const repos = fixtureRepos('claimcheck-defined-');

const files: Record<string, string> = {
  'tests/unit/auth.test.ts': `describe('auth', () => {\n  it('a', () => {});\n  it('b', () => {});\n  test('c', () => {});\n});\n`,
  'tests/unit/util.test.ts': `it.each([[1], [2]])('u %i', () => {});\n`,
  'tests/test_api.py': `import pytest\n@pytest.mark.parametrize("x", [1, 2])\ndef test_get(x): pass\ndef test_post(): pass\n`,
  'tests/gen.test.js': `for (const n of [1, 2, 3]) it('g' + n, () => {});\n`,
  'src/app.ts': `export function it(name: string) { return name; }\nit('not a test file');\n`,
};

const cases: Array<[string, string]> = [
  ['- `tests/unit/auth.test.ts` (3 tests)', 'confirmed'],
  ['- `tests/unit/auth.test.ts` (4 tests)', 'contradicted'],
  ['- `tests/unit/` (5 tests)', 'confirmed'], // a folder named in the text: 3 + 2 from .each
  ['- `tests/unit/` (9 tests)', 'contradicted'],
  ['- tests/test_api.py: 3 tests', 'confirmed'], // 2 parametrised cases + 1
  ['- tests/test_api.py: 2 tests', 'contradicted'],
  ['- `tests/gen.test.js` (7 tests)', 'unverifiable'], // tests made in a loop: the source gives a floor
  ['- `tests/**/*.test.ts` (5 tests)', 'confirmed'], // a glob written in the text
  ['- `tests/**/*.test.ts` (8 tests)', 'contradicted'],
  ['Total: 9 tests', 'confirmed'], // the whole repository: 5 + 3 + 1 (the loop's one call)
  ['Total: 40 tests', 'unverifiable'], // a runner may count otherwise: no contradiction from source alone
  ['- 12 passing tests', 'unverifiable'], // whether tests pass needs a run
  ['- `jvm/scala-2/GoneSpec.scala` (6 tests)', 'contradicted'], // w23:299: no file of that name anywhere
  ['- `docs/gone.md` (6 tests)', 'unverifiable'], // no test language: a file of some other kind, not counted
];

/** Verifies one report of `table`'s lines, a blank line apart, in a repository of `repoFiles`; each line must get its verdict. */
async function expectVerdicts(repoFiles: Record<string, string>, table: Array<[string, string]>) {
  const repo = repos(repoFiles);
  writeFileSync(path.join(repo, 'REPORT.md'), table.map(([line]) => line).join('\n\n') + '\n');
  const result = await verify({ reports: [path.join(repo, 'REPORT.md')], repo, cwd: repo, checks: ['tests'], noExec: true });
  const findings = result.reports[0]!.findings;
  table.forEach(([line, want], i) => {
    // "Total: 9 tests" under the list is also its `total` (extractors/total.ts), which the unselected consistency check judges.
    const got = findings.filter((f) => f.claim.position.line === i * 2 + 1 && f.claim.kind !== 'total');
    expect(got.map((f) => f.verdict).join(','), `${line}: ${got.map((f) => f.message).join(' | ')}`).toBe(want);
  });
  return findings;
}

/** The findings of a report of `text` verified (tests only, --no-exec) in a fixture repository of `repoFiles`. */
async function verifyText(repoFiles: Record<string, string>, text: string) {
  const repo = repos(repoFiles);
  writeFileSync(path.join(repo, 'REPORT.md'), text);
  const result = await verify({ reports: [path.join(repo, 'REPORT.md')], repo, cwd: repo, checks: ['tests'], noExec: true });
  return result.reports[0]!.findings;
}

describe('tests defined in source (--no-exec)', () => {
  it('gives each line its verdict and says the tests were not run', async () => {
    const findings = await expectVerdicts(files, cases);
    const first = findings.find((f) => f.claim.position.line === 1)!;
    expect(first.message).toContain('3 tests defined in 1 file of `tests/unit/auth.test.ts` (not run)');
    expect(findings.find((f) => f.claim.position.line === 5)!.message).toContain('5 tests defined in 2 files of `tests/unit/` (not run)');
  });
});

const classFiles: Record<string, string> = {
  'tests/test_game.py': [
    'import unittest',
    'class TestScores(unittest.TestCase):',
    ...['a', 'b', 'c'].map((n) => `    def test_${n}(self):\n        pass`),
    'class TestMoreScores(TestScores):',
    '    def test_d(self):\n        pass',
    'class TestTwice:',
    '    def test_e(self):\n        pass',
    '',
  ].join('\n'),
  'tests/test_other.py': 'class TestTwice:\n    def test_f(self):\n        pass\n',
};

const classCases: Array<[string, string]> = [
  ['1. **TestScores** (3 tests)', 'confirmed'],
  ['2. **TestScores** (5 tests)', 'contradicted'],
  ['3. **TestMoreScores** (1 test)', 'confirmed'],
  ['4. **TestMoreScores** (4 tests)', 'unverifiable'], // pytest collects the base's tests again: the source gives a floor
  ['5. **TestTwice** (3 tests)', 'unverifiable'], // two files define a class of that name
  ['6. **TestMissing** (3 tests)', 'contradicted'], // no class of that name, nor any mention in the code: nowhere to count
];

describe('tests of a named test class (--no-exec)', () => {
  it('counts the tests of the one class of that name', async () => {
    const repo = repos(classFiles);
    writeFileSync(path.join(repo, 'REPORT.md'), '## Test Classes\n\n' + classCases.map(([line]) => line).join('\n\n') + '\n');
    const result = await verify({ reports: [path.join(repo, 'REPORT.md')], repo, cwd: repo, checks: ['tests'], noExec: true });
    const findings = result.reports[0]!.findings;
    classCases.forEach(([line, want], i) => {
      const got = findings.filter((f) => f.claim.position.line === i * 2 + 3);
      expect(got.map((f) => f.verdict).join(','), `${line}: ${got.map((f) => f.message).join(' | ')}`).toBe(want);
    });
    expect(findings.find((f) => f.claim.position.line === 5)!.message).toBe('claims 5 tests for "TestScores"; measured 3 (3 tests defined in class `TestScores` of `tests/test_game.py` (not run))');
  });
});

// realworld w48: headings that name a unittest TestCase class in words, "### 3. Move Validator Tests (25 tests)"
const wordsCases: Array<[string, string]> = [
  ['### 1. Move Validator Tests (3 tests)', 'confirmed'],
  ['### 2. Game State Tests (2 tests)', 'contradicted'], // `TestGameState` defines 1
  ['### 3. Move Class Tests (4 tests)', 'unverifiable'], // no class `TestMoveClass`
];

describe('tests of a test class named in words (--no-exec)', () => {
  it('counts the tests of the one class whose name without its test affix is the words', async () => {
    const repo = repos({
      'test_model.py': [
        'import unittest',
        'class TestMoveValidator(unittest.TestCase):',
        ...['a', 'b', 'c'].map((n) => `    def test_${n}(self):\n        pass`),
        'class TestGameState(unittest.TestCase):',
        '    def test_d(self):\n        pass',
        '',
      ].join('\n'),
    });
    writeFileSync(path.join(repo, 'REPORT.md'), '# Test Coverage Report\n\n' + wordsCases.map(([line]) => line).join('\n\n') + '\n');
    const result = await verify({ reports: [path.join(repo, 'REPORT.md')], repo, cwd: repo, checks: ['tests'], noExec: true });
    const findings = result.reports[0]!.findings;
    wordsCases.forEach(([line, want], i) => {
      const got = findings.filter((f) => f.claim.position.line === i * 2 + 3);
      expect(got.map((f) => f.verdict).join(','), `${line}: ${got.map((f) => f.message).join(' | ')}`).toBe(want);
    });
    expect(findings.find((f) => f.claim.position.line === 5)!.message).toBe('claims 2 tests for "Game State Tests"; measured 1 (1 test defined in class `TestGameState` of `test_model.py` (not run))');
  });
});

// realworld w01:107 and w53:144–150: a component table whose rows name classes under test; no file is named after a
// row, its tests are the one test class named after it with a test affix (`TestHighscoreManager` in `test_app.py`,
// a nested `AzureADSettingsTests` in `AllSettingsModelsTests.cs`, a JUnit @Nested `OrderQueriesTests`).
const componentRows: Array<[string, string, string]> = [
  ['| HighscoreManager | 3 | ✅ Pass |', 'confirmed', 'class `TestHighscoreManager` of `tests/test_app.py`'],
  ['| QuestionFactory | 4 | ✅ Pass |', 'contradicted', 'measured 2 (2 tests defined in class `TestQuestionFactory`'],
  ['| AzureADSettings | 3 | ✅ Complete |', 'contradicted', 'measured 2 (2 tests defined in class `AzureADSettingsTests` of `App.Tests/Models/AllSettingsModelsTests.cs`'],
  ['| BlobSettings | 2 | ✅ Complete |', 'confirmed', 'measured 2 test methods (one valid reading; also 4 test cases)'],
  ['| OrderQueries | 2 | ✅ Complete |', 'confirmed', 'class `OrderQueriesTests` of `src/test/java/app/OrderServiceTest.java`'],
  // A class with a base that may bring tests: a floor, no more.
  ['| Fixtured | 5 | ✅ Complete |', 'unverifiable', 'has a base class'],
  // No test class of that name, and no file: nothing to count.
  ['| FeatureFlags | 3 | ✅ Complete |', 'unverifiable', ''],
];

describe('tests of a component a table names, in the test class named after it (--no-exec)', () => {
  it('counts the one test class whose name without its test affix is the row\'s', async () => {
    const repo = repos({
      'tests/test_app.py': [
        'import unittest',
        'class TestHighscoreManager(unittest.TestCase):',
        ...['a', 'b', 'c'].map((n) => `    def test_${n}(self):\n        pass`),
        'class TestQuestionFactory(unittest.TestCase):',
        ...['d', 'e'].map((n) => `    def test_${n}(self):\n        pass`),
        '',
      ].join('\n'),
      'App.Tests/Models/AllSettingsModelsTests.cs': [
        'public class AllSettingsModelsTests {',
        '  public class AzureADSettingsTests {',
        '    [Fact] public void A() {}',
        '    [Fact] public void B() {}',
        '  }',
        '  public class BlobSettingsTests {',
        '    [Fact] public void C() {}',
        '    [Theory]\n    [InlineData(1)]\n    [InlineData(2)]\n    [InlineData(3)]\n    public void D(int x) {}',
        '  }',
        '  public class FixturedTests : SettingsTestBase {',
        '    [Fact] public void E() {}',
        '  }',
        '}',
        '',
      ].join('\n'),
      'App.Tests/Models/FeatureFlagsUse.cs': 'public class FeatureFlagsUse {\n  public void Helper() { var f = new FeatureFlags(); }\n}\n',
      'src/test/java/app/OrderServiceTest.java': 'class OrderServiceTest {\n  @Nested class OrderQueriesTests {\n    @Test void a() {}\n    @Test void b() {}\n  }\n  @Test void c() {}\n}\n',
    });
    const table = ['## Test Coverage by Component', '', '| Component | Tests | Status |', '|-----------|-------|--------|', ...componentRows.map(([row]) => row)];
    writeFileSync(path.join(repo, 'REPORT.md'), table.join('\n') + '\n');
    const result = await verify({ reports: [path.join(repo, 'REPORT.md')], repo, cwd: repo, checks: ['tests'], noExec: true });
    const findings = result.reports[0]!.findings;
    componentRows.forEach(([row, want, message], i) => {
      const got = findings.filter((f) => f.claim.position.line === i + 5 && f.claim.kind === 'tests.total');
      expect(got.map((f) => f.verdict).join(','), `${row}: ${got.map((f) => f.message).join(' | ')}`).toBe(want);
      expect(got[0]!.message).toContain(message);
    });
  });
});

// realworld w71:55, 58: "| Edge Cases | 5 |" under "#### JaroWinklerSimilarityTest.java" counts that file's tests: a
// JUnit @Nested `EdgeCasesTests` of another file is another part's, and only the heading's file is looked in.
describe('a group in words under a test file\'s heading, in that file\'s classes (--no-exec)', () => {
  it('counts the nested class of the heading\'s file and no other file\'s', async () => {
    const repo = repos({
      'src/test/java/app/ScorerTest.java': 'class ScorerTest {\n  @Nested class WeightedScoringTests {\n    @Test void a() {}\n    @Test void b() {}\n  }\n}\n',
      'src/test/java/app/BatchServiceTest.java': 'class BatchServiceTest {\n  @Nested class EdgeCasesTests {\n    @Test void a() {}\n  }\n}\n',
    });
    const report = ['## Tests', '', '#### ScorerTest.java', '', '| Test Category | Tests | Description |', '|---|---|---|', '| Weighted Scoring | 3 | weights |', '| Edge Cases | 5 | unicode |', ''];
    writeFileSync(path.join(repo, 'REPORT.md'), report.join('\n'));
    const result = await verify({ reports: [path.join(repo, 'REPORT.md')], repo, cwd: repo, checks: ['tests'], noExec: true });
    const at = (line: number) => result.reports[0]!.findings.filter((f) => f.claim.position.line === line && f.claim.kind === 'tests.total');
    expect(at(7).map((f) => f.verdict)).toEqual(['contradicted']);
    expect(at(7)[0]!.message).toContain('class `WeightedScoringTests` of `src/test/java/app/ScorerTest.java`');
    expect(at(8).map((f) => f.verdict)).toEqual(['unverifiable']);
  });
});

// realworld w49:317–322: a table of test classes counted under a "Test Cases" column, each row the one Kotlin file of
// that stem. A count in the cell under a Status column ("| OutboxSyncTest | ✅ 4 test cases |", w49:402–405) is
// not read as naming a test place; where it states a row of the first table again, it takes that row's measurement
// (src/check/restated-parts.ts, w49:403, 405).
const kotlinTableCases: Array<[line: number, text: string, want: string]> = [
  [5, '| CartViewModelTest | Unit | 3 | ✅ Complete |', 'confirmed'],
  [6, '| OutboxSyncTest | Unit | 3 | ✅ Complete |', 'contradicted'], // 2 @Test
  [7, '| Status | Unit | 3 | ✅ Complete |', ''], // a row that names no test class
  [13, '| CartViewModelTest | ✅ 3 test cases |', 'confirmed'], // line 5 again
  [14, '| OutboxSyncTest | ✅ 4 test cases |', ''], // another count than line 6's: nothing to measure it by
  [15, '| Checkout | ✅ Done |', ''], // no count in the cell
];

describe('tables of test classes by a Test Cases column (--no-exec)', () => {
  it('measures each row on the test file of its class', async () => {
    const test = (n: string) => `    @Test\n    fun \`${n}\`() = runTest { }`;
    const repo = repos({
      'app/src/test/java/com/x/CartViewModelTest.kt': ['class CartViewModelTest {', test('a'), test('b'), test('c'), '}', ''].join('\n'),
      'app/src/test/java/com/x/OutboxSyncTest.kt': ['class OutboxSyncTest {', test('d'), test('e'), '}', ''].join('\n'),
    });
    const md = [
      '# Test Coverage Summary', '',
      '| Test Suite | Type | Test Cases | Status |', '|---|---|---|---|',
      kotlinTableCases[0]![1], kotlinTableCases[1]![1], kotlinTableCases[2]![1], '',
      '### Automated Tests', '',
      '| Test Suite | Status |', '|---|---|',
      kotlinTableCases[3]![1], kotlinTableCases[4]![1], kotlinTableCases[5]![1], '',
    ].join('\n');
    writeFileSync(path.join(repo, 'REPORT.md'), md);
    const result = await verify({ reports: [path.join(repo, 'REPORT.md')], repo, cwd: repo, checks: ['tests'], noExec: true });
    const findings = result.reports[0]!.findings.filter((f) => f.claim.kind === 'tests.total');
    for (const [line, text, want] of kotlinTableCases) {
      const got = findings.filter((f) => f.claim.position.line === line && (f.verdict === 'confirmed' || f.verdict === 'contradicted'));
      expect(got.map((f) => f.verdict).join(','), `${text}: ${got.map((f) => f.message).join(' | ')}`).toBe(want);
    }
  });
});

// realworld w43, w12: Flutter tests, `test()` calls in `group()`s of `test/*_test.dart`
const dartCases: Array<[string, string]> = [
  ['- `test/authentication_test.dart` (3 tests)', 'confirmed'],
  ['- `test/authentication_test.dart` (4 tests)', 'contradicted'],
  ['- Registration Validation Tests: 2 tests', 'contradicted'], // group('Registration Validation Tests') holds 1
  ['- Login Validation Tests: 2 tests', 'confirmed'],
];

describe('Dart tests and groups (--no-exec)', () => {
  it('counts test() and testWidgets() calls per file and per group()', async () => {
    const repo = repos({
      'pubspec.yaml': 'name: notes\n',
      'test/authentication_test.dart': [
        "import 'package:flutter_test/flutter_test.dart';",
        'void main() {',
        "  group('Login Validation Tests', () {",
        "    test('empty username', () {});",
        "    testWidgets('shows error', (tester) async {});",
        '  });',
        "  group('Registration Validation Tests', () {",
        "    test('email format', () {});",
        "    // test('disabled', () {});",
        '  });',
        '}',
        '',
      ].join('\n'),
    });
    writeFileSync(path.join(repo, 'REPORT.md'), '# Test Report\n\n' + dartCases.map(([line]) => line).join('\n\n') + '\n');
    const result = await verify({ reports: [path.join(repo, 'REPORT.md')], repo, cwd: repo, checks: ['tests'], noExec: true });
    const findings = result.reports[0]!.findings;
    dartCases.forEach(([line, want], i) => {
      const got = findings.filter((f) => f.claim.position.line === i * 2 + 3);
      expect(got.map((f) => f.verdict).join(','), `${line}: ${got.map((f) => f.message).join(' | ')}`).toBe(want);
    });
    expect(findings.find((f) => f.claim.position.line === 7)!.message).toBe('claims 2 tests for "Registration Validation Tests"; measured 1 (1 test defined in `group("Registration Validation Tests")` of `test/authentication_test.dart` (not run))');
  });
});

const fact = (n: string) => `    [Fact]\n    public void ${n}() { }`;
const partFiles: Record<string, string> = {
  'src/Core/Lights/Light.cs': 'namespace Core;\npublic class Light { }\n',
  'tests/Core.Tests/Lights/LightTests.cs': ['public class LightTests', '{', fact('A'), fact('B'), '}', ''].join('\n'),
  'tests/Core.Tests/Lights/ShadowTests.cs': ['public class ShadowTests', '{', fact('C'), '}', ''].join('\n'),
  'tests/Core.Tests/Unit/UnitTests.cs': ['public class UnitTests', '{', fact('U'), fact('V'), '}', ''].join('\n'),
  'tests/Core.Tests/Core/SceneTests.cs': [
    'public class SceneTests',
    '{',
    fact('A'),
    '    [Theory]\n    [InlineData(1)]\n    [InlineData(2)]\n    [InlineData(3)]\n    public void B(int x) { }',
    '}',
    '',
  ].join('\n'),
};

const partCases: Array<[string, string]> = [
  ['| **Lights** | 3 |', 'confirmed'], // the test folder Lights/: 2 + 1
  ['| **Lights** | 2 |', 'contradicted'],
  ['| **Scene** | 4 |', 'confirmed'], // SceneTests.cs: 1 + 3 cases
  ['| **Scene** | 2 |', 'confirmed'], // …or 2 test methods, as a report counts them
  ['| **Scene** | 3 |', 'contradicted'],
  // a floor: tests of the part in files not named after it only add to the 4 of SceneTests.cs (w68:302)
  ['| **Scene** | 6+ |', 'unverifiable'],
  ['| **Scene** | 3+ |', 'confirmed'],
  // a folder named after the part holds all its tests: fewer there is below the floor (w53:10)
  ['| **Lights** | 5+ |', 'contradicted'],
  ['| **Scene Graph** | 9 |', 'unverifiable'], // no folder or file answers to the name
  ['| **Unit Tests** | 2 |', 'unverifiable'], // a kind of tests is the report's grouping, not the folder of that name
];

describe('tests of a part named by its test folder or file (--no-exec)', () => {
  it('counts the tests of the one folder or file the name stands for', async () => {
    const repo = repos(partFiles);
    const table = ['## Tests by Component', '', '| Component | Tests |', '|---|---|', ...partCases.map(([line]) => line)];
    writeFileSync(path.join(repo, 'REPORT.md'), table.join('\n') + '\n');
    const result = await verify({ reports: [path.join(repo, 'REPORT.md')], repo, cwd: repo, checks: ['tests'], noExec: true });
    const findings = result.reports[0]!.findings;
    partCases.forEach(([line, want], i) => {
      const got = findings.filter((f) => f.claim.position.line === i + 5);
      expect(got.map((f) => f.verdict).join(','), `${line}: ${got.map((f) => f.message).join(' | ')}`).toBe(want);
    });
    expect(findings.find((f) => f.claim.position.line === 6)!.message).toBe('claims 2 tests for "Lights"; measured 3 (3 tests defined in 2 files of `tests/Core.Tests/Lights/` (not run))');
    expect(findings.find((f) => f.claim.position.line === 9)!.message).toBe(
      'claims 3 tests for "Scene"; measured 4 test cases; 2 test methods (4 tests defined in 1 file of `tests/Core.Tests/Core/SceneTests.cs` (not run))',
    );
  });
});

/**
 * Scala and pytest files of a fixture repository: a ZIO Test spec, one written
 * in what tree-sitter-scala 0.19 could not read (a sealed trait in an object, a
 * structural type, `20.toShort`: w23's Scala 3 project was mostly such files),
 * one no grammar reads all of, a pytest fixture named like a test.
 */
const floorFiles: Record<string, string> = {
  'core/src/test/scala/zio/blocks/MathSpec.scala': 'object MathSpec extends ZIOSpecDefault {\n  def spec = suite("Math")(\n    test("adds") { assertTrue(1L + 1L == 2L) },\n    suite("nested")(test("subtracts")(assertTrue(true)))\n  )\n}\n',
  'core/src/test/scala/zio/blocks/CompassSpec.scala': 'object CompassSpec extends ZIOSpecDefault {\n  sealed trait Direction\n  object Direction { case object North extends Direction }\n  type Named = { def name: String }\n  def spec = suite("Compass")(\n    test("a") { assertTrue(20.toShort == 20) },\n    test("b") { val n: Named = null; assertTrue(true) },\n    test("c") { assertTrue(true) }\n  )\n}\n',
  // `$` as a method name, which the grammar cannot read: the tests after it may be hidden.
  'core/src/test/scala-2/zio/blocks/ShapeSpec.scala': 'object ShapeSpec extends ZIOSpecDefault {\n  val name: Lens[Shape, String] = $(_.name)\n  def spec = suite("Shape")(\n    test("a") { assertTrue(true) },\n    test("b") { assertTrue(true) }\n  )\n}\n',
  'tests/test_loop.py': 'import pytest\n@pytest.fixture\ndef tester(): return 1\ndef test_runs(tester): pass\n',
};

const floorCases: Array<[string, string]> = [
  ['- `zio/blocks/MathSpec.scala` (2 tests)', 'confirmed'],
  ['- `zio/blocks/MathSpec.scala` (3 tests)', 'contradicted'],
  ['- `zio/blocks/CompassSpec.scala` (3 tests)', 'confirmed'],
  ['- `zio/blocks/CompassSpec.scala` (2 tests)', 'contradicted'],
  ['- `tests/test_loop.py` (1 test)', 'confirmed'], // the fixture is not collected
  ['- `tests/test_loop.py` (2 tests)', 'contradicted'],
];

describe('Scala specs and pytest fixtures in source (--no-exec)', () => {
  it('counts ZIO Test specs, leaves fixtures out, and confirms nothing from a file the parser could not read', async () => {
    const repo = repos(floorFiles);
    // What the parser read is a floor: a count it reaches or passes may hold (tests may hide in the unread part), one below it cannot.
    const partialLines = ['- `zio/blocks/ShapeSpec.scala` (2 tests)', '- `zio/blocks/ShapeSpec.scala` (3 tests)', '- `zio/blocks/ShapeSpec.scala` (~1 test)'];
    const belowFloor = '- `zio/blocks/ShapeSpec.scala` (1 test)';
    const lines = [...floorCases.map(([line]) => line), ...partialLines, belowFloor];
    writeFileSync(path.join(repo, 'REPORT.md'), lines.join('\n\n') + '\n');
    const result = await verify({ reports: [path.join(repo, 'REPORT.md')], repo, cwd: repo, checks: ['tests'], noExec: true });
    const findings = result.reports[0]!.findings;
    floorCases.forEach(([line, want], i) => {
      // "Total: 9 tests" under the list is also its `total` (extractors/total.ts), which the unselected consistency check judges.
    const got = findings.filter((f) => f.claim.position.line === i * 2 + 1 && f.claim.kind !== 'total');
      expect(got.map((f) => f.verdict).join(','), `${line}: ${got.map((f) => f.message).join(' | ')}`).toBe(want);
    });
    for (let i = floorCases.length; i < lines.length - 1; i++) {
      // "Total: 9 tests" under the list is also its `total` (extractors/total.ts), which the unselected consistency check judges.
    const got = findings.filter((f) => f.claim.position.line === i * 2 + 1 && f.claim.kind !== 'total');
      expect(got.map((f) => f.verdict).join(','), lines[i]).toBe('unverifiable');
      expect(got[0]!.message).toContain('the parser could not read all of `core/src/test/scala-2/zio/blocks/ShapeSpec.scala`');
    }
    const below = findings.filter((f) => f.claim.position.line === lines.length * 2 - 1);
    expect(below.map((f) => [f.verdict, f.message])).toEqual([
      ['contradicted', 'claims 1 test in `zio/blocks/ShapeSpec.scala`; measured 2 (at least 2 tests defined in 1 file of `core/src/test/scala-2/zio/blocks/ShapeSpec.scala`; the parser could not read all of `core/src/test/scala-2/zio/blocks/ShapeSpec.scala` (not run))'],
    ]);
  });
});

/** A test file with an xfail test, named by a feature; the lead-ins above its count say what the count counts. */
const passingFiles: Record<string, string> = {
  'tests/test_advanced_features.py': 'import pytest\ndef test_grep(): pass\ndef test_sort(): pass\n@pytest.mark.xfail\ndef test_scope(): pass\n',
};

const passingCases: Array<[string, string]> = [
  // Under a count of passing tests: what the file defines (3) is a ceiling.
  ['**Working (2 passing tests):**\n- Advanced features (2 tests) - grep, edge cases', 'unverifiable'],
  ['**Working (4 passing tests):**\n- Advanced features (4 tests) - grep, edge cases', 'contradicted'],
  // Under a lead-in that counts no passing tests, or counts failing ones: the file's own count.
  ['**Features:**\n- Advanced features (2 tests) - grep, edge cases', 'contradicted'],
  ['**Broken (2 passing, 1 failing):**\n- Advanced features (2 tests) - grep, edge cases', 'contradicted'],
  ['**Working (3 passing tests):**\n- Advanced features (3 tests) - grep, edge cases', 'confirmed'],
];

describe('a part counted under a lead-in of passing tests (--no-exec)', () => {
  it('reads what the part defines as a ceiling, not as the count', async () => {
    const repo = repos(passingFiles);
    writeFileSync(path.join(repo, 'REPORT.md'), passingCases.map(([block]) => block).join('\n\n') + '\n');
    const result = await verify({ reports: [path.join(repo, 'REPORT.md')], repo, cwd: repo, checks: ['tests'], noExec: true });
    const findings = result.reports[0]!.findings;
    passingCases.forEach(([block, want], i) => {
      // Each case is two lines and a blank one: the count is on the second.
      const got = findings.filter((f) => f.claim.position.line === i * 3 + 2 && f.claim.kind === 'tests.total');
      expect(got.map((f) => f.verdict).join(','), `${block}: ${got.map((f) => f.message).join(' | ')}`).toBe(want);
    });
    expect(findings.find((f) => f.claim.position.line === 2 && f.claim.kind === 'tests.total')!.message).toBe(
      'the list counts passing tests ("Working (2 passing tests):"), and 3 tests defined in 1 file of `tests/test_advanced_features.py` may hold tests that do not pass (not run)',
    );
  });
});

/** Files that make tests at run time beside the ones they declare: the declarations are a floor. */
const runTimeFiles: Record<string, string> = {
  'tests/loop.test.js': `it('a', () => {});\nit('b', () => {});\nfor (const n of [1, 2]) it('g' + n, () => {});\n`,
  'internal/mw/mw_test.go': 'package mw\n\nimport "testing"\n\nfunc TestA(t *testing.T) {\n\tfor _, c := range []string{"x", "y"} {\n\t\tt.Run(c, func(t *testing.T) {})\n\t}\n}\n\nfunc TestB(t *testing.T) {}\n',
};

const runTimeCases: Array<[string, string]> = [
  ['- `tests/loop.test.js` (3 tests)', 'confirmed'], // the declarations, each loop call once
  ['- `tests/loop.test.js` (2 tests)', 'contradicted'], // below the floor: the loop only adds
  ['- `tests/loop.test.js` (5 tests)', 'unverifiable'], // above it: the loop may make the rest
  ['5. **internal/mw/mw_test.go** (2 tests)', 'confirmed'],
  ['5. **internal/mw/mw_test.go** (1 test)', 'contradicted'], // w28:91, 7 for a Go file of 8 test functions
  ['5. **internal/mw/mw_test.go** (4 tests)', 'unverifiable'], // subtests may make 4
  ['- `tests/loop.test.js` (~1 tests)', 'unverifiable'], // no exact count: left to the tolerance of approximate figures
  ['- `tests/loop.test.js` (~2 tests)', 'confirmed'], // an approximate whole count allows its neighbours: the 3 declared
];

describe('tests made at run time (--no-exec)', () => {
  it('contradicts a count below the tests a file declares and leaves a count above them open', async () => {
    const findings = await expectVerdicts(runTimeFiles, runTimeCases);
    expect(findings.find((f) => f.claim.position.line === 3)!.message).toBe(
      'claims 2 tests in `tests/loop.test.js`; measured 3 (3 tests defined in 1 file of `tests/loop.test.js` (not run); tests made at run time only add to them, so there are at least 3)',
    );
  });
});

/** Test files whose counts a table lists, one of them made in a loop; a total line under each table. */
const tableFiles: Record<string, string> = {
  'tests/a.test.js': "it('a1', () => {});\nit('a2', () => {});\n",
  'tests/b.test.js': "it('b1', () => {});\ntest('b2', () => {});\n",
  'tests/gen.test.js': "for (const n of [1, 2]) it('g' + n, () => {});\n",
};

const table = (rows: string[]) => ['| File | Tests | Status |', '|------|-------|--------|', ...rows.map((r) => `| ${r} | ✅ |`)].join('\n');

/** Sections of a report, each a table and a total line: the total line's verdict. */
const tableCases: Array<[string, string]> = [
  // The files of the table define 2 + 2: the total is measured on them, whatever the rows say.
  [`### Phase 1\n\n${table(['`tests/a.test.js` | 2', '`tests/b.test.js` | 3'])}\n\n**Total**: 4 tests`, 'confirmed'],
  [`### Phase 2\n\n${table(['`tests/a.test.js` | 2', '`tests/b.test.js` | 1'])}\n\n**Total**: 3 tests`, 'contradicted'],
  // Not right under the table: a total of something else, left to the whole repository (5 tests defined).
  [`### Phase 3\n\n${table(['`tests/a.test.js` | 2', '`tests/b.test.js` | 1'])}\n\nSome words about the phase.\n\n**Total**: 3 tests`, 'unverifiable'],
  // A row whose file makes tests at run time, or that is not there: no total can be measured.
  [`### Phase 4\n\n${table(['`tests/a.test.js` | 2', '`tests/gen.test.js` | 1'])}\n\n**Total**: 3 tests`, 'unverifiable'],
  [`### Phase 5\n\n${table(['`tests/a.test.js` | 2', '`tests/gone.test.js` | 1'])}\n\n**Total**: 3 tests`, 'unverifiable'],
];

describe('a total line under a table of test files (--no-exec)', () => {
  it('sums what the listed files define', async () => {
    const repo = repos(tableFiles);
    const text = tableCases.map(([block]) => block).join('\n\n') + '\n';
    writeFileSync(path.join(repo, 'REPORT.md'), text);
    const lines = text.split('\n');
    const totals = lines.flatMap((l, i) => (l.startsWith('**Total**') ? [i + 1] : []));
    const result = await verify({ reports: [path.join(repo, 'REPORT.md')], repo, cwd: repo, checks: ['tests'], noExec: true });
    const findings = result.reports[0]!.findings;
    tableCases.forEach(([block, want], i) => {
      const got = findings.filter((f) => f.claim.position.line === totals[i] && f.claim.kind === 'tests.total');
      expect(got.map((f) => f.verdict).join(','), `${block}: ${got.map((f) => f.message).join(' | ')}`).toBe(want);
    });
    expect(findings.find((f) => f.claim.position.line === totals[1] && f.claim.kind === 'tests.total')!.message).toBe(
      `claims 3 tests; measured 4 (4 tests defined in the 2 files of the table at lines ${totals[1]! - 3}–${totals[1]! - 2} (not run))`,
    );
  });
});

describe("a table's TOTAL row over rows of test files (--no-exec)", () => {
  const rowCases: Array<[string, string]> = [
    // The rows add up (2 + 3 = 5), the files define 2 + 2: the measurement says which is so.
    ['| **TOTAL** | **5** | ✅ |', 'contradicted'],
    ['| **TOTAL** | **4** | ✅ |', 'confirmed'],
    // A row that totals nothing by its name is a row like the others.
    ['| Overall | 4 | ✅ |', ''],
  ];
  for (const [totalRow, want] of rowCases) {
    it(`${totalRow} → ${want || 'not measured as a total'}`, async () => {
      const repo = repos(tableFiles);
      writeFileSync(path.join(repo, 'REPORT.md'), `### Phase\n\n${table(['`tests/a.test.js` | 2', '`tests/b.test.js` | 3'])}\n${totalRow}\n`);
      const result = await verify({ reports: [path.join(repo, 'REPORT.md')], repo, cwd: repo, checks: ['tests'], noExec: true });
      const got = result.reports[0]!.findings.filter((f) => f.claim.position.line === 7 && /of the table at lines 5–6/.test(f.message));
      expect(got.map((f) => f.verdict).join(','), got.map((f) => f.message).join(' | ')).toBe(want);
    });
  }
});

/** Sections that list test files with their counts, then a total heading or line (w28, w32): the total's verdict. */
const listCases: Array<[string, string]> = [
  // the list says 2 + 3 = 5 and the files define 2 + 2: the total is measured on them
  ['## Files\n\n1. **tests/a.test.js** (2 tests)\n2. **tests/b.test.js** (3 tests)\n\n## Total Tests: **5 tests**', 'contradicted'],
  ['## Files\n\n### Unit\n\n1. **tests/a.test.js** (2 tests)\n\n### Other\n\n1. **tests/b.test.js** (2 tests)\n\n## Total Tests: **4 tests**', 'confirmed'],
  ['### Created\n\n1. **tests/a.test.js** - 2 tests\n2. **tests/b.test.js** - 3 tests\n\n### Total Test Coverage: 5 Tests', 'contradicted'],
  ['### Files\n\n- `tests/a.test.js` - 2 tests\n- `tests/b.test.js` - 3 tests\n\n**Total**: 5 tests', 'contradicted'],
  // the list adds up to less than the total: some files of the suite, not its breakdown
  ['## Key files\n\n1. **tests/a.test.js** (2 tests)\n2. **tests/b.test.js** (2 tests)\n\n## Total Tests: **9 tests**', ''],
  // a count of something else than one test file in the section: no list of files alone
  ['## Files\n\n1. **tests/a.test.js** (2 tests)\n2. Parsing tests: 3 tests\n\n## Total Tests: **5 tests**', ''],
  // one file is no breakdown
  ['## Files\n\n1. **tests/a.test.js** (3 tests)\n\n## Total Tests: **3 tests**', ''],
  // a file that makes tests at run time gives only a floor
  ['## Files\n\n1. **tests/a.test.js** (2 tests)\n2. **tests/gen.test.js** (3 tests)\n\n## Total Tests: **5 tests**', ''],
];

/** Headings that count the list of test files under them (w10:270): the heading's verdict. */
const underCases: Array<[string, string]> = [
  ['#### **Security Tests** (5+ tests)\n**Files**:\n- `tests/a.test.js` (2 tests)\n- `tests/b.test.js` (3 tests)', 'contradicted'], // the files define 2 + 2
  ['#### Unit Tests (4 tests)\n- `tests/a.test.js` (2 tests)\n- `tests/b.test.js` (2 tests)', 'confirmed'],
  // the list under it adds up to less: not its breakdown
  ['#### Unit Tests (9 tests)\n- `tests/a.test.js` (2 tests)\n- `tests/b.test.js` (2 tests)', ''],
  // groups nested under a file's item are that file's (w40:16, 30); one file under a heading that counts it (w40:30)
  ['#### Integration Tests (3 tests)\n1. **Batch** (`tests/b.test.js`) - 3 tests\n   - Edge cases (2 tests)\n   - Pairing (1 test)', 'contradicted'],
  ['#### Unit Tests (4 tests)\n1. `tests/a.test.js` - 2 tests\n   - Parsing (1 test)\n   - Output (1 test)\n2. `tests/b.test.js` - 2 tests', 'confirmed'],
  // a group in a list of its own is not nested under the file: no list of files alone
  ['#### Unit Tests (2 tests)\n- `tests/a.test.js` (2 tests)\n\n**Coverage**:\n- Parsing (2 tests)', ''],
  // one file that says another count than the heading
  ['#### Unit Tests (5 tests)\n- `tests/a.test.js` (2 tests)', ''],
];

describe('a total after a list of test files (--no-exec)', () => {
  it('sums what the listed files define when the list adds up to the total, else leaves the total to the whole suite', async () => {
    const text = listCases.map(([block]) => `# Report\n\n${block}`).join('\n\n') + '\n';
    const totals = text.split('\n').flatMap((l, i) => (/^(?:#+ |\*\*)Total/.test(l) ? [i + 1] : []));
    expect(totals.length).toBe(listCases.length);
    const findings = await verifyText(tableFiles, text);
    listCases.forEach(([block, want], i) => {
      // a total not measured on the list is left to the rest of the verifier (the whole suite)
      const got = findings.filter((f) => f.claim.position.line === totals[i] && f.claim.kind === 'tests.total' && /of the list at/.test(f.message));
      expect(got.map((f) => f.verdict).join(','), `${block}: ${findings.filter((f) => f.claim.position.line === totals[i]).map((f) => f.message).join(' | ')}`).toBe(want);
    });
    expect(findings.find((f) => f.claim.position.line === totals[0] && f.claim.kind === 'tests.total')!.message).toBe(
      `claims 5 tests; measured 4 (4 tests defined in the 2 files of the list at lines ${totals[0]! - 3}–${totals[0]! - 2} (not run))`,
    );
  });
  it('sums what the files listed under a heading define when the list adds up to its count', async () => {
    const text = underCases.map(([block]) => `# Report\n\n${block}`).join('\n\n') + '\n';
    const headings = text.split('\n').flatMap((l, i) => (l.startsWith('#### ') ? [i + 1] : []));
    const findings = await verifyText(tableFiles, text);
    underCases.forEach(([block, want], i) => {
      const got = findings.filter((f) => f.claim.position.line === headings[i] && f.claim.kind === 'tests.total' && /of the list at/.test(f.message));
      expect(got.map((f) => f.verdict).join(','), `${block}: ${findings.filter((f) => f.claim.position.line === headings[i]).map((f) => f.message).join(' | ')}`).toBe(want);
    });
  });
});

/** w36's table of bare test class names: a class no source file of the repository holds is nowhere to count. */
const bareClassFiles: Record<string, string> = {
  'app/src/test/kotlin/reader/ReaderScreenModelTest.kt': 'class ReaderScreenModelTest {\n  @Test fun a() {}\n  @Test fun b() {}\n}\n',
  'app/src/test/kotlin/reader/Misc.kt': 'class ViewerFlagsTest {\n  @Test fun c() {}\n}\n',
  'docs/TESTS.md': 'HelperTest covers the helpers.\n',
  'tests/python/test_simulator_bindings.py': 'class TestResetFunctionality:\n    def test_a(self):\n        pass\n',
};

const bareClassCases: Array<[string, string]> = [
  ['| ReaderScreenModelTest | 2 |', 'confirmed'],
  ['| ReaderScreenModelTest | 3 |', 'contradicted'],
  ['| SourcePageFetcherTest | 6 |', 'contradicted'], // w36:18: no file, no declaration, no mention in code
  ['| HelperTest | 4 |', 'contradicted'], // named only in a document, not in code
  ['| ViewerFlagsTest | 1 |', 'unverifiable'], // declared in a file of another name: there, uncounted
  ['| SourcePageFetcher | 6 |', 'unverifiable'], // no test affix: a component, not a class
  ['| IntegrationTests | 6 |', 'unverifiable'], // a kind of tests
  ['| TestReset | 2 |', 'unverifiable'], // w82:138: the head of `TestResetFunctionality`, a shortened name
  ['| TestRes | 2 |', 'contradicted'], // no head at a capital: "TestRes" + "etFunctionality" names nothing
];

describe('tests of a test class named in a table (--no-exec)', () => {
  it('contradicts a count of a test class no source file holds', async () => {
    const text = bareClassCases.map(([row]) => ['| 测试类 | 测试数量 |', '|---|---|', row].join('\n')).join('\n\n') + '\n';
    const findings = await verifyText(bareClassFiles, text);
    bareClassCases.forEach(([row, want], i) => {
      const got = findings.filter((f) => f.claim.position.line === i * 4 + 3 && f.claim.kind === 'tests.total');
      expect(got.map((f) => f.verdict).join(','), `${row}: ${got.map((f) => f.message).join(' | ')}`).toBe(want);
    });
    expect(findings.find((f) => f.claim.position.line === 11)!.message).toBe('claims 6 tests in a test class `SourcePageFetcherTest`; no source file of the repository holds that name');
  });
});

/** w27's sections: a table of test files in Chinese, a row whose count carries a remark, and "**总测试数**: N" under it. */
const zhTable = (rows: string[]) => ['| 测试文件 | 测试数 | 覆盖内容 |', '|---------|--------|----------|', ...rows.map((r) => `| ${r} | 说明 |`)].join('\n');
const sectionCases: Array<[string, string]> = [
  // the files define 2 + 2; the second row's "**3 (新增)**" ("new") is a row of the table like the others
  [`#### LruCache\n\n${zhTable(['`tests/a.test.js` | 2', '`tests/b.test.js` | **3 (新增)**'])}\n\n**总测试数**: 4`, 'confirmed'],
  [`#### DependencyAnalyzer\n\n${zhTable(['`tests/a.test.js` | 2', '`tests/b.test.js` | **3 (新增)**'])}\n\n**总测试数**: 5`, 'contradicted'],
  // a table of one file
  [`#### PathValidator\n\n${zhTable(['`tests/b.test.js` | 2'])}\n\n**总测试数**: 3`, 'contradicted'],
  [`#### Workspace\n\n${zhTable(['`tests/b.test.js` | 2'])}\n\n**总测试数**: 2`, 'confirmed'],
  // a row whose file makes tests at run time: only a floor, and 3 is above it
  [`#### Generated\n\n${zhTable(['`tests/gen.test.js` | 3'])}\n\n**总测试数**: 3`, 'unverifiable'],
  // a row naming a file the repository does not hold
  [`#### Gone\n\n${zhTable(['`tests/gone.test.js` | 3'])}\n\n**总测试数**: 3`, 'unverifiable'],
];

describe('a total line in another language under a table of test files (--no-exec)', () => {
  it('sums what the files the rows name define, whether or not each row is a claim', async () => {
    const repo = repos(tableFiles);
    const text = sectionCases.map(([block]) => block).join('\n\n') + '\n';
    writeFileSync(path.join(repo, 'REPORT.md'), text);
    const totals = text.split('\n').flatMap((l, i) => (l.startsWith('**总测试数**') ? [i + 1] : []));
    const result = await verify({ reports: [path.join(repo, 'REPORT.md')], repo, cwd: repo, checks: ['tests'], noExec: true });
    const findings = result.reports[0]!.findings;
    sectionCases.forEach(([block, want], i) => {
      const got = findings.filter((f) => f.claim.position.line === totals[i] && f.claim.kind === 'tests.total');
      expect(got.map((f) => f.verdict).join(','), `${block}: ${got.map((f) => f.message).join(' | ')}`).toBe(want);
    });
    expect(findings.find((f) => f.claim.position.line === totals[2] && f.claim.kind === 'tests.total')!.message).toBe(
      `claims 3 tests; measured 2 (2 tests defined in the file of the table at line ${totals[2]! - 2} (not run))`,
    );
  });
});

/** w27's component matrix: a component's tests are its test file and the files of kinds of its tests beside it. */
const componentFiles: Record<string, string> = {
  'tests/cache/lruCache.test.js': "it('a', () => {});\nit('b', () => {});\n",
  'tests/cache/lruCacheBoundary.test.js': "it('c', () => {});\nit('d', () => {});\nit('e', () => {});\n",
  'tests/cache/lruCacheReader.test.js': "it('r', () => {});\n",
  'tests/ws/workspaceManagerUnit.test.js': "it('w', () => {});\nit('x', () => {});\n",
};

const componentCases: Array<[string, string]> = [
  ['| `lruCache` | ~200 | 5 |', 'confirmed'], // 2 + 3: the file and its boundary tests, not the reader's
  ['| `lruCache` | ~200 | 2 |', 'confirmed'], // the file named after it alone: the other reading
  ['| `lruCache` | ~200 | 4 |', 'contradicted'], // neither reading
  ['| `workspaceManager` | ~505 | 2 |', 'confirmed'], // its unit tests alone
  ['| `workspaceManager` | ~505 | 3 |', 'contradicted'],
];

describe('tests of a component in a table of components (--no-exec)', () => {
  it('measures its test file with the files of kinds of its tests beside it', async () => {
    const repo = repos(componentFiles);
    const header = ['| 组件 | 代码行数 | 测试数 |', '|------|---------|--------|'];
    // one table per case: a component appears once in a table
    const text = componentCases.map(([row]) => [...header, row].join('\n')).join('\n\n') + '\n';
    writeFileSync(path.join(repo, 'REPORT.md'), text);
    const result = await verify({ reports: [path.join(repo, 'REPORT.md')], repo, cwd: repo, checks: ['tests'], noExec: true });
    const findings = result.reports[0]!.findings;
    componentCases.forEach(([row, want], i) => {
      const got = findings.filter((f) => f.claim.position.line === i * 4 + 3 && f.claim.kind === 'tests.total');
      expect(got.map((f) => f.verdict).join(','), `${row}: ${got.map((f) => f.message).join(' | ')}`).toBe(want);
    });
  });
});

/** A schema test file whose describe groups a report counts by title. */
const groupFiles: Record<string, string> = {
  'packages/db/src/__tests__/schema/sessions.test.ts': [
    "describe('Sessions Schema', () => {",
    "  describe('Schema Structure', () => {",
    "    it('has an id', () => {});",
    "    it('has a state', () => {});",
    '  });',
    "  describe('Fork Support (E04-T010)', () => {",
    "    describe('Type Safety', () => {",
    "      it('accepts a fork', () => {});",
    '    });',
    "    it('keeps the parent', () => {});",
    '  });',
    '});',
    '',
  ].join('\n'),
  'packages/db/src/__tests__/schema/users.test.ts': "describe('Users', () => {\n  describe('Schema Structure', () => { it('x', () => {}); });\n});\n",
  'packages/core/src/__tests__/loop.test.ts': "describe('Generated', () => {\n  it('a', () => {});\n  for (const n of [1, 2]) it('g' + n, () => {});\n});\n",
};

const groupCases: Array<[string, string]> = [
  ['- Fork Support: 2 tests', 'confirmed'], // nested groups' tests count, the title's parenthesis aside
  ['- Fork Support: 13 tests', 'contradicted'], // w25:44, 13 for 16
  ['- Type safety (1 test)', 'confirmed'],
  ['- Schema Structure: 8 tests', 'unverifiable'], // two files have a group of that title
  ['- Generated: 5 tests', 'unverifiable'], // the loop may make them
  ['- Generated: 1 test', 'contradicted'], // below the two the group declares
];

/** A describe group of a TypeScript file and, beside it, a Swift suite named after the same part (w56:64, 67). */
const twoPlaceFiles: Record<string, string> = {
  ...groupFiles,
  'tests/unit/linter.test.ts': "describe('Linter', () => {\n  it('a', () => {});\n  it('b', () => {});\n});\n",
  'Kit/Tests/KitTests/LinterTests.swift': 'import XCTest\nfinal class LinterTests: XCTestCase {\n    func testA() {}\n    func testB() {}\n    func testC() {}\n}\n',
};

const twoPlaceCases: Array<[string, string]> = [
  ['- ✅ Linter (3 tests) - Was 0, now complete', 'unverifiable'], // the group says 2, the Swift suite 3: two places answer to the name
  ['- ✅ Linter (2 tests) - Was 0, now complete', 'unverifiable'],
  ['- Fork Support: 13 tests', 'contradicted'], // no file is named after the group: it alone answers
];

/** A describe group of a frontend service, and the backend's unit and integration test classes of a service so named (w92:87). */
const kindPlaceFiles: Record<string, string> = {
  ...groupFiles,
  'frontend/src/app/services/product-service.spec.ts': "describe('ProductService', () => {\n  it('a', () => {});\n  it('b', () => {});\n});\n",
  'backend/src/test/java/ProductServiceUnitTest.java': 'class ProductServiceUnitTest {\n  @Test void a() {}\n}\n',
  'backend/src/test/java/ProductServiceIntegrationTest.java': 'class ProductServiceIntegrationTest {\n  @Test void b() {}\n}\n',
};

const kindPlaceCases: Array<[string, string]> = [
  ['- ProductService: 16 tests', 'unverifiable'], // the group says 2; the backend's test classes of kinds of its tests answer too
  ['- Fork Support: 13 tests', 'contradicted'], // no file of a kind of its tests: the group alone answers
];

describe('tests of a named describe group (--no-exec)', () => {
  it('measures a name against no group when test files of kinds of its tests answer to it too', async () => {
    const findings = await expectVerdicts(kindPlaceFiles, kindPlaceCases);
    expect(findings.find((f) => f.claim.position.line === 1)!.message).toContain('and the test files `backend/src/test/java/ProductServiceIntegrationTest.java`');
  });
  it('measures a name against no group when a test file is named after it too', async () => {
    const findings = await expectVerdicts(twoPlaceFiles, twoPlaceCases);
    expect(findings.find((f) => f.claim.position.line === 1)!.message).toContain('names `describe("Linter")` of `tests/unit/linter.test.ts` and the test file `Kit/Tests/KitTests/LinterTests.swift`');
  });
  it('counts the tests of the one group of that title', async () => {
    const findings = await expectVerdicts(groupFiles, groupCases);
    expect(findings.find((f) => f.claim.position.line === 3)!.message).toBe(
      'claims 13 tests for "Fork Support"; measured 2 (2 tests defined in `describe("Fork Support (E04-T010)")` of `packages/db/src/__tests__/schema/sessions.test.ts` (not run))',
    );
  });
  it('counts a group its line names under a heading of a kind of tests, in a plain-text block too (w25:35, 44)', async () => {
    const text = ['# QA', '', '### Unit Tests', '```', 'Chat Sessions Tests: 3 tests passed', '- Fork Support: 13 tests ✅', '- Type safety: 1 test ✅', '```', '', '### Unit Tests', '', '- Fork Support: 2 tests ✅', ''].join('\n');
    const findings = await verifyText(groupFiles, text);
    const verdicts = [6, 7, 12].map((line) => findings.filter((f) => f.claim.position.line === line && f.claim.kind === 'tests.total').map((f) => f.verdict).join(','));
    // under a lead that counts passing tests, what the group defines is a ceiling: 13 is above its 2, 1 is not below its 1
    expect(verdicts).toEqual(['contradicted', 'unverifiable', 'confirmed']);
  });
});

/** "Name tests (N)": a group by its title without the test noun, a folder whose test files hold all its tests. */
const parenFiles: Record<string, string> = {
  ...groupFiles,
  'crate_a/src/lib.rs': 'pub fn f() {}\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn a() {}\n}\n',
  'crate_a/tests/it.rs': '#[test]\nfn b() {}\n',
  'crate_b/tests/it.rs': '#[test]\nfn c() {}\n#[test]\nfn d() {}\n',
};

const parenCases: Array<[string, string]> = [
  ['- Fork Support tests (2)', 'confirmed'], // `describe("Fork Support (E04-T010)")`
  ['- Fork Support tests (13)', 'contradicted'], // w25:450
  ['### crate_b Tests (2)', 'confirmed'], // its test folder holds its tests
  ['### crate_b Tests (3)', 'contradicted'],
  ['### crate_a Tests (1)', 'unverifiable'], // w14:417: src/lib.rs holds tests beside its test folder
];

describe('a count in a parenthesis after a part\'s tests (--no-exec)', () => {
  it('measures the group or folder the part names, and leaves a folder with tests outside its test files open', async () => {
    const findings = await expectVerdicts(parenFiles, parenCases);
    expect(findings.find((f) => f.claim.position.line === 7)!.message).toContain('2 tests defined in 1 file of `crate_b/` (not run)');
  });
});

/** A test file the report names in a section, and a folder of other tests named like one of its groups. */
const sectionFiles: Record<string, string> = {
  'tests/test_organizations.py': 'class TestGetOrganizationFeatures:\n    def test_get_features_success(self):\n        pass\n\n    def test_get_features_structure(self):\n        pass\n',
  'e2e/tests/features/flags.test.ts': "describe('flags', () => {\n  it('a', () => {});\n  it('b', () => {});\n  it('c', () => {});\n});\n",
};

/** A group heading under a section of tests, with or without the line naming the section's file. */
const groupSection = (fileLine: string) => `### 2. Organization Endpoint Tests

${fileLine}

#### Features (2 tests)
- \`test_get_features_success\`
`;

describe('a group of the file a section names (--no-exec)', () => {
  const cases: Array<{ name: string; fileLine: string; verdicts: string }> = [
    { name: 'a group heading in the section of a named file is a part of it, not a folder named like it (w78:109)', fileLine: '**File:** `tests/test_organizations.py` (669 lines)', verdicts: '' },
    { name: 'without the file line, the group is measured by the folder of its name', fileLine: 'The endpoint tests.', verdicts: 'contradicted' },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const findings = await verifyText(sectionFiles, groupSection(c.fileLine));
      const got = findings.filter((f) => f.claim.position.line === 5 && f.verdict !== 'unverifiable');
      expect(got.map((f) => f.verdict).join(','), got.map((f) => f.message).join(' | ')).toBe(c.verdicts);
    });
  }
});

/** A table under a Chinese count header whose rows are test files with long names (w27:131, 139, 163). */
const longNameFiles: Record<string, string> = {
  'tests/Analyzer.Tests/Roslyn/SemanticModelAnalyzerTests.cs': ['public class SemanticModelAnalyzerTests', '{', fact('A'), fact('B'), fact('C'), '}', ''].join('\n'),
  'tests/Analyzer.Tests/Memory/AdaptiveCacheManagerIntegrationTests.cs': ['public class AdaptiveCacheManagerIntegrationTests', '{', fact('A'), fact('B'), '}', ''].join('\n'),
};

const longNameCases: Array<[string, string]> = [
  ['| `SemanticModelAnalyzerTests.cs` | 3 | 符号解析、类型推断 |', 'confirmed'],
  ['| `SemanticModelAnalyzerTests.cs` | 5 | 符号解析、类型推断 |', 'contradicted'],
  ['| `AdaptiveCacheManagerIntegrationTests.cs` | 2 | 集成测试 |', 'confirmed'],
  ['| `AdaptiveCacheManagerIntegrationTests.cs` | 4 | 集成测试 |', 'contradicted'],
];

describe('a Chinese-headed table of test files with long names (--no-exec)', () => {
  it('reads each row under the header "测试数" and counts its file', async () => {
    const repo = repos(longNameFiles);
    const table = ['## 测试文件', '', '| 测试文件 | 测试数 | 覆盖内容 |', '|---|---|---|', ...longNameCases.map(([line]) => line)];
    writeFileSync(path.join(repo, 'REPORT.md'), table.join('\n') + '\n');
    const result = await verify({ reports: [path.join(repo, 'REPORT.md')], repo, cwd: repo, checks: ['tests'], noExec: true });
    const findings = result.reports[0]!.findings;
    longNameCases.forEach(([line, want], i) => {
      const got = findings.filter((f) => f.claim.position.line === i + 5);
      expect(got.map((f) => f.verdict).join(','), `${line}: ${got.map((f) => f.message).join(' | ')}`).toBe(want);
    });
  });
});

/** A list of parts labelled "<Part> Tests: N" (w69:101–104), measured as the table rows of parts are. */
const labelledPartCases: Array<[string, string]> = [
  ['- Lights Tests: 3', 'confirmed'], // the test folder Lights/: 2 + 1
  ['- Lights Tests: 2', 'contradicted'],
  ['- **Scene Tests**: 4', 'confirmed'],
  ['- Scene Graph Tests: 9', 'unverifiable'], // no folder or file answers to the name
];

describe('a list item labelled with a part\'s tests (--no-exec)', () => {
  it('counts the tests of the folder or file the label names', async () => {
    const repo = repos(partFiles);
    writeFileSync(path.join(repo, 'REPORT.md'), ['## Breakdown', '', ...labelledPartCases.map(([line]) => line)].join('\n') + '\n');
    const result = await verify({ reports: [path.join(repo, 'REPORT.md')], repo, cwd: repo, checks: ['tests'], noExec: true });
    const findings = result.reports[0]!.findings;
    labelledPartCases.forEach(([line, want], i) => {
      const got = findings.filter((f) => f.claim.position.line === i + 3);
      expect(got.map((f) => f.verdict).join(','), `${line}: ${got.map((f) => f.message).join(' | ')}`).toBe(want);
    });
  });
});

/** A component's row that names its source file, whose tests are in the test file beside it (w77:68–77). */
const sourceRowFiles: Record<string, string> = {
  'src/components/PillarCard.tsx': 'export function PillarCard() { return null; }\n',
  'src/components/PillarCard.test.tsx': "import { it } from 'vitest';\nit('a', () => {});\nit('b', () => {});\nit('c', () => {});\n",
  'src/components/Stepper.tsx': 'export function Stepper() { return null; }\n',
};

const sourceRowCases: Array<[string, string]> = [
  ['| PillarCard.tsx | 3 tests |', 'confirmed'],
  ['| PillarCard.tsx | 4 tests |', 'contradicted'],
  ['| Stepper.tsx | 2 tests |', 'unverifiable'], // no test file beside it
];

describe('a row naming a source file counts the tests of its test file (--no-exec)', () => {
  it('measures the test file beside the source', async () => {
    const repo = repos(sourceRowFiles);
    const table = ['## Component Tests', '', '| Component | Tests |', '|---|---|', ...sourceRowCases.map(([line]) => line)];
    writeFileSync(path.join(repo, 'REPORT.md'), table.join('\n') + '\n');
    const result = await verify({ reports: [path.join(repo, 'REPORT.md')], repo, cwd: repo, checks: ['tests'], noExec: true });
    const findings = result.reports[0]!.findings;
    sourceRowCases.forEach(([line, want], i) => {
      const got = findings.filter((f) => f.claim.position.line === i + 5);
      expect(got.map((f) => f.verdict).join(','), `${line}: ${got.map((f) => f.message).join(' | ')}`).toBe(want);
    });
    expect(findings.find((f) => f.claim.position.line === 6)!.message).toContain('the test file of `src/components/PillarCard.tsx`');
  });
});

describe('a table row that names a part and its one test file (w95:53)', () => {
  const rowFiles: Record<string, string> = {
    'test/unit/models/product_model_test.dart': "void main() {\n  test('a', () {});\n  test('b', () {});\n}\n",
    'test/unit/models/order_model_test.dart': "void main() {\n  test('a', () {});\n}\n",
    'src/cart.test.ts': "it('a', () => {});\nit('b', () => {});\nit('c', () => {});\n",
  };
  const table = (rows: string[]) => ['# Tests', '', '| Model | File | Tests |', '| --- | --- | --- |', ...rows].join('\n') + '\n';
  const verdicts = async (rows: string[]) => (await verifyText(rowFiles, table(rows))).filter((f) => f.claim.kind === 'tests.total').map((f) => `${f.claim.position.line} ${f.verdict}`);
  it.each([
    // the row's test file, resolved by its name, counts the part's tests
    [['| Product | `product_model_test.dart` | 2 |'], ['5 confirmed']],
    [['| Product | `product_model_test.dart` | 5 |'], ['5 contradicted']],
    [['| Cart | `src/cart.test.ts` | 3 |', '| Order | `order_model_test.dart` | 4 |'], ['5 confirmed', '6 contradicted']],
    // a row naming no test file, or two, is not read so
    [['| Product | `lib/product.dart` | 2 |'], ['5 unverifiable']],
    [['| Product | `product_model_test.dart`, `order_model_test.dart` | 3 |'], ['5 unverifiable']],
  ])('%j', async (rows, want) => {
    expect(await verdicts(rows)).toEqual(want);
  });
});

describe("a kind of tests in a named part's section (w92:58, 71)", () => {
  const partFiles: Record<string, string> = {
    'backend/src/test/java/UserServiceUnitTest.java': 'class UserServiceUnitTest {\n  @Test void a() {}\n  @Test void b() {}\n}\n',
    'backend/src/test/java/UserServiceIntegrationTest.java': 'class UserServiceIntegrationTest {\n  @Test void c() {}\n}\n',
  };
  const section = (heading: string, unit: number, integration: number) =>
    [`### ${heading}`, '', `**Unit Tests (${unit}):**`, '- creates a user', '', `**Integration Tests (${integration}):**`, '- saves a user', ''].join('\n');
  const verdicts = async (text: string) =>
    (await verifyText(partFiles, text)).filter((f) => f.claim.kind === 'tests.total' && 'category' in f.claim.subject).map((f) => `${f.claim.position.line} ${f.verdict}`);
  it.each([
    // the heading counts the part's tests: each kind is the part's test file of that kind
    [section('UserService (3 tests total)', 2, 1), ['3 confirmed', '6 confirmed']],
    [section('UserService (3 tests total)', 2, 2), ['3 confirmed', '6 contradicted']],
    // a heading that counts nothing names no part to measure
    [section('UserService', 2, 2), ['3 unverifiable', '6 unverifiable']],
    // a part with no test file of the kind
    [section('OrderService (3 tests total)', 2, 1), ['3 unverifiable', '6 unverifiable']],
  ])('%j', async (text, want) => {
    expect(await verdicts(text)).toEqual(want);
  });
});
