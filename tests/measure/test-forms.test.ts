/**
 * Tests defined by each framework's own forms (src/measure/test-forms.ts),
 * read with tree-sitter: per language, what counts (positive) and what does
 * not (commented-out tests, helpers, strings, disabled tests still count).
 */
import { describe, expect, it } from 'vitest';
import { countDefinedTests } from '../../src/measure/test-definitions.js';

type Row = [name: string, file: string, text: string, want: { tests: number; generated: boolean; methods?: number; partial?: boolean }];

const table: Row[] = [
  // JUnit 4/5, TestNG
  ['java: @Test, a disabled test, a qualified annotation', 'src/test/java/ATest.java', `class ATest {\n  @Test void a() {}\n  @Disabled @Test void b() {}\n  @org.junit.jupiter.api.Test public void c() {}\n  @org.testng.annotations.Test(groups = "x") public void d() {}\n}\n`, { tests: 4, generated: false }],
  ['java: commented-out tests, helpers and strings are none', 'ATest.java', `class ATest {\n  // @Test void a() {}\n  /* @Test void b() {} */\n  void helper() {}\n  @BeforeEach void setUp() {}\n  String s = "@Test void c() {}";\n}\n`, { tests: 0, generated: false }],
  ['java: literal @ValueSource and @CsvSource rows, @RepeatedTest(n)', 'BTest.java', `class BTest {\n  @ParameterizedTest @ValueSource(ints = {1, 2, 3}) void a(int x) {}\n  @ParameterizedTest @CsvSource({"a, 1", "b, 2"}) void b(String s, int n) {}\n  @ParameterizedTest @ValueSource(strings = "one") void c(String s) {}\n  @ParameterizedTest @NullAndEmptySource @ValueSource(strings = {"x"}) void d(String s) {}\n  @RepeatedTest(4) void e() {}\n}\n`, { tests: 13, generated: false, methods: 5 }],
  ['java: @MethodSource is a floor of one', 'CTest.java', `class CTest {\n  @ParameterizedTest @MethodSource("cases") void a(int x) {}\n  static Stream<Integer> cases() { return Stream.of(1, 2); }\n}\n`, { tests: 1, generated: true }],
  ['java: JUnit 3 public void test…() in a TestCase subclass; private, static and with parameters none', 'LegacyTest.java', `public class LegacyTest extends junit.framework.TestCase {\n  public void testA() {}\n  public void testB() throws Exception {}\n  private void testC() {}\n  public static void testD() {}\n  public void testE(int x) {}\n  public void helper() {}\n}\n`, { tests: 2, generated: false }],
  ['java: tests of an abstract class run per subclass: a floor', 'BaseTest.java', `public abstract class BaseTest {\n  @Test void a() {}\n}\n`, { tests: 1, generated: true }],
  ['java: TestNG class-level @Test makes public methods tests: a floor', 'NgTest.java', `@Test\npublic class NgTest {\n  public void a() {}\n  @Test public void b() {}\n}\n`, { tests: 1, generated: true }],
  ['java: tests in a JUnit 5 test interface run per implementing class: a floor', 'Contract.java', `interface ContractTest {\n  @Test default void a() {}\n}\n`, { tests: 1, generated: true }],
  // Kotlin
  ['kotlin: @Test funs, backticked names, kotlin.test', 'src/test/kotlin/ATest.kt', `class ATest {\n  @Test fun a() {}\n  @Test fun \`reads a name\`() {}\n  @Disabled @Test fun c() {}\n  @kotlin.test.Test fun d() {}\n  fun helper() {}\n  // @Test fun e() {}\n}\n`, { tests: 4, generated: false }],
  ['kotlin: literal @ValueSource rows', 'BTest.kt', `class BTest {\n  @ParameterizedTest\n  @ValueSource(ints = [1, 2, 3])\n  fun a(x: Int) {}\n}\n`, { tests: 3, generated: false }],
  // xUnit, NUnit, MSTest
  ['c#: xUnit [Fact], [Theory] rows, a skipped fact', 'Tests/ATests.cs', `public class ATests {\n  [Fact] public void A() {}\n  [Fact(Skip = "later")] public void B() {}\n  [Theory]\n  [InlineData(1)]\n  [InlineData(2)]\n  [InlineData(3)]\n  public void C(int x) {}\n  public void Helper() {}\n  // [Fact] public void D() {}\n}\n`, { tests: 5, generated: false, methods: 3 }],
  ['c#: NUnit [Test], [TestCase] rows, MSTest [TestMethod], [DataRow] rows', 'BTests.cs', `public class BTests {\n  [Test] public void A() {}\n  [TestCase(1), TestCase(2)] public void B(int x) {}\n  [NUnit.Framework.TestAttribute] public void C() {}\n  [TestMethod] public void D() {}\n  [DataTestMethod]\n  [DataRow(1)]\n  [DataRow(2)]\n  public void E(int x) {}\n  [SetUp] public void Init() {}\n}\n`, { tests: 7, generated: false, methods: 5 }],
  ['c#: [MemberData], [TestCaseSource] and [Values] are floors', 'CTests.cs', `public class CTests {\n  [Theory, MemberData(nameof(Cases))] public void A(int x) {}\n  [TestCaseSource(nameof(Cases))] public void B(int x) {}\n  [Test] public void C([Values(1, 2)] int x) {}\n}\n`, { tests: 3, generated: true, methods: 3 }],
  ['c#: tests of an abstract class run per subclass: a floor', 'DTests.cs', `public abstract class DTests {\n  [Fact] public void A() {}\n}\n`, { tests: 1, generated: true }],
  ['c#: NUnit [TestFixture(args)] runs the class once per fixture: a floor', 'ETests.cs', `[TestFixture(1)]\n[TestFixture(2)]\npublic class ETests {\n  [Test] public void A() {}\n}\n`, { tests: 1, generated: true }],
  // C++: GoogleTest, Boost.Test, Catch2, doctest
  ['cpp: GoogleTest TEST and TEST_F, in a namespace too; comments, strings and helpers none', 'tests/parser_test.cpp', `#include <gtest/gtest.h>\nnamespace app {\nTEST(Parser, ReadsEmpty) {\n  EXPECT_TRUE(parse("").empty());\n}\nTEST_F(ParserFixture, ReadsOne) { ASSERT_EQ(1, 1); }\n// TEST(Parser, Commented) {}\nstatic void helper() {}\nconst char* s = "TEST(Parser, InAString) {}";\n}\n`, { tests: 2, generated: false }],
  ['cpp: a parametrised or typed test runs per instantiation: a floor', 'tests/param_test.cc', `TEST_P(Sizes, Fits) { EXPECT_GT(GetParam(), 0); }\nINSTANTIATE_TEST_SUITE_P(All, Sizes, ::testing::Values(1, 2, 3));\nTEST(Plain, One) {}\n`, { tests: 2, generated: true }],
  // The grammar reads `TEST_CASE("…") {` as a statement missing its semicolon: counted, and a floor (partial).
  ['cpp: Catch2 TEST_CASE and SCENARIO; a SECTION is part of its case', 'tests/catch_test.cpp', `#include <catch2/catch_test_macros.hpp>\nTEST_CASE("adds", "[math]") {\n  SECTION("small") { REQUIRE(1 + 1 == 2); }\n  SECTION("large") { REQUIRE(2 + 2 == 4); }\n}\nSCENARIO("a stack") { REQUIRE(true); }\n`, { tests: 2, generated: false, partial: true }],
  ['cpp: Boost.Test cases', 'test/boost_test.cpp', `#define BOOST_TEST_MODULE m\n#include <boost/test/unit_test.hpp>\nBOOST_AUTO_TEST_CASE(first) { BOOST_TEST(true); }\nBOOST_FIXTURE_TEST_CASE(second, F) { BOOST_TEST(true); }\n`, { tests: 2, generated: false }],
  // Swift: XCTest and Swift Testing
  ['swift: XCTest test methods in an XCTestCase class', 'Tests/ATests.swift', `import XCTest\nfinal class ATests: XCTestCase {\n  func testA() {}\n  func testB() async throws {}\n  func helper() {}\n  func testWith(x: Int) {}\n  private func testHidden() {}\n  // func testC() {}\n}\nclass NotACase {\n  func testD() {}\n}\n`, { tests: 2, generated: false }],
  ['swift: Swift Testing @Test, literal arguments', 'Tests/BTests.swift', `import Testing\n@Test func a() {}\n@Test("named") func b() {}\nstruct S {\n  @Test(arguments: [1, 2, 3]) func c(x: Int) {}\n  func helper() {}\n}\n`, { tests: 5, generated: false }],
  ['swift: a class with another base may be a test case: counted, a floor', 'Tests/CTests.swift', `class CTests: BaseTests {\n  func testA() {}\n}\n`, { tests: 1, generated: true }],
  // PHPUnit
  ['php: test… methods, @test docblock, #[Test]; helpers and private none', 'tests/ATest.php', `<?php\nclass ATest extends TestCase {\n  public function testA(): void {}\n  /** @test */\n  public function b(): void {}\n  #[Test]\n  public function c(): void {}\n  private function testHelper() {}\n  public function helper() {}\n  // public function testD() {}\n}\n`, { tests: 3, generated: false }],
  ['php: a data provider is a floor; an abstract base none', 'tests/BTest.php', `<?php\nabstract class BaseTest extends TestCase {\n  public function testInBase() {}\n}\nclass BTest extends TestCase {\n  /** @dataProvider cases */\n  public function testA($x) {}\n}\n`, { tests: 1, generated: true }],
  // Pest
  ['php: Pest test() and it() calls, in describe blocks too, skipped ones still defined', 'tests/Feature/UserTest.php', `<?php\nuse App\\Models\\User;\nbeforeEach(function () { $this->user = User::factory()->create(); });\ntest('a user can log in', function () {\n  expect(true)->toBeTrue();\n});\nit('lists users', fn () => expect(1)->toBe(1));\ndescribe('admin', function () {\n  it('sees the dashboard', function () {})->skip();\n  test("edits a user", function () {});\n});\n// test('commented out', function () {});\n`, { tests: 4, generated: false }],
  ['php: a Pest dataset or a loop makes tests at run time: a floor', 'tests/Unit/MathTest.php', `<?php\nit('adds', function ($a, $b) {})->with([[1, 2], [3, 4]]);\nforeach (['x', 'y'] as $name) {\n  test("handles $name", fn () => 1);\n}\n`, { tests: 2, generated: true }],
  ['php: a method named test and helpers named it in a class are no Pest tests', 'tests/Unit/HelperTest.php', `<?php\nclass Runner {\n  public function run() { $this->test('x'); test('y'); }\n}\nfunction check() { return strlen('test(') > 0; }\n`, { tests: 0, generated: false }],
  // RSpec and minitest
  ['ruby: RSpec examples, pending and skipped ones', 'spec/a_spec.rb', `RSpec.describe A do\n  it "a" do end\n  specify { expect(1).to eq 1 }\n  xit "b" do end\n  it "c"\n  context "x" do\n    example "d" do end\n  end\n  # it "commented" do end\n  let(:it_value) { 1 }\nend\n`, { tests: 5, generated: false }],
  ['ruby: examples made in a loop are a floor', 'spec/b_spec.rb', `describe B do\n  [1, 2].each do |n|\n    it "n" do end\n  end\nend\n`, { tests: 1, generated: true }],
  ['ruby: minitest def test_ and test "name"', 'test/a_test.rb', `class ATest < Minitest::Test\n  def test_a; end\n  def test_b; end\n  def helper; end\nend\nclass BTest < ActiveSupport::TestCase\n  test "c" do end\nend\n`, { tests: 3, generated: false }],
  ['ruby: shared examples run where included: a floor', 'spec/c_spec.rb', `RSpec.shared_examples "a store" do\n  it "saves" do end\nend\n`, { tests: 1, generated: true }],
  // Rust
  ['rust: #[test], #[tokio::test], #[rstest] #[case] rows, #[ignore] still defined', 'src/lib.rs', `#[cfg(test)]\nmod tests {\n  #[test]\n  fn a() {}\n  #[test]\n  #[ignore]\n  fn b() {}\n  #[tokio::test]\n  async fn c() {}\n  #[rstest]\n  #[case(1)]\n  #[case(2)]\n  #[case(3)]\n  fn d(#[case] x: u8) {}\n  #[rstest]\n  fn e() {}\n  fn helper() {}\n  // #[test]\n  // fn f() {}\n}\n`, { tests: 7, generated: false }],
  ['rust: #[values] on rstest parameters is a floor', 'tests/v.rs', `#[rstest]\nfn a(#[values(1, 2)] x: u8, #[values(3, 4)] y: u8) {}\n`, { tests: 1, generated: true }],
  ['rust: a #[test] in macro_rules! makes tests per use: a floor', 'tests/m.rs', `macro_rules! t {\n  ($n:ident) => {\n    #[test]\n    fn $n() {}\n  };\n}\nt!(a);\nt!(b);\n#[test]\nfn c() {}\n`, { tests: 1, generated: true }],
  // Go
  ['go: TestX(t *testing.T); TestMain, benchmarks, lower-case and helpers none', 'x_test.go', `package x\nfunc TestA(t *testing.T) {}\nfunc Test_B(t *testing.T) {}\nfunc TestMain(m *testing.M) { m.Run() }\nfunc Testlower(t *testing.T) {}\nfunc BenchmarkA(b *testing.B) {}\nfunc helper(t *testing.T) {}\n// func TestC(t *testing.T) {}\nvar s = "func TestD(t *testing.T) {}"\n`, { tests: 2, generated: false }],
];

