/**
 * Tests defined by the frameworks that mark a test with an annotation, an
 * attribute or a name, read with tree-sitter (src/measure/syntax.ts), so a
 * commented-out test, a test in a string and a helper method are never
 * counted: only declarations the parser sees are.
 *
 * - JUnit 4/5 and TestNG (Java, Kotlin): `@Test`; `@ParameterizedTest` counts
 *   the rows of a literal `@ValueSource`/`@CsvSource` array, and is a floor
 *   (`generated`) for any other source; `@RepeatedTest(n)` counts n.
 * - xUnit, NUnit, MSTest (C#): `[Fact]`, `[Test]`, `[TestMethod]` are one test;
 *   `[Theory]`/`[TestCase]`/`[DataTestMethod]` count their `[InlineData]`,
 *   `[TestCase]`, `[DataRow]` rows; `[MemberData]`, `[TestCaseSource]`,
 *   `[DynamicData]` and `[Values]` make cases at run time.
 * - Swift: XCTest's `func test…()` without parameters in a class that
 *   inherits from `XCTestCase` (or a `…TestCase` base); Swift Testing's `@Test`,
 *   with `arguments:` as a literal array counted per element.
 * - PHPUnit: `public function test…`, a `@test` docblock or `#[Test]`;
 *   a data provider makes cases at run time. Pest: `test('name', …)` and
 *   `it('name', …)` calls outside any class, `describe` blocks as groups; a
 *   dataset (`->with(…)`) or a loop makes cases at run time.
 * - RSpec and minitest (Ruby): `it`/`specify`/`example`/`scenario` calls,
 *   `def test_…` and ActiveSupport's `test "name" do`.
 * - Rust: `#[test]`, `#[tokio::test]` and other `…::test` attributes,
 *   `#[test_case(..)]` and `#[rstest]` with one test per `#[case]` row.
 * - Go: `func TestX(t *testing.T)`; `TestMain` takes `*testing.M` and is none.
 * - Dart (package:test, flutter_test): `test('name', …)` and `testWidgets('name', …)`
 *   calls, `group('title', …)` as groups; a test in a loop is made at run time.
 * - Scala: ZIO Test's, munit's and ScalaTest FunSuite's `test("name") { … }` or
 *   `test("name")(…)`, FunSpec's `it("name")`, and ScalaTest's `"name" in { … }`
 *   (WordSpec, FreeSpec, FlatSpec); `suite`/`describe`/`should {` are groups.
 *   A test made inside `map`/`foreach` or a `for` is made at run time.
 * - C++: GoogleTest's `TEST`/`TEST_F`, Boost.Test's `BOOST_AUTO_TEST_CASE`,
 *   Catch2's and doctest's `TEST_CASE("…")`/`SCENARIO("…")`; `TEST_P` and typed
 *   tests run once per instantiation (a floor).
 *
 * A disabled or ignored test (`@Disabled`, `[Fact(Skip=…)]`, `#[ignore]`) is
 * still defined and counted: the runner reports it as skipped.
 */
import type { Node } from 'web-tree-sitter';
import { errorsHideNoTest, type DeclarationMarks } from './contained-errors.js';
import { readTree, type Grammar } from './syntax.js';

/** Tests found in one file. */
export interface FileTests {
  tests: number;
  /** Tests made at run time: the count is a floor. */
  generated: boolean;
  /** The parser recovered from syntax errors: tests it could not read may be missing, so the count is a floor too. */
  partial?: boolean;
  /**
   * Test declarations, each parametrised one once, where the language's counter
   * tells them apart from cases: a report's "test methods" and many per-file
   * counts are this, while a runner reports every case.
   */
  methods?: number;
  /** Tests of each test class by its name, where the language reads them (Python). */
  classes?: Record<string, ClassTests>;
  /** Tests of each `describe` group by its title, nested groups' tests included (JavaScript, TypeScript). */
  groups?: Record<string, GroupTests>;
}

/** The tests one `describe` group holds; `twice` when the file has two groups of that title, which no count can tell apart. */
export interface GroupTests {
  tests: number;
  generated: boolean;
  twice?: boolean;
}

/** The tests one class defines; `inherits` when it has a base that may bring tests of its own. */
export interface ClassTests {
  tests: number;
  inherits: boolean;
  /** Test declarations, each parametrised one once, where the language tells them from cases (C#, Java). */
  methods?: number;
  /** Some of its tests are made at run time: the count is a floor. */
  generated?: boolean;
}

/**
 * Count one test declaration of `cases` cases (undefined: made at run time) in each class enclosing `declaration`
 * (C#, Java): a nested class's tests (JUnit's `@Nested`, xUnit's nested classes) are its own and its outer class's.
 * `inherits` tells whether a class has a base that may bring tests.
 */
function countInClasses(classes: Record<string, ClassTests>, declaration: Node, cases: number | undefined, inherits: (cls: Node) => boolean): void {
  for (let cls = enclosingClass(declaration); cls; cls = enclosingClass(cls)) {
    const name = cls.childForFieldName('name')?.text;
    if (!name) continue;
    const counted = (classes[name] ??= { tests: 0, inherits: inherits(cls), methods: 0 });
    counted.tests += cases ?? 1;
    counted.methods = (counted.methods ?? 0) + 1;
    if (cases === undefined) counted.generated = true;
  }
}

/** A C# base list that names a class rather than only interfaces (`: IClassFixture<T>`, `: IDisposable` by the `I` convention). */
function csharpInherits(cls: Node): boolean {
  const bases = named(cls).find((child) => child.type === 'base_list');
  return bases !== undefined && named(bases).some((base) => !/^I[A-Z]/.test(lastSegment(base.text.replace(/<.*$/s, ''))));
}

