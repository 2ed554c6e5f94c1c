/**
 * Tests defined in source files, counted without running them, by each test
 * framework's own forms: `it`/`test` calls in JavaScript and TypeScript (read
 * with TypeScript's parser; `describe` is a group, not a test), pytest's
 * `test_` functions and `@pytest.mark.parametrize` cases (read with Lezer's
 * Python grammar), and Rust, Go, Java, Kotlin, C#, Swift, PHP, Ruby and Scala by
 * their frameworks' annotations, attributes and names, and Dart's `test`/`testWidgets`
 * calls in `group`s, read with tree-sitter
 * (src/measure/test-forms.ts lists the forms).
 *
 * One table row per language: adding a language is adding a row.
 * A file whose tests are made at run time (a loop around `it`, `.each` over
 * a computed table, parametrisation by a variable) is flagged `generated`:
 * its count is a floor, not the number a runner reports.
 */
import type * as TS from 'typescript';
import type { SyntaxNode } from '@lezer/common';
import { decoratorName, isScript, parsePython, parseScript, typescript } from './parsers.js';
import { countByForm, openGroup, type ClassTests, type FileTests, type GroupTests } from './test-forms.js';
import { isSkippedPath } from './source-files.js';

export type { FileTests };

/** How one language's tests are defined. */
export interface TestLanguage {
  id: string;
  /** Whether `file` (repo-relative) is a source file of the language. */
  source(file: string): boolean;
  /** Whether a source file is a test file by the framework's naming, when a report names a folder or nothing. */
  testFile(file: string): boolean;
  count(text: string, file: string): FileTests | Promise<FileTests>;
}

/** Test files by name in JS/TS: `x.test.ts`, `x.spec.js`, and files in `__tests__`, `test` or `tests` folders. */
const jsTestFileRe = /(?:^|\/)(?:__tests__|tests?)\/|\.(?:test|spec)\.[cm]?[jt]sx?$/;
const jsTestCallees = new Set(['it', 'test']);
/** Calls that open a group of tests: `describe('Schema Structure', () => …)`, `suite(…)`, `context(…)`. */
const jsGroupCallees = new Set(['describe', 'suite', 'context']);
/** Modifiers that still define one test: `it.only`, `test.skip`, `test.concurrent`, `it.todo`. */
const jsModifiers = new Set(['only', 'skip', 'todo', 'concurrent', 'fails', 'failing', 'sequential', 'skipIf', 'runIf']);

function jsCount(text: string, file: string): FileTests {
  const ts = typescript();
  let tests = 0;
  let generated = false;
  const groups: Record<string, GroupTests> = {};
  /** The groups around the node being visited, outermost first. */
  const open: GroupTests[] = [];
  const addTests = (n: number, made: boolean) => {
    tests += n;
    for (const group of open) {
      group.tests += n;
      if (made) group.generated = true;
    }
  };
  const none = { each: false, modifier: false };
  /** The base name of a call's callee chain: `it`, `test.only` → `test`, `it.each(t)` → `it`. */
  const baseOf = (expr: TS.Expression): { base?: string; each: boolean; modifier: boolean } => {
    if (ts.isIdentifier(expr)) return { base: expr.text, each: false, modifier: false };
    if (ts.isPropertyAccessExpression(expr)) {
      const inner = baseOf(expr.expression);
      if (expr.name.text === 'each') return { ...inner, each: true };
      return jsModifiers.has(expr.name.text) ? { ...inner, modifier: true } : none;
    }
    // `it.skipIf(cond)('name', fn)`
    if (ts.isCallExpression(expr)) return baseOf(expr.expression);
    return none;
  };
  const eachRows = (call: TS.CallExpression | TS.TaggedTemplateExpression): number | undefined => {
    if (ts.isTaggedTemplateExpression(call)) {
      // A table as a tagged template: a header row, then one row per case.
      const raw = text.slice(call.template.pos, call.template.end).trim();
      const rows = raw.slice(1, -1).split('\n').map((r) => r.trim()).filter((r) => r !== '');
      return Math.max(rows.length - 1, 0);
    }
    const table = call.arguments[0];
    return table && ts.isArrayLiteralExpression(table) && !table.elements.some(ts.isSpreadElement) ? table.elements.length : undefined;
  };
  const visit = (node: TS.Node, inLoop: boolean): void => {
    let loop = inLoop;
    if (ts.isForStatement(node) || ts.isForOfStatement(node) || ts.isForInStatement(node) || ts.isWhileStatement(node) || ts.isDoStatement(node)) loop = true;
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isPropertyAccessExpression(callee) && ['forEach', 'map', 'flatMap'].includes(callee.name.text)) loop = true;
      // `it.each(table)('name', fn)`: the inner call is the table, the outer one the test.
      if ((ts.isCallExpression(callee) || ts.isTaggedTemplateExpression(callee)) && (ts.isCallExpression(callee) ? baseOf(callee.expression) : baseOf(callee.tag)).each) {
        const { base } = ts.isCallExpression(callee) ? baseOf(callee.expression) : baseOf(callee.tag);
        if (base && jsTestCallees.has(base)) {
          const rows = eachRows(callee);
          if (rows === undefined || loop) generated = true;
          addTests(rows ?? 0, rows === undefined || loop);
        }
      } else {
        const { base, each } = baseOf(callee);
        const named = node.arguments[0];
        // A test has a name and, but for `test.todo('name')`, a body: `it(name, fn)`.
        if (base && jsTestCallees.has(base) && !each && named && (ts.isStringLiteralLike(named) || ts.isTemplateExpression(named) || node.arguments.length >= 2)) {
          addTests(1, loop);
          if (loop) generated = true;
        }
        // A group titled by a plain string: its tests are counted under that title too.
        if (base && jsGroupCallees.has(base) && !each && named && ts.isStringLiteralLike(named)) {
          open.push(openGroup(groups, named.text, loop));
          ts.forEachChild(node, (child) => visit(child, loop));
          open.pop();
          return;
        }
      }
    }
    ts.forEachChild(node, (child) => visit(child, loop));
  };
  visit(parseScript(text, file), false);
  return { tests, generated, groups };
}

