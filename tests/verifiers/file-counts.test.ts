/**
 * Counts of files and lines of code by folder and language, on fixture
 * repositories built here: with git (`git ls-files`) and without (`.gitignore`
 * read by the ignore package), each with ignored, hidden and vendored files
 * that must not count.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';
import type { Finding } from '../../src/model.js';
import { gitRepo } from '../helpers/git-repo.js';
import { fixtureRepos } from '../helpers/fixture-repo.js';
import { countLineKinds } from '../../src/measure/line-kinds.js';
import { listSourceFiles } from '../../src/measure/source-files.js';

/** 3 lines, 2 of code: a comment, a statement, a blank-free close. */
const ts = '// a comment\nexport const x = 1;\nexport default x;\n';
const files: Record<string, string> = {
  '.gitignore': 'build/\n*.log\n',
  'backend/src/a.ts': ts,
  'backend/src/b.ts': ts,
  'backend/src/view.tsx': ts,
  'backend/index.ts': ts,
  'backend/README.md': '# backend\n',
  'backend/node_modules/dep/index.ts': ts, // vendored
  'backend/build/out.ts': ts, // ignored by .gitignore
  'backend/.cache/c.ts': ts, // hidden
  'frontend/app.ts': ts,
  'tools/x.py': '# tool\nprint(1)\n\nprint(2)\n',
  'debug.log': 'x\n',
};

/** Each line of the report and the verdict its one claim must get. */
const cases: Array<[string, Finding['verdict'] | 'none']> = [
  ['- `backend/` - **Primary backend** (4 TypeScript files)', 'confirmed'], // a.ts b.ts view.tsx index.ts
  ['- `backend/` - **Primary backend** (7 TypeScript files)', 'contradicted'], // counting vendored/ignored/hidden would say 7
  ['- `/home/dev/proj/backend` (5 files)', 'confirmed'], // 4 .ts/.tsx + README; absolute path mapped by suffix
  ['- `/home/dev/proj/backend` (9 files)', 'contradicted'],
  ['The repository has 5 .ts/.tsx files.', 'confirmed'], // a glob over the whole repo
  ['The repository has 8 .ts/.tsx files.', 'contradicted'],
  ['- 3 TypeScript files in `backend/src/`', 'confirmed'],
  ['- 4 TypeScript files in `backend/src/`', 'contradicted'],
  ['- 1 Python modules in `tools/`', 'confirmed'],
  ['- 15 lines of TypeScript', 'confirmed'], // all lines of 5 files
  ['- 40 lines of TypeScript', 'contradicted'],
  ['- 8 lines of code in `backend/`', 'confirmed'], // 4 files × 2 code lines
  ['- 20 lines of code in `backend/`', 'contradicted'],
  ['- 2 files in `/srv/elsewhere/`', 'unverifiable'], // a folder of another machine
  ['- `backend/src/*.ts` (2 files)', 'confirmed'], // a glob written in the text
  ['- `backend/**/*.ts` (3 files)', 'confirmed'],
  ['- 7 files match `backend/**/*.ts`', 'contradicted'], // counting vendored/ignored/hidden would say 6
  ['- `../elsewhere/*.ts` (2 files)', 'none'], // climbs out: no claim
  ['Backend Source Files: 4 TypeScript files', 'confirmed'], // a component named by the label: folders named `backend`
  ['Backend Source Files: 5 TypeScript files', 'confirmed'], // the whole repository is the other reading
  ['Backend Source Files: 9 TypeScript files', 'contradicted'],
];

const report = cases.map(([line]) => line).join('\n\n') + '\n';

async function verdicts(repo: string): Promise<Array<[string, string]>> {
  writeFileSync(path.join(repo, 'REPORT.md'), report);
  const result = await verify({ reports: [path.join(repo, 'REPORT.md')], repo, cwd: repo, checks: ['files'] });
  const findings = result.reports[0]!.findings;
  return cases.map((_, i) => {
    const found = findings.filter((f) => f.claim.position.line === i * 2 + 1);
    return [found.map((f) => f.verdict).join(',') || 'none', found.map((f) => f.message).join(' | ')];
  });
}

