/**
 * Consistency: the report's own arithmetic, checked before anything is
 * measured, as statcheck does for papers. Needs no repository.
 *
 * Two lanes. `measure` judges the report-internal kinds (ratio, change,
 * percentOf, total, listCount, checkboxes, score) by reading their operands
 * back from the claim's text or from the report's structure (the table
 * around a cell, the list after a count, the task boxes). `relate` judges
 * claims other verifiers measure (test counts and rates stated together, the
 * same subject stated twice), and the pipeline adds those judgements as
 * findings of their own. Every message shows the computation. A relation
 * that holds is `consistent`, never `confirmed`: the report agreeing with
 * itself says nothing about the repository.
 */
import { readInlineList } from '../src/figures/inline-list.js';
import { givesFiguresOnly } from '../src/check/labelled-figures.js';
import type { Root } from 'mdast';
import type { Claim, Outcome } from '../src/model.js';
import type { ReportContext, Relation, Verifier } from '../src/measure/verify-types.js';
import { parseMarkdown } from '../src/read/markdown.js';
import { readSuppressions } from '../src/read/suppress.js';
import {
  add, addsUp, div, intervalOf, judge, mul, point, show, showFigure, sub, type Figure, type Interval, type Reading,
} from '../src/check/arithmetic.js';
import {
  cellScoreRe, cellUnitWord, changeHeaderRe, readCellDeltas, readCellFigure, readChange, readCheckedOf, readPercentOf, readRatio, readScore, readSum,
  totalRowLabelRe, weightedHeaderRe, weightHeaderRe, type Delta,
} from '../src/check/relation-forms.js';
import { allTables, listsAfter, sectionsOf, subsections, tableAt, taskBoxes, type TableView } from '../src/read/report-structure.js';
import { pathSource } from '../src/figures/subjects.js';
import { relations as reportRelations, type RelationJudgement, type ReportRelation } from '../src/check/relations/index.js';
import { figureOf, rateReadings, showLines } from '../src/check/relations/shared.js';
import { notRunOfRun } from '../src/check/relations/rate-from-parts.js';
import { namesKindsOf } from '../src/check/list-of-kinds.js';
import { headingLists, headingTable } from '../src/check/heading-list.js';
import { isShareHeader } from '../src/figures/share-column.js';
import { withoutStars } from '../src/read/without-stars.js';
import { breakdownParts, inUnitsOf, itemFigure, itemsAbove, listParts, type ListFigure } from '../src/check/list-sum.js';

const unverifiable = (reason: string): Outcome => ({ kind: 'unverifiable', reason });

/** A judged outcome from stated figure and readings. */
function judged(stated: Figure, readings: readonly Reading[], source: string, suffix = ''): Outcome {
  const j = judge(stated, readings, suffix);
  return { kind: 'judged', verdict: j.verdict, message: j.message, measured: { value: Number(j.reading.nominal.toFixed(4)), source } };
}

const fig = (f: Figure, suffix = '') => showFigure(f, suffix);
const pct = (f: Figure, percent: boolean) => fig(f, percent ? '%' : '');
const reading = (expression: string, nominal: number, interval: Interval, label?: string): Reading => ({ expression, nominal, interval, ...(label ? { label } : {}) });

function judgeRatio(claim: Claim): Outcome {
  // "## Healthy Services (9/11)" states no percentage: only the entries under it can check it (relation count-over-list).
  if (claim.unit === 'ratio') return unverifiable('a part of a whole with no percentage: nothing but a list of its entries checks it');
  const form = readRatio(claim.text);
  // A share column's cell is judged by the relation share-of-column, when its table states the whole.
  if (!form && claim.context.table && isShareHeader(claim.context.table.header)) return unverifiable('a share of a whole its table does not state: the column adds up to neither 100% nor a Total row');
  if (!form) return unverifiable('cannot read the part and the whole back from the text');
  return judged(form.percent, [reading(`${show(form.part, form.partDecimals)} / ${show(form.whole, form.wholeDecimals)}`, (form.part / form.whole) * 100, point((form.part / form.whole) * 100))], 'report: ratio', '%');
}

/** Readings of one delta between `from` and `to`. */
function deltaReadings(from: Figure, to: Figure, percent: boolean, delta: Delta): Reading[] {
  const a = intervalOf(from);
  const b = intervalOf(to);
  const unit = percent ? '%' : '';
  const absolute = reading(`${pct(to, percent)} − ${pct(from, percent)}`, to.value - from.value, sub(b, a), percent ? 'points' : undefined);
  const relative = reading(`(${pct(to, percent)} − ${pct(from, percent)}) / ${pct(from, percent)}`, ((to.value - from.value) / from.value) * 100, div(sub(b, a), a, 100), 'relative');
  void unit;
  if (delta.unit === 'percent') return percent ? [absolute, ...(from.value > 0 ? [relative] : [])] : from.value > 0 ? [relative] : [];
  return [absolute];
}

