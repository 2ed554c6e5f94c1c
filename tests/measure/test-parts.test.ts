/** The test files a part's name stands for: one folder or one test file, never a guess between two. */
import { describe, expect, it } from 'vitest';
import { namesTestPlace, testClassNamed, testFileOfSource, testFilesNamedAfter, testFilesOfKind, testFilesOfKindsOf, testPartFiles } from '../../src/measure/test-parts.js';
import { countsTestsColumn } from '../../src/figures/test-column.js';

const files = [
  'src/Core/Geometries/BoxGeometry.cs',
  'src/Core/Lights/Light.cs',
  'tests/Core.Tests/Geometries/BoxGeometryTests.cs',
  'tests/Core.Tests/Geometries/SphereGeometryTests.cs',
  'tests/Core.Tests/Lights/LightTests.cs',
  'tests/Core.Tests/Lights/ShadowTests.cs',
  'tests/Core.Tests/Core/SceneTests.cs',
  'tests/Core.Tests/Core/SkeletalAnimationTests.cs',
  'tests/Core.Tests/Animation/AnimationTests.cs',
  'tests/e2e/monthly-view.spec.ts',
  'tests/unit/test_parser.py',
  'tests/integration/test_parser.py',
  'web/Math/MathTests.cs',
  'lib/Math/MathTests.cs',
  'spec/models/user_spec.rb',
  'spec/models/transaction_spec.rb',
  'spec/requests/authentication_spec.rb',
  'spec/requests/api/v1/transactions_spec.rb',
  'spec/services/exchange_rate_service_spec.rb',
  // w27: a component's tests in a file named after it and files of kinds of its tests beside it
  'tests/App.Tests/Roslyn/LruCacheTests.cs',
  'tests/App.Tests/Roslyn/LruCacheBoundaryTests.cs',
  'tests/App.Tests/Roslyn/WorkspaceManagerUnitTests.cs',
  'tests/App.Tests/Roslyn/LruCacheReaderTests.cs',
  'tests/App.Tests/Memory/CacheTests.cs',
  'tests/App.Tests/Integration/CacheIntegrationTests.cs',
  'app-desktop/src/test/kotlin/reader/ZoomStateTest.kt',
  'app-desktop/src/test/kotlin/ui/reader/ReaderScreenModelTest.kt',
  'tests/Feature/DashboardTest.php',
  'tests/Browser/Dashboard/DashboardTest.php',
  'tests/Caching/CompilationCacheTests.cs',
  'tests/Caching/CompilationCacheBoundaryTests.cs',
  // w62:132: a module of two words whose tests sit in a folder named by its first word
  'tests/Unit/Credit/CreditAuthorizationTest.php',
  'tests/Unit/Credit/CreditCardValidationTest.php',
  'tests/Unit/Credit/CreditErrorHandlingTest.php',
];