/** A Java class that extends another. */
function javaInherits(cls: Node): boolean {
  return cls.childForFieldName('superclass') !== null;
}

/** The named children of `node`, without the nulls web-tree-sitter may give. */
function named(node: Node): Node[] {
  return node.namedChildren.filter((child): child is Node => child !== null);
}

function descendants(node: Node, types: string | string[]): Node[] {
  return node.descendantsOfType(types).filter((child): child is Node => child !== null);
}

/** The last segment of a dotted or scoped name: `org.junit.Test` → `Test`, `tokio::test` → `test`. */
function lastSegment(name: string): string {
  return name.split(/::|\./).pop()?.trim() ?? name;
}

/** A tally kept while walking one file. */
class Tally {
  tests = 0;
  generated = false;
  methods = 0;
  /** One test declaration with `count` cases (undefined: made at run time, at least one). */
  add(count: number | undefined): void {
    this.methods += 1;
    // An unknown count is one declaration at least: a floor.
    if (count === undefined) {
      this.tests += 1;
      this.generated = true;
    } else this.tests += count;
  }
  result(): FileTests {
    return { tests: this.tests, generated: this.generated, methods: this.methods };
  }
}

/**
 * One test a walk of grouped tests meets (Dart's `test(…)`, ExUnit's `test "…"`): counted in the file's tally and in
 * each group open around it; inside a loop (`loop`) it is made at run time, a floor for all of them.
 */
function countGroupedTest(tally: Tally, open: readonly GroupTests[], loop: boolean): void {
  tally.add(loop ? undefined : 1);
  for (const group of open) {
    group.tests += 1;
    if (loop) group.generated = true;
  }
}

/**
 * A group a walk opens under `title` (`describe('…')`, `group('…')`, `describe "…"`), inside a loop when `loop`;
 * returns the group to count its tests in. A title already in `groups` is marked `twice` there, and keeps its first count.
 */
export function openGroup(groups: Record<string, GroupTests>, title: string, loop: boolean): GroupTests {
  const group: GroupTests = { tests: 0, generated: loop };
  groups[title] = groups[title] ? { ...groups[title]!, twice: true } : group;
  return group;
}

// ---------------------------------------------------------------- Java, Kotlin

/** Annotations that make a method one test (JUnit 4, JUnit 5, TestNG, kotlin.test). */
const jvmTestAnnotations = new Set(['Test']);
/** JUnit 5 annotations whose invocations are made at run time, one declaration a floor. */
const jvmTemplateAnnotations = new Set(['ParameterizedTest', 'RepeatedTest', 'TestFactory', 'TestTemplate']);
/** `@ParameterizedTest` sources whose rows can be counted when written as a literal array. */
const jvmLiteralSources = new Set(['ValueSource', 'CsvSource']);
/** `@NullSource`, `@EmptySource` and `@NullAndEmptySource` add fixed rows. */
const jvmFixedSources: Readonly<Record<string, number>> = { NullSource: 1, EmptySource: 1, NullAndEmptySource: 2 };
/** Array literals in annotation arguments: Java's `{1, 2}`, Kotlin's `[1, 2]`. */
const jvmArrayTypes = ['element_value_array_initializer', 'collection_literal'];
/** Single literal values in annotation arguments (one row). */
const literalTypes = new Set(['string_literal', 'decimal_integer_literal', 'integer_literal', 'character_literal', 'decimal_floating_point_literal', 'real_literal', 'line_string_literal', 'true', 'false', 'boolean_literal']);

interface Annotation {
  name: string;
  node: Node;
}

/** Annotations on a Java `method_declaration` or Kotlin `function_declaration` (in its `modifiers`). */
function jvmAnnotations(declaration: Node): Annotation[] {
  const modifiers = named(declaration).find((child) => child.type === 'modifiers');
  if (!modifiers) return [];
  return named(modifiers)
    .filter((child) => child.type === 'marker_annotation' || child.type === 'annotation')
    .map((node) => {
      // Java: name field; Kotlin: user_type, possibly inside constructor_invocation.
      const nameNode = node.childForFieldName('name') ?? descendants(node, 'user_type')[0];
      return { name: lastSegment(nameNode?.text ?? ''), node };
    });
}

/** Rows of a literal source array: `{1, 2, 3}` → 3, `"a"` → 1; `undefined` when not literal. */
function literalRows(annotation: Node, arrayTypes: readonly string[]): number | undefined {
  const arrays = descendants(annotation, [...arrayTypes]);
  if (arrays.length === 1) return named(arrays[0]!).length;
  if (arrays.length > 1) return undefined;
  const literals = descendants(annotation, [...literalTypes]).filter((n) => n.parent?.type !== 'line_string_literal');
  return literals.length === 1 ? 1 : undefined;
}

/** Invocations of one JUnit 5 template: rows of literal sources, n of `@RepeatedTest(n)`, or `undefined`. */
function jvmTemplateCount(annotations: readonly Annotation[]): number | undefined {
  const template = annotations.find((a) => jvmTemplateAnnotations.has(a.name))!;
  if (template.name === 'RepeatedTest') {
    const counts = descendants(template.node, ['decimal_integer_literal', 'integer_literal']);
    return counts.length === 1 ? Number(counts[0]!.text) : undefined;
  }
  if (template.name !== 'ParameterizedTest') return undefined;
  let rows = 0;
  let known = false;
  for (const annotation of annotations) {
    if (annotation.name in jvmFixedSources) {
      rows += jvmFixedSources[annotation.name]!;
      known = true;
    } else if (jvmLiteralSources.has(annotation.name)) {
      const n = literalRows(annotation.node, jvmArrayTypes);
      if (n === undefined) return undefined;
      rows += n;
      known = true;
    } else if (annotation.name.endsWith('Source')) return undefined; // MethodSource, EnumSource, CsvFileSource…
  }
  return known ? rows : undefined;
}

