/**
 * Interval arithmetic for the report's own figures. A figure as written
 * stands for every exact value that reads as it: "87%" for [86.5, 88) (half-up,
 * half-even and truncation at 0 decimals), "~50" for ±5%, "300+" for [300, ∞),
 * "14-19" for [14, 19]. A relation holds when the value computed from its
 * operands' intervals can read as the stated result, so a figure that one
 * reasonable reading makes right is never flagged.
 */
import type { Qualifier } from '../model.js';
import { defaultTolerance } from './compare.js';
import { formatNumber } from '../figures/numbers.js';

/** Closed interval `[lo, hi]`; bounds may be infinite. */
export interface Interval {
  lo: number;
  hi: number;
}

/** A figure as the report writes it. */
export interface Figure {
  value: number;
  qualifier: Qualifier;
  precision: number;
  range?: [number, number];
  /** Whether the figure is shown rounded (percentages, scores, decimals), so it stands for a band. */
  rounded: boolean;
}

/** Slack against floating-point noise when comparing bounds. */
const epsilon = 1e-9;

/**
 * The exact values `figure` can stand for. A rounded figure covers half-up
 * and half-even ([v − h, v + h]) and truncation ([v, v + 2h)), h being half
 * a unit of its last decimal. `approx` is the relative allowance of `~`.
 */
export function intervalOf(figure: Figure, approx = defaultTolerance.approx): Interval {
  const h = figure.rounded ? 0.5 * 10 ** -figure.precision : 0;
  const v = figure.value;
  // Truncation goes toward zero: a negative figure may stand for values below it.
  const [down, up] = v < 0 ? [2 * h, h] : [h, 2 * h];
  // Truncation never reaches the next unit: "99%" cannot stand for 100, so that bound is open (a hair inside it).
  const open = h * 1e-6;
  switch (figure.qualifier) {
    case 'atLeast':
      return { lo: v - h, hi: Infinity };
    case 'atMost':
      return { lo: -Infinity, hi: v + 2 * h - open };
    case 'approx': {
      const slack = Math.max(Math.abs(v) * approx, h);
      return { lo: v - slack, hi: v + slack };
    }
    case 'range': {
      const [lo, hi] = figure.range ?? [v, v];
      return { lo: lo - h, hi: hi + 2 * h - open };
    }
    case 'exact':
      return v < 0 ? { lo: v - down + open, hi: v + up } : { lo: v - down, hi: v + up - open };
  }
}

export const add = (a: Interval, b: Interval): Interval => ({ lo: a.lo + b.lo, hi: a.hi + b.hi });
export const sub = (a: Interval, b: Interval): Interval => ({ lo: a.lo - b.hi, hi: a.hi - b.lo });

/** `a × b` for intervals of non-negative numbers (the only ones reports multiply). */
export const mul = (a: Interval, b: Interval): Interval => ({ lo: a.lo * b.lo, hi: a.hi * b.hi });

/** `a / b × scale` for a positive `b`; unbounded when `b` may be zero. */
export function div(a: Interval, b: Interval, scale = 1): Interval {
  if (b.lo <= 0) return { lo: -Infinity, hi: Infinity };
  const quotients = [a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi].map((q) => (Number.isNaN(q) ? 0 : q * scale));
  return { lo: Math.min(...quotients), hi: Math.max(...quotients) };
}

export const point = (value: number): Interval => ({ lo: value, hi: value });

/** Whether two intervals share a value. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi + epsilon && b.lo <= a.hi + epsilon;
}

/** Whether every bound of `interval` is one exact value. */
export const isPoint = (interval: Interval): boolean => interval.lo === interval.hi;

/** One way of computing a stated figure, e.g. "pass rate over all tests". */
export interface Reading {
  /** The computation as shown in a message, without its result: `412 / 530`. */
  expression: string;
  /** The computed value as written by the operands' nominal figures. */
  nominal: number;
  /** Every value the computation can take given the operands' bounds. */
  interval: Interval;
  /** What the reading is, when there are several: "over tests run". */
  label?: string;
}

export interface Judgement {
  /** `consistent`, never `confirmed`: a relation holding within the report measures nothing. */
  verdict: 'consistent' | 'contradicted';
  /** The whole message: `adds up: 580 + 32 = 612 (not measured)`, `412 / 530 = 77.7%, report says 87%`. */
  message: string;
  /** The computation alone, for messages that combine several: `580 + 32 = 612`. */
  computation: string;
  /** The reading that decided: the one that holds, else the first. */
  reading: Reading;
}

/** The message of computations that hold: its basis said on its face. */
export function addsUp(computations: readonly string[]): string {
  return `adds up: ${computations.join('; ')} (not measured)`;
}

/** Render `value` for a message: thousands grouped, at most `decimals` decimals, trailing zeros kept only when asked. */
export function show(value: number, decimals = 0, suffix = ''): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const rounded = Number(value.toFixed(decimals));
  const text = formatNumber(rounded, Number.isInteger(rounded) ? 0 : decimals, true).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  return text.replace(/^-/, '−') + suffix;
}

/** How a stated figure reads in a message: `~50`, `300+`, `14–19`, `87%`. */
export function showFigure(figure: Figure, suffix = ''): string {
  const body = (n: number) => formatNumber(n, figure.precision, true) + suffix;
  switch (figure.qualifier) {
    case 'approx': return `~${body(figure.value)}`;
    case 'atLeast': return `${body(figure.value)}+`;
    case 'atMost': return `at most ${body(figure.value)}`;
    case 'range': return figure.range ? `${body(figure.range[0])}–${body(figure.range[1])}` : body(figure.value);
    case 'exact': return body(figure.value);
  }
}

/**
 * Judge `stated` against the `readings` that compute it. Consistent when one
 * reading can read as the stated figure; the message shows the arithmetic:
 * `adds up: 580 + 32 = 612 (not measured)`, `412 / 530 = 77.7%, report says 87%`.
 */
export function judge(stated: Figure, readings: readonly Reading[], suffix = ''): Judgement {
  const target = intervalOf(stated);
  const decimals = Math.min(stated.precision + 1, 4);
  const render = (r: Reading) => {
    const exact = isPoint(r.interval);
    // A nominal value that is an integer needs no extra decimal; a ratio shows one more than stated.
    const value = show(r.nominal, Number.isInteger(r.nominal) ? 0 : exact ? decimals : Math.max(decimals, 1), suffix);
    return `${r.expression} = ${value}${r.label ? ` (${r.label})` : ''}`;
  };
  const holding = readings.find((r) => overlaps(r.interval, target));
  if (holding) {
    // Say so when only the figures' rounding or qualifiers make the relation hold.
    const bounded = overlaps(point(holding.nominal), target) ? '' : ' (within the bounds of the figures)';
    const computation = `${render(holding)}${bounded}`;
    return { verdict: 'consistent', message: addsUp([computation]), computation, reading: holding };
  }
  const first = readings[0] as Reading;
  const others = readings.slice(1).map(render);
  const also = others.length > 0 ? `; or ${others.join('; or ')}` : '';
  const computation = `${render(first)}${also}, report says ${showFigure(stated, suffix)}`;
  return { verdict: 'contradicted', message: computation, computation, reading: first };
}