const cases: Array<[name: string, want: string | undefined, files?: number]> = [
  ['Geometries', '`tests/Core.Tests/Geometries/`', 2], // the test folder, not the source folder of that name
  ['**Lights**', '`tests/Core.Tests/Lights/`', 2],
  ['Animation', '`tests/Core.Tests/Animation/`', 1], // its one file is inside the folder of that name
  ['Skeletal Animation', '`tests/Core.Tests/Core/SkeletalAnimationTests.cs`', 1],
  ['Scene', '`tests/Core.Tests/Core/SceneTests.cs`', 1],
  ['BoxGeometry', '`tests/Core.Tests/Geometries/BoxGeometryTests.cs`', 1],
  ['Monthly View', '`tests/e2e/monthly-view.spec.ts`', 1],
  ['parser', undefined], // two files answer to it
  ['Math', undefined], // two folders answer to it
  ['Scene Graph (Object3D)', undefined], // an aside: no name of a place
  ['Scene Graph', undefined], // nothing answers to it
  ['Core', '`tests/Core.Tests/Core/`', 2],
  ['AmbientLight', undefined], // a type tested inside a file of another name
  ['**Lights Tests**', '`tests/Core.Tests/Lights/`', 2], // the test noun names no place
  ['Request Specs', '`spec/requests/`', 2], // the folder of the plural
  ['Models', '`spec/models/`', 2],
  ['User model', '`spec/models/user_spec.rb`', 1], // a file of its kind's folder
  ['Transaction', '`spec/models/transaction_spec.rb`', 1], // `transactions_spec.rb` is another name
  ['Exchange Rate Service', '`spec/services/exchange_rate_service_spec.rb`', 1],
  ['Authentication controller', undefined], // no folder of controllers holds it
  ['Scene model', undefined], // no folder of models holds a scene
  ['LruCache', '`tests/App.Tests/Roslyn/LruCacheTests.cs`, `tests/App.Tests/Roslyn/LruCacheBoundaryTests.cs`', 2], // not LruCacheReader: "Reader" is no kind of tests
  ['WorkspaceManager', '`tests/App.Tests/Roslyn/WorkspaceManagerUnitTests.cs`', 1], // its unit tests alone
  ['Cache', undefined], // its integration tests in another folder: unsure which the report counts
  // The name written with its test affix is the file's stem itself (w36:7-22, w32:25):
  ['ZoomStateTest', '`app-desktop/src/test/kotlin/reader/ZoomStateTest.kt`', 1],
  ['ReaderScreenModelTest', '`app-desktop/src/test/kotlin/ui/reader/ReaderScreenModelTest.kt`', 1],
  ['BoxGeometryTests', '`tests/Core.Tests/Geometries/BoxGeometryTests.cs`', 1],
  ['SourcePageFetcherTest', undefined], // no file of that stem
  ['DashboardTest', undefined], // two files of that stem
  // w27:190: a component's tests in the file named after it and a file of a kind of its tests beside it
  ['CompilationCache', '`tests/Caching/CompilationCacheTests.cs`, `tests/Caching/CompilationCacheBoundaryTests.cs`', 2],
  ['CompilationCacheTests', '`tests/Caching/CompilationCacheTests.cs`', 1], // the class's own name is its file
  // A name of two words is never the folder named by its first word alone (w62:132, "Credit Card" is not `Credit/`) …
  ['Credit Card', undefined],
  ['Credit Errors', undefined],
  // … which the name of one word is, and the file named after all its words still stands for it
  ['Credit', '`tests/Unit/Credit/`', 3],
  ['Credit Card Validation', '`tests/Unit/Credit/CreditCardValidationTest.php`', 1],
];

describe('testPartFiles', () => {
  it.each(cases)('%s', (name, want, count) => {
    const part = testPartFiles(name, files);
    expect(part?.where).toBe(want);
    if (count !== undefined) expect(part?.files.length).toBe(count);
  });
  it('keeps the file named after a part as its core beside files of kinds of its tests', () => {
    expect(testPartFiles('LruCache', files)?.core).toEqual(['tests/App.Tests/Roslyn/LruCacheTests.cs']);
    expect(testPartFiles('WorkspaceManager', files)?.core).toBeUndefined();
    expect(testPartFiles('Scene', files)?.core).toBeUndefined();
  });
});

