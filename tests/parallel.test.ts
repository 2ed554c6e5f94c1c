/** Extraction in worker threads gives, report by report, the claims of extraction in one thread. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { extractClaims, extractReport } from '../src/commands/claims.js';
import { extractMany } from '../src/commands/parallel.js';

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

  it('has a worker beside the bundled CLI (dist/bundle) that answers as the one in dist/src does', async () => {
    // The bundle's chunks all sit in dist/bundle, where workerModule() looks for './extract-worker.js';
    // a missing or broken worker would only show as extraction falling back to one thread.
    const report = reports.find((r) => r.file.startsWith('013')) ?? reports[0]!;
    const worker = new Worker(path.join(root, 'dist/bundle/extract-worker.js'));
    try {
      const reply = await new Promise<unknown>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({ index: 7, file: report.file, source: report.source });
      });
      expect(reply).toEqual({ index: 7, ...extractReport(report.file, report.source) });
    } finally {
      await worker.terminate();
    }
  });
});
