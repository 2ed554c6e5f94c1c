/**
 * The one place where a claim meets a measurement and gets a verdict.
 * Tolerance follows the claim as written: its precision, its qualifier, and
 * per-unit allowances from the configuration.
 */
import type { Claim, Measurement, Unit, Verdict } from '../model.js';
import { formatNumber } from '../figures/numbers.js';
import { claimCountsSubtests } from '../figures/test-column.js';
import { describeKind } from '../kinds.js';
import { sizeScales } from '../measure/sizes.js';

// The tolerance is part of the currency (configuration reads it too); it is defined beside the claim.
export { defaultTolerance, type Tolerance } from '../model.js';
import { defaultTolerance, type Tolerance } from '../model.js';

/** Units whose figures are displayed rounded, so precision decides tolerance. */
const roundedUnits: ReadonlySet<Unit> = new Set(['percent', 'seconds', 'ratio', 'score', 'bytes']);

/** Floating-point noise off: 96.35 * 10 must be 963.5, not 963.4999999. */
function clean(x: number): number {
  return Number(x.toPrecision(12));
}

/**
 * Whether `measured`, shown with `precision` decimals by one of the usual
 * roundings (half-up, half-even, truncation), reads as `claimed`.
 */
export function roundsTo(measured: number, claimed: number, precision: number): boolean {
  const scale = 10 ** precision;
  const x = clean(measured * scale);
  const target = Math.round(clean(claimed * scale));
  const halfUp = Math.floor(x + 0.5);
  const floor = Math.floor(x);
  const halfEven = x - floor === 0.5 ? (floor % 2 === 0 ? floor : floor + 1) : Math.round(x);
  return halfUp === target || halfEven === target || Math.trunc(x) === target;
}

/**
 * Whether `ls -lh` or `du -h` would print `measured` as `claimed`: they round
 * up, to one decimal below 10 and to a whole unit from 10 on, so 8,201 bytes
 * is "8.1K" and 10,300 bytes "11K".
 */
function humanSize(measured: number, claimed: number, precision: number): boolean {
  const decimals = measured < 10 ? 1 : 0;
  if (precision !== decimals) return false;
  const scale = 10 ** decimals;
  return Math.ceil(clean(measured * scale)) === Math.round(clean(claimed * scale));
}

/** Whether a claim counts whole things: a count written without decimals ("~12 tests"). */
function wholeCount(claim: Claim): boolean {
  return claim.unit === 'count' && claim.precision === 0 && Number.isInteger(Number(claim.value));
}

/** Whether one measured number satisfies the claim under `tolerance`. */
export function holds(claim: Claim, measured: number, tolerance: Tolerance): boolean {
  const claimed = Number(claim.value);
  const half = 0.5 * 10 ** -claim.precision;
  const rounded = roundedUnits.has(claim.unit);
  switch (claim.qualifier) {
    case 'atLeast':
      return measured >= claimed - (rounded ? half : 0);
    case 'atMost':
      return measured <= claimed + (rounded ? half : 0);
    case 'range': {
      const [lo, hi] = claim.range ?? [claimed, claimed];
      return measured >= lo - (rounded ? half : 0) && measured < hi + (rounded ? half : 1);
    }
    case 'approx':
      // "~12 tests": an approximate whole count allows its neighbours, else ±5% of a small count would allow none.
      return Math.abs(measured - claimed) <= Math.max(Math.abs(claimed) * tolerance.approx, rounded ? half : 0, wholeCount(claim) ? 1 : 0);
    case 'exact':
      if (claim.unit === 'lines') return Math.abs(measured - claimed) <= tolerance.lines;
      // A size is read at its written precision, half a unit either way: "4KB" is 3.5–4.5, never 4.99 cut down to 4.
      if (claim.unit === 'bytes') return Math.abs(clean(measured - claimed)) <= half || humanSize(measured, claimed, claim.precision);
      if (rounded) return roundsTo(measured, claimed, claim.precision);
      return measured === claimed;
  }
}

/** Render a measured number for a message, one decimal finer than the claim for rounded units. */
export function formatMeasured(value: number | string | boolean, claim: Claim): string {
  if (typeof value !== 'number') return String(value);
  const suffix = claim.unit === 'percent' ? '%' : claim.unit === 'seconds' ? 's' : '';
  if (roundedUnits.has(claim.unit)) {
    const decimals = Number.isInteger(value) ? 0 : Math.min(claim.precision + 1, 4);
    return formatNumber(value, decimals, true) + suffix;
  }
  return formatNumber(value, Number.isInteger(value) ? 0 : 2, true) + suffix;
}

/** Words for a yes/no fact, as a claim states it and as it was measured: never a bare `true`/`false`. */
const yesNoWords: Partial<Record<Claim['kind'], { claim: (yes: boolean, name: string) => string; measured: [string, string] }>> = {
  'file.exists': { claim: (yes, name) => `${name} ${yes ? 'exists' : 'does not exist'}`, measured: ['exists', 'not found'] },
  'git.clean': { claim: (yes) => (yes ? 'a clean working tree' : 'uncommitted changes'), measured: ['clean', 'not clean'] },
  'git.branch': { claim: (yes, name) => `branch ${name} ${yes ? 'exists' : 'does not exist'}`, measured: ['exists', 'not found'] },
  'git.commit': { claim: (yes, name) => `commit ${name} ${yes ? 'exists' : 'does not exist'}`, measured: ['exists', 'not found'] },
};

