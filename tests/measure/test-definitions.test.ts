/** Tests defined in source, per language: positive forms and forms that are no tests. */
import { describe, expect, it } from 'vitest';
import { countDefinedTests, testLanguageOf } from '../../src/measure/test-definitions.js';

const table: Array<[string, string, { tests: number; generated: boolean; groups?: Record<string, unknown> }]> = [
  // JavaScript / TypeScript: it and test with their modifiers; describe is a group.
  ['a.test.ts', `describe('auth', () => {\n  it('logs in', () => {});\n  it.skip('x', () => {});\n  test.only('y', async () => {});\n  test.todo('z');\n});\n`, { tests: 4, generated: false, groups: { auth: { tests: 4, generated: false } } }],
  ['b.spec.js', `describe('x', () => { describe('y', () => {}); });\nconst it2 = 1; foo.it('no');\n// it('comment')\nconst s = "it('string')";\n`, { tests: 0, generated: false, groups: { x: { tests: 0, generated: false }, y: { tests: 0, generated: false } } }],
  ['c.test.ts', `it.each([[1, 2], [3, 4], [5, 6]])('adds %i', (a, b) => {});\ntest.each\`\n  a | b\n  ${'${1}'} | ${'${2}'}\n  ${'${3}'} | ${'${4}'}\n\`('t', () => {});\n`, { tests: 5, generated: false, groups: {} }],
  ['d.test.tsx', `for (const n of [1, 2]) {\n  it(\`case \${n}\`, () => {});\n}\nit.each(cases)('x', () => {});\n`, { tests: 1, generated: true, groups: {} }],
  // Tests of each describe group by its title, nested groups' tests included; a title two groups bear is marked.
  ['e.test.ts', `describe('Schema', () => {\n  describe('Fields', () => {\n    it('a', () => {});\n    it('b', () => {});\n  });\n  it('c', () => {});\n});\ndescribe('Loop', () => {\n  for (const n of [1, 2]) it('g' + n, () => {});\n});\ndescribe('Fields', () => { it('d', () => {}); });\n`, { tests: 5, generated: true, groups: { Schema: { tests: 3, generated: false }, Fields: { tests: 2, generated: false, twice: true }, Loop: { tests: 1, generated: true } } }],
  // pytest: test functions, Test classes, parametrize products.
  ['test_a.py', `import pytest\n@pytest.mark.parametrize("a", [1, 2, 3])\n@pytest.mark.parametrize("b", [(1, 2), (3, 4)])\ndef test_x(a, b): pass\n\ndef test_y(): pass\n\nclass TestA:\n    def test_m(self): pass\n    def helper(self): pass\n\nclass Helper:\n    def test_not_collected(self): pass\n\ndef check(): pass\n`, { tests: 8, generated: false, classes: { TestA: { tests: 1, inherits: false } } }],
  ['test_b.py', `import pytest, unittest\nCASES = [1, 2]\n@pytest.mark.parametrize("a", CASES)\ndef test_z(a): pass\nclass Legacy(unittest.TestCase):\n    def test_old(self): pass\n`, { tests: 2, generated: true, classes: { Legacy: { tests: 1, inherits: false } } }],
  // A fixture whose name starts with "test" is no test, with or without arguments, at module level or in a class (w19:169).
  ['test_d.py', `import pytest\nimport pytest_asyncio\n@pytest.fixture\ndef tester(): return 1\n@pytest.fixture(scope="module")\ndef test_db(): return 2\n@pytest_asyncio.fixture\nasync def test_client(): return 3\ndef test_uses(tester, test_db): pass\nclass TestK:\n    @pytest.fixture(autouse=True)\n    def test_setup(self): pass\n    def test_k(self): pass\n`, { tests: 2, generated: false, classes: { TestK: { tests: 1, inherits: false } } }],
  ['conftest.py', `import pytest\n@pytest.fixture\ndef testdir_root(tmp_path): return tmp_path\n`, { tests: 0, generated: false, classes: {} }],
  // A decorator that is not a fixture leaves the test collected.
  ['test_e.py', `import pytest\n@pytest.mark.slow\ndef test_slow(): pass\n@pytest.mark.usefixtures("tester")\ndef test_with(): pass\n`, { tests: 2, generated: false, classes: {} }],
  // Tests per test class; a subclass of another test class collects the base's tests again, so it may have more.
  ['test_c.py', `import unittest\nclass TestBase(unittest.TestCase):\n    def test_a(self): pass\n    def test_b(self): pass\nclass TestChild(TestBase):\n    def test_c(self): pass\n`, { tests: 3, generated: false, classes: { TestBase: { tests: 2, inherits: false }, TestChild: { tests: 1, inherits: true } } }],
  // Rust: test attributes, including async runtimes and test_case lists.
  ['src/lib.rs', `#[cfg(test)]\nmod tests {\n    #[test]\n    fn a() {}\n    #[tokio::test]\n    async fn b() {}\n    // #[test]\n    #[test_case(1)]\n    #[test_case(2)]\n    fn c(n: u8) {}\n    fn helper() {}\n}\n`, { tests: 4, generated: false, methods: 3 }],
  // Go: TestX(t *testing.T); benchmarks, examples and lower-case names are no tests.
  ['x_test.go', `package x\nfunc TestA(t *testing.T) {}\nfunc TestB(t *testing.T) { t.Run("sub", func(t *testing.T) {}) }\nfunc Testlower(t *testing.T) {}\nfunc BenchmarkA(b *testing.B) {}\nfunc helper(t *testing.T) {}\n`, { tests: 2, generated: true, methods: 2 }],
  // Scala: ZIO Test's test and testM, curried or with a block, nested in suites; comments and strings hold none; a long literal (1L) the grammar cannot read is blanked first.
  ['src/test/scala/DSpec.scala', 'object DSpec extends ZIOSpecDefault {\n  // test("commented") { }\n  val s = "test(\\"in string\\") { }"\n  def spec = suite("D")(\n    test("a") { assertTrue(1L == 1L) },\n    suite("n")(test("b")(assertTrue(true)), test("c") {}),\n    testM("d") { ZIO.unit }\n  )\n}\n', { tests: 4, generated: false, methods: 4 }],
  // Dart (package:test, flutter_test): test() and testWidgets() calls with a description, counted per group() too;
  // a comment, a string and a helper named otherwise hold none; a title two groups bear is marked (w43, w12).
  ['test/auth_test.dart', "import 'package:flutter_test/flutter_test.dart';\nvoid main() {\n  group('Login Validation Tests', () {\n    test('empty username', () { expect(''.isEmpty, true); });\n    test(\"short password\", () {});\n    // test('commented', () {});\n  });\n  group('Widgets', () {\n    testWidgets('renders', (tester) async {});\n    group('Login Validation Tests', () { test('nested', () {}); });\n  });\n  final s = \"test('in a string', () {})\";\n  setUp(() {});\n  test('top level', () {});\n}\n", { tests: 5, generated: false, methods: 5, groups: { 'Login Validation Tests': { tests: 2, generated: false, twice: true }, Widgets: { tests: 2, generated: false } } }],
  ['test/loop_test.dart', "void main() {\n  group('Cases', () {\n    for (final n in [1, 2]) {\n      test('case $n', () {});\n    }\n  });\n}\n", { tests: 1, generated: true, methods: 1, groups: { Cases: { tests: 1, generated: true } } }],
  ['test/each_test.dart', "void main() {\n  [3, 4].forEach((n) => test('more $n', () {}));\n  test('plain', () {});\n}\n", { tests: 2, generated: true, methods: 2, groups: {} }],
  ['test/engine_test.exs', 'defmodule EngineTest do\n  use ExUnit.Case, async: true\n\n  describe "preview/2" do\n    test "returns totals", %{conn: conn} do\n      assert conn\n    end\n\n    test "handles empty" do\n      assert true\n    end\n  end\n\n  # test "commented" do\n  test "top level" do\n    assert "test \\"in a string\\" do"\n  end\nend\n', { tests: 3, generated: false, methods: 3, groups: { 'preview/2': { tests: 2, generated: false } } }],
  ['test/loop_test.exs', 'defmodule LoopTest do\n  use ExUnit.Case\n  doctest Engine\n\n  describe "numbers" do\n    for n <- [1, 2] do\n      test "number #{n}" do\n        assert n > 0\n      end\n    end\n  end\n\n  property "always positive" do\n    check all x <- integer(), do: assert x\n  end\nend\n', { tests: 3, generated: true, methods: 3, groups: { numbers: { tests: 1, generated: true } } }],
  // munit and FunSuite: a test made in a for or a foreach is made at run time.
  ['src/test/scala/LoopSuite.scala', 'class LoopSuite extends FunSuite {\n  for (i <- List(1, 2)) {\n    test(s"x$i") {}\n  }\n  List(1, 2).foreach(i => test(s"y$i") {})\n}\n', { tests: 2, generated: true, methods: 2 }],
  // ScalaTest: FlatSpec's "X" should "y" in and it should, WordSpec's "b" in inside a when group, FunSpec's it, FunSuite's ignore.
  ['src/test/scala/FSpec.scala', 'class FSpec extends AnyFlatSpec {\n  "X" should "y" in {}\n  it should "z" in {}\n  "A" when {\n    "b" in {}\n  }\n  it("q") {}\n  ignore("w") {}\n}\n', { tests: 5, generated: false, methods: 5 }],
  // No test: a helper named test, a call on a receiver, a test with no body, a group, a block comment.
  ['src/test/scala/HelperSpec.scala', 'class HelperSpec {\n  def test(x: Int): Int = x\n  test(3)\n  obj.test("x") {}\n  test("no body")\n  "a" should {}\n  /* test("c") {} */\n}\n', { tests: 0, generated: false, methods: 0 }],
];