/** Judge every delta of a change; contradicted when one is off. */
function judgeDeltas(from: Figure, to: Figure, percent: boolean, deltas: readonly Delta[], source: string): Outcome {
  const parts: Array<{ computation: string; holds: boolean }> = [];
  let verdict: 'consistent' | 'contradicted' = 'consistent';
  let value = to.value - from.value;
  for (const delta of deltas) {
    const readings = deltaReadings(from, to, percent, delta);
    if (readings.length === 0) continue;
    const stated: Figure = { value: delta.value, qualifier: 'exact', precision: delta.precision, rounded: delta.unit !== 'same' || percent || delta.precision > 0 };
    const j = judge(stated, readings, delta.unit === 'percent' ? '%' : '');
    parts.push({ computation: j.computation, holds: j.verdict === 'consistent' });
    if (j.verdict === 'contradicted') {
      verdict = 'contradicted';
      value = j.reading.nominal;
    }
  }
  if (parts.length === 0) return unverifiable('a relative change from zero has no value');
  // Beside a part that is off, the parts that hold are ticked so the reader sees which one broke.
  const message = verdict === 'consistent' ? addsUp(parts.map((p) => p.computation)) : parts.map((p) => (p.holds ? `${p.computation} ✓` : p.computation)).join('; ');
  return { kind: 'judged', verdict, message, measured: { value: Number(value.toFixed(4)), source } };
}

/** Target-like headers: those columns are not the before or after of a change. */
const targetColumnRe = /\b(?:target|goal|threshold|required|expected|status)\b/i;
const beforeColumnRe = /\b(?:before|baseline|previous|prior|old|initial|original|was|pre\b|pre-)/i;
const afterColumnRe = /\b(?:after|now|current|new|post\b|post-|final)/i;

function judgeChangeCell(claim: Claim, tree: Root): Outcome {
  const view = tableAt(tree, claim.position.offset);
  const row = view && view.row >= 0 ? view.rows[view.row] : undefined;
  if (!view || !row) return unverifiable('cannot find the table row of this change');
  const columns = row
    .map((text, index) => ({ index, header: view.header[index] ?? '', figure: readCellFigure(text) }))
    // A change column left of a change stated in a later cell ("Change | Notes: 96% improvement") is no before or after.
    .filter((c) => c.index > 0 && c.index < view.column && c.figure && !targetColumnRe.test(c.header) && !changeHeaderRe.test(c.header));
  const before = columns.find((c) => beforeColumnRe.test(c.header)) ?? columns[columns.length - 2];
  const after = columns.find((c) => afterColumnRe.test(c.header) && c !== before) ?? columns[columns.length - 1];
  if (!before?.figure || !after?.figure || before === after) return unverifiable('the row has no before and after figures to compare');
  // A count beside a percentage is two measures ("Lines 128 | Coverage 30% | +25%"), not a before and an after.
  if (before.figure.percent !== after.figure.percent) return unverifiable(`columns "${before.header}" and "${after.header}" are not one measure before and after`);
  // Taken by place, the last two figures are a before and an after only in the change's own unit: "+10.5 km / +16 min"
  // is no change of "avoided 4 | remaining 1" (w72:64), whatever row it is measured from.
  const changeUnit = cellUnitWord(row[view.column] ?? '');
  const byPlace = !beforeColumnRe.test(before.header) || !afterColumnRe.test(after.header);
  if (byPlace && changeUnit !== '' && [before, after].some((c) => cellUnitWord(row[c.index] ?? '') !== changeUnit)) {
    return unverifiable(`the change is in ${changeUnit}; columns "${before.header}" and "${after.header}" are not`);
  }
  const cellDeltas = readCellDeltas(row[view.column] ?? '');
  // An unsigned percentage its noun calls a change ("96% improvement") is the cell's one delta.
  const deltas: Delta[] = cellDeltas.length === 0 && claim.unit === 'percent' && typeof claim.value === 'number'
    ? [{ value: claim.value, precision: claim.precision, unit: 'percent', written: claim.text }]
    : cellDeltas;
  const percent = before.figure.percent || after.figure.percent;
  return judgeDeltas(before.figure, after.figure, percent, deltas, `report: table at line ${view.line}`);
}

function judgeChange(claim: Claim, tree: Root): Outcome {
  const form = readChange(claim.text);
  if (form) return judgeDeltas(form.from, form.to, form.percent, form.deltas, 'report: change');
  return judgeChangeCell(claim, tree);
}

function judgePercentOf(claim: Claim): Outcome {
  const form = readPercentOf(claim.text);
  if (!form) return unverifiable('cannot read the figure and its target back from the text');
  const suffix = form.actual.rounded && form.target.rounded ? '%' : '';
  const interval = div(intervalOf(form.actual), intervalOf(form.target), 100);
  return judged(form.stated, [reading(`${fig(form.actual, suffix)} / ${fig(form.target, suffix)}`, (form.actual.value / form.target.value) * 100, interval)], 'report: percent of target', '%');
}

/** Every combination of the terms' readings (few: a term has at most two). */
function sums(terms: readonly Figure[][]): Reading[] {
  let combos: Figure[][] = [[]];
  for (const term of terms) combos = combos.flatMap((combo) => term.map((f) => [...combo, f])).slice(0, 16);
  return combos.map((combo) =>
    reading(
      combo.map((f) => fig(f)).join(' + '),
      combo.reduce((s, f) => s + f.value, 0),
      combo.reduce((s, f) => add(s, intervalOf(f)), point(0)),
    ),
  );
}

/**
 * Why a column above a total row cannot be added up, said of the total's own
 * row: the finding stands on that row's line, so naming only the row above
 * that lacks a figure would read as the total row's name.
 */
function missingFigure(view: TableView, column: number, upTo: number, rowName: string): string {
  const header = view.header[column] ?? '';
  const own = withoutStars(view.rows[upTo]?.[0] ?? '').trim();
  const at = own ? ` above row "${own}"` : '';
  const anyFigure = view.rows.slice(0, upTo).some((row) => readCellFigure(row[column] ?? '') !== undefined);
  if (!anyFigure) return `column "${header}" holds no figures${at} to add up`;
  return `row "${rowName}"${at} has no single figure in column "${header}"`;
}