const places: Array<[what: string, context: Parameters<typeof namesTestPlace>[0], name: string, want: boolean]> = [
  ['a cell under a column of tests', { headings: [], table: { header: 'Tests', row: 'Lights' } }, 'Lights', true],
  ['a cell under a column of criteria', { headings: [], table: { header: 'Total Criteria', row: 'Database' } }, 'Database', false],
  ['an item under a plain lead-in', { headings: [], list: '**Tested:**' }, 'Scene', true],
  ['an item inside a part its lead-in counts', { headings: [], list: '✅ ExpenseControllerTest (35 tests)' }, 'Daily view', false],
  ['a heading', { headings: ['Geometries'] }, 'Geometries', true],
  // w18:64: a group of one class's tests, not the `usecase/submission/` folder of another module
  ['an item under a heading naming one class', { headings: ['ViewModels', '2. WATTestViewModel ✅'], list: '**Coverage**:' }, 'Submission Tests', false],
  ['the class its heading names', { headings: ['ViewModels', '2. WATTestViewModel ✅'] }, 'WATTestViewModel', true],
  ['an item under a heading naming one file', { headings: ['`test_parser.py`'], list: '**Groups**:' }, 'Scene', false],
  ['an item under a title', { headings: ['Test Coverage by Component'], list: '**Tested:**' }, 'Scene', true],
  // w15:75: the item's count is a piece of the part the heading counts and names
  ['an item under a heading that counts its name', { headings: ['Coverage by Test Type', 'Service Specs (28 tests)'] }, 'Service Specs', false],
  ['the heading that counts it', { headings: ['Coverage by Test Type'] }, 'Request Specs', true],
  ['an item under a heading that counts another part', { headings: ['Model Specs (76 tests)'] }, 'User model', true],
  ['a cell under a column of tests in Chinese, English reading', { headings: [], table: { header: '测试数', row: 'LruCache' } }, 'LruCache', false],
  // A column header in another language counts tests only by the word table the verifier passes (w36:5).
  ['a cell under a Chinese column of tests, English words only', { headings: [], table: { header: '测试数量', row: 'ZoomStateTest' } }, 'ZoomStateTest', false],
];

const byWords: Array<[what: string, header: string, want: boolean]> = [
  ['a Chinese count of tests (w36:5)', '测试数量', true],
  ['a Chinese column of test files (w13:8)', '测试文件', false],
];

describe('namesTestPlace with the word table', () => {
  it.each(byWords)('%s', (_what, header, want) => {
    expect(namesTestPlace({ headings: [], table: { header, row: 'ZoomStateTest' } }, 'ZoomStateTest', countsTestsColumn)).toBe(want);
  });
});

describe('namesTestPlace', () => {
  it.each(places)('%s', (_what, context, name, want) => expect(namesTestPlace(context, name)).toBe(want));
  it('reads a column header by the reading it is given (w27: "测试数")', () => {
    const cjk = (header: string) => header.includes('测试');
    expect(namesTestPlace({ headings: [], table: { header: '测试数', row: 'LruCache' } }, 'LruCache', cjk)).toBe(true);
    expect(namesTestPlace({ headings: [], table: { header: '代码行数', row: 'LruCache' } }, 'LruCache', cjk)).toBe(false);
  });
});

describe('testClassNamed: the one test class a name in words stands for', () => {
  // realworld w48: test_model_complete.py's TestCase classes
  const classes = ['TestPieceHierarchy', 'TestBoard', 'TestMoveValidator', 'TestMove', 'TestGameState', 'TestIntegration', 'ExpressionTranslationTests', 'Helper'];
  it.each([
    ['Piece Hierarchy Tests', 'TestPieceHierarchy'],
    ['Move Validator Tests', 'TestMoveValidator'],
    ['GameState Tests', 'TestGameState'],
    ['**Board Tests**', 'TestBoard'],
    ['Expression Translation Tests', 'ExpressionTranslationTests'],
    // no class bears the name, or it names a class without a test affix, or a sentence
    ['Move Class Tests', undefined],
    ['Helper Tests', undefined],
    ['Tests', undefined],
    ['Tests of the validator across the board (all of them)', undefined],
  ])('%j → %j', (name, cls) => {
    expect(testClassNamed(name, classes)).toBe(cls);
  });
  it('two classes of one name in words make it unsure', () => {
    expect(testClassNamed('Board Tests', ['TestBoard', 'BoardTest'])).toBeUndefined();
  });
});