/** The nearest class around `node`, if any. */
function enclosingClass(node: Node, type = 'class_declaration'): Node | undefined {
  for (let up = node.parent; up; up = up.parent) if (up.type === type) return up;
  return undefined;
}

/**
 * Whether a class is abstract (Java, Kotlin, C#): its tests run once per
 * concrete subclass, wherever those are, so a count of them is no exact figure.
 */
function isAbstract(cls: Node | undefined): boolean {
  return cls !== undefined && named(cls).some((child) => (child.type === 'modifiers' || child.type === 'modifier') && /\babstract\b/.test(child.text));
}

/** JUnit 3: `public void testX()` in a class that extends a `…TestCase`. */
const junit3BaseRe = /TestCase$/;

function jvmCount(root: Node, declarationType: string): FileTests {
  const tally = new Tally();
  // Java's classes by name (Kotlin's are not read: its grammar names a class by no field).
  const classes: Record<string, ClassTests> = {};
  for (const declaration of descendants(root, declarationType)) {
    const annotations = jvmAnnotations(declaration);
    const owner = enclosingClass(declaration);
    const before = tally.tests;
    const methodsBefore = tally.methods;
    const generatedBefore = tally.generated;
    if (annotations.some((a) => jvmTemplateAnnotations.has(a.name))) tally.add(jvmTemplateCount(annotations));
    else if (annotations.some((a) => jvmTestAnnotations.has(a.name))) tally.add(1);
    else if (declarationType === 'method_declaration' && owner && junit3BaseRe.test(owner.childForFieldName('superclass')?.text.trim() ?? '')) {
      const name = declaration.childForFieldName('name')?.text ?? '';
      const modifiers = named(declaration).find((child) => child.type === 'modifiers')?.text ?? '';
      const parameters = named(declaration.childForFieldName('parameters') ?? declaration).length;
      if (name.startsWith('test') && /\bpublic\b/.test(modifiers) && !/\bstatic\b/.test(modifiers) && parameters === 0) tally.add(1);
    }
    // Tests in an abstract class or an interface run once per implementing class, wherever those are.
    if (tally.tests > before && (isAbstract(owner) || enclosingClass(declaration, 'interface_declaration'))) tally.generated = true;
    if (declarationType === 'method_declaration' && tally.methods > methodsBefore) {
      const made = tally.generated && !generatedBefore;
      countInClasses(classes, declaration, made ? undefined : tally.tests - before, (cls) => javaInherits(cls) || isAbstract(cls));
    }
  }
  // TestNG: `@Test` on a class makes each of its public methods a test, annotated or not: a floor.
  const classLevel = declarationType === 'method_declaration' && descendants(root, 'class_declaration').some((cls) => jvmAnnotations(cls).some((a) => a.name === 'Test'));
  const read = Object.keys(classes).length > 0 && !classLevel ? { classes } : {};
  return { tests: tally.tests, generated: tally.generated || classLevel, methods: tally.methods, ...read };
}

// ---------------------------------------------------------------- C#

/** C# attributes that make a method one test: xUnit, NUnit, MSTest. */
const dotnetTestAttributes = new Set(['Fact', 'Test', 'TestMethod', 'Theory', 'DataTestMethod', 'TestCase', 'TestCaseSource']);
/** Attributes that are one row each of a data-driven test. */
const dotnetRowAttributes = new Set(['InlineData', 'TestCase', 'DataRow']);
/** Attributes whose rows are made at run time. */
const dotnetRuntimeAttributes = new Set(['MemberData', 'ClassData', 'TestCaseSource', 'DynamicData', 'Values', 'Range', 'Random', 'ValueSource', 'Combinatorial', 'Pairwise']);

/** An attribute's name without namespace or `Attribute` suffix: `Xunit.FactAttribute` → `Fact`. */
function dotnetName(attribute: Node): string {
  return lastSegment(attribute.childForFieldName('name')?.text ?? '').replace(/Attribute$/, '');
}

function csharpCount(root: Node): FileTests {
  const tally = new Tally();
  const classes: Record<string, ClassTests> = {};
  for (const method of descendants(root, 'method_declaration')) {
    const lists = named(method).filter((child) => child.type === 'attribute_list');
    const names = lists.flatMap((list) => named(list).filter((a) => a.type === 'attribute').map(dotnetName));
    if (!names.some((name) => dotnetTestAttributes.has(name))) continue;
    const rows = names.filter((name) => dotnetRowAttributes.has(name)).length;
    // [Values]/[Range] sit on the parameters: combinations are made at run time.
    const parameterNames = descendants(method.childForFieldName('parameters') ?? method, 'attribute').map(dotnetName);
    const runtime = [...names, ...parameterNames].some((name) => dotnetRuntimeAttributes.has(name));
    if (runtime) {
      // One declaration: a floor of one case, or of its rows when it has some.
      tally.add(undefined);
      tally.tests += Math.max(rows - 1, 0);
    } else tally.add(Math.max(rows, 1));
    if (isAbstract(enclosingClass(method))) tally.generated = true;
    countInClasses(classes, method, runtime ? undefined : Math.max(rows, 1), (cls) => csharpInherits(cls) || isAbstract(cls));
  }
  // NUnit: `[TestFixture(args)]` runs the class's tests once per fixture: a floor.
  const fixtures = descendants(root, 'class_declaration').some((cls) =>
    named(cls).filter((child) => child.type === 'attribute_list').flatMap((list) => named(list)).some((a) => a.type === 'attribute' && dotnetName(a) === 'TestFixture' && named(a).some((child) => child.type === 'attribute_argument_list' && named(child).length > 0)),
  );
  if (fixtures && tally.tests > 0) tally.generated = true;
  return { ...tally.result(), ...(Object.keys(classes).length > 0 && !fixtures ? { classes } : {}) };
}