/** The figures of one column in the body rows above `upTo`, skipping other total rows; a reason when one is missing. */
function columnFigures(view: TableView, column: number, upTo: number): { figures: Array<Figure & { percent: boolean }>; unit?: string } | { reason: string } {
  const figures: Array<Figure & { percent: boolean }> = [];
  const units = new Set<string>();
  for (let r = 0; r < upTo; r++) {
    const row = view.rows[r] ?? [];
    if (totalRowLabelRe.test(row[0] ?? '') || /subtotal/i.test(row[0] ?? '')) continue;
    const text = row[column] ?? '';
    const figure = readCellFigure(text);
    if (!figure) return { reason: missingFigure(view, column, upTo, row[0] ?? '') };
    units.add((/[A-Za-z][\w-]*/.exec(text.replace(/^[^\d]*\d[\d,.]*/, ''))?.[0] ?? '').toLowerCase().replace(/s$/, ''));
    figures.push(figure);
  }
  if (units.size > 1) return { reason: `the column mixes units (${[...units].filter(Boolean).join(', ')})` };
  return { figures };
}

/** The total row of a column beside a weight column: the weighted mean of the rows, Σ weight × value / Σ weight. */
function judgeWeightedMean(claim: Claim, view: TableView, weightColumn: number, values: ReadonlyArray<Figure & { percent: boolean }>): Outcome {
  const weights = columnFigures(view, weightColumn, view.row);
  if ('reason' in weights) return unverifiable(weights.reason);
  if (weights.figures.length !== values.length) return unverifiable(`column "${view.header[weightColumn] ?? ''}" has no weight for every row`);
  let product = point(0);
  let weightSum = point(0);
  let nominal = 0;
  let nominalWeights = 0;
  const terms: string[] = [];
  values.forEach((value, i) => {
    const weight = weights.figures[i] as Figure & { percent: boolean };
    product = add(product, mul(intervalOf(weight), intervalOf(value)));
    weightSum = add(weightSum, intervalOf(weight));
    nominal += weight.value * value.value;
    nominalWeights += weight.value;
    terms.push(`${fig(weight, weight.percent ? '%' : '')} × ${fig(value)}`);
  });
  if (nominalWeights === 0) return unverifiable(`the weights of column "${view.header[weightColumn] ?? ''}" add up to 0`);
  const suffix = claim.unit === 'percent' ? '%' : '';
  const weightsShown = `${show(nominalWeights, 2)}${weights.figures[0]?.percent ? '%' : ''}`;
  const mean = reading(`(${terms.join(' + ')}) / ${weightsShown}`, nominal / nominalWeights, div(product, weightSum), 'weighted mean');
  return judged(figureOf(claim), [mean], `report: table at line ${view.line}`, suffix);
}

/** "11/15" without its bold and marks, as a score and its scale. */
function cellScore(text: string): { score: number; scale: number } | undefined {
  const groups = cellScoreRe.exec(text.replace(/^[^\p{N}*]+|[^\p{N}*]+$/gu, ''))?.groups;
  return groups ? { score: Number(groups.score), scale: Number(groups.scale) } : undefined;
}

/**
 * A total row of a scorecard column ("11/15", "14/20" … "**TOTAL** | 73/100"):
 * the points add up over the rows' maxima, and a total on another scale
 * ("/100" over maxima that add to 115) is that sum rescaled.
 */
function judgeScoreColumnTotal(claim: Claim, view: TableView, total: { score: number; scale: number }): Outcome | undefined {
  const rows: Array<{ score: number; scale: number }> = [];
  for (let r = 0; r < view.row; r++) {
    const row = view.rows[r] ?? [];
    if (totalRowLabelRe.test(row[0] ?? '') || /subtotal/i.test(row[0] ?? '')) continue;
    const score = cellScore(row[view.column] ?? '');
    if (!score) return undefined;
    rows.push(score);
  }
  if (rows.length < 2) return undefined;
  const points = rows.reduce((sum, r) => sum + r.score, 0);
  const maxima = rows.reduce((sum, r) => sum + r.scale, 0);
  const terms = rows.map((r) => show(r.score)).join(' + ');
  const stated: Figure = { value: total.score, qualifier: 'exact', precision: claim.precision, rounded: claim.precision > 0 };
  const sum = reading(`${terms} = ${show(points)} of ${show(maxima)}`, points, point(points), `column "${view.header[view.column] ?? ''}"`);
  if (total.scale === maxima) return judged(stated, [sum], `report: table at line ${view.line}`);
  // On the total's own scale the stated figure is a rounding of points / maxima × scale.
  const scaled = (points / maxima) * total.scale;
  return judged({ ...stated, rounded: true }, [reading(`(${terms}) / ${show(maxima)} × ${show(total.scale)}`, scaled, point(scaled), `column "${view.header[view.column] ?? ''}", points out of its maxima`)], `report: table at line ${view.line}`);
}

