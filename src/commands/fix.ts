/**
 * `--fix`: rewrite each contradicted figure of a report with the measured
 * value, in the figure's own format (thousands separators, decimals as
 * written; `~`, `%`, `+` and every other character around the number stay),
 * and write the file atomically: a temporary file in the same folder, then a
 * rename — but only when the file is still byte for byte what was read.
 *
 * Only claims that are current and contradicted by a number are touched;
 * ranges, report-internal figures (scores, ratios) and figures whose rewrite
 * would still not hold are left alone, each with a reason.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Claim, Finding, Unit, VerifyResult } from '../model.js';
import { defaultTolerance, holds, type Tolerance } from '../check/compare.js';
import { extractClaims } from './claims.js';
import { formatNumber, numberSource, parseNumber } from '../figures/numbers.js';

/** A number standing alone: not part of a word, a version or a longer number. */
const figureRe = new RegExp(String.raw`(?<![\w.,])(?<figure>${numberSource})(?![\w]|[.,]\d)`, 'g');

/** Units whose figures are rewritten; the others are report-internal or not numbers of the repository. */
const fixableUnits: ReadonlySet<Unit> = new Set(['count', 'lines', 'percent', 'seconds', 'bytes']);
/** Units written with the claim's decimals; counts stay whole. */
const decimalUnits: ReadonlySet<Unit> = new Set(['percent', 'seconds', 'bytes']);

/**
 * Words that make a count a statement about every test ("All 5 tests pass"):
 * with failures measured, no number makes it true, so it is rewritten by a person.
 */
const universalWords = ['all', 'every', 'each', 'entire'];
// The word stands right before the figure, markup aside ("All **5** tests"); a table's "All" row names a suite.
const universalRe = new RegExp(`\\b(?<word>${universalWords.join('|')})(?:\\s+the)?[\\s*_]+$`, 'i');
const universalKinds: ReadonlySet<Claim['kind']> = new Set(['tests.passed', 'tests.total']);

/** The verifier that checks a report against itself rather than against the repository. */
const reportInternalVerifier = 'consistency';

/** How far past a claim's start its figure may sit in the source (markup such as `**` and links). */
const maxMarkupSlack = 400;

/** One rewritten figure. `start` and `end` are offsets (0-based) into the report text. */
export interface FixEdit {
  claim: Claim;
  start: number;
  end: number;
  from: string;
  to: string;
}

/** A contradicted claim left as it is, and why. */
export interface FixSkip {
  claim: Claim;
  reason: string;
}

export interface FixPlan {
  /** The report text with every edit applied. */
  text: string;
  edits: FixEdit[];
  skipped: FixSkip[];
}

/**
 * The figure `claim` should show for `measured`, written as `written` was
 * (separators, decimals), or the reason it cannot be rewritten.
 */
export function rewriteFigure(claim: Claim, written: string, measured: number, tolerance: Tolerance = defaultTolerance): { to: string } | { reason: string } {
  if (!fixableUnits.has(claim.unit)) return { reason: `${claim.unit} figures are not rewritten` };
  if (claim.qualifier === 'range') return { reason: 'a range is not rewritten with one value' };
  const decimals = decimalUnits.has(claim.unit) ? claim.precision : 0;
  if (!decimalUnits.has(claim.unit) && !Number.isInteger(measured)) return { reason: `measured ${measured} is not a whole ${claim.unit}` };
  // Separators as written; a figure too short to show them gets the usual English grouping.
  const grouped = written.includes(',') || parseNumber(written).value < 1000;
  const to = formatNumber(measured, decimals, grouped);
  if (!holds({ ...claim, value: parseNumber(to).value }, measured, tolerance)) return { reason: `\`${to}\` would still not hold under the claim's qualifier` };
  return { to };
}

/**
 * Where `claim`'s own figure sits in `source`: the same numbered figure of
 * the claim's text, counted from the claim's position. `undefined` when the
 * source there does not show it.
 */
export function locateFigure(source: string, claim: Claim): { start: number; end: number; text: string } | undefined {
  if (typeof claim.value !== 'number') return undefined;
  const inText = [...claim.text.matchAll(figureRe)];
  const nth = inText.findIndex((m) => parseNumber(m.groups?.figure ?? '').value === claim.value);
  if (nth < 0) return undefined;
  const window = source.slice(claim.position.offset, claim.position.offset + claim.text.length + maxMarkupSlack);
  const inSource = [...window.matchAll(figureRe)][nth];
  const figure = inSource?.groups?.figure;
  if (!inSource || figure === undefined || parseNumber(figure).value !== claim.value) return undefined;
  const start = claim.position.offset + (inSource.index ?? 0);
  return { start, end: start + figure.length, text: figure };
}