// ---------------------------------------------------------------- Swift

/** A Swift declaration's attributes (`@Test`, `@Test("name", arguments: [1, 2])`). */
function swiftAttributes(declaration: Node): Node[] {
  const modifiers = named(declaration).find((child) => child.type === 'modifiers');
  return modifiers ? named(modifiers).filter((child) => child.type === 'attribute') : [];
}

function swiftAttributeName(attribute: Node): string {
  return lastSegment(named(attribute).find((child) => child.type === 'user_type')?.text ?? '');
}

/** Base classes of XCTest cases: `XCTestCase` itself, or a project's own `…TestCase` base. */
const xctestBaseRe = /(?:^|\.)\w*TestCase$/;

function swiftCount(root: Node): FileTests {
  const tally = new Tally();
  for (const fn of descendants(root, 'function_declaration')) {
    const swiftTesting = swiftAttributes(fn).find((a) => swiftAttributeName(a) === 'Test');
    if (swiftTesting) {
      const labelled = named(swiftTesting).some((child) => child.type === 'simple_identifier' && child.text === 'arguments');
      if (!labelled) tally.add(1);
      else {
        const arrays = named(swiftTesting).filter((child) => child.type === 'array_literal');
        tally.add(arrays.length === 1 ? named(arrays[0]!).length : undefined);
      }
      continue;
    }
    const name = fn.childForFieldName('name')?.text ?? '';
    if (!name.startsWith('test')) continue;
    if (named(fn).some((child) => child.type === 'parameter')) continue;
    const modifiers = named(fn).find((child) => child.type === 'modifiers')?.text ?? '';
    if (/\b(?:static|class|private)\b/.test(modifiers)) continue;
    // The nearest enclosing class must inherit from an XCTestCase. One that inherits from another class (a
    // project's own base, perhaps in another file) may be a test case or not: counted, as a floor.
    const owner = enclosingClass(fn);
    if (!owner) continue;
    const bases = named(owner).filter((child) => child.type === 'inheritance_specifier').map((b) => b.text.trim());
    if (bases.some((base) => xctestBaseRe.test(base))) tally.add(1);
    else if (bases.length > 0) tally.add(undefined);
  }
  return tally.result();
}

// ---------------------------------------------------------------- PHP

/** A docblock that marks a PHPUnit test or names a data provider. */
const phpTestTagRe = /@test\b/;
const phpProviderTagRe = /@dataProvider\b/;

function phpCount(root: Node): FileTests {
  const tally = new Tally();
  for (const cls of descendants(root, 'class_declaration')) {
    // Abstract classes are bases; PHPUnit runs none of their methods directly.
    if (named(cls).some((child) => child.type === 'abstract_modifier')) continue;
    // A test case class by PHPUnit's convention: named `…Test`, or extending a `…TestCase`.
    const className = cls.childForFieldName('name')?.text ?? '';
    const base = named(cls).find((child) => child.type === 'base_clause')?.text ?? '';
    if (!className.endsWith('Test') && !/TestCase\s*$/.test(base)) continue;
    const body = cls.childForFieldName('body');
    if (!body) continue;
    for (const method of named(body).filter((child) => child.type === 'method_declaration')) {
      const name = method.childForFieldName('name')?.text ?? '';
      const visibility = named(method).find((child) => child.type === 'visibility_modifier')?.text ?? 'public';
      if (visibility !== 'public') continue;
      const doc = method.previousNamedSibling?.type === 'comment' ? method.previousNamedSibling.text : '';
      const attributes = descendants(method.childForFieldName('attributes') ?? method, 'attribute').filter((a) => a.parent?.type === 'attribute_group');
      const attributeNames = attributes.map((a) => lastSegment(named(a)[0]?.text ?? ''));
      if (!name.startsWith('test') && !phpTestTagRe.test(doc) && !attributeNames.includes('Test')) continue;
      const rows = attributeNames.filter((n) => n === 'TestWith').length;
      if (phpProviderTagRe.test(doc) || attributeNames.some((n) => n === 'DataProvider' || n === 'DataProviderExternal')) tally.add(undefined);
      else tally.add(Math.max(rows, 1));
    }
  }
  pestCount(root, tally);
  return tally.result();
}

/** Pest's functions that define one test each: `test('name', fn)`, `it('name', fn)`. */
const pestTests = new Set(['test', 'it']);
/** PHP's loops: a test defined inside one is made at run time. */
const phpLoops = new Set(['foreach_statement', 'for_statement', 'while_statement', 'do_statement']);

/**
 * Pest's tests (`tests/Feature/UserTest.php` holding `test('…', function () { … })`): calls of
 * `test`/`it` whose first argument is the test's description, outside any class (a method's
 * `$this->test(…)` or a helper named `test` in a class is none). A dataset chained after it
 * (`->with(…)`) or a loop around it makes its cases at run time.
 */
function pestCount(root: Node, tally: Tally): void {
  for (const call of descendants(root, 'function_call_expression')) {
    const callee = call.childForFieldName('function');
    if (callee?.type !== 'name' || !pestTests.has(callee.text)) continue;
    const first = named(call.childForFieldName('arguments') ?? call).find((child) => child.type === 'argument');
    const description = first ? named(first)[0] : undefined;
    if (description?.type !== 'string' && description?.type !== 'encapsed_string') continue;
    let generated = false;
    let inClass = false;
    for (let up = call.parent; up; up = up.parent) {
      if (up.type === 'class_declaration') inClass = true;
      if (phpLoops.has(up.type)) generated = true;
    }
    if (inClass) continue;
    // `test(…)->with([…])->skip()`: the calls chained on the test, outward.
    for (let up = call.parent; up?.type === 'member_call_expression'; up = up.parent) {
      if (up.childForFieldName('name')?.text === 'with') generated = true;
    }
    tally.add(generated ? undefined : 1);
  }
}