function judgeColumnTotal(claim: Claim, view: TableView): Outcome {
  const source = `report: table at line ${view.line}`;
  const totalScore = cellScore(claim.text);
  const scorecard = totalScore ? judgeScoreColumnTotal(claim, view, totalScore) : undefined;
  if (scorecard) return scorecard;
  const column = columnFigures(view, view.column, view.row);
  if ('reason' in column) return unverifiable(column.reason);
  if (column.figures.length < 2) return unverifiable('no rows above it to add up');
  // Beside a weight column, a total row states the weighted mean of its column, not its sum;
  // a column of weighted products ("Weighted") adds up as it is.
  const weightColumn = view.header.findIndex((h, i) => i !== view.column && weightHeaderRe.test(h));
  if (weightColumn >= 0 && !weightedHeaderRe.test(view.header[view.column] ?? '')) return judgeWeightedMean(claim, view, weightColumn, column.figures);
  const header = view.header[view.column] ?? '';
  const stated = figureOf(claim);
  const percent = claim.unit === 'percent';
  // A count is no sum of rates: a "Total Tests" row under "Pass Rate" and "Skip Rate" rows is another metric, not their total.
  if (!percent && column.figures.some((f) => f.percent)) return unverifiable(`the rows above it in column "${header}" are percentages, not parts of a count`);
  const suffix = percent ? '%' : '';
  const sum = sums(column.figures.map((f) => [f]))[0] as Reading;
  sum.label = `column "${header}"`;
  const j = judge(stated, [sum], suffix);
  if (j.verdict === 'consistent' || !percent) return judged(stated, [sum], source, suffix);
  // Percentages add up only when they are shares of the whole; otherwise a total percentage is a mean, often weighted.
  const n = column.figures.length;
  const mean = reading(`(${column.figures.map((f) => fig(f)).join(' + ')}) / ${n}`, sum.nominal / n, div(sum.interval, point(n)), 'mean');
  if (judge(stated, [mean], suffix).verdict === 'consistent') return judged(stated, [mean], source, suffix);
  if (stated.value === 100) return judged(stated, [sum], source, suffix);
  return unverifiable(`a total of percentages may be a weighted mean; the rows add up to ${show(sum.nominal, 2)}%`);
}

function judgeWeightedCell(claim: Claim, view: TableView): Outcome {
  const row = view.rows[view.row] ?? [];
  const weightColumn = view.header.findIndex((h) => weightHeaderRe.test(h));
  const scoreColumn = view.header.findIndex((h, i) => i !== view.column && /\b(?:score|rating|points|grade)\b/i.test(h) && !weightedHeaderRe.test(h));
  const weight = readCellFigure(row[weightColumn] ?? '');
  const scoreText = row[scoreColumn] ?? '';
  const scoreParts = cellScoreRe.exec(scoreText)?.groups;
  const score = scoreParts ? { value: Number(scoreParts.score), scale: Number(scoreParts.scale) } : (() => {
    const f = readCellFigure(scoreText);
    return f ? { value: f.value, scale: 0 } : undefined;
  })();
  if (!weight || !score) return unverifiable('the row has no weight and score to multiply');
  const w = weight.percent ? weight.value / 100 : weight.value;
  const wi = weight.percent ? div(intervalOf(weight), point(100)) : intervalOf(weight);
  const shownWeight = fig(weight, weight.percent ? '%' : '');
  const readings = [reading(`${shownWeight} × ${show(score.value, 2)}`, w * score.value, mul(wi, point(score.value)))];
  if (score.scale > 0 && score.scale !== 100) {
    readings.push(reading(`${shownWeight} × ${show(score.value, 2)}/${show(score.scale)} × 100`, (w * score.value * 100) / score.scale, mul(wi, point((score.value * 100) / score.scale)), 'on a scale of 100'));
  }
  if (!weight.percent) readings.push(reading(`${shownWeight}% × ${show(score.value, 2)}`, (w * score.value) / 100, mul(wi, point(score.value / 100)), 'weight in percent'));
  return judged(figureOf(claim), readings, `report: table at line ${view.line}`);
}

function judgeTableTotal(claim: Claim, tree: Root): Outcome {
  const view = tableAt(tree, claim.position.offset);
  if (!view || view.row < 0) return unverifiable('cannot find the table of this total');
  const label = view.rows[view.row]?.[0] ?? '';
  if (weightedHeaderRe.test(view.header[view.column] ?? '') && !totalRowLabelRe.test(label)) return judgeWeightedCell(claim, view);
  return judgeColumnTotal(claim, view);
}

const timeItemRe = /(?<num>\d+(?:\.\d+)?)(?<plus>\+)?\s*(?<unit>hours?|hrs?|days?|weeks?)\b/i;

function judgeTimeBreakdown(claim: Claim, tree: Root): Outcome {
  const list = listsAfter(tree, claim.position.offset);
  if (!list) return unverifiable('no list follows to add up');
  const figures: Figure[] = [];
  const units = new Set<string>();
  for (const item of list.items) {
    const m = timeItemRe.exec(item);
    if (!m?.groups) return unverifiable(`an item of the list at line ${list.line} gives no time`);
    units.add((m.groups.unit ?? '').toLowerCase().replace(/s$/, '').replace(/^hr$/, 'hour'));
    figures.push({ value: Number(m.groups.num), qualifier: m.groups.plus ? 'atLeast' : 'exact', precision: 0, rounded: false });
  }
  if (units.size > 1) return unverifiable(`the list at line ${list.line} mixes units`);
  const sum = sums(figures.map((f) => [f]))[0] as Reading;
  sum.label = `list at line ${list.line}`;
  return judged(figureOf(claim), [sum], `report: list at line ${list.line}`);
}

