/**
 * Files of a tree drawn in a code block (w36:248–264, w14's trees), checked on
 * a fixture repository: each is at the path the tree gives it; a file of that
 * name elsewhere does not make it so when the tree's folder is there.
 */
import { describe, it } from 'vitest';
import { expectFileVerdicts, type FileVerdicts } from '../helpers/file-verdicts.js';
import { fixtureRepos } from '../helpers/fixture-repo.js';

const repo = fixtureRepos('claimcheck-file-tree-');

const files = {
  'app/src/test/reader/ReaderNavigatorTest.kt': 'class ReaderNavigatorTest\n',
  'app/src/test/ReaderScreenModelTest.kt': 'class ReaderScreenModelTest\n',
  'cli/tests/integration_cli.rs': '#[test]\nfn a() {}\n',
};

const report = [
  '## Test files', //                                   1
  '', //                                                 2
  '```', //                                              3
  'app/src/test/reader/', //                             4
  '├── ReaderNavigatorTest.kt', //                       5  there
  '├── ReaderScreenModelTest.kt      # new', //          6  in app/src/test/, not in reader/
  '└── SourcePageFetcherTest.kt', //                     7  nowhere
  '```', //                                              8
  '', //                                                 9
  '```', //                                              10
  'project/', //                                         11 the repository's own name
  '└── cli/', //                                         12
  '    └── tests/', //                                   13
  '        ├── integration_cli.rs      // 6 tests', //   14 there
  '        └── integration_server.rs   // 7 tests', //   15 nowhere
  '```', //                                              16
  '', //                                                 17
  '## Recommended Target Structure', //                  18
  '', //                                                 19
  '```', //                                              20
  'app/src/', //                                         21
  '└── Planned.kt', //                                   22 a plan: skipped
  '```', //                                              23
  '',
].join('\n');

const expected: FileVerdicts = [
  [5, 'confirmed', ''],
  [6, 'contradicted', 'no `ReaderScreenModelTest.kt` in `app/src/test/reader/`; one of that name is at `app/src/test/ReaderScreenModelTest.kt`'],
  [7, 'contradicted', 'no file'],
  [14, 'confirmed', ''],
  [15, 'contradicted', 'no file'],
  [22, 'skipped', ''],
];

describe('files of a tree in a code block', () => {
  it('are where the tree puts them', async () => {
    await expectFileVerdicts(repo(files), report, expected);
  });
});