// ---------------------------------------------------------------- Ruby

/** RSpec's example methods; `x`/`f` prefixes skip or focus and still define one. */
const rspecExamples = new Set(['it', 'specify', 'example', 'scenario', 'its', 'xit', 'fit', 'xspecify', 'fspecify', 'xexample', 'fexample', 'xscenario', 'fscenario', 'pending', 'skip']);
/** Groups whose examples run where they are included (`it_behaves_like`), not where written. */
const rubySharedGroups = new Set(['shared_examples', 'shared_examples_for', 'shared_context']);
/** Calls whose block runs more than once: an example inside is made at run time. */
const rubyLoops = new Set(['each', 'each_with_index', 'times', 'map', 'each_pair', 'upto', 'step']);

function rubyCount(root: Node, spec: boolean): FileTests {
  const tally = new Tally();
  const inLoop = (node: Node): boolean => {
    for (let up = node.parent; up; up = up.parent) {
      if (up.type === 'call' && rubyLoops.has(up.childForFieldName('method')?.text ?? '')) return true;
      // Shared examples run once per group that includes them, none where defined.
      if (up.type === 'call' && rubySharedGroups.has(up.childForFieldName('method')?.text ?? '')) return true;
      if (up.type === 'for' || up.type === 'while' || up.type === 'until') return true;
    }
    return false;
  };
  const count = (node: Node) => {
    if (inLoop(node)) tally.add(undefined);
    else tally.add(1);
  };
  for (const call of descendants(root, 'call')) {
    if (call.childForFieldName('receiver')) continue;
    const method = call.childForFieldName('method')?.text ?? '';
    // `pending`/`skip` inside an example mark it, they define none: only at group level, with a block.
    if (spec && rspecExamples.has(method) && (!['pending', 'skip'].includes(method) || call.childForFieldName('block'))) count(call);
    // ActiveSupport::TestCase: test "name" do … end
    else if (!spec && method === 'test' && call.childForFieldName('block') && call.childForFieldName('arguments')) count(call);
  }
  if (!spec) {
    for (const def of descendants(root, 'method')) {
      if (!(def.childForFieldName('name')?.text ?? '').startsWith('test_')) continue;
      let owner = def.parent;
      while (owner && owner.type !== 'class') owner = owner.parent;
      if (owner) count(def);
    }
  }
  return tally.result();
}

// ---------------------------------------------------------------- Rust

/** Attribute paths that make a function one test: `test`, `tokio::test`, `async_std::test`, `wasm_bindgen_test`. */
const rustTestAttributeRe = /^(?:(?:\w+::)*test|wasm_bindgen_test)$/;

/** A test attribute written in a macro's body. */
const rustMacroTestRe = /#\[\s*(?:\w+::)*test\b/;

/** The attribute items right before `item`, skipping comments. */
function rustAttributesBefore(item: Node): Node[] {
  const out: Node[] = [];
  for (let prev = item.previousNamedSibling; prev; prev = prev.previousNamedSibling) {
    if (prev.type === 'attribute_item') out.push(prev);
    else if (prev.type !== 'line_comment' && prev.type !== 'block_comment') break;
  }
  return out;
}

function rustCount(root: Node): FileTests {
  const tally = new Tally();
  for (const fn of descendants(root, 'function_item')) {
    const paths = rustAttributesBefore(fn).map((item) => {
      const attribute = named(item).find((child) => child.type === 'attribute');
      return attribute ? (named(attribute)[0]?.text ?? '') : '';
    });
    const cases = paths.filter((p) => p === 'case' || p === 'rstest::case' || /^(?:\w+::)*test_case$/.test(p)).length;
    if (paths.some((p) => p === 'rstest' || p === 'rstest::rstest')) {
      // `#[values(..)]` on parameters multiplies cases at run time.
      const parameterAttributes = descendants(fn.childForFieldName('parameters') ?? fn, 'attribute').map((a) => named(a)[0]?.text ?? '');
      if (parameterAttributes.some((p) => p === 'values' || p === 'files')) tally.add(undefined);
      else tally.add(Math.max(cases, 1));
    } else if (cases > 0) tally.add(cases);
    else if (paths.some((p) => rustTestAttributeRe.test(p))) tally.add(1);
  }
  // A `#[test]` inside `macro_rules!` defines a test per use of the macro: a floor.
  if (descendants(root, 'macro_definition').some((macro) => rustMacroTestRe.test(macro.text))) tally.generated = true;
  return tally.result();
}

// ---------------------------------------------------------------- Go

/** `TestX`: the name after `Test` must not start lower-case (go test's rule). */
const goTestNameRe = /^Test(?![a-z])/;