/**
 * A total line right under the list it adds up (src/check/list-sum.ts): the items' figures added up, sizes in the
 * total's unit (KB as 1000 or 1024 bytes, as the total), shares part by part and whole by whole ("96/96" over "5/5",
 * "7/7", …). Items that add up to more are wrong; to less, the line may total more than the list (the files of two
 * lists above it), so a shortfall is said and left unjudged.
 */
function judgeListAbove(claim: Claim, tree: Root): Outcome | undefined {
  const items = itemsAbove(tree, claim.position.line);
  // The figure the claim states, read back from its own text ("96/96 APIs", "~152 KB").
  const stated = itemFigure(claim.text);
  if (!items || !stated) return undefined;
  const parts = listParts(stated, items.map((i) => i.text));
  return parts && judgeParts(stated, parts, items.map((i) => i.line), 'list');
}

/** A heading's total against the sub-section headings of the Breakdown section right after it (src/check/list-sum.ts). */
function judgeBreakdownSection(claim: Claim, tree: Root): Outcome | undefined {
  const all = sectionsOf(tree);
  const at = all.findIndex((s) => s.line === claim.position.line);
  const next = all[at + 1];
  const stated = itemFigure(claim.text);
  if (at < 0 || !next || !stated) return undefined;
  const subs = subsections(all, next);
  const parts = breakdownParts(stated, next.text, subs.map((s) => s.text));
  return parts && judgeParts(stated, parts, subs.map((s) => s.line), 'sub-section headings');
}

/**
 * `stated` against its parts added up: sizes in its unit (KB as 1000 or 1024 bytes, as the total), shares part by part
 * and whole by whole ("96/96" over "5/5", "7/7", …). Parts that add up to more are wrong; to less, the total may count
 * more than these parts (the files of two lists above it), so a shortfall is said and left unjudged.
 */
function judgeParts(stated: ListFigure, parts: readonly ListFigure[], lines: number[], where: string): Outcome | undefined {
  const at = `${where} at ${showLines(lines)}`;
  const source = `report: ${at}`;
  const conventions: Array<0 | 1> = stated.scales && stated.scales.length > 1 ? [0, 1] : [0];
  const scaleOf = (c: 0 | 1) => stated.scales?.[c] ?? 1;
  const sumIn = (c: 0 | 1, pick: (f: ListFigure) => number | undefined, what = ''): Reading | undefined => {
    const values = parts.map((f) => ({ f, v: pick(f) }));
    if (values.some((x) => x.v === undefined)) return undefined;
    const terms = values.map(({ f, v }) => ({ value: stated.scales ? inUnitsOf({ ...f, value: v as number }, scaleOf(c), c) : (v as number), f }));
    const interval = terms.reduce((acc, t) => add(acc, intervalOf({ value: t.value, qualifier: t.f.approx ? 'approx' : 'exact', precision: t.f.precision, rounded: t.f.precision > 0 || t.f.scales !== undefined })), point(0));
    const expression = parts.map((f) => `${f.approx ? '~' : ''}${show(pick(f) as number, f.precision)}${f.scales ? ` ${f.noun}` : ''}`).join(' + ');
    const nominal = terms.reduce((n, t) => n + t.value, 0);
    return reading(expression, nominal, interval, stated.scales && conventions.length > 1 ? `${at}, ${c === 0 ? '1000' : '1024'} bytes to the ${stated.noun}` : `${at}${what}`);
  };
  const figure = (value: number): Figure => ({ value, qualifier: stated.approx ? 'approx' : 'exact', precision: stated.precision, rounded: stated.precision > 0 });
  const checks: Array<{ stated: Figure; readings: Reading[] }> = [
    { stated: figure(stated.value), readings: conventions.map((c) => sumIn(c, (f) => f.value, stated.of !== undefined ? ', parts' : '')).filter((r): r is Reading => r !== undefined) },
  ];
  if (stated.of !== undefined) checks.push({ stated: figure(stated.of), readings: [sumIn(0, (f) => f.of, ', wholes')].filter((r): r is Reading => r !== undefined) });
  const computations: string[] = [];
  for (const check of checks) {
    if (check.readings.length === 0) return undefined;
    const j = judge(check.stated, check.readings);
    if (j.verdict === 'contradicted') {
      // Fewer than the total: the line may add up more than these parts.
      if (check.readings.every((r) => r.interval.hi < intervalOf(check.stated).lo)) {
        return unverifiable(`its parts (${at}) add up to ${show(check.readings[0]?.nominal ?? 0, 2)}, less than ${showFigure(check.stated)}: the total may count more than these parts`);
      }
      return { kind: 'judged', verdict: 'contradicted', message: j.message, measured: { value: Number(j.reading.nominal.toFixed(4)), source } };
    }
    computations.push(j.computation);
  }
  return { kind: 'judged', verdict: 'consistent', message: addsUp(computations), measured: { value: stated.value, source } };
}

function judgeTotal(claim: Claim, tree: Root): Outcome {
  const form = readSum(claim.text);
  if (form) return judged(form.total, sums(form.terms), 'report: sum');
  if (claim.context.table) return judgeTableTotal(claim, tree);
  const underList = judgeListAbove(claim, tree) ?? judgeBreakdownSection(claim, tree);
  if (underList) return underList;
  // A total of things, not of time ("**Total**: 106 tests" under a table, whose rows the relations judge): no list of hours to add up.
  if (!timeItemRe.test(claim.text)) return unverifiable('no parts stated beside it to add up');
  return judgeTimeBreakdown(claim, tree);
}