const namedAfterCases: Array<{ name: string; want: string[] }> = [
  { name: 'BoxGeometry', want: ['tests/Core.Tests/Geometries/BoxGeometryTests.cs'] },
  { name: 'parser', want: ['tests/unit/test_parser.py', 'tests/integration/test_parser.py'] },
  { name: 'monthly view', want: ['tests/e2e/monthly-view.spec.ts'] },
  { name: '**Transaction**', want: ['spec/models/transaction_spec.rb'] },
  // a file without a test affix, or one named after more than the name, is not named after it
  { name: 'Light', want: ['tests/Core.Tests/Lights/LightTests.cs'] },
  { name: 'Shadow Map', want: [] },
  { name: 'Geometries', want: [] },
];

describe('testFilesNamedAfter', () => {
  it.each(namedAfterCases)('$name', ({ name, want }) => {
    expect(testFilesNamedAfter(name, files)).toEqual(want);
  });
});

describe('testFilesOfKindsOf', () => {
  const kindFiles = [
    'backend/src/test/java/ProductServiceUnitTest.java',
    'backend/src/test/java/ProductServiceIntegrationTest.java',
    'backend/src/test/java/ProductServiceTest.java',
    'backend/src/test/java/ProductServiceMapperTest.java',
    'frontend/src/app/product-service.spec.ts',
  ];
  it.each([
    // files of kinds of the part's tests
    ['ProductService', ['backend/src/test/java/ProductServiceUnitTest.java', 'backend/src/test/java/ProductServiceIntegrationTest.java']],
    // the file named after it is testFilesNamedAfter's; a longer name is another part's
    ['ProductServiceMapper', []],
    ['Order', []],
  ] as const)('%s', (name, want) => {
    expect(testFilesOfKindsOf(name, kindFiles)).toEqual(want);
  });
});

describe('testFilesOfKind', () => {
  const kindFiles = ['src/test/UserServiceUnitTest.java', 'src/test/UserServiceIntegrationTest.java', 'src/test/UserServiceTest.java', 'tests/user_service_integration_test.py'];
  it.each([
    ['UserService', 'integration', ['src/test/UserServiceIntegrationTest.java', 'tests/user_service_integration_test.py']],
    ['UserService', 'unit', ['src/test/UserServiceUnitTest.java']],
    ['UserService', 'e2e', []],
    ['User', 'integration', []], // another part's name
  ] as const)('%s, %s', (name, kind, want) => {
    expect(testFilesOfKind(name, kind, kindFiles)).toEqual(want);
  });
});

const sourceTestFiles = [
  'apps/web/src/components/PillarCard.test.tsx',
  'apps/web/src/components/EditablePillarCard.test.tsx',
  'apps/web/src/hooks/__tests__/useApi.test.ts',
  'handler_auth_test.go',
  'tests/test_piece.py',
  'apps/web/src/components/Card.test.tsx',
  'apps/web/src/components/__tests__/Card.spec.tsx',
];

const sourceCases: Array<{ source: string; want: string | undefined }> = [
  // the test file beside the source, or in a __tests__ folder beside it (w77:71, 72; Go's convention, w55:134)
  { source: 'apps/web/src/components/PillarCard.tsx', want: 'apps/web/src/components/PillarCard.test.tsx' },
  { source: 'apps/web/src/hooks/useApi.ts', want: 'apps/web/src/hooks/__tests__/useApi.test.ts' },
  { source: 'handler_auth.go', want: 'handler_auth_test.go' },
  // a test file elsewhere is no test file of the source; two are ambiguous; a longer name is another file's
  { source: 'model/piece.py', want: undefined },
  { source: 'apps/web/src/components/Card.tsx', want: undefined },
  { source: 'apps/web/src/components/Pillar.tsx', want: undefined },
];

describe('testFileOfSource', () => {
  it.each(sourceCases)('$source', ({ source, want }) => {
    expect(testFileOfSource(source, sourceTestFiles)).toBe(want);
  });
});
