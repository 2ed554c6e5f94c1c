/**
 * Files listed under a label that says they were created or work (w06:46–55,
 * w23:206–211), checked on a fixture repository: each is at the path the item
 * gives; one of that name in another folder does not make it so when the
 * item's folder is there.
 */
import { describe, it } from 'vitest';
import { expectFileVerdicts, type FileVerdicts } from '../helpers/file-verdicts.js';
import { fixtureRepos } from '../helpers/fixture-repo.js';

const repo = fixtureRepos('claimcheck-listed-files-');

const files = {
  'tests/unit/test_app_core.py': 'def test_a():\n    pass\n',
  'test_voice_config.py': 'def test_b():\n    pass\n',
  'schema/src/test/scala/into/compile_errors/TypeMismatchSpec.scala': 'object TypeMismatchSpec\n',
};

const report = [
  '### ✅ **Working Test Files:**', //                                              1
  '- `tests/unit/test_app_core.py` - Core app functionality', //                    2 there
  '- `tests/unit/test_voice_config.py` - Voice configuration', //                   3 at the root, not in tests/unit/
  '- `tests/unit/test_config.py` - Configuration management', //                    4 nowhere
  '', //                                                                            5
  '### Phase 12', //                                                                6
  '**Files Created**:', //                                                          7
  '1. `into/compile_errors/TypeMismatchSpec.scala` - Tests for type mismatch', //   8 there, under the test root
  '2. `into/compile_errors/DebugTypeCheckSpec.scala` - Placeholder', //             9 nowhere
  '', //                                                                            10
  '**Files to create:**', //                                                        11
  '- `src/planned.py` - the next step', //                                          12 a plan: no claim
  '',
].join('\n');

const expected: FileVerdicts = [
  [2, 'confirmed', ''],
  [3, 'contradicted', 'one of that name is at `test_voice_config.py`'],
  [4, 'contradicted', 'no file'],
  [8, 'confirmed', ''],
  [9, 'contradicted', 'no file'],
];

describe('files listed under a label that says they exist', () => {
  it('are where the items put them', async () => {
    await expectFileVerdicts(repo(files), report, expected);
  });
});

/** A report in a project folder of a monorepo gives its paths from that folder (w60:309–315, `go-core/docs/`). */
const monorepo = {
  'docs/README.md': '# docs\n',
  'go-core/internal/auth/oauth2.go': 'package auth\n',
  'web/docs/NOTES.md': '# notes\n',
};

const projectReport = [
  '### New Files (3 total)', //                                                     1
  '1. **internal/auth/oauth2.go** - Core service', //                              2 there, from go-core/
  '2. **docs/STATUS.md** (this document)', //                                       3 the report itself, from go-core/
  '3. **docs/NOTES.md** - notes', //                                                4 not in go-core/docs/ nor docs/: in web/docs/
  '',
].join('\n');

const projectExpected: FileVerdicts = [
  [2, 'confirmed', ''],
  [3, 'confirmed', 'go-core/docs/STATUS.md'],
  [4, 'contradicted', 'one of that name is at `web/docs/NOTES.md`'],
];

describe('files listed by a report in a project folder', () => {
  it('are looked for from the folders the report sits in', async () => {
    await expectFileVerdicts(repo(monorepo), projectReport, projectExpected, 'go-core/docs/STATUS.md');
  });
});