/**
 * Plan the rewrite of `source` (the report named `file`, as shown in claim
 * ids) for `findings`. Returns an error when the findings were not measured
 * on this text (the file changed since it was verified).
 */
export function planFixes(
  source: string,
  file: string,
  findings: readonly Finding[],
  tolerance: Tolerance = defaultTolerance,
  held: ReadonlyMap<string, string> = new Map(),
): FixPlan | { error: string } {
  const current = new Map(extractClaims(file, source).map((claim) => [claim.id, claim]));
  const edits: FixEdit[] = [];
  const skipped: FixSkip[] = [];
  const universalLines = new Set<number>();
  for (const finding of findings) {
    const { claim } = finding;
    if (finding.verdict !== 'contradicted' || claim.tense !== 'current') continue;
    if (current.get(claim.id)?.position.offset !== claim.position.offset) return { error: 'changed since it was verified; run again' };
    // The report's own arithmetic says which figures disagree, not which one is right.
    if (finding.verifier === reportInternalVerifier) {
      skipped.push({ claim, reason: 'a check of the report\'s own arithmetic; only figures measured in the repository are rewritten' });
      continue;
    }
    const detail = finding.measured?.detail ?? {};
    const notAllPass = ['failed', 'errors'].some((key) => Number(detail[key] ?? 0) > 0);
    const universal = universalKinds.has(claim.kind) && notAllPass ? universalRe.exec(source.slice(Math.max(0, claim.position.offset - 16), claim.position.offset))?.groups?.word : undefined;
    if (universal) universalLines.add(claim.position.line);
    const heldReason = held.get(claim.id) ?? (universal ? `it says ${universal.toLowerCase()} tests pass, and the run had ${['failed', 'errors'].filter((key) => Number(detail[key] ?? 0) > 0).map((key) => `${String(detail[key])} ${key}`).join(', ')}: a person must reword it` : undefined);
    if (heldReason) {
      skipped.push({ claim, reason: heldReason });
      continue;
    }
    if (typeof finding.measured?.value !== 'number' || typeof claim.value !== 'number') {
      skipped.push({ claim, reason: 'no measured number to write' });
      continue;
    }
    const place = locateFigure(source, claim);
    if (!place) {
      skipped.push({ claim, reason: 'its figure could not be found in the source' });
      continue;
    }
    const rewrite = rewriteFigure(claim, place.text, finding.measured.value, tolerance);
    if ('reason' in rewrite) skipped.push({ claim, reason: rewrite.reason });
    else edits.push({ claim, start: place.start, end: place.end, from: place.text, to: rewrite.to });
  }

  // A line that says every test passes is reworded by a person: a new rate beside it would only contradict it.
  for (let i = edits.length - 1; i >= 0; i--) {
    const edit = edits[i] as FixEdit;
    if (!universalLines.has(edit.claim.position.line)) continue;
    skipped.push({ claim: edit.claim, reason: `line ${edit.claim.position.line} says all tests pass: a person must reword it` });
    edits.splice(i, 1);
  }

  // Two claims reading the same figure (a count and a rate) must agree on it, or neither is written.
  const byStart = new Map<number, FixEdit[]>();
  for (const edit of edits) byStart.set(edit.start, [...(byStart.get(edit.start) ?? []), edit]);
  const kept: FixEdit[] = [];
  for (const group of [...byStart.values()].sort((a, b) => (a[0] as FixEdit).start - (b[0] as FixEdit).start)) {
    const first = group[0] as FixEdit;
    if (group.every((e) => e.to === first.to)) kept.push(first);
    else for (const edit of group) skipped.push({ claim: edit.claim, reason: `claims read the same figure \`${first.from}\` differently` });
  }

  let text = source;
  for (const edit of [...kept].reverse()) text = text.slice(0, edit.start) + edit.to + text.slice(edit.end);
  return { text, edits: kept, skipped };
}

