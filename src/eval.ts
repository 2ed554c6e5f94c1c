/**
 * Scoring extraction against hand labels (`fixtures/labels/*.json`, described
 * in `fixtures/labels/README.md`): recall and precision per report, overall
 * and restricted to a set of kinds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim, ClaimKind, Qualifier, Tense } from './model.js';
import { extractClaims } from './extract.js';

/** One labelled claim: what a careful reader finds on that line. */
export interface LabelledClaim {
  /** 1-based line of the report. */
  line: number;
  kind: ClaimKind;
  value: number | string | boolean;
  qualifier: Qualifier;
  tense: Tense;
}

/** The labels of one report. */
export interface ReportLabels {
  /** File name of the report under `fixtures/corpus/`. */
  report: string;
  claims: LabelledClaim[];
}

export interface Score {
  /** Labels matched by an extracted claim. */
  matched: number;
  labelled: number;
  extracted: number;
  recall: number;
  precision: number;
}

export interface Evaluation {
  score: Score;
  /** Labels no extracted claim matched. */
  missed: LabelledClaim[];
  /** Extracted claims that matched no label. */
  spurious: Claim[];
}

/**
 * Kinds whose value form is still settling (a score, a ratio, a change, a
 * snippet reference): a label matches when the claim's value equals it or the
 * claim's text contains it, so the label does not fix a representation.
 */
const looselyValuedKinds: ReadonlySet<ClaimKind> = new Set<ClaimKind>([
  'score', 'ratio', 'change', 'percentOf', 'total', 'listCount', 'checkboxes', 'file.snippet', 'git.diffstat',
]);

function sameValue(label: LabelledClaim, claim: Claim): boolean {
  if (typeof label.value === 'number' && typeof claim.value === 'number') {
    if (Math.abs(label.value - claim.value) < 1e-9) return true;
  } else if (String(label.value).toLowerCase() === String(claim.value).toLowerCase()) {
    return true;
  }
  return looselyValuedKinds.has(label.kind) && claim.text.replace(/,/g, '').includes(String(label.value));
}

/** Whether `claim` is the claim `label` describes: same line, kind, value, qualifier and tense. */
export function matches(label: LabelledClaim, claim: Claim): boolean {
  return (
    claim.position.line === label.line &&
    claim.kind === label.kind &&
    sameValue(label, claim) &&
    claim.qualifier === label.qualifier &&
    claim.tense === label.tense
  );
}

/** A ratio that reads 1 when there is nothing to find. */
function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

/**
 * Score `claims` extracted from one report against its `labels`, counting
 * only claims and labels whose kind `kinds` holds (every kind when omitted).
 * Each claim matches at most one label.
 */
export function evaluate(labels: readonly LabelledClaim[], claims: readonly Claim[], kinds?: ReadonlySet<string>): Evaluation {
  const inScope = (kind: string): boolean => kinds === undefined || kinds.has(kind);
  const wanted = labels.filter((l) => inScope(l.kind));
  const found = claims.filter((c) => inScope(c.kind));
  const used = new Set<Claim>();
  const missed: LabelledClaim[] = [];
  for (const label of wanted) {
    const claim = found.find((c) => !used.has(c) && matches(label, c));
    if (claim) used.add(claim);
    else missed.push(label);
  }
  const matched = wanted.length - missed.length;
  return {
    score: { matched, labelled: wanted.length, extracted: found.length, recall: ratio(matched, wanted.length), precision: ratio(used.size, found.length) },
    missed,
    spurious: found.filter((c) => !used.has(c)),
  };
}

/** Sum scores of several reports into one (micro-average). */
export function combineScores(scores: readonly Score[]): Score {
  const matched = scores.reduce((n, s) => n + s.matched, 0);
  const labelled = scores.reduce((n, s) => n + s.labelled, 0);
  const extracted = scores.reduce((n, s) => n + s.extracted, 0);
  return { matched, labelled, extracted, recall: ratio(matched, labelled), precision: ratio(matched, extracted) };
}

/** The kinds the test-count, test-rate and file-lines extractors answer for. */
export const extractionOwnKinds: ReadonlySet<string> = new Set<ClaimKind>([
  'tests.total', 'tests.passed', 'tests.failed', 'tests.skipped', 'tests.errors', 'tests.passRate', 'tests.failRate', 'file.lines',
]);

/** The evaluation of one labelled report, overall and on a set of kinds. */
export interface ReportEvaluation {
  report: string;
  all: Evaluation;
  own: Evaluation;
}

/**
 * Extract every report labelled in `labelsDir` (one `<report>.json` each) from
 * `corpusDir` and score it, overall and on `kinds` (default: the kinds of
 * claimcheck's own test and file-line extractors).
 */
export function evaluateLabelled(corpusDir: string, labelsDir: string, kinds: ReadonlySet<string> = extractionOwnKinds): ReportEvaluation[] {
  return readdirSync(labelsDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const labels = JSON.parse(readFileSync(join(labelsDir, name), 'utf8')) as ReportLabels;
      const claims = extractClaims(labels.report, readFileSync(join(corpusDir, labels.report), 'utf8'));
      return { report: labels.report, all: evaluate(labels.claims, claims), own: evaluate(labels.claims, claims, kinds) };
    });
}
