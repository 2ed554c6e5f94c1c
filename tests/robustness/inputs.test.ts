/**
 * Hostile and oversized report files: each gets a clear message naming the
 * file, and the other reports of the same run are still verified. No timed
 * assertions: completing within the (raised) per-test timeout is the check.
 */
import { closeSync, openSync, writeFileSync, ftruncateSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/commands/claims.js';
import { maxReportBytes, readReport, refusal, verify } from '../../src/commands/pipeline.js';
import { maxNestingDepth, maxParagraphBrackets } from '../../src/read/nesting.js';
import { cli, tempFolders } from './helpers.js';

const temp = tempFolders('claimcheck-inputs-');

/** A report the other reports of each run sit beside: one file whose line count is measured. */
const goodReport = '# Audit\n\n- `lib.sh` (3 lines)\n';

function sparseFile(file: string, bytes: number): void {
  // A sparse file: the size is checked before anything is read, so its content never matters.
  const fd = openSync(file, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
}

const nestedList = (levels: number) => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- level ${i} has 3 tests`).join('\n') + '\n';

describe('hostile report files', () => {
  it('refuses each bad report with its reason while the good one is still verified', async () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'lib.sh'), 'a\nb\nc\n');
    writeFileSync(path.join(dir, 'good.md'), goodReport);
    writeFileSync(path.join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(path.join(dir, 'latin1.md'), Buffer.from('# Rapport\n\n- 431 tests réussis\n', 'latin1'));
    writeFileSync(path.join(dir, 'nested.md'), nestedList(1000));
    writeFileSync(path.join(dir, 'quotes.md'), Array.from({ length: 1000 }, (_, i) => `${'>'.repeat(i + 1)} 5 tests`).join('\n'));
    writeFileSync(path.join(dir, 'dashes.md'), Array.from({ length: 200 }, (_, i) => `${'- '.repeat(i + 1)}3 tests`).join('\n'));
    writeFileSync(path.join(dir, 'brackets.md'), `${'[\n'.repeat(10_000)}${']\n'.repeat(10_000)}3 tests\n`);
    sparseFile(path.join(dir, 'huge.md'), maxReportBytes + 1);
    const reports = ['binary.md', 'latin1.md', 'nested.md', 'quotes.md', 'dashes.md', 'brackets.md', 'huge.md', 'missing.md', 'good.md'];

    const result = await cli(['verify', ...reports, '--repo', dir, '--format', 'json', '--no-exec'], dir, {}, 60_000);
    expect(result.status).toBe(2);
    const errors = new Map<string, string>((JSON.parse(result.stdout) as { reports: Array<{ file: string; error?: string }> }).reports.map((r) => [r.file, r.error ?? '']));
    expect(Object.fromEntries(errors)).toEqual({
      'binary.md': 'binary file, not a markdown report',
      'latin1.md': 'not valid UTF-8',
      'nested.md': `lists or quotes nested 1000 levels deep at line 1000 (the limit is ${maxNestingDepth})`,
      'quotes.md': `lists or quotes nested 1000 levels deep at line 1000 (the limit is ${maxNestingDepth})`,
      'dashes.md': `lists or quotes nested 200 levels deep at line 200 (the limit is ${maxNestingDepth})`,
      'brackets.md': `a paragraph with 20000 brackets at line 1 (the limit is ${maxParagraphBrackets})`,
      'huge.md': 'too large (20.0 MB; the limit is 20 MB)',
      'missing.md': 'no such file',
      'good.md': '',
    });
    // Each problem is named on stderr with its file.
    for (const file of reports.slice(0, -1)) expect(result.stderr).toContain(`claimcheck: ${file}: `);
    const good = (JSON.parse(result.stdout) as { reports: Array<{ file: string; findings: Array<{ verdict: string }> }> }).reports.find((r) => r.file === 'good.md');
    expect(good?.findings.map((f) => f.verdict)).toEqual(['confirmed']);
  });

  it('takes a report of exactly the size limit past the size check', () => {
    const dir = temp();
    const file = path.join(dir, 'limit.md');
    // Zero bytes read as a binary file: the size check passed and the content was looked at.
    sparseFile(file, maxReportBytes);
    expect(readReport(file)).toEqual({ error: 'binary file, not a markdown report' });
  });

  it('verifies an empty report and one of blank lines: no claim, no error', async () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'empty.md'), '');
    writeFileSync(path.join(dir, 'blank.md'), '\n\n   \n\uFEFF');
    const result = await verify({ reports: ['empty.md', 'blank.md'], repo: dir, cwd: dir, noExec: true });
    const none = { confirmed: 0, consistent: 0, contradicted: 0, unverifiable: 0, skipped: 0, error: 0 };
    const nothing = { found: 0, unclaimed: 0, claimed: none, withoutFigure: none };
    expect(result.reports).toEqual([
      { file: 'empty.md', findings: [], figures: nothing },
      { file: 'blank.md', findings: [], figures: nothing },
    ]);
  });

  it('keeps nesting up to the limit: a list nested 30 levels is parsed', () => {
    const claims = extractClaims('n.md', nestedList(30));
    expect(claims.length).toBeGreaterThan(0);
  });

  it('keeps brackets up to the limit: a paragraph of 1,000 nested brackets is parsed', () => {
    const text = `${'['.repeat(maxParagraphBrackets / 2)}x${']'.repeat(maxParagraphBrackets / 2)}\n\nThe suite has 431 tests passing.\n`;
    expect(refusal(text)).toBeUndefined();
    expect(extractClaims('b.md', text).map((c) => c.value)).toEqual([431]);
  });

  it('extracts from long tight lists of nested items (8,000 and 10,000 lines, cut between items)', { timeout: 300_000 }, () => {
    const twoDeep = `Suites:\n${'- - 3 tests\n'.repeat(8_000)}`;
    expect(extractClaims('two.md', twoDeep).length).toBe(extractClaims('one.md', `Suites:\n${'- - 3 tests\n'.repeat(8)}`).length * 1_000);
    const eightDeep = Array.from({ length: 10_000 }, (_, i) => `${'  '.repeat(i % 8)}- item ${i}: ${i} tests passing`).join('\n');
    const claims = extractClaims('eight.md', eightDeep);
    expect(claims).toHaveLength(10_000);
    expect(eightDeep.slice(claims[9_999]?.position.offset)).toMatch(/^9999 tests/);
  });

  it('extracts from a table of 10,000 rows', { timeout: 180_000 }, () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `| \`src/f${i}.ts\` | ${i + 1} tests |`);
    const text = ['| File | Tests |', '| --- | --- |', ...rows].join('\n');
    const claims = extractClaims('table.md', text);
    expect(claims).toHaveLength(10_000);
    const last = claims[claims.length - 1];
    expect(last?.value).toBe(10_000);
    expect(text.slice(last?.position.offset)).toMatch(/^10000 tests/);
  });

  it('extracts from a report of 50,000 numbers', { timeout: 180_000 }, () => {
    const lines: string[] = ['# Figures', ''];
    for (let i = 0; i < 2_500; i++) lines.push(`- ${i} tests passing, ${i % 100}% coverage, ${i} of ${i + 1} done, ${i}.5 s, v${i}.${i}, ${i}, ${i * 7}, ${i * 13}, ${i}/100, ${i}ms, ${i}KB, ${i}, ${i}, ${i}, ${i}, ${i}, ${i}, ${i}, ${i}, ${i}`);
    const text = lines.join('\n');
    expect(text.match(/\d+/g)?.length).toBeGreaterThanOrEqual(50_000);
    const claims = extractClaims('numbers.md', text);
    expect(claims.length).toBeGreaterThan(2_500);
    for (const claim of claims.slice(-20)) expect(text.slice(claim.position.offset).startsWith(claim.text.slice(0, 1))).toBe(true);
  });

  it('extracts from a 512 KB report of corpus-shaped sections (2 MB took 97 s in one run; see the closing note)', { timeout: 300_000 }, () => {
    const section = (i: number) =>
      [
        `## Section ${i}`,
        '',
        `- **Tests:** ${400 + (i % 50)} passing, ${i % 5} failing`,
        `- Coverage: ${80 + (i % 20)}.${i % 10}% lines`,
        `- \`scripts/backup-${i}.sh\` (${90 + i} lines)`,
        '',
        '| Category | Score |',
        '| --- | --- |',
        `| Security | ${i % 100}/100 |`,
        '',
        `Commit \`${(0x1000000 + i).toString(16)}a\` fixed ${i % 9} issues.`,
        '',
      ].join('\n');
    const parts: string[] = ['# Large audit', ''];
    let size = 0;
    for (let i = 0; size < 512 * 1024; i++) {
      const text = section(i);
      parts.push(text);
      size += text.length;
    }
    const text = parts.join('\n');
    const claims = extractClaims('large.md', text);
    expect(claims.length).toBeGreaterThan(2_500);
  });
});