function goCount(root: Node): FileTests {
  const tally = new Tally();
  for (const fn of descendants(root, 'function_declaration')) {
    const name = fn.childForFieldName('name')?.text ?? '';
    if (!goTestNameRe.test(name) || name === 'TestMain') continue;
    const parameters = named(fn.childForFieldName('parameters') ?? fn).filter((p) => p.type === 'parameter_declaration');
    const type = parameters.length === 1 ? parameters[0]!.childForFieldName('type')?.text.replace(/\s+/g, '') : undefined;
    if (type === '*testing.T') tally.add(1);
  }
  // Subtests (`t.Run`) are cases a runner reports too: a `Run` on a `*testing.T` parameter of any function,
  // test or helper (not `m.Run()` in TestMain, which runs the tests themselves).
  const subtests = descendants(root, ['function_declaration', 'func_literal']).some((fn) => {
    const parameters = descendants(fn.childForFieldName('parameters') ?? fn, 'parameter_declaration');
    const names = parameters.filter((p) => p.childForFieldName('type')?.text.replace(/\s+/g, '') === '*testing.T').flatMap((p) => p.childrenForFieldName('name').filter((n): n is Node => n !== null).map((n) => n.text));
    return descendants(fn.childForFieldName('body') ?? fn, 'call_expression').some((call) => {
      const callee = call.childForFieldName('function');
      return callee?.type === 'selector_expression' && callee.childForFieldName('field')?.text === 'Run' && names.includes(callee.childForFieldName('operand')?.text ?? '');
    });
  });
  return { tests: tally.tests, generated: tally.generated || subtests, methods: tally.methods };
}

// ---------------------------------------------------------------- Scala

/**
 * Calls that define one test when given a name and a body: ZIO Test's `test`
 * (and ZIO 1's `testM`), ScalaTest's `test`/`ignore` (FunSuite) and `it`
 * (FunSpec), munit's `test` and `property`. `suite`, `describe` are groups.
 */
const scalaTestCalls = new Set(['test', 'testM', 'ignore', 'it', 'property']);
/** ScalaTest's infix forms: `"does x" in { … }` (WordSpec, FreeSpec, FlatSpec's `"X" should "y" in`), `… ignore { … }`. */
const scalaTestInfix = new Set(['in', 'ignore']);
/** Collection methods whose function runs once per element: a test made inside is made at run time. */
const scalaLoops = new Set(['map', 'flatMap', 'foreach', 'collect', 'zipWithIndex']);
/** Nodes that are a test's name: a string, `s"…"`, or munit's `"name".ignore`/`.only`/`.tag(…)`. */
const scalaNameTypes = new Set(['string', 'string_transform_expression', 'interpolated_string_expression']);

/**
 * A numeric literal's type suffix (`100L`, `1.5f`, `2d`), which tree-sitter-scala
 * 0.19 (tree-sitter-wasms' build, used when the newer package is not installed)
 * cannot read: one such literal turns the rest of its test into an error node and
 * hides the tests after it. Blanked to a space before parsing.
 */
const scalaNumberSuffixRe = /(?<![\w.])(\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?)[lLfFdD]\b/g;

function scalaName(node: Node | null | undefined): boolean {
  if (!node) return false;
  if (scalaNameTypes.has(node.type)) return true;
  if (node.type === 'field_expression') return scalaName(node.childForFieldName('value'));
  if (node.type === 'call_expression') return scalaName(node.childForFieldName('function'));
  return false;
}

function scalaCount(root: Node): FileTests {
  const tally = new Tally();
  const inLoop = (node: Node): boolean => {
    for (let up = node.parent; up; up = up.parent) {
      if (up.type === 'for_expression' || up.type === 'while_expression') return true;
      const callee = up.type === 'call_expression' ? up.childForFieldName('function') : up.type === 'infix_expression' ? up.childForFieldName('operator') : null;
      const method = callee?.type === 'field_expression' ? callee.childForFieldName('field')?.text : up.type === 'infix_expression' ? callee?.text : undefined;
      if (method !== undefined && scalaLoops.has(method)) return true;
    }
    return false;
  };
  const count = (node: Node) => tally.add(inLoop(node) ? undefined : 1);
  for (const call of descendants(root, 'call_expression')) {
    const callee = call.childForFieldName('function');
    if (callee?.type !== 'identifier' || !scalaTestCalls.has(callee.text)) continue;
    const args = call.childForFieldName('arguments');
    if (!args || !scalaName(named(args)[0])) continue;
    // A test has a body: `test("x") { … }`, or a second argument list `test("x")(assertTrue(…))`.
    const curried = call.parent?.type === 'call_expression' && call.parent.childForFieldName('function')?.id === call.id;
    if (call.childForFieldName('body') || curried) count(call);
  }
  for (const infix of descendants(root, 'infix_expression')) {
    if (!scalaTestInfix.has(infix.childForFieldName('operator')?.text ?? '')) continue;
    const left = infix.childForFieldName('left');
    const right = infix.childForFieldName('right');
    if (right?.type !== 'block' || !left) continue;
    // The left side names the test: `"does x"`, or `"X" should "do y"`, `it should "do y"`, `… taggedAs(Slow)`.
    if (left.type === 'string' || (left.type === 'infix_expression' && descendants(left, 'string').length > 0)) count(infix);
  }
  return tally.result();
}

// ---------------------------------------------------------------- Dart