/** pytest's collection: `test_*.py` or `*_test.py` files; `test*` functions, at module level or in `Test*` classes. */
const pyTestFileRe = /(?:^|\/)(?:test_[^/]*|[^/]*_test)\.py$/;

/** A fixture's decorator, with or without arguments: `@pytest.fixture`, `@fixture(scope="module")`, `@pytest_asyncio.fixture`. */
const fixtureDecoratorRe = /(?:^|\.)fixture$/;

function pyCount(text: string): FileTests {
  let tests = 0;
  let generated = false;
  const classes: Record<string, ClassTests> = {};
  /** Cases of one `@pytest.mark.parametrize(names, values)`; `undefined` when the values are computed. */
  const parametrizeCases = (decorator: SyntaxNode): number | undefined => {
    const args = decorator.getChild('ArgList');
    const values = args?.getChildren('ArrayExpression')[0] ?? args?.getChildren('TupleExpression')[0];
    if (!values) return undefined;
    let cases = 0;
    for (let child = values.firstChild; child; child = child.nextSibling) if (!['[', ']', '(', ')', ','].includes(child.name)) cases++;
    return cases;
  };
  const functionTests = (fn: SyntaxNode, decorators: readonly SyntaxNode[]) => {
    const name = fn.getChild('VariableName');
    if (!name || !text.slice(name.from, name.to).startsWith('test')) return;
    // A fixture named `tester` is supplied to tests, never collected as one.
    if (decorators.some((d) => fixtureDecoratorRe.test(decoratorName(d, text)))) return;
    let cases = 1;
    for (const decorator of decorators) {
      if (!/(?:^|\.)parametrize$/.test(decoratorName(decorator, text))) continue;
      const n = parametrizeCases(decorator);
      if (n === undefined) generated = true;
      else cases *= n;
    }
    tests += cases;
  };
  /** Statements of a body or script: functions and classes, decorated or not. */
  const walk = (parent: SyntaxNode, inTestClass: boolean) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      const decorators = node.name === 'DecoratedStatement' ? node.getChildren('Decorator') : [];
      const statement = node.name === 'DecoratedStatement' ? node.getChild('FunctionDefinition') ?? node.getChild('ClassDefinition') : node;
      if (!statement) continue;
      if (statement.name === 'FunctionDefinition' && (parent.name === 'Script' || inTestClass)) functionTests(statement, decorators);
      if (statement.name === 'ClassDefinition' && parent.name === 'Script') {
        const name = statement.getChild('VariableName');
        const body = statement.getChild('Body');
        const className = name ? text.slice(name.from, name.to) : '';
        const bases = statement.getChild('ArgList');
        const isTestCase = bases !== null && /TestCase\b/.test(text.slice(bases.from, bases.to));
        if (body && (className.startsWith('Test') || isTestCase)) {
          const before = tests;
          walk(body, true);
          // pytest collects a base's tests again in each subclass: any base but TestCase or object may add some.
          const inherits = bases !== null && text.slice(bases.from, bases.to).replace(/[()\s]/g, '').split(',').some((b) => b !== '' && !/^(?:(?:unittest\.)?TestCase|object)$/.test(b));
          classes[className] = { tests: tests - before, inherits };
        }
      }
    }
  };
  walk(parsePython(text).topNode, false);
  return { tests, generated, classes };
}

