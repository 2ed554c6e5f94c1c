/**
 * The report's own arithmetic counts in the line every output leads with:
 * a relation that fails is a claim checked (contradicted), one that holds is
 * counted as consistent, and neither is left "not a claim" because its own
 * measurement was not selected (issue 16, done-when 3).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/cli.js';

const cases = [
  {
    name: 'two coverage rows judged by coverage-row: one off, one right',
    md: '# Coverage\n\n| File | Lines Covered | Total Lines | Coverage |\n|------|---------------|-------------|----------|\n| `a.rb` | 10 / 12 | 12 | **88.33%** |\n| `b.rb` | 12 / 15 | 15 | **80.0%** |\n',
    line: '6 figures: 1 claim checked (0 confirmed, 1 contradicted), 1 consistent (adds up within the report; not measured), 0 unverifiable, 4 not claims',
  },
  {
    name: 'an achievement column judged by achievement-column, all rows right',
    md: '# Progress\n\n| Metric | Target | Achieved | Percentage |\n|--------|--------|----------|------------|\n| Components | 5 | 7 | **140%** |\n| Tests | 100+ | 186 | **186%** |\n',
    line: '6 figures: 0 claims checked (0 confirmed, 0 contradicted), 2 consistent (adds up within the report; not measured), 0 unverifiable, 4 not claims',
  },
];

describe('relations in the figures line', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-relations-'));
      try {
        writeFileSync(path.join(dir, 'report.md'), c.md);
        let stdout = '';
        await run(['verify', path.join(dir, 'report.md'), '--repo', dir, '--checks', 'consistency'], { cwd: dir, stdout: (t) => (stdout += t), stderr: () => undefined });
        expect(stdout.trim().split('\n').at(-2)).toBe(c.line);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