describe('tests defined by each framework\'s forms', () => {
  for (const [name, file, text, want] of table) {
    it(name, async () => {
      // `methods` (declarations, a parametrised one once) is checked where a row gives it.
      // Each class's tests are checked apart, below.
      const { methods, classes: _classes, ...found } = (await countDefinedTests(text, file)) ?? { tests: -1, generated: false };
      const { methods: wantMethods, ...wanted } = want;
      expect(found).toEqual(wanted);
      if (wantMethods !== undefined) expect(methods).toBe(wantMethods);
    });
  }
  it('says when the parser had to recover from syntax errors: the count is a floor', async () => {
    // An error between declarations may hide one; an error inside one test's body does not (tests/measure/contained-errors.test.ts).
    const found = await countDefinedTests('class BrokenIT {\n  @Test void a() {}\n  int = ;\n  @Test void b() {}\n}\n', 'BrokenIT.java');
    expect(found?.partial).toBe(true);
    expect(await countDefinedTests('class OkTest {\n  @Test void a() {}\n}\n', 'OkTest.java')).toMatchObject({ tests: 1, generated: false, methods: 1 });
  });
});

type ClassRow = [name: string, file: string, text: string, want: Record<string, { tests: number; methods: number; inherits: boolean; generated?: boolean }> | undefined];

