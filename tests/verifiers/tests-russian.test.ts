/**
 * A report in Russian (as w04 is) on a fixture repository of jest test files,
 * through the command line with `--no-exec`: a test file's count after its
 * name, in each form a numeral gives the noun (1 тест, 2–4 теста, 5+ тестов),
 * is counted from the tests the file defines; lines that name no file, or
 * several, are no such claim.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/cli.js';
import type { VerifyResult } from '../../src/model.js';
import { fixtureRepos } from '../helpers/fixture-repo.js';

const repos = fixtureRepos('claimcheck-russian-');

const tests = (n: number) => Array.from({ length: n }, (_, i) => `  it('case ${i}', () => { expect(${i}).toBe(${i}); });\n`).join('');
const files: Record<string, string> = {
  'package.json': '{ "name": "ru", "scripts": { "test": "jest" }, "devDependencies": { "jest": "^29.0.0" } }\n',
  'src/components/__tests__/TranscriptView.test.tsx': `describe('TranscriptView', () => {\n${tests(14)}});\n`,
  'src/components/__tests__/EmotionChart.test.tsx': `describe('EmotionChart', () => {\n${tests(3)}});\n`,
  'src/hooks/__tests__/useOne.test.ts': `describe('useOne', () => {\n${tests(1)}});\n`,
};

/** Report lines, and the verdicts of the test claims on each ('' for none). */
const lines: Array<[string, string]> = [
  ['- ✅ TranscriptView.test.tsx - 16 тестов, все проходят (PASS) **СОЗДАН**', 'contradicted'],
  ['- ✅ TranscriptView.test.tsx - 14 тестов, все проходят (PASS)', 'confirmed'],
  ['- [X] T038 - EmotionChart.test.tsx ✅ **СОЗДАН** (3 теста, 100%)', 'confirmed'],
  ['- [X] T039 - EmotionChart.test.tsx ✅ **СОЗДАН** (4 теста, 100%)', 'contradicted'],
  ['- useOne.test.ts: 1 тест', 'confirmed'],
  ['- useOne.test.ts: 2 теста', 'contradicted'],
  ['- Провалившиеся тесты: 5 тестов в двух файлах', ''],
  ['- TranscriptView.test.tsx и EmotionChart.test.tsx - 17 тестов', ''],
];

describe('a Russian report\'s test counts per file, through the command line (--no-exec)', () => {
  it('confirms the true counts and contradicts the planted false ones, in every form of the noun', async () => {
    const repo = repos(files);
    writeFileSync(path.join(repo, 'REPORT.md'), '# Отчет о тестах\n\n' + lines.map(([line]) => line).join('\n\n') + '\n');
    let json = '';
    const code = await run(['verify', 'REPORT.md', '--repo', '.', '--no-exec', '--checks', 'tests', '--format', 'json'], {
      cwd: repo,
      stdout: (text) => (json += text),
      stderr: () => {},
    });
    expect(code).toBe(1);
    const findings = (JSON.parse(json) as VerifyResult).reports[0]!.findings.filter((f) => f.claim.kind.startsWith('tests.'));
    lines.forEach(([line, want], i) => {
      const got = findings.filter((f) => f.claim.position.line === 3 + i * 2);
      expect(got.map((f) => f.verdict).join(','), `${line}: ${got.map((f) => f.message).join(' | ')}`).toBe(want);
      if (want !== '') expect(got[0]!.message).toContain('(not run)');
    });
  });
});
