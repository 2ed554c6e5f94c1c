/** Extraction in worker threads gives, report by report, the claims of extraction in one thread. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/extract.js';
import { extractMany } from '../src/parallel.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.join(root, 'fixtures/corpus');
const reports = readdirSync(corpus)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => ({ file: f, source: readFileSync(path.join(corpus, f), 'utf8') }));

describe('extractMany', () => {
  it('gives the claims of extractClaims for each report, in order, from two workers', async () => {
    const many = await extractMany(reports, { threads: 2, minChars: 0 });
    expect(many).toHaveLength(reports.length);
    reports.forEach((report, index) => expect(many[index]).toEqual(extractClaims(report.file, report.source)));
    expect(many.flat().length).toBeGreaterThan(100);
  });

  it('extracts in this thread when there is little text', async () => {
    const few = reports.slice(0, 2);
    expect(await extractMany(few)).toEqual(few.map((r) => extractClaims(r.file, r.source)));
  });

  it('gives nothing for no reports', async () => {
    expect(await extractMany([], { minChars: 0 })).toEqual([]);
  });
});
