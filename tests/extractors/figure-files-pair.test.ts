import classifier from '../../extractors/figure-files-pair.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(classifier, {
  valid: [
    // a row about cleaning the root folder, its note "40+ files → 9 files" (302)
    { markdown: '| 任务 | 状态 | 备注 |\n|---|---|---|\n| P0-1: 清理根目录 | ✅ | 40+文件→9文件 |', claims: [
      { kind: 'dir.files', value: 40, qualifier: 'atLeast', tense: 'before', subject: { path: '.' } },
      { kind: 'dir.files', value: 9, qualifier: 'exact', tense: 'current', subject: { path: '.' } },
    ] },
    // "from 40+ files down to 9 files" under an item about the root folder (303)
    { markdown: '1. ✅ **清理根目录中间产物文件**\n   - 从40+文件降至9个文件', claims: [
      { kind: 'dir.files', value: 40, tense: 'before', subject: { path: '.' } },
      { kind: 'dir.files', value: 9, tense: 'current', subject: { path: '.' } },
    ] },
    // the same in English
    { markdown: '- **Root directory:** 40 files → 9 files', claims: [
      { kind: 'dir.files', value: 40, tense: 'before', subject: { path: '.' } },
      { kind: 'dir.files', value: 9, tense: 'current', subject: { path: '.' } },
    ] },
  ],
  invalid: [
    // no folder named: which files is not said
    '- Cleanup: 40 files → 9 files',
    // counts of other things, a single count
    '- **Root directory:** 40 tests → 9 tests',
    '- **Root directory:** 9 files',
  ],
});
