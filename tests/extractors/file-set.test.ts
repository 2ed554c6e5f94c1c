import extractor from '../../extractors/file-set.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: '- Total test files: 10 BATS test suites', claims: [{ kind: 'dir.files', subject: { path: '**/*.bats' }, value: 10, unit: 'count', text: '10 BATS test suites' }] },
    { markdown: '- Total test cases: ~5,139 lines of test code', claims: [{ kind: 'file.lines', subject: { category: 'test code' }, value: 5139, qualifier: 'approx' }] },
    { markdown: '14 files in `scripts/`', claims: [{ kind: 'dir.files', subject: { path: 'scripts/**' }, value: 14 }] },
    { markdown: '- `deploy/k8s/` (6 files)', claims: [{ kind: 'dir.files', subject: { path: 'deploy/k8s/**' }, value: 6 }] },
    { markdown: '3 shell scripts in `scripts/` (120 lines)', claims: [
      { kind: 'dir.files', subject: { path: 'scripts/**/*.{sh,bash}' }, value: 3, text: '3 shell scripts in `scripts/`' },
      { kind: 'file.lines', subject: { path: 'scripts/**/*.{sh,bash}' }, value: 120 },
    ] },
  ],
  invalid: ['7 validation scripts (4,318 lines)', '74 test files, 1255 tests', '10 created/modified files', '5,000 lines of code'],
});