// The tests of each class, by name (C#, Java; Python's are read by src/measure/test-definitions.ts): a nested class's
// tests count in it and in the class around it (w53's `AllSettingsModelsTests.AzureADSettingsTests`, JUnit's @Nested).
const classTable: ClassRow[] = [
  [
    'c#: nested classes, [Theory] rows as cases, the outer class holding them all',
    'App.Tests/AllSettingsTests.cs',
    `public class AllSettingsTests {
  public class AzureSettingsTests {
    [Fact] public void A() {}
    [Fact] public void B() {}
  }
  public class BlobSettingsTests {
    [Fact] public void C() {}
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void D(int x) {}
  }
}
`,
    { AllSettingsTests: { tests: 6, methods: 4, inherits: false }, AzureSettingsTests: { tests: 2, methods: 2, inherits: false }, BlobSettingsTests: { tests: 4, methods: 2, inherits: false } },
  ],
  [
    'c#: a base class may bring tests; an interface base (by the I convention) does not; rows made at run time',
    'App.Tests/BaseTests.cs',
    `public class ATests : BaseTests {
  [Fact] public void A() {}
}
public class BTests : IClassFixture<Db>, IDisposable {
  [Theory, MemberData(nameof(Cases))] public void B(int x) {}
}
`,
    { ATests: { tests: 1, methods: 1, inherits: true }, BTests: { tests: 1, methods: 1, inherits: false, generated: true } },
  ],
  [
    'java: @Nested classes, an extending class',
    'src/test/java/OrderServiceTest.java',
    `class OrderServiceTest {
  @Nested class GetOrderTests {
    @Test void a() {}
    @Test void b() {}
  }
  @Test void c() {}
}
class ChildTest extends BaseTest {
  @Test void d() {}
}
`,
    { OrderServiceTest: { tests: 3, methods: 3, inherits: false }, GetOrderTests: { tests: 2, methods: 2, inherits: false }, ChildTest: { tests: 1, methods: 1, inherits: true } },
  ],
  // No test in any class: no class is listed. A TestNG class-level @Test makes methods tests the walk does not see.
  ['c#: helpers only', 'App.Tests/HelperTests.cs', `public class HelperTests {
  public void Helper() {}
}
`, undefined],
  ['java: TestNG class-level @Test', 'NgTest.java', `@Test
public class NgTest {
  public void a() {}
  @Test public void b() {}
}
`, undefined],
];

describe('tests defined by each class', () => {
  it.each(classTable)('%s', async (_, file, text, want) => {
    expect((await countDefinedTests(text, file))?.classes).toEqual(want);
  });
});