/** The lines of `text`, without the empty string a final newline leaves after it. */
function textLines(text: string): string[] {
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

/** Lines of context around each hunk of `unifiedDiff`. */
const diffContext = 3;

/**
 * A unified diff of two texts with the same lines in the same places (what
 * figure rewrites produce: they never add or remove a line break), headed
 * `--- a/<name>` and `+++ b/<name>`. Empty when the texts are equal.
 */
export function unifiedDiff(before: string, after: string, name: string): string {
  const a = textLines(before);
  const b = textLines(after);
  if (a.length !== b.length) throw new Error('unifiedDiff: the texts must have the same number of lines');
  // A last line without a newline is marked as diff(1) marks it.
  const lastMark = before.endsWith('\n') ? [] : ['\\ No newline at end of file'];
  const changed = a.map((line, i) => line !== b[i]);
  const hunks: Array<[number, number]> = [];
  changed.forEach((isChanged, i) => {
    if (!isChanged) return;
    const from = Math.max(0, i - diffContext);
    const to = Math.min(a.length, i + diffContext + 1);
    const last = hunks.at(-1);
    if (last && from <= last[1]) last[1] = to;
    else hunks.push([from, to]);
  });
  if (hunks.length === 0) return '';
  const out = [`--- a/${name}`, `+++ b/${name}`];
  for (const [from, to] of hunks) {
    out.push(`@@ -${from + 1},${to - from} +${from + 1},${to - from} @@`);
    // Each run of changed lines shows its old lines, then its new ones, as diff(1) does.
    for (let i = from; i < to; ) {
      if (!changed[i]) {
        out.push(` ${a[i]}`);
        i++;
        continue;
      }
      let end = i;
      while (end < to && changed[end]) end++;
      const mark = (k: number) => (k === a.length - 1 ? lastMark : []);
      for (let k = i; k < end; k++) out.push(`-${a[k]}`, ...mark(k));
      for (let k = i; k < end; k++) out.push(`+${b[k]}`, ...mark(k));
      i = end;
    }
    if (to === a.length && !changed[to - 1]) out.push(...lastMark);
  }
  return out.join('\n') + '\n';
}

export interface FixOptions {
  tolerance?: Tolerance;
  /** Write nothing: return the unified diff of the fix instead. */
  dryRun?: boolean;
  /**
   * Called after the temporary file is written and before the file is
   * checked and replaced. Tests use it to change the file underneath or to
   * fail at that point, as an interruption would.
   */
  beforeRename?: (report: string, temporary: string) => void;
  /**
   * Claims not to rewrite (by id), each with the reason a person must look
   * at it; `fixReports` finds them by verifying the rewritten text.
   */
  held?: ReadonlyMap<string, string>;
  /**
   * `fixReports`: the findings of a report's rewritten text (`file` as in
   * the result), measured as the report was. A rewrite that leaves a
   * contradiction is not written. Without it, rewrites are not re-checked.
   */
  check?: (file: string, text: string) => Promise<readonly Finding[]>;
}

export interface FixResult {
  /** `fixed`: written (or, with `dryRun`, would be); `unchanged`: nothing to rewrite; `refused`: the file was left alone. */
  status: 'fixed' | 'unchanged' | 'refused';
  edits: FixEdit[];
  skipped: FixSkip[];
  /** With `dryRun`: the unified diff. */
  diff?: string;
  /** With `refused`: why. */
  reason?: string;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const bom = '\uFEFF';

/**
 * Rewrite the contradicted figures of the report at `absolute` (shown as
 * `file`, the name its claims were extracted under) from `findings`.
 * Atomic: the file is replaced by rename or not at all; refused when its
 * content differs from what the findings were measured on, or when it
 * changes while the new text is written.
 */
export function fixReport(absolute: string, file: string, findings: readonly Finding[], options: FixOptions = {}): FixResult {
  // Rename replaces the link itself; write through to the file it points at.
  const target = realpathSync(absolute);
  const bytes = readFileSync(target);
  const decoded = bytes.toString('utf8');
  const hasBom = decoded.startsWith(bom);
  const plan = planFixes(hasBom ? decoded.slice(1) : decoded, file, findings, options.tolerance, options.held);
  if ('error' in plan) return { status: 'refused', edits: [], skipped: [], reason: plan.error };
  const { edits, skipped } = plan;
  if (edits.length === 0) return { status: 'unchanged', edits, skipped };
  const text = (hasBom ? bom : '') + plan.text;
  if (options.dryRun) return { status: 'fixed', edits, skipped, diff: unifiedDiff(decoded, text, file.split(path.sep).join('/')) };

  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.claimcheck-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(temporary, 'wx', statSync(target).mode & 0o7777);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    options.beforeRename?.(target, temporary);
    if (sha256(readFileSync(target)) !== sha256(bytes)) {
      rmSync(temporary, { force: true });
      return { status: 'refused', edits: [], skipped, reason: 'changed while the fix was written; left as it is' };
    }
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return { status: 'fixed', edits, skipped };
}

export interface FixAllResult {
  /** With `dryRun`: the unified diffs of every report, one after another. */
  diff: string;
  /** One line per report with something to say: `docs/AUDIT.md: rewrote 3 figures`. */
  messages: string[];
  /** Whether a report was refused (changed underneath, or not writable). */
  refused: boolean;
}

/** How many times a rewrite is re-checked and narrowed before what is left is written. */
const maxCheckRounds = 3;

const placeKey = (finding: Finding) => `${finding.claim.position.line}:${finding.claim.kind}`;

/**
 * The claims whose rewrite must be held back, with why: the rewritten text,
 * verified again, still contradicts itself or the repository on a line that
 * was rewritten, or anywhere the original did not. Empty when it holds.
 */
async function heldByCheck(plan: FixPlan, file: string, findings: readonly Finding[], check: NonNullable<FixOptions['check']>): Promise<Map<string, string>> {
  const after = (await check(file, plan.text)).filter((f) => f.verdict === 'contradicted');
  const before = new Set(findings.filter((f) => f.verdict === 'contradicted').map(placeKey));
  const rewritten = new Set(plan.edits.map((edit) => placeKey({ claim: edit.claim } as Finding)));
  const editedLines = new Set(plan.edits.map((edit) => edit.claim.position.line));
  const held = new Map<string, string>();
  for (const finding of after) {
    const key = placeKey(finding);
    // A figure a rewrite did not touch that was already wrong stays as it was reported; it is no new doubt.
    if (before.has(key) && !rewritten.has(key)) continue;
    const line = finding.claim.position.line;
    const reason = `rewriting it leaves a contradiction at line ${line} (${finding.message}); a person must decide`;
    const culprits = editedLines.has(line) ? plan.edits.filter((edit) => edit.claim.position.line === line) : plan.edits;
    for (const edit of culprits) if (!held.has(edit.claim.id)) held.set(edit.claim.id, reason);
  }
  return held;
}

/**
 * Fix every report of `result` (report files relative to `cwd`). With
 * `options.check`, each rewrite is verified again first and a figure whose
 * rewrite leaves a contradiction is held back with the reason. Never
 * throws: a report that cannot be written is refused with its reason.
 */
export async function fixReports(result: VerifyResult, cwd: string, options: FixOptions = {}): Promise<FixAllResult> {
  const out: FixAllResult = { diff: '', messages: [], refused: false };
  for (const report of result.reports) {
    if (report.error || !report.findings.some((f) => f.verdict === 'contradicted')) continue;
    let fixed: FixResult;
    try {
      const held = new Map(options.held ?? []);
      if (options.check) {
        const source = readFileSync(path.resolve(cwd, report.file), 'utf8').replace(/^\uFEFF/, '');
        for (let round = 0; round < maxCheckRounds; round++) {
          const plan = planFixes(source, report.file, report.findings, options.tolerance, held);
          if ('error' in plan || plan.edits.length === 0) break;
          const more = await heldByCheck(plan, report.file, report.findings, options.check);
          if (more.size === 0) break;
          for (const [id, reason] of more) held.set(id, reason);
          // The last round's rewrite was not checked: hold everything rather than write it unchecked.
          if (round === maxCheckRounds - 1) for (const edit of plan.edits) if (!held.has(edit.claim.id)) held.set(edit.claim.id, 'its rewrite could not be shown to leave the report true');
        }
      }
      fixed = fixReport(path.resolve(cwd, report.file), report.file, report.findings, { ...options, held });
    } catch (error) {
      fixed = { status: 'refused', edits: [], skipped: [], reason: `not written: ${error instanceof Error ? error.message : String(error)}` };
    }
    if (fixed.diff) out.diff += fixed.diff;
    const count = (n: number) => `${n} figure${n === 1 ? '' : 's'}`;
    if (fixed.status === 'refused') {
      out.refused = true;
      out.messages.push(`${report.file}: not fixed: ${fixed.reason ?? 'refused'}`);
    } else if (fixed.status === 'fixed') {
      out.messages.push(`${report.file}: ${options.dryRun ? 'would rewrite' : 'rewrote'} ${count(fixed.edits.length)}`);
    }
    for (const skip of fixed.skipped) out.messages.push(`${report.file}:${skip.claim.position.line}:${skip.claim.position.column}: left as written: ${skip.reason}`);
  }
  return out;
}
