/**
 * Fixture repositories in Java, Kotlin, C#, Swift, Rust and Go, built from
 * source files alone (no toolchain): through the command line with
 * `--no-exec`, each report's true test counts are confirmed and its planted
 * false ones contradicted, counted from the tests each framework defines.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/cli.js';
import type { VerifyResult } from '../../src/model.js';
import { fixtureRepos } from '../helpers/fixture-repo.js';

const repos = fixtureRepos('claimcheck-defined-lang-');

interface Scenario {
  language: string;
  files: Record<string, string>;
  /** Report lines and the verdict each must get. */
  lines: Array<[string, 'confirmed' | 'contradicted' | 'unverifiable']>;
}

const scenarios: Scenario[] = [
  {
    language: 'Java (JUnit 5, TestNG)',
    files: {
      'src/test/java/com/acme/CalculatorTest.java': `package com.acme;\n\nimport org.junit.jupiter.api.*;\nimport org.junit.jupiter.params.ParameterizedTest;\nimport org.junit.jupiter.params.provider.ValueSource;\n\nclass CalculatorTest {\n    @BeforeEach void setUp() {}\n\n    @Test void adds() {}\n\n    @Test @Disabled("flaky") void divides() {}\n\n    // @Test void multiplies() {}\n\n    @ParameterizedTest\n    @ValueSource(ints = {1, 2, 3})\n    void isPositive(int n) {}\n\n    private int helper() { return 1; }\n}\n`,
      'src/test/java/com/acme/ParserTest.java': `package com.acme;\n\nimport org.testng.annotations.Test;\n\npublic class ParserTest {\n    @Test public void parsesEmpty() {}\n    @Test(groups = "slow") public void parsesLarge() {}\n}\n`,
      // An error between declarations may hide a test (one inside a test's body hides none: tests/measure/contained-errors.test.ts).
      'src/it/java/com/acme/BrokenIT.java': `package com.acme;\n\nclass BrokenIT {\n    @Test void a() {}\n    int = ;\n    @Test void b() {}\n}\n`,
      'src/main/java/com/acme/Calculator.java': `package com.acme;\n\npublic class Calculator {\n    public int add(int a, int b) { return a + b; }\n}\n`,
    },
    lines: [
      ['- `src/test/java/com/acme/CalculatorTest.java` (5 tests)', 'confirmed'],
      ['- `src/test/java/com/acme/CalculatorTest.java` (6 tests)', 'contradicted'],
      ['- `src/test/java/` (7 tests)', 'confirmed'],
      ['- `src/test/java/` (9 tests)', 'contradicted'],
      ['- `src/it/java/com/acme/BrokenIT.java` (9 tests)', 'unverifiable'], // the parser recovered from errors: a floor
    ],
  },
  {
    language: 'Kotlin (JUnit 5)',
    files: {
      'src/test/kotlin/com/acme/GreeterTest.kt': `package com.acme\n\nimport org.junit.jupiter.api.Test\n\nclass GreeterTest {\n    @Test\n    fun \`greets by name\`() {}\n\n    @Test\n    fun greetsNobody() {}\n\n    @Disabled\n    @Test\n    fun greetsLater() {}\n\n    fun helper() = 1\n}\n`,
      'src/test/kotlin/com/acme/StoreTest.kt': `package com.acme\n\nclass StoreTest {\n    @Test fun saves() {}\n    // @Test fun loads() {}\n}\n`,
    },
    lines: [
      ['- `src/test/kotlin/com/acme/GreeterTest.kt` (3 tests)', 'confirmed'],
      ['- `src/test/kotlin/com/acme/GreeterTest.kt` (2 tests)', 'contradicted'],
      ['- `src/test/kotlin/` (4 tests)', 'confirmed'],
      ['- `src/test/kotlin/` (5 tests)', 'contradicted'],
    ],
  },
  {
    language: 'C# (xUnit, NUnit, MSTest)',
    files: {
      'tests/Acme.Tests/CalculatorTests.cs': `using Xunit;\n\nnamespace Acme.Tests;\n\npublic class CalculatorTests\n{\n    [Fact]\n    public void Adds() {}\n\n    [Theory]\n    [InlineData(1, 2)]\n    [InlineData(3, 4)]\n    public void AddsPairs(int a, int b) {}\n\n    [Fact(Skip = "later")]\n    public void Divides() {}\n\n    private static int Helper() => 1;\n}\n`,
      'tests/Acme.Tests/ParserTests.cs': `using NUnit.Framework;\n\n[TestFixture]\npublic class ParserTests\n{\n    [SetUp] public void Init() {}\n    [Test] public void ParsesEmpty() {}\n    [TestCase("a")]\n    [TestCase("b")]\n    [TestCase("c")]\n    public void ParsesLetter(string s) {}\n}\n`,
      'tests/Acme.Tests/StoreTests.cs': `[TestClass]\npublic class StoreTests\n{\n    [TestMethod] public void Saves() {}\n    [DataTestMethod]\n    [DataRow(1)]\n    [DataRow(2)]\n    public void Loads(int n) {}\n}\n`,
    },
    lines: [
      ['- `tests/Acme.Tests/CalculatorTests.cs` (4 tests)', 'confirmed'],
      ['- `tests/Acme.Tests/CalculatorTests.cs` (3 tests)', 'confirmed'], // 3 test methods, as a report may count them
      ['- `tests/Acme.Tests/CalculatorTests.cs` (5 tests)', 'contradicted'],
      ['- `tests/Acme.Tests/` (11 tests)', 'confirmed'],
      ['- `tests/Acme.Tests/` (12 tests)', 'contradicted'],
    ],
  },
  {
    language: 'Swift (XCTest, Swift Testing)',
    files: {
      'Tests/AcmeTests/CalculatorTests.swift': `import XCTest\n@testable import Acme\n\nfinal class CalculatorTests: XCTestCase {\n    override func setUp() {}\n    func testAdds() {}\n    func testDivides() throws {}\n    func helper() {}\n    // func testMultiplies() {}\n}\n`,
      'Tests/AcmeTests/ParserTests.swift': `import Testing\n\n@Test func parsesEmpty() {}\n\n@Test("parses letters", arguments: ["a", "b", "c"])\nfunc parsesLetter(_ s: String) {}\n`,
    },
    lines: [
      ['- `Tests/AcmeTests/CalculatorTests.swift` (2 tests)', 'confirmed'],
      ['- `Tests/AcmeTests/CalculatorTests.swift` (3 tests)', 'contradicted'],
      ['- `Tests/AcmeTests/` (6 tests)', 'confirmed'],
      ['- `Tests/AcmeTests/` (8 tests)', 'contradicted'],
    ],
  },
  {
    language: 'Rust (#[test], #[tokio::test], #[rstest])',
    files: {
      'src/lib.rs': `pub fn add(a: u8, b: u8) -> u8 { a + b }\n\n#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn adds() { assert_eq!(add(1, 2), 3); }\n\n    #[test]\n    #[ignore]\n    fn slow() {}\n\n    // #[test]\n    // fn old() {}\n\n    fn helper() {}\n}\n`,
      'tests/api.rs': `use rstest::rstest;\n\n#[tokio::test]\nasync fn serves() {}\n\n#[rstest]\n#[case(1)]\n#[case(2)]\n#[case(3)]\nfn parses(#[case] n: u8) {}\n`,
    },
    lines: [
      ['- `src/lib.rs` (2 tests)', 'confirmed'],
      ['- `src/lib.rs` (4 tests)', 'contradicted'],
      ['- `tests/api.rs` (4 tests)', 'confirmed'],
      ['- `tests/api.rs` (5 tests)', 'contradicted'],
    ],
  },
  {
    language: 'Go (testing)',
    files: {
      'calc/calc_test.go': `package calc\n\nimport "testing"\n\nfunc TestMain(m *testing.M) { m.Run() }\n\nfunc TestAdd(t *testing.T) {}\n\nfunc TestDivide(t *testing.T) {}\n\nfunc BenchmarkAdd(b *testing.B) {}\n\nfunc helper(t *testing.T) {}\n\n// func TestOld(t *testing.T) {}\n`,
      'parse/parse_test.go': `package parse\n\nimport "testing"\n\nfunc TestParse(t *testing.T) {}\n`,
      'calc/calc.go': `package calc\n\nfunc TestLike() {}\n`,
    },
    lines: [
      ['- `calc/calc_test.go` (2 tests)', 'confirmed'],
      ['- `calc/calc_test.go` (3 tests)', 'contradicted'],
      ['- `parse/` (1 test)', 'confirmed'],
      ['- `parse/` (2 tests)', 'contradicted'],
    ],
  },
];

describe('tests defined in source, per language, through the command line (--no-exec)', () => {
  for (const scenario of scenarios) {
    it(`${scenario.language}: true counts confirmed, planted false ones contradicted`, async () => {
      const repo = repos(scenario.files);
      writeFileSync(path.join(repo, 'REPORT.md'), '# Tests\n\n' + scenario.lines.map(([line]) => line).join('\n\n') + '\n');
      let json = '';
      const code = await run(['verify', 'REPORT.md', '--repo', '.', '--no-exec', '--checks', 'tests', '--format', 'json'], {
        cwd: repo,
        stdout: (text) => (json += text),
        stderr: () => {},
      });
      expect(code).toBe(1); // the planted false counts
      const findings = (JSON.parse(json) as VerifyResult).reports[0]!.findings;
      scenario.lines.forEach(([line, want], i) => {
        const got = findings.filter((f) => f.claim.position.line === 3 + i * 2);
        expect(got.map((f) => f.verdict).join(','), `${line}: ${got.map((f) => f.message).join(' | ')}`).toBe(want);
        expect(got[0]!.message).toContain('(not run)');
        if (want === 'unverifiable') expect(got[0]!.message).toContain('the parser could not read all of');
      });
    });
  }
});