/** package:test's and flutter_test's functions that define one test each: `test('name', () { … })`, `testWidgets(…)`. */
const dartTests = new Set(['test', 'testWidgets']);
/** Their group: `group('Login Validation Tests', () { … })`. */
const dartGroups = new Set(['group']);
/** Dart's loops: a test defined inside one is made at run time. */
const dartLoops = new Set(['for_statement', 'while_statement', 'do_statement']);
/** A method call that runs its function once per element: `.forEach`, `.map`, `.expand`. */
const dartLoopCallRe = /^\??\.\s*(?:forEach|map|expand)\b/;
/** The quotes around a Dart string, raw or not: `'…'`, `"…"`, `'''…'''`, `r'…'`. */
const dartQuotesRe = /^r?(?:'''|"""|'|")|(?:'''|"""|'|")$/g;

/** The name a call's callee gives and its first argument when that is a string: `test('empty', …)` → test, 'empty'. */
function dartCall(callee: Node | null): { name: string; title?: string } | undefined {
  if (callee?.type !== 'identifier') return undefined;
  const selector = callee.nextNamedSibling;
  const args = selector?.type === 'selector' ? named(selector).find((c) => c.type === 'argument_part') : undefined;
  const list = args ? named(args).find((c) => c.type === 'arguments') : undefined;
  if (!list) return undefined;
  const first = named(list).find((c) => c.type === 'argument');
  const literal = first ? named(first)[0] : undefined;
  // A title with interpolation (`'case $i'`) is still a title; only its quotes are taken off.
  const title = literal?.type === 'string_literal' ? literal.text.replace(dartQuotesRe, '') : undefined;
  return { name: callee.text, ...(title !== undefined ? { title } : {}) };
}

/**
 * package:test and flutter_test (Dart, Flutter): `test(…)` and `testWidgets(…)`
 * calls with a description, one test each; `group(…)` is a group whose tests are
 * counted under its title too (`group('Registration Validation Tests', …)`).
 * A test inside a loop or a `forEach` is made at run time.
 */
function dartCount(root: Node): FileTests {
  const tally = new Tally();
  const groups: Record<string, GroupTests> = {};
  const walk = (node: Node, open: readonly GroupTests[], inLoop: boolean): void => {
    // `[1, 2].forEach((n) => test(…))`: the selector naming the method comes before the one holding its arguments.
    let afterLoopCall = inLoop;
    for (const child of named(node)) {
      if (child.type === 'selector' && dartLoopCallRe.test(child.text)) afterLoopCall = true;
      const loop = afterLoopCall || dartLoops.has(child.type);
      // A call is its callee followed by its selector: the selector is walked as the callee's, never on its own.
      if (child.type === 'selector' && dartCall(child.previousNamedSibling)?.title !== undefined) continue;
      const call = dartCall(child);
      if (call?.title !== undefined && dartTests.has(call.name)) countGroupedTest(tally, open, loop);
      if (call?.title !== undefined) {
        const group = dartGroups.has(call.name) ? openGroup(groups, call.title, loop) : undefined;
        walk(child.nextNamedSibling!, group ? [...open, group] : open, loop);
        continue;
      }
      walk(child, open, loop);
    }
  };
  walk(root, [], false);
  return { ...tally.result(), groups };
}

// ---------------------------------------------------------------- Elixir

/** ExUnit's and StreamData's macros that define one test each: `test "…" do`, `property "…" do`. */
const elixirTests = new Set(['test', 'property']);
/** Calls whose body is run once per element: `for n <- [1, 2] do test "…" end` makes its tests at run time. */
const elixirLoops = new Set(['for']);

/** A call's macro name and its first argument when that is a string: `describe "preview/2" do` → describe, preview/2. */
function elixirCall(node: Node): { name: string; title?: string } | undefined {
  if (node.type !== 'call') return undefined;
  const [target, args] = named(node);
  if (target?.type !== 'identifier') return undefined;
  const first = args?.type === 'arguments' ? named(args)[0] : undefined;
  // A title with interpolation ("number #{n}") is still a title; only its quotes are taken off.
  const title = first?.type === 'string' ? first.text.slice(1, -1) : undefined;
  return { name: target.text, ...(title !== undefined ? { title } : {}) };
}

/**
 * ExUnit (Elixir): `test "…" do` (and StreamData's `property "…" do`) with a
 * title, one test each; `describe "…" do` is a group whose tests are counted
 * under its title too. A test inside a `for` is made at run time, and
 * `doctest Module` makes one per example of the module's docs: floors.
 */
function elixirCount(root: Node): FileTests {
  const tally = new Tally();
  const groups: Record<string, GroupTests> = {};
  const walk = (node: Node, open: readonly GroupTests[], loop: boolean): void => {
    for (const child of named(node)) {
      const call = elixirCall(child);
      if (call?.name === 'doctest') tally.add(undefined);
      if (call?.title !== undefined && elixirTests.has(call.name)) {
        countGroupedTest(tally, open, loop);
        continue;
      }
      if (call?.title !== undefined && call.name === 'describe') {
        walk(child, [...open, openGroup(groups, call.title, loop)], loop);
        continue;
      }
      walk(child, open, loop || (call !== undefined && elixirLoops.has(call.name)));
    }
  };
  walk(root, [], false);
  return { ...tally.result(), groups };
}

// ---------------------------------------------------------------- C++

/** GoogleTest's and Boost.Test's macros that define one test each: `TEST(Suite, Name) { … }`, `TEST_F(Fixture, Name)`. */
const cppTests = new Set(['TEST', 'TEST_F', 'GTEST_TEST', 'BOOST_AUTO_TEST_CASE', 'BOOST_FIXTURE_TEST_CASE']);
/** Macros whose test runs once per parameter or type a separate line instantiates: each is a floor. */
const cppParametrised = new Set(['TEST_P', 'TYPED_TEST', 'TYPED_TEST_P', 'BOOST_DATA_TEST_CASE', 'BOOST_AUTO_TEST_CASE_TEMPLATE']);
/** Catch2's and doctest's macros, called with the test's name as a string: `TEST_CASE("parses", "[tag]") { … }`. */
const cppNamedTests = new Set(['TEST_CASE', 'SCENARIO', 'TEST_CASE_METHOD', 'TEMPLATE_TEST_CASE']);

/**
 * GoogleTest, Boost.Test, Catch2 and doctest (C++): a test macro the parser
 * reads as a function definition (`TEST(Suite, Name) { … }`, whose
 * declarator is the macro's name) or, for a macro named by a string, as a
 * call standing alone before its body (`TEST_CASE("…") { … }`). A
 * parametrised or typed test runs once per instantiation: a floor. A
 * `SECTION` is part of its test case, no test of its own.
 */
function cppCount(root: Node): FileTests {
  const tally = new Tally();
  for (const fn of descendants(root, 'function_definition')) {
    const declarator = fn.childForFieldName('declarator');
    if (declarator?.type !== 'function_declarator') continue;
    const name = declarator.childForFieldName('declarator')?.text ?? '';
    if (cppTests.has(name)) tally.add(1);
    else if (cppParametrised.has(name)) tally.add(undefined);
  }
  for (const call of descendants(root, 'call_expression')) {
    const callee = call.childForFieldName('function');
    // Only a call that is its own statement at the top of the file or of a namespace: a test case, not a call in a body.
    const statement = call.parent;
    const scope = statement?.parent?.type;
    if (callee?.type !== 'identifier' || !cppNamedTests.has(callee.text) || statement?.type !== 'expression_statement') continue;
    if (scope === 'translation_unit' || scope === 'declaration_list') tally.add(callee.text === 'TEMPLATE_TEST_CASE' ? undefined : 1);
  }
  return tally.result();
}

// ---------------------------------------------------------------- the table

/** Words a file must hold to be worth parsing: a file without any defines no test. */
interface FormRow {
  grammar: Grammar;
  /** A cheap test of the text before parsing. */
  mentions: RegExp;
  count(root: Node, file: string): FileTests;
  /** Text the grammar cannot read made readable, each position kept (offsets and lines stay true). */
  prepare?(text: string): string;
  /** Where each test is a declaration with a mark of its own: errors confined to a function that hides none leave the count whole. */
  declared?: DeclarationMarks;
}

/** JUnit's and kotlin.test's test annotations, one per test declaration. */
const jvmTestMarkSource = String.raw`@(?:\w+\.)*(?:Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\b`;
const jvmTestMarkRe = new RegExp(jvmTestMarkSource, 'g');
/** XCTest's `func test…` and Swift Testing's `@Test`, one per test declaration. */
const swiftTestMarkSource = String.raw`\bfunc\s+test|@Test\b`;
const swiftTestMarkRe = new RegExp(swiftTestMarkSource, 'g');

/** A C++ test macro's call, one per test declaration. */
const cppTestMarkRe = /\b(?:TEST|TEST_F|TEST_P|GTEST_TEST|TYPED_TEST|TYPED_TEST_P|TEST_CASE|SCENARIO|TEST_CASE_METHOD|TEMPLATE_TEST_CASE|BOOST_\w*TEST_CASE\w*)\s*\(/g;

export const testForms = {
  java: { grammar: 'java', mentions: new RegExp(String.raw`${jvmTestMarkSource}|TestCase\b`), count: (root) => jvmCount(root, 'method_declaration'), declared: { mark: jvmTestMarkRe, functions: ['method_declaration', 'constructor_declaration'] } },
  kotlin: { grammar: 'kotlin', mentions: new RegExp(jvmTestMarkSource), count: (root) => jvmCount(root, 'function_declaration'), declared: { mark: jvmTestMarkRe, functions: ['function_declaration'] } },
  csharp: { grammar: 'c_sharp', mentions: /\[[^\]]*\b(?:Fact|Theory|Test|TestCase|TestCaseSource|TestMethod|DataTestMethod)\b/, count: csharpCount },
  swift: { grammar: 'swift', mentions: new RegExp(swiftTestMarkSource), count: swiftCount, declared: { mark: swiftTestMarkRe, functions: ['function_declaration'] } },
  php: { grammar: 'php', mentions: /\bfunction\s+test|@test\b|#\[\s*(?:\\?\w+\\)*Test\b|\b(?:test|it)\s*\(\s*['"]/, count: phpCount },
  ruby: { grammar: 'ruby', mentions: /\b(?:it|specify|example|scenario|its|x?f?it|test|def\s+test_)\b/, count: (root, file) => rubyCount(root, /_spec\.rb$/.test(file)) },
  rust: { grammar: 'rust', mentions: /#\[/, count: rustCount },
  go: { grammar: 'go', mentions: /\bfunc\s+Test/, count: goCount },
  dart: { grammar: 'dart', mentions: /\b(?:test|testWidgets)\s*\(/, count: dartCount },
  elixir: { grammar: 'elixir', mentions: /\b(?:test|property|doctest)\b/, count: elixirCount },
  // Catch2's and doctest's `TEST_CASE("…") { … }` reads as a statement without its semicolon: counted, but a parse with errors gives a floor.
  cpp: { grammar: 'cpp', mentions: /\b(?:TEST|TEST_F|TEST_P|GTEST_TEST|TYPED_TEST|TYPED_TEST_P|TEST_CASE|SCENARIO|TEST_CASE_METHOD|TEMPLATE_TEST_CASE|BOOST_\w*TEST_CASE\w*)\s*\(/, count: cppCount, declared: { mark: cppTestMarkRe, functions: ['function_definition'] } },
  scala: { grammar: 'scala', mentions: /\b(?:test|testM|ignore|it|property)\s*\(|\b(?:in|ignore)\s*\{/, count: scalaCount, prepare: (text) => text.replace(scalaNumberSuffixRe, '$1 ') },
} as const satisfies Record<string, FormRow>;

/** Count the tests `text` (of `file`) defines by the forms of `form`. */
export async function countByForm(form: keyof typeof testForms, text: string, file: string): Promise<FileTests> {
  const row: FormRow = testForms[form];
  if (!row.mentions.test(text)) return { tests: 0, generated: false };
  const prepared = row.prepare ? row.prepare(text) : text;
  return readTree(prepared, row.grammar, (root) => {
    const found = row.count(root, file);
    if (!root.hasError || (row.declared && errorsHideNoTest(root, prepared, found.methods, row.declared))) return found;
    return { ...found, partial: true };
  });
}
