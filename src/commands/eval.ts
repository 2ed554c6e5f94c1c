/**
 * Scoring extraction against hand labels (`fixtures/labels/*.json`, described
 * in `fixtures/labels/README.md`): recall and precision per report, overall
 * and restricted to a set of kinds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim, ClaimKind, Qualifier, Subject, Tense } from '../model.js';
import { readReport } from './claims.js';
import type { ReadFigure } from '../figures/classify.js';

/** One labelled claim: what a careful reader finds on that line. */
export interface LabelledClaim {
  /** 1-based line of the report. */
  line: number;
  /** A claim kind, or `figure` for a figure a reviewer sees that no claim kind states. */
  kind: ClaimKind | 'figure';
  value: number | string | boolean;
  qualifier: Qualifier;
  tense: Tense;
  /** What the claim is about, when the label says: then the claim's subject must be the same. */
  subject?: Subject;
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

/** Subject keys that name a part of the project by words: labels and claims may write the same part with either. */
const partKeys: ReadonlySet<string> = new Set(['category', 'name', 'entity']);
/** Words that only say what a part's figures count: "Camera Tests" and "camera" name the same part. */
const partNounRe = /\b(?:tests?|test suites?|suites?|specs?)\b/gi;

/** A part's name as compared: without case, test nouns, marks and extra spaces. */
function partName(value: string): string {
  return value.replace(partNounRe, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();
}

/**
 * Whether two subjects are the same: the whole project, the same path (without
 * case), or the same part however it is keyed (`{ category: 'camera' }` and
 * `{ name: 'Camera Tests' }`).
 */
function sameSubject(a: Subject, b: Subject): boolean {
  const [ka, va] = Object.entries(a)[0] ?? [];
  const [kb, vb] = Object.entries(b)[0] ?? [];
  if (ka !== undefined && kb !== undefined && partKeys.has(ka) && partKeys.has(kb)) return partName(String(va)) === partName(String(vb));
  return ka === kb && (ka === 'path' ? folderForm(String(va)) === folderForm(String(vb)) : String(va).toLowerCase() === String(vb).toLowerCase());
}

/** A path as compared: a folder written `docs/` and the set of everything under it, `docs/**`, are the same folder. */
function folderForm(path: string): string {
  return path.toLowerCase().replace(/^\.\//, '').replace(/\/\*\*$/, '/');
}

function sameValue(label: LabelledClaim, claim: Claim): boolean {
  if (typeof label.value === 'number' && typeof claim.value === 'number') {
    if (Math.abs(label.value - claim.value) < 1e-9) return true;
  } else if (String(label.value).toLowerCase() === String(claim.value).toLowerCase()) {
    return true;
  }
  return label.kind !== 'figure' && looselyValuedKinds.has(label.kind) && claim.text.replace(/,/g, '').includes(String(label.value));
}

/** Whether `claim` is the claim `label` describes: same line, kind, value, qualifier and tense. */
export function matches(label: LabelledClaim, claim: Claim): boolean {
  return (
    claim.position.line === label.line &&
    claim.kind === label.kind &&
    sameValue(label, claim) &&
    claim.qualifier === label.qualifier &&
    claim.tense === label.tense &&
    (label.subject === undefined || sameSubject(label.subject, claim.subject))
  );
}

/**
 * Whether `figure` is the number `label` is about: same line, and its value (or the number after its slash, or a range end) is the
 * label's. A figure written with a minus sign ("(diferencia -25.36%)", "(-5 points)") keeps its digits as its value and the sign in
 * its context; the label gives it as the negative number it is (fixtures/labels/README.md: "the figure as a number").
 */
export function locates(label: LabelledClaim, figure: ReadFigure): boolean {
  if (figure.position.line !== label.line || typeof label.value !== 'number') return false;
  const value = label.value;
  const same = (x: number | undefined) => x !== undefined && Math.abs(x - value) < 1e-9;
  const negative = figure.context.sign === '-' ? -figure.value : undefined;
  return same(figure.value) || same(negative) || same(figure.of) || same(figure.range?.[0]) || same(figure.range?.[1]) ||
    (label.kind !== 'figure' && looselyValuedKinds.has(label.kind) && figure.text.replace(/,/g, '').includes(String(value)));
}

/** How many labelled figures (numeric labels of any kind) a report's figures locate. */
export interface FigureScore {
  located: number;
  labelled: number;
  recall: number;
}

/** Score the figures of one report against every numeric label, of any kind; returns the score and the labels not located. */
export function evaluateFigures(labels: readonly LabelledClaim[], figures: readonly ReadFigure[]): { score: FigureScore; missed: LabelledClaim[] } {
  const numeric = labels.filter((l) => typeof l.value === 'number');
  const missed = numeric.filter((l) => !figures.some((f) => locates(l, f)));
  const located = numeric.length - missed.length;
  return { score: { located, labelled: numeric.length, recall: ratio(located, numeric.length) }, missed };
}

/** Sum figure scores of several reports into one. */
export function combineFigureScores(scores: readonly FigureScore[]): FigureScore {
  const located = scores.reduce((n, s) => n + s.located, 0);
  const labelled = scores.reduce((n, s) => n + s.labelled, 0);
  return { located, labelled, recall: ratio(located, labelled) };
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
  // A label of kind `figure` is a figure no claim kind states: it scores figures, not claims.
  const inScope = (kind: string): boolean => kind !== 'figure' && (kinds === undefined || kinds.has(kind));
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
  /** Every numeric label, of any kind, located among the report's figures. */
  figures: { score: FigureScore; missed: LabelledClaim[] };
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
      const read = readReport(labels.report, readFileSync(join(corpusDir, labels.report), 'utf8'), { everyTense: true });
      return {
        report: labels.report,
        all: evaluate(labels.claims, read.claims),
        own: evaluate(labels.claims, read.claims, kinds),
        figures: evaluateFigures(labels.claims, read.figures),
      };
    });
}