const subjectName = (claim: Claim): string => {
  const [, value] = Object.entries(claim.subject)[0] ?? [];
  return typeof value === 'string' ? `\`${value}\`` : 'it';
};

/** A measured yes/no in the claim kind's words (`clean`, `not found`), else the value as it is. */
function describeMeasuredValue(claim: Claim, value: Measurement['value']): string {
  const words = yesNoWords[claim.kind];
  return typeof value === 'boolean' && words ? words.measured[value ? 0 : 1] : String(value);
}

/** How the claim reads in a message: `~5,139 lines`, `at least 300 tests`, `96.3% pass rate`. */
export function describeClaim(claim: Claim): string {
  const yesNo = yesNoWords[claim.kind];
  if (typeof claim.value === 'boolean' && yesNo) return yesNo.claim(claim.value, subjectName(claim));
  const prefix = { exact: '', approx: '~', atLeast: 'at least ', atMost: 'at most ', range: '' }[claim.qualifier];
  const figure = claim.qualifier === 'range' || typeof claim.value !== 'number' ? describeFigure(claim) : prefix + describeFigure(claim);
  const kind = describeSubject(claim);
  // "1 failing test", "1 line": the noun agrees with a count of one.
  const noun = claim.value === 1 && claim.qualifier === 'exact' ? kind.replace(/^(\w+(?: \w+)?)s\b/, '$1') : kind;
  return `${figure} ${noun}`.trim();
}

/**
 * What a claim is about, with a size told in the unit it is written in ("8.1 KB in `a.txt`", not "8.1 bytes") and
 * a count of subtests as subtests ("32 subtests for "PIX"", not "32 tests": figure-subtests).
 */
export function describeSubject(claim: Claim): string {
  const unit = claim.kind === 'file.bytes' ? sizeScales(claim.text)?.unit : undefined;
  if (unit !== undefined) return describeKind(claim).replace(/^bytes\b/, unit);
  if (claim.kind === 'tests.total' && claimCountsSubtests(claim)) return describeKind(claim).replace(/^tests\b/, 'subtests');
  return describeKind(claim);
}

/** A part and its whole as written: "9/11", "9 / 11". */
const bareRatioRe = /^\s*[\d,]+\s*\/\s*[\d,]+\s*$/;

/** The claim's figure at its precision and in its unit, without its qualifier: "96.3%", "5,139", "55%–85%". */
export function describeFigure(claim: Claim): string {
  const suffix = claim.unit === 'percent' ? '%' : claim.unit === 'seconds' ? 's' : '';
  const show = (n: number) => formatNumber(n, claim.precision, true) + suffix;
  if (typeof claim.value !== 'number') return String(claim.value);
  // A part of a whole with no percentage ("9/11") is shown with its whole.
  if (claim.unit === 'ratio' && bareRatioRe.test(claim.text)) return claim.text.trim();
  if (claim.qualifier === 'range' && claim.range) return `${show(claim.range[0])}–${show(claim.range[1])}`;
  return show(claim.value);
}

/**
 * The verdict and message for `claim` measured as `measurement`. A claim
 * holds when the measured value or any alternative reading satisfies it.
 */
export function compare(claim: Claim, measurement: Measurement, tolerance: Tolerance = defaultTolerance): { verdict: Verdict; message: string } {
  const source = ` (${measurement.source})`;
  if (typeof claim.value === 'number' && typeof measurement.value === 'number') {
    const readings = [measurement.value, ...(measurement.alternatives ?? [])];
    // A reading with its name when the measurement names each ("178 under `backend/`"), else the bare number.
    const named = (index: number) => {
      const label = measurement.readings?.[index];
      return `${formatMeasured(readings[index] as number, claim)}${label ? ` ${label}` : ''}`;
    };
    const matching = readings.findIndex((reading) => holds(claim, reading, tolerance));
    if (matching >= 0) {
      const other = matching === 0 ? '' : ` (one valid reading; also ${named(0)})`;
      return { verdict: 'confirmed', message: `claims ${describeClaim(claim)}; measured ${named(matching)}${other}${source}` };
    }
    const others = readings.slice(1).map((_, i) => named(i + 1));
    const alsoRead = others.length === 0 ? '' : measurement.readings ? `; ${others.join('; ')}` : ` (or ${others.join(', ')})`;
    if (measurement.inconclusive) {
      return {
        verdict: 'unverifiable',
        message: `claims ${describeClaim(claim)}; measured ${named(0)}${alsoRead}${source}, but ${measurement.inconclusive}`,
      };
    }
    return {
      verdict: 'contradicted',
      message: `claims ${describeClaim(claim)}; measured ${named(0)}${alsoRead}${source}`,
    };
  }
  const ok = claim.value === measurement.value;
  return {
    verdict: ok ? 'confirmed' : 'contradicted',
    message: `claims ${describeClaim(claim)}; measured ${describeMeasuredValue(claim, measurement.value)}${source}`,
  };
}
