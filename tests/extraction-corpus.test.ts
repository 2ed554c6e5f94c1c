/**
 * Extraction over the real reports kept in fixtures/corpus: it never throws,
 * it matches the hand labels in fixtures/labels, and a report read through a
 * Mac Roman misreading of its UTF-8 gives the same claims.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/extract.js';
import { combineFigureScores, combineScores, evaluateLabelled, type Evaluation, type ReportEvaluation } from '../src/eval.js';
import { repairMojibake, toMacRomanMojibake } from '../src/mojibake.js';
import type { Claim } from '../src/model.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.join(root, 'fixtures/corpus');
const reports = readdirSync(corpus).filter((f) => f.endsWith('.md')).sort();
const read = (name: string) => readFileSync(path.join(corpus, name), 'utf8');

/** What must not change between a report and its mojibake twin. */
const essence = (claims: Claim[]) =>
  claims.map((c) => ({ kind: c.kind, value: c.value, qualifier: c.qualifier, tense: c.tense, subject: c.subject, line: c.position.line, text: c.text }));

describe('extraction over the corpus', () => {
  it('has the corpus reports', () => {
    expect(reports.length).toBeGreaterThanOrEqual(10);
  });

  it.each(reports)('extracts %s without throwing, every claim on a line of the report', (name) => {
    const source = read(name);
    const claims = extractClaims(name, source);
    const lines = source.split('\n').length;
    for (const claim of claims) expect(claim.position.line).toBeLessThanOrEqual(lines);
  });

  // Reports already stored as mojibake have no clean twin; pure ASCII ones have no mojibake.
  const clean = reports.filter((name) => /[^\u0000-\u007f]/.test(read(name)) && !repairMojibake(read(name)).repaired);
  it.each(clean)('gives identical claims for %s and its Mac Roman mojibake twin', (name) => {
    const source = read(name);
    const twin = toMacRomanMojibake(source);
    expect(twin).not.toBe(source);
    expect(essence(extractClaims(name, twin))).toEqual(essence(extractClaims(name, source)));
  });

  it('points positions of a mojibake report at the figures in the file as it is', () => {
    const name = reports.find((n) => repairMojibake(read(n)).repaired);
    expect(name).toBeDefined();
    const source = read(name ?? '');
    const claims = extractClaims(name ?? '', source).filter((c) => typeof c.value === 'number' && c.unit !== 'percent');
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      const line = source.split('\n')[claim.position.line - 1] ?? '';
      expect(line.replace(/,/g, '')).toContain(String(claim.value));
    }
  });

  it('finds no claim in a report without figures', () => {
    const source = '# Status\n\nAll is well. The suite passes and the docs are complete.\n\n- ✅ Build passes\n- ‚úÖ Lint passes\n\n| Area | Status |\n| --- | --- |\n| Tests | green |\n';
    expect(extractClaims('none.md', source)).toEqual([]);
  });
});

/**
 * What the hand labels hold extraction to, in one place: figure recall (every
 * numeric label, any kind, located with its value among the figures),
 * claim recall and precision on all kinds and on the test and file-line kinds.
 */
const floors = { figureRecall: 0.95, claimRecall: 0.95, claimPrecision: 0.98, ownRecall: 0.95, ownPrecision: 0.95 };
/** Figure recall per report as measured when its labels were written; a report may not fall below it (others: `floors.figureRecall`). */
const figureRecallByReport: Readonly<Record<string, number>> = {
  '001_a918e4902dd9e560.md': 1,
  '002-rust-request-production-readiness.md': 1,
  '010-engines-rust-test-status.md': 1,
  '011-trust-cli-test-status.md': 1,
  '013-wanda-telescope-test-status.md': 1,
  '016-slayzone-test-status.md': 1,
  '018-exarp-go-migration-audit.md': 1,
  '026-homeiq-docker-deployment-verification.md': 1,
};

describe('extraction against the hand labels', () => {
  const results = evaluateLabelled(corpus, path.join(root, 'fixtures/labels'));
  /** Each missed label and spurious claim of one evaluation, for the failure message. */
  const misreadings = (pick: (r: ReportEvaluation) => Evaluation): string =>
    results.flatMap((r) => [
      ...pick(r).missed.map((l) => `missed ${r.report}:${l.line} ${l.kind} ${String(l.value)} ${l.tense}`),
      ...pick(r).spurious.map((c) => `spurious ${r.report}:${c.position.line} ${c.kind} ${String(c.value)} ${c.tense}`),
    ]).join('\n');

  it('covers at least three labelled reports', () => {
    expect(results.length).toBeGreaterThanOrEqual(3);
  });

  it('reaches the recall and precision floors on the test and file-line kinds', () => {
    const own = combineScores(results.map((r) => r.own.score));
    const detail = misreadings((r) => r.own);
    expect(own.recall, detail).toBeGreaterThanOrEqual(floors.ownRecall);
    expect(own.precision, detail).toBeGreaterThanOrEqual(floors.ownPrecision);
  });

  it('reaches the recall and precision floors on all kinds', () => {
    const all = combineScores(results.map((r) => r.all.score));
    const detail = misreadings((r) => r.all);
    expect(all.recall, detail).toBeGreaterThanOrEqual(floors.claimRecall);
    expect(all.precision, detail).toBeGreaterThanOrEqual(floors.claimPrecision);
  });

  it('locates every labelled figure, overall and per report, no worse than when it was labelled', () => {
    const missed = results.flatMap((r) => r.figures.missed.map((l) => `no figure ${r.report}:${l.line} ${l.kind} ${String(l.value)}`)).join('\n');
    expect(combineFigureScores(results.map((r) => r.figures.score)).recall, missed).toBeGreaterThanOrEqual(floors.figureRecall);
    for (const result of results) {
      expect(result.figures.score.recall, `${result.report}\n${missed}`).toBeGreaterThanOrEqual(figureRecallByReport[result.report] ?? floors.figureRecall);
    }
  });

  it('has figure labels (kind figure) in at least one report', () => {
    expect(results.some((r) => r.all.score.labelled < r.figures.score.labelled)).toBe(true);
  });

  it('reads the tense of every before, target and projected label right', () => {
    for (const result of results) {
      const wrong = result.all.missed.filter((l) => l.tense !== 'current' && result.all.spurious.some((c) => c.position.line === l.line && c.kind === l.kind && c.value === l.value));
      expect(wrong, result.report).toEqual([]);
    }
  });
});
