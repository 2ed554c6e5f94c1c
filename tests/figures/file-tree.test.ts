import { describe, expect, it } from 'vitest';
import { treeFiles } from '../../src/figures/file-tree.js';

const paths = (text: string) => treeFiles(text.split('\n')).map((f) => `${f.line}:${f.path}`);

describe('files of a tree in a code block', () => {
  it.each([
    // w36: one folder, files under it, a remark after some
    ['app/src/test/reader/\n├── ReaderNavigatorTest.kt\n├── ReaderPageLoaderTest.kt       # 新增\n└── ZoomStateTest.kt', ['1:app/src/test/reader/ReaderNavigatorTest.kt', '2:app/src/test/reader/ReaderPageLoaderTest.kt', '3:app/src/test/reader/ZoomStateTest.kt']],
    // w14: nested folders with and without slashes, guides, an entry of code (no path), a count after a file
    [
      'vectro-plus/\n├── vectro_lib/\n│   └── src/\n│       └── lib.rs\n│           └── #[cfg(test)] mod tests { ... }  // 17 tests\n└── vectro_cli\n    └── tests/\n        └── integration_cli.rs                   // 6 tests ✅',
      ['3:vectro-plus/vectro_lib/src/lib.rs', '7:vectro-plus/vectro_cli/tests/integration_cli.rs'],
    ],
    // a blank guide line keeps the tree open; a second root starts another
    ['tests/\n├── a_test.py\n│\n└── b_test.py\nsrc/\n└── main.py', ['1:tests/a_test.py', '3:tests/b_test.py', '5:src/main.py']],
    // (10 tests) after a name
    ['tests/\n├── unit/\n│   ├── test_monitor.py (10 tests)', ['2:tests/unit/test_monitor.py']],
  ])('%s', (text, expected) => expect(paths(text)).toEqual(expected));

  it.each([
    // 408: group labels of words are no folders, and nothing under them has a path
    'tests/\n├── Core Unit Tests (100% passing)\n│   ├── test_regulatory_monitor.py (10 tests)\n└── Extended (0%)\n    └── test_integration.py',
    // 406: placeholders
    'tests/unit/core/services/\n├── test_{module}_error_handling.py   # Error path tests\n└── test_{module}.py',
    // no root: where the files are is unsaid
    '├── a.py\n└── b.py',
    // an absolute root is another machine's
    '/secrets/\n  ├── .gitignore (excludes from git)\n  └── grafana.txt',
    // a box of a table, not a tree (501)
    '┌──────┐\n│ READINESS SCALE │\n├──────┤\n│ 36-42 → PILOT │\n└──────┘',
    // folders only
    'src/\n├── hooks/\n└── lib/',
  ])('%s: no files', (text) => expect(paths(text)).toEqual([]));
});