const repos = fixtureRepos('claimcheck-counts-');
const git = gitRepo('claimcheck-counts-git-');
afterAll(() => git.remove());

describe('file and code counts', () => {
  it('with git: ignored, hidden and vendored files do not count', async () => {
    git.commit(Object.fromEntries(Object.entries(files).filter(([f]) => !f.includes('build/') && !f.endsWith('.log'))), '2024-01-01T00:00:00Z');
    // Ignored files exist on disk but were never committed; an untracked, unignored file counts.
    for (const f of ['backend/build/out.ts', 'debug.log']) {
      mkdirSync(path.dirname(path.join(git.dir, f)), { recursive: true });
      writeFileSync(path.join(git.dir, f), files[f]!);
    }
    const got = await verdicts(git.dir);
    cases.forEach(([line, verdict], i) => expect(got[i]![0], `${line}: ${got[i]![1]}`).toBe(verdict));
    expect(got[0]![1]).toContain('git ls-files');
  });

  it('without git: .gitignore read by the ignore package', async () => {
    const repo = repos(files);
    const got = await verdicts(repo);
    cases.forEach(([line, verdict], i) => expect(got[i]![0], `${line}: ${got[i]![1]}`).toBe(verdict));
    expect(got[0]![1]).toContain('.gitignore');
    expect((await listSourceFiles(repo)).files).not.toContain('debug.log');
  });

  it('names both readings of a component: its folders and the whole repository', async () => {
    const repo = repos({ 'backend/src/a.ts': ts, 'frontend/b.ts': ts });
    writeFileSync(path.join(repo, 'R.md'), 'Backend Source Files: 9 TypeScript files\n');
    const result = await verify({ reports: [path.join(repo, 'R.md')], repo, cwd: repo, checks: ['files'] });
    expect(result.reports[0]!.findings[0]!.message).toContain('measured 1 under folders named `backend/`; 2 in the repository');
  });

  it('names both readings of a set: under the folder and directly in it', async () => {
    const repo = repos({ 'backend/src/a.ts': ts, 'backend/index.ts': ts });
    writeFileSync(path.join(repo, 'R.md'), '- 9 files in `backend/`\n');
    const result = await verify({ reports: [path.join(repo, 'R.md')], repo, cwd: repo, checks: ['files'] });
    expect(result.reports[0]!.findings[0]!.message).toContain('measured 2 under `backend/`; 1 directly in `backend/`');
  });

  it('names code lines and all lines', async () => {
    const repo = repos({ 'src/a.rs': '// c\nfn main() {}\n\n' });
    writeFileSync(path.join(repo, 'R.md'), '- 9 lines of code in `src/`\n');
    const result = await verify({ reports: [path.join(repo, 'R.md')], repo, cwd: repo, checks: ['files'] });
    expect(result.reports[0]!.findings[0]).toMatchObject({ verdict: 'contradicted' });
    expect(result.reports[0]!.findings[0]!.message).toContain('measured 1 lines of code under `src/`; 3 lines in all under `src/`');
  });
});

describe('countLineKinds', () => {
  const table: Array<[string, string, { lines: number; blank: number; comment: number; code: number }]> = [
    ['// a\nlet x = 1; // b\n\n/* c\n d */\ny();\n', 'ts', { lines: 6, blank: 1, comment: 3, code: 2 }],
    ['# a\nx = 1\n\n', 'py', { lines: 3, blank: 1, comment: 1, code: 1 }],
    ['x = 1 /* open\nstill comment */ y\n', 'c', { lines: 2, blank: 0, comment: 0, code: 2 }],
    ['<!-- a -->\n<p>x</p>\n', 'html', { lines: 2, blank: 0, comment: 1, code: 1 }],
    ['anything\n# not a comment here\n', 'unknownext', { lines: 2, blank: 0, comment: 0, code: 2 }],
  ];
  for (const [text, ext, want] of table) it(`counts ${JSON.stringify(text)} (.${ext})`, () => expect(countLineKinds(text, ext)).toEqual(want));
});
