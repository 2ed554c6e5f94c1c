import classifier from '../../extractors/figure-files.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(classifier, {
  valid: [
    // a label ending in "files": the whole, a language, a part
    { markdown: '- **Total Files Scanned:** 81', claims: [{ kind: 'dir.files', value: 81, unit: 'count', subject: { scope: 'all' } }] },
    { markdown: '- **Python Files Analyzed:** 69', claims: [{ kind: 'dir.files', value: 69, subject: { path: '**/*.py' } }] },
    { markdown: '- **CSV Data Files:** 7 project tracking files', claims: [{ kind: 'dir.files', value: 7, subject: { path: '**/*.csv' } }] },
    { markdown: '- **Source files analyzed:** 282', claims: [{ kind: 'dir.files', value: 282, subject: { category: 'source' } }] },
    { markdown: '```\nTotal test files: 27\n```', claims: [{ kind: 'dir.files', value: 27, subject: { category: 'test' } }] },
    // the noun after the figure names the files
    { markdown: '3. [x] **Check for documentation** - Found 8 documentation files', claims: [{ value: 8, subject: { category: 'documentation' } }] },
    { markdown: '4. [x] **Check for tests** - Identified 6 test-related files', claims: [{ value: 6, subject: { category: 'test' } }] },
    { markdown: '- [x] **Audit the repository** - Complete scan of all 81 files', claims: [{ value: 81, subject: { scope: 'all' } }] },
    { markdown: '- All 69 Python scripts analyzed', claims: [{ value: 69, subject: { path: '**/*.py' } }] },
    { markdown: '- Archive: 39+ historical files', claims: [{ value: 39, qualifier: 'atLeast', subject: { category: 'archive' } }] },
    // a label that says when names no files: the noun does
    { markdown: '**After:** 213 comprehensive tests across 10 test files', claims: [{ value: 10, subject: { category: 'test' } }] },
    // a folder written with the count
    { markdown: '### docs/ Directory (15 files)', claims: [{ value: 15, subject: { path: 'docs/**' } }] },
    { markdown: '```\ntests/unit_real/           - 0 new test files (real code tests)\n```', claims: [{ value: 0, subject: { path: 'tests/unit_real/**' } }] },
    // a Files row of a metrics table
    { markdown: '| Metric | This Project |\n| --- | --- |\n| **Files** | 234 |', claims: [{ value: 234, subject: { scope: 'all' } }] },
    // a folder's or glob's row under a column of files: a test folder's code files, a folder's test files, a glob as written
    { markdown: '| Location | Test Files |\n| --- | --- |\n| `__tests__/integration/` | 3 |', claims: [{ value: 3, subject: { path: '__tests__/integration/**/*.{py,sh,bash,bats,ts,tsx,js,mjs,cjs,jsx,go,rs,rb,java,kt,php,cs,c,cc,cpp,h,swift,scala}' } }] },
    { markdown: '| Location | Test Files |\n| --- | --- |\n| `hooks/*.test.js` | 2 |', claims: [{ value: 2, subject: { path: 'hooks/*.test.js' } }] },
    { markdown: '| Folder | Files |\n| --- | --- |\n| `docs/guides/` | 12 |', claims: [{ value: 12, subject: { path: 'docs/guides/**' } }] },
    { markdown: '| Directory | Source Files |\n| --- | --- |\n| `logic/rules/` | 53 |', claims: [{ value: 53, subject: { path: 'logic/rules/**/!(test_*|*_test|*.test|*.spec|test-*|*-test).{py,sh,bash,bats,ts,tsx,js,mjs,cjs,jsx,go,rs,rb,java,kt,php,cs,c,cc,cpp,h,swift,scala,vue,svelte,dart,hpp,hh,cxx,m,mm,ex,exs,erl,lua,r,pl,groovy,fs,vb,hs,ml,clj,zig,nim,sol}' } }] },
  ],
  invalid: [
    // changes, statuses, before-states, qualities, bare counts, other columns
    '✅ **128 Files Updated** - 19,300+ lines of production-ready code',
    '- **Files Changed:** 128 files total',
    '- Removed `k8s/helm/sap-llm/` (7 files)',
    '- Archived 6 optional markdown files',
    '- ✅ 40+ files cleaned',
    '- **Passing**: 74 test files, 1255 tests',
    '- ❌ 22 old frontend files (templates, static CSS/JS)',
    '- Archive with 39+ historical files',
    '4. **234 files** - Well-organized, manageable structure',
    '- `../elsewhere/*.ts` (2 files): names no file',
    '| Component | Lines |\n| --- | --- |\n| **Root Python Files** | 894 |',
    '| Metric | Industry Standard |\n| --- | --- |\n| **Files** | 100-500 |',
    '| Metric | Before | After |\n| --- | --- | --- |\n| **Tests Generated** | 8 files | 0 files |',
    // a column of a kind no set stands for, a glob of no test files under a test column, a column of tests, a climbing path
    '| Directory | Config Files |\n| --- | --- |\n| `logic/rules/` | 53 |',
    '| Location | Test Files |\n| --- | --- |\n| `src/*.js` | 4 |',
    '| Directory | Co-located Tests |\n| --- | --- |\n| `hooks/` | 2 |',
    '| Folder | Files |\n| --- | --- |\n| `../other/` | 2 |',
  ],
});
