import extractor from '../../extractors/file-set.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: '- Total test files: 10 BATS test suites', claims: [{ kind: 'dir.files', subject: { path: '**/*.bats' }, value: 10, unit: 'count', text: '10 BATS test suites' }] },
    { markdown: '- Total test cases: ~5,139 lines of test code', claims: [{ kind: 'file.lines', subject: { category: 'test code' }, value: 5139, qualifier: 'approx' }] },
    { markdown: '14 files in `scripts/`', claims: [{ kind: 'dir.files', subject: { path: 'scripts/**' }, value: 14 }] },
    { markdown: '- `deploy/k8s/` (6 files)', claims: [{ kind: 'dir.files', subject: { path: 'deploy/k8s/**' }, value: 6 }] },
    { markdown: '3 shell scripts in `scripts/` (120 lines)', claims: [
      { kind: 'dir.files', subject: { path: 'scripts/**/*.{sh,bash,command,ksh,pacscript,sbatch,slurm,tmux,tool,zsh,zsh-theme}' }, value: 3, text: '3 shell scripts in `scripts/`' },
      { kind: 'file.lines', subject: { path: 'scripts/**/*.{sh,bash,command,ksh,pacscript,sbatch,slurm,tmux,tool,zsh,zsh-theme}' }, value: 120 },
    ] },
    { markdown: '- `/austa-care-platform/backend` - **Primary backend** (193 TypeScript files)', claims: [
      { kind: 'dir.files', subject: { path: '/austa-care-platform/backend/**/*.{ts,cts,mts,tsx}' }, value: 193, text: '193 TypeScript files' },
    ] },
    { markdown: '```\n1. /austa-care-platform/backend     ✅ PRIMARY (193 files)\n```', claims: [{ kind: 'dir.files', subject: { path: '/austa-care-platform/backend/**' }, value: 193 }] },
    { markdown: 'The crate has 154 `.rs` files in `src/`.', claims: [{ kind: 'dir.files', subject: { path: 'src/**/*.rs' }, value: 154 }] },
    { markdown: '238 .ts/.tsx files', claims: [{ kind: 'dir.files', subject: { path: '**/*.{ts,tsx}' }, value: 238 }] },
    { markdown: 'The package holds 12 Python modules under `app/`.', claims: [{ kind: 'dir.files', subject: { path: 'app/**/*.{py,gyp,gypi,lmi,py3,pyde,pyi,pyp,pyt,pyw,tac,wsgi,xpy,pytb}' }, value: 12 }] },
    { markdown: '- `src/**/*.rs` (154 files)', claims: [{ kind: 'dir.files', subject: { path: 'src/**/*.rs' }, value: 154, text: '154 files' }] },
    { markdown: '12 files match `./web/**/*.ts`', claims: [{ kind: 'dir.files', subject: { path: 'web/**/*.ts' }, value: 12 }] },
    { markdown: '```\nTotal Backend Source Files: 193 TypeScript files\n```', claims: [{ kind: 'dir.files', subject: { path: '**/backend/**/*.{ts,cts,mts,tsx}' }, value: 193 }] },
    // A row of a test-count table: the files its tests come from, maybe a selection of the folder's (w39:197).
    { markdown: '### Test sweep\n\n| Surface | Count |\n| --- | --- |\n| spec/jobs (3 files) | 7 |', claims: [{ kind: 'dir.files', subject: { path: 'spec/jobs/**' }, value: 3, qualifier: 'atLeast' }] },
    { markdown: '| Folder | Tests |\n| --- | --- |\n| `spec/system/` (4 files) | 13 |', claims: [{ kind: 'dir.files', subject: { path: 'spec/system/**' }, value: 4, qualifier: 'atLeast' }] },
    // The same row in a table that counts no tests says how many files the folder holds.
    { markdown: '### Documentation\n\n| Folder | Count |\n| --- | --- |\n| docs/ (15 files) | 3 |', claims: [{ kind: 'dir.files', subject: { path: 'docs/**' }, value: 15, qualifier: 'exact' }] },
    // The same count under a label that names it (103:31, 401:169, w07:14 and :361, w78:153); a Before column stays before.
    { markdown: 'Total lines of test code: 12459', claims: [{ kind: 'file.lines', subject: { category: 'test code' }, value: 12459, qualifier: 'exact' }] },
    { markdown: '- **Lines of test code**: ~2,000', claims: [{ kind: 'file.lines', subject: { category: 'test code' }, value: 2000, qualifier: 'approx' }] },
    { markdown: '| Metric | Value | Status |\n|---|---|---|\n| Lines of Test Code | ~8,000 | ✅ |', claims: [{ kind: 'file.lines', subject: { category: 'test code' }, value: 8000, qualifier: 'approx' }] },
    { markdown: '| Metric | Value |\n|---|---|\n| **Test Code Lines** | 2,244 |', claims: [{ kind: 'file.lines', subject: { category: 'test code' }, value: 2244 }] },
    { markdown: '| Metric | Before | After |\n|---|---|---|\n| Lines of Test Code | 0 | 2,244 |', claims: [
      { kind: 'file.lines', subject: { category: 'test code' }, value: 0, tense: 'before' },
      { kind: 'file.lines', subject: { category: 'test code' }, value: 2244, tense: 'current' },
    ] },
    // a change verb elsewhere in the line, not right after the set, leaves it the set's count
    { markdown: '- 12 Python files in `app/`, all updated', claims: [{ kind: 'dir.files', subject: { path: 'app/**/*.{py,gyp,gypi,lmi,py3,pyde,pyi,pyp,pyt,pyw,tac,wsgi,xpy,pytb}' }, value: 12 }] },
    { markdown: 'Total Source Files: 12 Python files', claims: [{ kind: 'dir.files', subject: { path: '**/*.{py,gyp,gypi,lmi,py3,pyde,pyi,pyp,pyt,pyw,tac,wsgi,xpy,pytb}' }, value: 12 }] },
  ],
  invalid: ['Refactored `src/api/` handlers (8 files)', '- Updated `backend/` (12 TypeScript files)', '`../outside/*.ts` (3 files)', 'Modified `src/app.ts` (12 files)', 'Changed (14 files)', '7 validation scripts (4,318 lines)', '74 test files, 1255 tests', '10 created/modified files', '5,000 lines of code',
    // A report whose title names a group of tests totals that group's lines, not the test code's (w18:230).
    '# Phase 4: ViewModel Unit Tests - COMPLETE!\n\n**Total Lines of Test Code**: ~5,000 lines',
    // a change verb right after the set: the files made or changed, not every file of the kind (w91:217)
    '- ✅ Phase 3: Scripts - All 4 bash scripts created', '3 Python files were added', '5 files in `src/` modified', '`lib/` (6 files) rewritten',
    '| Metric | Value |\n|---|---|\n| Lines of Test Code | +2,244 |', '| Metric | Value |\n|---|---|\n| Lines of Source Code | 2,244 |', 'Lines of test code: 45%'],
});
