/**
 * A document's length in words (`file.words`, verifiers/files.ts with src/measure/word-count.ts), verified in
 * repositories the test writes: a guide of 320 words with a table and a code block (352 runs by `wc -w`).
 * Confirmed near a reading, contradicted far beyond both (w57:121 "6,500+ words" for a guide of 1,939;
 * w10:369 "24,000 words" for a plan of 3,786), unverifiable in the slack where counters differ.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';
import { fixtureRepos } from '../helpers/fixture-repo.js';

const repos = fixtureRepos('claimcheck-file-words-');

// 300 words of prose; a table of 10 rows adds 10 words and 20 pipes; a code block of 10 lines adds 10 words, 10 braces and 2 fences.
const prose = Array.from({ length: 30 }, (_, i) => `Sentence ${i} has exactly ten words in it, no more.`).join('\n');
const table = ['| a |', ...Array.from({ length: 9 }, () => '| b |')].join('\n');
const code = ['```', ...Array.from({ length: 10 }, () => 'run {')].join('\n');
const guide = `${prose}\n\n${table}\n\n${code}\n\`\`\`\n`;

const cases: Array<[line: string, verdict: string]> = [
  ['- `docs/GUIDE.md` (320 words)', 'confirmed'], // the editor's reading: 300 + 10 + 10
  ['- `docs/GUIDE.md` (352 words)', 'confirmed'], // `wc -w`: 320 + 20 pipes + 10 braces + 2 fences
  ['- `docs/GUIDE.md` (300+ words)', 'confirmed'],
  ['- `docs/GUIDE.md` (370 words)', 'unverifiable'], // above both readings, within the slack of the higher (387)
  ['- `docs/GUIDE.md` (400 words)', 'contradicted'], // beyond it
  ['- `docs/GUIDE.md` (6,500+ words)', 'contradicted'],
  ['- GUIDE.md (24,000 words)', 'contradicted'],
  ['- `docs/GUIDE.md` (100 words)', 'contradicted'],
  ['- `docs/MISSING.md` (100 words)', 'contradicted'], // a document the repository lacks, as for its lines
];

describe('a document\'s length in words', () => {
  it.each(cases)('%s', async (line, verdict) => {
    const repo = repos({ 'docs/GUIDE.md': guide, 'README.md': 'x\n' });
    writeFileSync(path.join(repo, 'REPORT.md'), `## Documents\n\n${line}\n`);
    const result = await verify({ reports: [path.join(repo, 'REPORT.md')], repo, cwd: repo, checks: ['files'] });
    const found = result.reports[0]!.findings.filter((f) => f.claim.kind === 'file.words');
    expect(found.map((f) => f.verdict), found.map((f) => f.message).join(' | ')).toEqual([verdict]);
  });
});