/** PHPUnit's default suffix: `UserTest.php`. */
const phpTestFileRe = /Test\.php$/;
/** RSpec's `_spec.rb`, minitest's `_test.rb` and `test_*.rb`. */
const rubyTestFileRe = /(?:_spec|_test)\.rb$|(?:^|\/)test_[^/]*\.rb$/;

/** sbt's test sources (`src/test/`, `src/test/scala-2/`) and the suffixes of ZIO Test, ScalaTest and munit: `FooSpec.scala`, `FooSuite.scala`. */
const scalaTestFileRe = /(?:^|\/)src\/test\/|(?:Spec|Test|Tests|Suite)\.scala$/;

/** package:test's and flutter_test's naming: `test/login_test.dart`, `integration_test/app_test.dart`. */
const dartTestFileRe = /_test\.dart$/;

/** ExUnit's naming: `test/accounts_test.exs`; only those files are loaded by `mix test`. */
const elixirTestFileRe = /_test\.exs$/;

/**
 * C++ test files by the names and folders GoogleTest, Catch2 and CTest projects give them: `parser_test.cpp`,
 * `test_parser.cc`, `ParserTest.cpp`, `tests/parser.cpp`. Only these are read: every other source file of a C++
 * project defines none, and there are many.
 */
const cppTestFileRe = /(?:^|\/)(?:tests?|unittests?|gtest)\/(?:[^/]+\/)*[^/]*\.(?:cpp|cc|cxx)$|(?:[._-]tests?|Tests?)\.(?:cpp|cc|cxx)$|(?:^|\/)tests?_[^/]*\.(?:cpp|cc|cxx)$/;

/** Every language whose tests can be counted from source. */
export const testLanguages: readonly TestLanguage[] = [
  { id: 'javascript', source: isScript, testFile: (f) => jsTestFileRe.test(f), count: jsCount },
  { id: 'python', source: (f) => f.endsWith('.py'), testFile: (f) => pyTestFileRe.test(f), count: (text) => pyCount(text) },
  // The rest by their frameworks' own forms, read with tree-sitter (src/measure/test-forms.ts). Where a test is
  // marked by an annotation or attribute, every source file may hold one: the form decides, not the name.
  { id: 'rust', source: (f) => f.endsWith('.rs'), testFile: () => true, count: (text, file) => countByForm('rust', text, file) },
  { id: 'go', source: (f) => f.endsWith('_test.go'), testFile: () => true, count: (text, file) => countByForm('go', text, file) },
  { id: 'java', source: (f) => f.endsWith('.java'), testFile: () => true, count: (text, file) => countByForm('java', text, file) },
  { id: 'kotlin', source: (f) => /\.kts?$/.test(f), testFile: () => true, count: (text, file) => countByForm('kotlin', text, file) },
  { id: 'csharp', source: (f) => f.endsWith('.cs'), testFile: () => true, count: (text, file) => countByForm('csharp', text, file) },
  { id: 'swift', source: (f) => f.endsWith('.swift'), testFile: () => true, count: (text, file) => countByForm('swift', text, file) },
  { id: 'php', source: (f) => f.endsWith('.php'), testFile: (f) => phpTestFileRe.test(f), count: (text, file) => countByForm('php', text, file) },
  { id: 'ruby', source: (f) => f.endsWith('.rb'), testFile: (f) => rubyTestFileRe.test(f), count: (text, file) => countByForm('ruby', text, file) },
  { id: 'scala', source: (f) => f.endsWith('.scala'), testFile: (f) => scalaTestFileRe.test(f), count: (text, file) => countByForm('scala', text, file) },
  { id: 'dart', source: (f) => f.endsWith('.dart'), testFile: (f) => dartTestFileRe.test(f), count: (text, file) => countByForm('dart', text, file) },
  { id: 'elixir', source: (f) => f.endsWith('.exs'), testFile: (f) => elixirTestFileRe.test(f), count: (text, file) => countByForm('elixir', text, file) },
  { id: 'cpp', source: (f) => /\.(?:cpp|cc|cxx)$/.test(f), testFile: (f) => cppTestFileRe.test(f), count: (text, file) => countByForm('cpp', text, file) },
];

/** The language whose tests `file` may define, or `undefined`. */
export function testLanguageOf(file: string): TestLanguage | undefined {
  return testLanguages.find((language) => language.source(file));
}

/** Whether a repository-relative file is a test file of a language whose tests are counted from source, outside hidden and vendored folders. */
export const isTestSource = (file: string): boolean => !isSkippedPath(file) && testLanguageOf(file)?.testFile(file) === true;

/** Test files read for a count of defined tests; a larger set is not counted. */
export const maxDefinedFiles = 5000;

/** Count the tests `file` (content `text`) defines; `undefined` when no language here reads it. */
export async function countDefinedTests(text: string, file: string): Promise<FileTests | undefined> {
  return testLanguageOf(file)?.count(text, file);
}
