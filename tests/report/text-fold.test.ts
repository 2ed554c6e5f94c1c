/** The text format: a reason shared by many claims is printed once with their count; an error is never a pass. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';
import { formatText } from '../../src/report/text.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { summarize, type Claim, type Finding, type VerifyResult } from '../../src/model.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const claim = (line: number): Claim => ({
  id: `c${line}`, kind: 'tests.passed', subject: { scope: 'all' }, value: 5, unit: 'count', qualifier: 'exact', precision: 0,
  tense: 'current', text: '5 passing', position: { line, column: 1, offset: line * 10 }, context: { headings: [] },
});
const result = (findings: Finding[]): VerifyResult => {
  const reports = [{ file: 'R.md', findings }];
  return { version: 1, repo: '/r', reports, summary: summarize(reports) };
};

describe('text output', () => {
  it('prints the reason of 40 test claims with no results once, with the count', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-fold-'));
    dirs.push(dir);
    const lines = Array.from({ length: 40 }, (_, i) => `- Suite ${i + 1}: ${i + 3} passing tests`);
    writeFileSync(path.join(dir, 'R.md'), `# Test results\n\n${lines.join('\n')}\n`);
    const verified = await verify({ reports: [path.join(dir, 'R.md')], repo: dir, cwd: dir, checks: ['tests'], noExec: true });
    expect(verified.summary.unverifiable).toBe(40);
    const text = formatText(verified);
    expect(text.split('no test results found').length - 1).toBe(1);
    expect(text).toContain('— 40 claims (lines 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 and 30 more)');
  });

  it('keeps a reason given twice on each line', () => {
    const text = formatText(result([1, 2].map((line) => ({ claim: claim(line), verdict: 'unverifiable', message: 'no test results found' }))));
    expect(text.split('no test results found').length - 1).toBe(2);
  });

  it('never marks a run with an error as a pass', () => {
    const errored = formatText(result([{ claim: claim(1), verdict: 'error', message: 'runner timed out' }, { claim: claim(2), verdict: 'confirmed', message: 'ok' }]));
    expect(errored).toMatch(/^✖ 2 claims: 1 confirmed, 0 contradicted, 0 unverifiable, 0 skipped, 1 error$/m);
    expect(errored).not.toContain('✔');
    expect(formatText(result([{ claim: claim(1), verdict: 'confirmed', message: 'ok' }]))).toMatch(/^✔ /m);
    expect(formatMarkdown(result([{ claim: claim(1), verdict: 'error', message: 'runner timed out' }]), {})).toContain('❌ **1** claims');
  });
});
