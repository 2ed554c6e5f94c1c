/**
 * Files counted folder by folder in a table (`src/figures/folder-row-files.ts`), measured on a fixture
 * repository built here: a folder's source files leave its tests out, a test folder counts its code
 * files, a glob counts what it writes, a folder under "Files" counts every file.
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';
import { fixtureRepos } from '../helpers/fixture-repo.js';

const js = 'export const x = 1;\n';
const files: Record<string, string> = {
  'app/logic/rules/a.js': js,
  'app/logic/rules/b.js': js,
  'app/logic/rules/c.ts': js,
  'app/logic/rules/a.test.js': js,
  'app/logic/rules/__tests__/b.test.js': js,
  'app/logic/rules/README.md': '# rules\n',
  'app/__tests__/integration/api.js': js,
  'app/__tests__/integration/db.test.js': js,
  'app/hooks/useX.js': js,
  'app/hooks/useX.test.js': js,
  'app/hooks/useY.test.js': js,
  'web/components/Card.vue': '<template><div /></template>\n',
  'web/components/Card.spec.js': js,
  // w29: a Maven module, its tests under src/test/java (a helper there too)
  'kairo-api/src/main/java/io/kairo/Api.java': 'class Api {}\n',
  'kairo-api/src/main/java/io/kairo/Model.java': 'class Model {}\n',
  'kairo-api/src/test/java/io/kairo/ApiTest.java': 'class ApiTest {}\n',
  'kairo-api/src/test/java/io/kairo/Fixtures.java': 'class Fixtures {}\n',
};

/** A table row of the report, under its header, and the verdict its one claim must get. */
const cases: Array<[string, string, 'confirmed' | 'contradicted']> = [
  ['| Directory | Source Files |', '| `logic/rules/` | 3 |', 'confirmed'], // a.js b.js c.ts: not the tests, not the README
  ['| Directory | Source Files |', '| `logic/rules/` | 5 |', 'contradicted'], // counting the tests would say 5
  ['| Directory | Source Files |', '| `components/` | 1 |', 'confirmed'], // a Vue component is a source file
  ['| Location | Test Files |', '| `__tests__/integration/` | 2 |', 'confirmed'], // in a test folder every code file is a test
  ['| Location | Test Files |', '| `__tests__/integration/` | 1 |', 'contradicted'],
  ['| Location | Test Files |', '| `hooks/*.test.js` | 2 |', 'confirmed'],
  ['| Location | Test Files |', '| `hooks/*.test.js` | 3 |', 'contradicted'],
  ['| Location | Test Files |', '| `logic/rules/` | 2 |', 'confirmed'], // a.test.js and __tests__/b.test.js
  ['| Folder | Files |', '| `logic/rules/` | 6 |', 'confirmed'], // every file, the README too
  ['| Folder | Files |', '| `logic/rules/` | 3 |', 'contradicted'],
  // w29: a module named bare under a column of test files headed in Chinese ("number of test files") or English
  ['| 模块 | 测试文件数 |', '| kairo-api | 2 |', 'confirmed'],
  ['| 模块 | 测试文件数 |', '| kairo-api | 1 |', 'contradicted'],
  ['| Module | Test Files |', '| kairo-api | 2 |', 'confirmed'],
];

/** Rows that give no count of files: a module's main source files (its test folder would count too), a name no module is written as. */
const none: Array<[string, string]> = [
  ['| 模块 | 主源文件数 |', '| kairo-api | 2 |'],
  ['| Module | Test Files |', '| Auth | 2 |'],
  ['| Module | Source Files |', '| kairo-api | 2 |'],
  ['| 模块 | 测试数 |', '| kairo-api | 2 |'], // tests, not files
];

const repos = fixtureRepos('claimcheck-folder-rows-');

describe('files counted per folder in a table', () => {
  it.each(cases)('%s %s is %s', async (header, row, verdict) => {
    const repo = repos(files);
    writeFileSync(path.join(repo, 'R.md'), `# Audit\n\n${header}\n| --- | --- |\n${row}\n`);
    const result = await verify({ reports: [path.join(repo, 'R.md')], repo, cwd: repo, checks: ['files'] });
    const findings = result.reports[0]!.findings.filter((f) => f.claim.kind === 'dir.files');
    expect(findings.map((f) => [f.claim.position.line, f.verdict]), findings.map((f) => f.message).join(' | ')).toEqual([[5, verdict]]);
  });
});

describe('rows that name no set of files', () => {
  it.each(none)('%s %s', async (header, row) => {
    const repo = repos(files);
    writeFileSync(path.join(repo, 'R.md'), `# Audit\n\n${header}\n| --- | --- |\n${row}\n`);
    const result = await verify({ reports: [path.join(repo, 'R.md')], repo, cwd: repo, checks: ['files'] });
    expect(result.reports[0]!.findings.filter((f) => f.claim.kind === 'dir.files').map((f) => f.message)).toEqual([]);
  });
});

/**
 * A folder's file count in the label of a row whose tests another column counts (w39:197 `| spec/jobs (3 files) | 7 |`
 * under "### Test sweep"): the files the row's tests come from, maybe a selection of the folder's. The folder
 * must hold at least that many; under a heading that counts no tests the count is the folder's own.
 */
const selections: Array<[heading: string, header: string, row: string, verdict: 'confirmed' | 'contradicted']> = [
  ['Test sweep', '| Surface | Count |', '| app/hooks (2 files) | 5 |', 'confirmed'], // useX.js, useX.test.js, useY.test.js: 3 ≥ 2
  ['Test sweep', '| Surface | Count |', '| app/hooks (4 files) | 5 |', 'contradicted'], // 3 < 4
  ['Results', '| Folder | Tests |', '| `app/hooks/` (2 files) | 2 |', 'confirmed'], // a folder written with its slash too
  ['Documentation', '| Folder | Count |', '| app/hooks (2 files) | 5 |', 'contradicted'], // no tests counted: the folder holds 3
];

describe('a file count in the label of a row of tests', () => {
  it.each(selections)('under "%s" %s %s is %s', async (heading, header, row, verdict) => {
    const repo = repos(files);
    writeFileSync(path.join(repo, 'R.md'), `# Audit\n\n### ${heading}\n\n${header}\n| --- | --- |\n${row}\n`);
    const result = await verify({ reports: [path.join(repo, 'R.md')], repo, cwd: repo, checks: ['files'] });
    const findings = result.reports[0]!.findings.filter((f) => f.claim.kind === 'dir.files');
    expect(findings.map((f) => [f.claim.position.line, f.verdict]), findings.map((f) => f.message).join(' | ')).toEqual([[7, verdict]]);
  });
});
