/**
 * The programmatic API as a consumer sees it: `import { verify } from 'claimcheck'`
 * resolved through package.json `exports` (a node_modules link to this
 * package, built to dist/), its types, and the remark plugin in a unified pipeline.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import { remarkClaimcheck } from '../src/commands/remark-plugin.js';
import { createSession, verify } from '../src/commands/pipeline.js';
import { fixtureRepos } from './helpers/fixture-repo.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sample = path.join(root, 'fixtures/repos/sample');
const report = path.join(root, 'fixtures/reports/sample.md');
const repo = fixtureRepos('claimcheck-api-');

/** A node:test project whose suite (2 pass, 1 fails) writes a line to runs.txt each time it runs. */
function countingProject(): string {
  return repo({
    'claimcheck.yaml': 'tests:\n  - run: node --test --test-reporter=junit --test-reporter-destination=out/junit.xml\n    results: out/junit.xml\n',
    'out/.keep': '',
    'calc.test.mjs': [
      "import test from 'node:test';",
      "import assert from 'node:assert';",
      "import { appendFileSync } from 'node:fs';",
      "appendFileSync('runs.txt', 'run\\n');",
      "test('adds', () => assert.equal(1 + 1, 2));",
      "test('subtracts', () => assert.equal(2 - 1, 1));",
      "test('divides', () => assert.equal(1 / 1, 2));",
    ].join('\n'),
  });
}

let consumer: string;
beforeAll(() => {
  // Like the bin tests, this uses the compiled package (dist/, built by `npm test` before vitest), as a consumer would.
  consumer = mkdtempSync(path.join(tmpdir(), 'claimcheck-consumer-'));
  mkdirSync(path.join(consumer, 'node_modules'));
  symlinkSync(root, path.join(consumer, 'node_modules', 'claimcheck'), 'dir');
  writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ type: 'module', private: true }));
});
afterAll(() => rmSync(consumer, { recursive: true, force: true }));

describe("import { verify } from 'claimcheck'", () => {
  it('resolves through package.json exports and verifies a report', () => {
    writeFileSync(
      path.join(consumer, 'use.mjs'),
      [
        "import remark, { verify, formatters, measureRepo } from 'claimcheck';",
        `const result = await verify({ reports: [${JSON.stringify(report)}], repo: ${JSON.stringify(sample)} });`,
        'const facts = await measureRepo(' + JSON.stringify(sample) + ');',
        "console.log(JSON.stringify({ summary: result.summary, plugin: typeof remark, formats: Object.keys(formatters), tests: facts.tests.total }));",
      ].join('\n'),
    );
    const out = JSON.parse(execFileSync('node', ['use.mjs'], { cwd: consumer, encoding: 'utf8' }));
    expect(out.summary).toMatchObject({ claims: 15, contradicted: 7 });
    expect(out.plugin).toBe('function');
    expect(out.formats).toEqual(['text', 'json', 'markdown', 'sarif', 'junit', 'github']);
    expect(out.tests).toBe(6);
  });

  it('ships types that a strict TypeScript consumer can use, and that reject misuse', () => {
    const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
    const flags = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--types', 'node', '--typeRoots', path.join(root, 'node_modules/@types')];
    writeFileSync(
      path.join(consumer, 'good.mts'),
      "import { verify, type VerifyResult, type Finding } from 'claimcheck';\n" +
        "const result: VerifyResult = await verify({ reports: ['a.md'], repo: '/tmp' });\n" +
        "const first: Finding | undefined = result.reports[0]?.findings[0];\n" +
        'export const n: number = result.summary.contradicted + (first ? first.claim.position.line : 0);\n',
    );
    execFileSync('node', [tsc, ...flags, 'good.mts'], { cwd: consumer, stdio: 'pipe' });
    writeFileSync(path.join(consumer, 'bad.mts'), "import { verify } from 'claimcheck';\nawait verify({ reports: 'a.md', repo: 1 });\n");
    let failed = '';
    try {
      execFileSync('node', [tsc, ...flags, 'bad.mts'], { cwd: consumer, stdio: 'pipe', encoding: 'utf8' });
    } catch (error) {
      failed = String((error as { stdout?: string }).stdout);
    }
    expect(failed).toContain('bad.mts');
    expect(failed).toMatch(/TS2322|TS2769|TS2345/);
  });
});

describe('remarkClaimcheck', () => {
  it('attaches every contradiction as a fatal vfile message on the claim line', async () => {
    const file = new VFile({ path: report, value: readFileSync(report, 'utf8'), cwd: root });
    const processor = unified().use(remarkParse).use(remarkClaimcheck, { repo: 'fixtures/repos/sample' });
    await processor.run(processor.parse(file), file);
    const result = await verify({ reports: [report], repo: sample, cwd: root });
    const contradicted = result.reports[0]!.findings.filter((f) => f.verdict === 'contradicted');
    expect(file.messages).toHaveLength(contradicted.length);
    for (const [i, finding] of contradicted.entries()) {
      const message = file.messages[i]!;
      expect(message.fatal).toBe(true);
      expect(message.source).toBe('claimcheck');
      expect(message.ruleId).toBe(finding.claim.kind);
      expect(message.line).toBe(finding.claim.position.line);
      expect(message.column).toBe(finding.claim.position.column);
      expect(message.reason).toBe(finding.message);
    }
  });

  it('runs the test suite once for all the files a processor checks', async () => {
    const dir = countingProject();
    const processor = unified().use(remarkParse).use(remarkClaimcheck).freeze();
    const texts = ['- 3 tests total\n- 2 passing\n', '- 1 failing\n', '- 4 passing\n'];
    const files = texts.map((value, i) => new VFile({ path: `R${i}.md`, value, cwd: dir }));
    for (const file of files) await processor.run(processor.parse(file), file);
    expect(readFileSync(path.join(dir, 'runs.txt'), 'utf8')).toBe('run\n');
    expect(files.map((file) => file.messages.map((m) => m.reason))).toEqual([[], [], ['claims 4 passing tests; measured 2 (junit: `node --test --test-reporter=junit --test-reporter-destination=out/junit.xml` run by claimcheck)']]);
  });

  it('shares a session between library calls only when asked to', async () => {
    const dir = countingProject();
    const call = (session?: ReturnType<typeof createSession>) => verify({ reports: ['R.md'], sources: new Map([['R.md', '- 2 passing\n']]), repo: dir, cwd: dir, config: { tests: [{ run: 'node --test --test-reporter=junit --test-reporter-destination=out/junit.xml', results: 'out/junit.xml' }] }, ...(session ? { session } : {}) });
    const session = createSession();
    await call(session);
    await call(session);
    expect(readFileSync(path.join(dir, 'runs.txt'), 'utf8')).toBe('run\n');
    await call();
    expect(readFileSync(path.join(dir, 'runs.txt'), 'utf8')).toBe('run\nrun\n');
  });

  it('verifies the text in memory, not the file on disk', async () => {
    const file = new VFile({ path: 'draft/NEW.md', value: '- `scripts/backup.sh` (12 lines)\n<!-- claimcheck-ignore-next-line -->\n- `scripts/backup.sh` (13 lines)\n', cwd: sample });
    const processor = unified().use(remarkParse).use(remarkClaimcheck);
    await processor.run(processor.parse(file), file);
    expect(file.messages.map((m) => [m.line, m.fatal])).toEqual([[1, true]]);
    expect(file.messages[0]?.reason).toBe('claims 12 lines in `scripts/backup.sh`; measured 90 (file: scripts/backup.sh)');
    expect(file.messages[0]?.expected).toEqual(['90']);
  });
});
