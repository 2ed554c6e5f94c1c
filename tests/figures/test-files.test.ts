/** A test file's name, in every language's runner convention, and names that only contain "test". */
import { describe, expect, it } from 'vitest';
import { isTestFileName, testFileOnLine, testFileSource } from '../../src/figures/test-files.js';
import { testedSource } from '../../src/figures/coverage-subject.js';

describe('test file names', () => {
  it.each([
    // test_ before a source file's name: pytest, C, shell, Ruby
    ['test_arena.c', true],
    ['test_auth.py', true],
    ['tests/test_dashboard_integration.py', true],
    ['test_parser.cpp', true],
    ['test_cli.sh', true],
    // a test marker after the name: Go, Rust, Jest/Vitest, Jasmine, RSpec
    ['config_test.rs', true],
    ['parser_test.go', true],
    ['App.test.tsx', true],
    ['job-order.test.ts', true],
    ['src/api/Foo.spec.ts', true],
    ['user_spec.rb', true],
    ['e2e/login-test.js', true],
    // a test class: JUnit, Kotlin, XCTest, xUnit, PHPUnit
    ['AppTest.java', true],
    ['ExpenseControllerTest.php', true],
    ['RepositoryTests.java', true],
    ['ParserTest.kt', true],
    ['NetworkTests.swift', true],
    ['src/test/java/com/acme/AppTest.java', true],
    // Bats
    ['install.bats', true],
    // names that only contain "test"
    ['latest.c', false],
    ['contest.py', false],
    ['attestation.ts', false],
    ['Latest.java', false],
    ['Contest.kt', false],
    ['Latest.php', false],
    // a bare test program: no runner collects it by name, and its count is often the suite's
    ['test.c', false],
    ['test.py', false],
    ['Test.java', false],
    // a run's output or notes, not source
    ['test_results.json', false],
    ['test_output.log', false],
    ['test_plan.md', false],
    // no file at all
    ['test_arena', false],
    ['tests', false],
    ['', false],
  ])('%j is a test file: %j', (name, expected) => {
    expect(isTestFileName(name)).toBe(expected);
  });

  it.each([
    ['1. **test_arena.c** - 15 tests', 'test_arena.c'],
    ['- `config_test.rs`: 58 tests', 'config_test.rs'],
    ['see the latest.c file', undefined],
  ])('finds the test file in %j', (text, file) => {
    const re = new RegExp(String.raw`(?<![\w.-])(?<file>${testFileSource})(?![\w.])`);
    expect(re.exec(text)?.groups?.file).toBe(file);
  });

  it.each([
    ['LoginPage.test.js', 'LoginPage.js'],
    ['tests/test_arena.c', 'tests/arena.c'],
    ['test_utils.py', 'utils.py'],
    ['pkg/parser_test.go', 'pkg/parser.go'],
    ['src/AppTest.java', 'src/App.java'],
    ['NetworkTests.swift', 'Network.swift'],
    // no source name in it, or no test file
    ['install.bats', 'install.bats'],
    ['latest.c', 'latest.c'],
    ['test.c', 'test.c'],
    ['src/app.ts', 'src/app.ts'],
  ])('coverage beside %j measures %j', (path, source) => {
    expect(testedSource(path)).toBe(source);
  });

  it.each([
    // a name, then its test file in a parenthesis (w40:18) or after the count as a link's text (w11:89)
    ['1. Models (`test/models/lens-fhir-resource.test.ts`) - 11 tests', 'test/models/lens-fhir-resource.test.ts'],
    ['- ✅ CRUD Operations (25 tests) - crud.spec.ts', 'crud.spec.ts'],
    ['- `config_test.rs`: 58 tests', 'config_test.rs'],
    ['- AppTest.java and AppTest.java again: 3 tests', 'AppTest.java'],
    // none, or two files: no one part
    ['- Unit tests: 26', undefined],
    ['- 4 tests moved from `old.test.ts` to `new.test.ts`', undefined],
    ['- see latest.c and the test.py program: 3 tests', undefined],
    ['- `src/api/app.test.ts.snap` updated', undefined],
  ])('the one test file on %j is %j', (line, file) => {
    expect(testFileOnLine(line)).toBe(file);
  });
});