describe('countDefinedTests', () => {
  for (const [file, text, want] of table) it(`counts ${file}`, async () => expect(await countDefinedTests(text, file)).toEqual(want));
  it('reads no other language', async () => {
    expect(await countDefinedTests('it("a", function() end)', 'spec/a_spec.lua')).toBeUndefined();
    expect(testLanguageOf('main.go')).toBeUndefined();
  });
  it('tells test files by the frameworks\' naming', () => {
    expect(testLanguageOf('src/app.ts')?.testFile('src/app.ts')).toBe(false);
    expect(testLanguageOf('src/__tests__/app.ts')?.testFile('src/__tests__/app.ts')).toBe(true);
    expect(testLanguageOf('pkg/util.py')?.testFile('pkg/util.py')).toBe(false);
    expect(testLanguageOf('tests/test_util.py')?.testFile('tests/test_util.py')).toBe(true);
    expect(testLanguageOf('core/src/main/scala/Util.scala')?.testFile('core/src/main/scala/Util.scala')).toBe(false);
    expect(testLanguageOf('core/src/test/scala/UtilSpec.scala')?.testFile('core/src/test/scala/UtilSpec.scala')).toBe(true);
  });
  it.each([
    // C++: GoogleTest's and Catch2's names and folders
    ['test/compat/tests/read_files_test.cpp', true],
    ['src/parser_test.cc', true],
    ['tests/unit/parser.cpp', true],
    ['src/test_parser.cxx', true],
    ['src/ParserTest.cpp', true],
    ['src/parser.cpp', false],
    ['src/latest.cpp', false],
  ] as const)('tells a C++ test file: %s → %s', (file, want) => {
    expect(testLanguageOf(file)?.testFile(file)).toBe(want);
  });
});