/** A count an item opens with: "3 handlers", "(~12 files)"; durations ("(30 minutes)") are efforts, not counts. */
const countInItemRe = /(?:^|\()\s*(?<approx>~|≈|about\s+)?(?<num>\d[\d,]*)(?<plus>\+)?\s+(?!(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b)[A-Za-z]/;
/** A count an item gives after its label: "Critical: 10", "**High**: 30 findings". */
const labelledCountInItemRe = /^[\p{L}][\p{L}\p{N} ()/-]{0,40}:\s*(?<approx>~|≈|about\s+)?(?<num>\d[\d,]*)(?<plus>\+)?(?:\s+(?!(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b)[A-Za-z][\w-]*)?\s*(?:\([^)]*\))?\s*$/u;
/** An item that stands for several entries it does not list: "Plus 10 additional modules", "and 4 more". */
const moreItemRe = /^\W*(?:and|plus|\+)\s+(?<num>\d[\d,]*)\s+(?:more|additional|other)\b/i;
const pathInItemRe = new RegExp(pathSource, 'g');
/** A list that trails off, or an item that names a glob (several files at once). */
const openEndedRe = /\b(?:etc|and\s+more|others?|more)\b|…|\.\.\.|\*/i;

/** The noun of a count of files. */
const filesNounRe = /\b(?:files?|documents?|docs)\b/i;

function judgeListCount(claim: Claim, tree: Root): Outcome {
  // "3 roles: admin, developer, viewer": the entries the line writes out, not the list after it.
  const inline = readInlineList(claim.text);
  if (inline) {
    if (!inline.countable) return unverifiable(`its entries (${inline.entries.map((e) => `"${e}"`).join(', ')}) may each group several`);
    const n = inline.entries.length;
    const readings = [reading(`entries written after it (${inline.entries.join(', ')})`, n, point(n))];
    // "undo, redo, search and replace": the "and" may join one name.
    if (inline.lastJoined) readings.push(reading('the same, the last two as one', n - 1, point(n - 1)));
    return judged(figureOf(claim), readings, 'report: entries on its line');
  }
  // A heading's count over the one table of its section, or over a table its lists come after, counts the table's rows.
  const table = headingTable(tree, claim.position.line);
  // A heading whose lists have lead-ins of their own counts its own lists, or all of them when each has one.
  const grouped = table ? undefined : headingLists(tree, claim.position.line);
  const list = table ? undefined : grouped?.counted ?? listsAfter(tree, claim.position.offset);
  if (!list) {
    if (!table || table.rowLines.length === 0) return unverifiable('no list follows it');
    const rows = table.rowLines.length;
    return judged(figureOf(claim), [reading(`rows of the table at line ${table.line}`, rows, point(rows))], `report: table at line ${table.line}`);
  }
  const place = grouped?.where ?? `the list at line ${list.line}`;
  if (list.describes) {
    const labels = [...new Set(list.items.map((item) => `"${item.slice(0, item.indexOf(':') + 1)}"`))].join(', ');
    return unverifiable(`${place} gives labelled facts (${labels}), not the entries counted`);
  }
  const lines = grouped?.lines ?? [list.line];
  const source = `report: list${lines.length > 1 ? 's' : ''} at line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}`;
  const stated = figureOf(claim);
  const annotations = list.items.length - list.entries.length;
  const items = annotations > 0
    ? reading(`entries in ${place} (not counting ${annotations} annotation item${annotations > 1 ? 's' : ''})`, list.entries.length, point(list.entries.length))
    : reading(`items in ${place}`, list.items.length, point(list.items.length));
  const readings = [items, ...(grouped?.others ?? []).map((o) => reading(o.what, o.count, point(o.count)))];
  const more = list.entries.map((item) => moreItemRe.exec(item)?.groups?.num);
  if (more.some((num) => num !== undefined)) {
    const entries = more.reduce((sum, num) => sum + (num === undefined ? 1 : Number(num.replace(/,/g, ''))), 0);
    readings.push(reading(`entries ${place} names, counting "${more.filter(Boolean).map((n) => `${n} more`).join('", "')}"`, entries, point(entries)));
  }
  const counts = list.entries.map((item) => (countInItemRe.exec(item) ?? labelledCountInItemRe.exec(item))?.groups);
  const everyItemCounts = counts.every((g) => g?.num !== undefined);
  if (everyItemCounts) {
    const figures = counts.map((g): Figure => ({
      value: Number((g?.num ?? '0').replace(/,/g, '')), precision: 0, rounded: false,
      qualifier: g?.approx ? 'approx' : g?.plus ? 'atLeast' : 'exact',
    }));
    const sum = sums(figures.map((f) => [f]))[0] as Reading;
    sum.label = 'the counts its items give';
    readings.push(sum);
  }
  const paths = list.entries.map((item) => (item.match(pathInItemRe) ?? []).length);
  const groupsFiles = paths.some((n) => n > 1);
  if (groupsFiles) readings.push(reading('files named in the list', paths.reduce((s, n) => s + n, 0), point(paths.reduce((s, n) => s + n, 0))));
  const j = judge(stated, readings);
  // Lists spread over sub-sections are not one enumeration; the sub-sections' own counts are (relation total-and-breakdown).
  if (j.verdict === 'contradicted' && list.nested) return unverifiable(`the lists under it lie in its sub-sections (${list.entries.length} entries from line ${list.line})`);
  // Lists each under a lead-in that gives no count of its own may be asides to the heading's entries: which it counts is not clear.
  if (j.verdict === 'contradicted' && grouped && !grouped.decisive) {
    return unverifiable(`${place}: which of them it counts is not clear (${list.entries.length} items in all)`);
  }
  // A count of files over a list naming no file describes kinds of files ("API guides and references"), not each file.
  if (j.verdict === 'contradicted' && filesNounRe.test(claim.text) && paths.every((n) => n === 0)) {
    return unverifiable(`${place} names no file: it describes groups of files`);
  }
  // "### Total Project Tests: 525" over "- Previous: 476 tests", "- Pass Rate: 100%": figures about the count, not its entries.
  if (j.verdict === 'contradicted' && !everyItemCounts && givesFiguresOnly(list.entries)) {
    return unverifiable(`${place} gives figures about the count (${list.entries.map((e) => `"${e.slice(0, e.indexOf(':') + 1)}"`).join(', ')}), not the entries counted`);
  }
  // "### Warnings (54 total)" over entries that each name warnings in the plural: kinds of warnings, not one each.
  const noun = 'category' in claim.subject ? claim.subject.category : undefined;
  if (j.verdict === 'contradicted' && !everyItemCounts && noun !== undefined && namesKindsOf(noun, list.entries)) {
    return unverifiable(`${place} names kinds of ${noun.toLowerCase()}, not each one (${list.entries.length} items)`);
  }
  // A list whose items group several entries, or that trails off, does not enumerate one by one: no contradiction from it.
  if (j.verdict === 'contradicted' && !everyItemCounts && (groupsFiles || list.entries.some((item) => openEndedRe.test(item)))) {
    return unverifiable(`${place} groups or abbreviates its entries (${list.entries.length} items)`);
  }
  return judged(stated, readings, source);
}

function judgeCheckboxes(claim: Claim, tree: Root): Outcome {
  const form = readCheckedOf(claim.text);
  if (!form) return unverifiable('cannot read the counts back from the text');
  const boxes = taskBoxes(tree);
  const headings = claim.context.headings;
  const inSection = boxes.filter((b) => headings.every((h, i) => b.headings[i] === h));
  const scopes = [
    { label: 'in this section', boxes: inSection },
    { label: 'in the report', boxes },
  ].filter((s) => s.boxes.length === form.all);
  if (scopes.length === 0) return unverifiable(`no task list of ${form.all} boxes (the report has ${boxes.length}, this section ${inSection.length})`);
  const readings = scopes.map((s) => {
    const checked = s.boxes.filter((b) => b.checked).length;
    return reading(`checked boxes ${s.label} (of ${s.boxes.length})`, checked, point(checked));
  });
  return judged(figureOf(claim), readings, 'report: task list');
}

const overallScoreRe = /\b(?:overall|total|final|weighted|composite|readiness|aggregate)\b/i;

function judgeScore(claim: Claim, tree: Root): Outcome {
  if (typeof claim.value !== 'number') return unverifiable('a grade is a judgement; the report gives nothing to check it against');
  const form = readScore(claim.text);
  const weighted = allTables(tree).filter((t) => t.header.some((h) => weightedHeaderRe.test(h)) && t.header.some((h) => weightHeaderRe.test(h)));
  if (!form || !overallScoreRe.test(form.label) || weighted.length !== 1) {
    return unverifiable('a score is a judgement; the report gives no breakdown to check it against');
  }
  const table = weighted[0] as TableView;
  const column = table.header.findIndex((h) => weightedHeaderRe.test(h));
  const figures = columnFigures(table, column, table.rows.length);
  if ('reason' in figures) return unverifiable(figures.reason);
  const sum = sums(figures.figures.map((f) => [f]))[0] as Reading;
  sum.label = `weighted breakdown at line ${table.line}`;
  // The score may be on another scale than the breakdown's (10/10 against 100).
  const scale = form.scale === 100 ? 1 : 100 / form.scale;
  const stated: Figure = { ...form.score, value: form.score.value * scale, precision: scale === 1 ? form.score.precision : 0 };
  return judged(stated, [sum], `report: table at line ${table.line}`);
}

/** Judge one report-internal claim. */
function measureOne(claim: Claim, tree: () => Root): Outcome {
  switch (claim.kind) {
    case 'ratio': return judgeRatio(claim);
    case 'change': return judgeChange(claim, tree());
    case 'percentOf': return judgePercentOf(claim);
    case 'total': return judgeTotal(claim, tree());
    case 'listCount': return judgeListCount(claim, tree());
    case 'checkboxes': return judgeCheckboxes(claim, tree());
    case 'score': return judgeScore(claim, tree());
    default: return unverifiable(`consistency does not measure ${claim.kind} claims`);
  }
}

const countKinds = ['tests.passed', 'tests.failed', 'tests.skipped', 'tests.errors'] as const;
type TestKind = (typeof countKinds)[number] | 'tests.total' | 'tests.passRate' | 'tests.failRate';
const testKinds: readonly string[] = [...countKinds, 'tests.total', 'tests.passRate', 'tests.failRate'];

const subjectKey = (claim: Claim) => JSON.stringify(claim.subject);

/**
 * Relations among test figures stated on one line with one subject and
 * tense: rates against counts (over all tests, or over tests that ran) and
 * parts against the total.
 */
function relateTests(claims: readonly Claim[], source: string | undefined): Relation[] {
  const groups = new Map<string, number[]>();
  claims.forEach((claim, index) => {
    if (!testKinds.includes(claim.kind)) return;
    const key = `${claim.position.line}\0${subjectKey(claim)}\0${claim.tense}`;
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  const out: Relation[] = [];
  for (const indexes of groups.values()) {
    const byKind = new Map<TestKind, number>();
    const seen = new Set<string>();
    for (const index of indexes) {
      const kind = (claims[index] as Claim).kind as TestKind;
      // A kind stated twice on one line ("1,407 → 1,734 passing") leaves no single reading.
      if (seen.has(kind)) byKind.delete(kind);
      else byKind.set(kind, index);
      seen.add(kind);
    }
    const get = (kind: TestKind) => {
      const index = byKind.get(kind);
      return index === undefined ? undefined : { index, claim: claims[index] as Claim, figure: figureOf(claims[index] as Claim) };
    };
    const [passed, failed, skipped, errors, total] = [get('tests.passed'), get('tests.failed'), get('tests.skipped'), get('tests.errors'), get('tests.total')];
    const n = (x: { figure: Figure }) => fig(x.figure);
    const iv = (x: { figure: Figure }) => intervalOf(x.figure);
    for (const [rateKind, part] of [['tests.passRate', passed], ['tests.failRate', failed]] as const) {
      const stated = get(rateKind);
      if (!stated || !part) continue;
      const of = rateKind === 'tests.passRate' ? 'passed' : 'failed';
      const readings = rateReadings({ passed: passed?.figure, failed: failed?.figure, skipped: skipped?.figure, total: total?.figure }, of);
      // A line that names neither whole nor skipped tests may speak of a run stated elsewhere with both (w81:299).
      const run = total || skipped ? undefined : notRunOfRun(claims, part.claim);
      if (run && readings.length > 0) {
        const where = showLines(run.lines);
        const own = new Set(readings.map((r) => r.expression));
        readings.push(...rateReadings({ passed: passed?.figure, failed: failed?.figure, ...run.counts }, of).filter((r) => !own.has(r.expression)).map((r) => ({ ...r, label: `${r.label ?? ''}, the run at ${where}` })));
      }
      if (readings.length > 0) out.push({ index: stated.index, outcome: judged(stated.figure, readings, 'report: test counts on this line', '%') });
    }
    const parts = [passed, failed, skipped, errors].filter((p): p is NonNullable<typeof passed> => p !== undefined);
    if (total && parts.length >= 2) {
      const sum = reading(parts.map(n).join(' + '), parts.reduce((s, p) => s + p.figure.value, 0), parts.reduce((s, p) => add(s, iv(p)), point(0)));
      const j = judge(total.figure, [sum]);
      // Parts may leave some tests unnamed (skipped, errored), so a shortfall counts only when they break the total down in parentheses.
      const breakdown = source !== undefined && isBreakdown(source, total.claim, parts.map((p) => p.claim));
      const over = sum.interval.lo > intervalOf(total.figure).hi;
      if (j.verdict === 'consistent' || over || breakdown) out.push({ index: total.index, outcome: judged(total.figure, [sum], 'report: test counts on this line') });
    }
  }
  return out;
}

/** Whether `parts` follow `total` inside parentheses opened right after it. */
function isBreakdown(source: string, total: Claim, parts: readonly Claim[]): boolean {
  const first = Math.min(...parts.map((p) => p.position.offset));
  if (first < total.position.offset) return false;
  const between = source.slice(total.position.offset, first);
  return /\(/.test(between) && !/\)/.test(between) && !/\n/.test(between);
}

/** A relation's judgement as an outcome, through `judged` like every other. */
function judgedRelation(j: RelationJudgement): Outcome {
  const outcome = judged(j.stated, j.readings, `report: ${showLines(j.lines)}`, j.suffix ?? '');
  if (outcome.kind !== 'judged' || !j.message) return outcome;
  return { ...outcome, message: outcome.verdict === 'contradicted' ? j.message.fails : j.message.holds };
}

/** The judgements of `relations` (default: every registered one) on a report's claims and structure. */
export function relateReport(claims: readonly Claim[], source: string | undefined, relations: readonly ReportRelation[] = reportRelations): Relation[] {
  if (source === undefined || claims.length === 0) return [];
  const tree = parseMarkdown(source);
  // A figure the report asks not to check is no operand either: no judgement may rest on a suppressed line.
  const suppressed = readSuppressions(source);
  const allowed = (j: RelationJudgement) => ![claims[j.index]?.position.line ?? 0, ...j.lines].some((line) => suppressed(line) !== undefined);
  return relations.flatMap((relation) => relation.judge({ claims, source, tree }).filter(allowed).map((j) => ({ index: j.index, outcome: judgedRelation(j) })));
}

export default {
  id: 'consistency',
  description: "The report's own arithmetic: rates against counts, sums, changes, table totals, counted lists and boxes.",
  kinds: ['ratio', 'change', 'percentOf', 'total', 'listCount', 'checkboxes', 'score'],
  async measure(claims, _run, report: ReportContext) {
    let tree: Root | undefined;
    // Parsed once per report, and only when a claim needs the structure.
    const getTree = () => (tree ??= parseMarkdown(report.source ?? ''));
    return claims.map((claim) => {
      try {
        return measureOne(claim, getTree);
      } catch (error) {
        return { kind: 'error', reason: error instanceof Error ? error.message : String(error) } satisfies Outcome;
      }
    });
  },
  relate(claims, report) {
    return [...relateTests(claims, report.source), ...relateReport(claims, report.source)];
  },
} satisfies Verifier;
