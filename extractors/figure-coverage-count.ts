/**
 * Covered/total counts of coverage read from structure: the count written
 * beside a coverage percentage ("74.29% (4,609/6,204 lines)", "src/config.rs:
 * 120/161 (74.53%)", a cell "94.15% (1,385/1,471)" in a Functions row), or
 * under a label or column that names covered lines ("**Lines Covered**:
 * 502/617", "| File | Lines Covered |"). The value is `covered/total`, as the
 * coverage-count extractor gives it: it holds only when both counts are those
 * of the coverage file.
 */
import type { ClaimKind, Figure } from '../src/model.js';
import type { Classification, FigureClassifier, FigurePlace } from '../src/figures/classify.js';
import { ownLabelOf } from '../src/figures/classify.js';
import { changeWords, hasWord, type Words } from '../src/figures/words.js';
import figureCoverage, { metricKind } from './figure-coverage.js';

/** A percentage right before the count's parenthesis: "74.29% (" of "74.29% (4,609/6,204 lines)". Group `pct`. */
const percentBeforeRe = /(?<![\w.,])(?<pct>\d{1,3}(?:\.\d+)?)\s?%\**\s*\(\s*$/;
/** A percentage in a parenthesis right after the count: " (74.53%)" of "120/161 (74.53%)". Group `pct`. */
const percentAfterRe = /^\s*\(\s*~?(?<pct>\d{1,3}(?:\.\d+)?)\s?%\s*\)/;
/** A count written with a slash: "1,385/1,471", "6/128 lines"; "6 of 8" is left to the phrase readers. */
const slashCountRe = /^[\d,]+\s*\/\s*[\d,]+/;

/** The percentage written beside the count on its line, with its place when it stands before the count, or undefined. */
function percentBeside(place: FigurePlace): { value: number; precision: number; place?: FigurePlace } | undefined {
  const from = Math.max(0, place.start - 16);
  const before = percentBeforeRe.exec(place.text.slice(from, place.start));
  const pct = before?.groups?.pct ?? percentAfterRe.exec(place.text.slice(place.end, place.end + 16))?.groups?.pct;
  if (pct === undefined) return undefined;
  const start = before !== null ? from + before.index : undefined;
  // The percentage's own place ("5%" of "5% (6/128 lines)"): its reading may look at the count after it.
  const own = start !== undefined ? { place: { ...place, start, end: start + pct.length + 1 } } : {};
  return { value: Number(pct), precision: pct.split('.')[1]?.length ?? 0, ...own };
}

/**
 * A label or column that names covered units and nothing else: "Lines
 * Covered", "Covered Lines", "Statements covered". Its metric, or undefined.
 */
function coveredLabelMetric(label: string, words: Words): ClaimKind | undefined {
  const parts = label.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '');
  if (parts.length !== 2 || !parts.includes('covered')) return undefined;
  return metricKind(label, words);
}

/** A file's name holds a letter; a count written like a path ("66/66") is none. */
const fileName = (figure: Figure): string | undefined => {
  const name = figure.context.name;
  return name !== undefined && /\p{L}/u.test(name) ? name : undefined;
};

function classify(figure: Figure, words: Words, place?: FigurePlace): Classification | undefined {
  if (!place || figure.of === undefined || figure.value > figure.of || figure.of === 0 || !Number.isInteger(figure.value) || !Number.isInteger(figure.of)) return undefined;
  if (!slashCountRe.test(figure.text) || figure.context.sign !== undefined) return undefined;
  const value = `${figure.value}/${figure.of}`;
  // The count's own noun names its metric ("(4,609/6,204 lines)"); a noun that is no metric says it counts something else.
  const noun = figure.context.noun;
  const nounMetric = noun !== undefined ? metricKind(noun, words) : undefined;
  if (noun !== undefined && nounMetric === undefined) return undefined;
  const beside = percentBeside(place);
  if (beside) {
    // The percentage beside the count is read as it would be alone, in the same context: the count is the same coverage.
    const percent: Figure = {
      ...figure, value: beside.value, unit: 'percent', precision: beside.precision, text: `${beside.value}%`,
      context: { ...figure.context, noun: undefined },
    };
    delete percent.of;
    const read = figureCoverage.classify(percent, words, beside.place);
    if (!read || !read.kind.startsWith('coverage.')) return undefined;
    // The share must be the count's: "94% (1990/2119)" holds, "50% (6/128)" is some other share.
    if (Math.abs((100 * figure.value) / figure.of - beside.value) > 0.5 + 0.5 * 10 ** -beside.precision) return undefined;
    return { kind: nounMetric ?? read.kind, subject: read.subject, value };
  }
  // No percentage beside it: a label or column naming covered units, in a report section about coverage.
  const c = figure.context;
  const labelMetric = coveredLabelMetric(ownLabelOf(figure), words) ?? coveredLabelMetric(c.table?.header ?? '', words);
  if (!labelMetric) return rowCount(figure, words, value);
  const name = fileName(figure);
  if (name !== undefined && (c.block === 'cell' ? c.table?.row === name : ownLabelOf(figure) === name)) return { kind: labelMetric, subject: { path: name }, value };
  // The whole project's: a label of its own under a heading that says coverage, no row or file naming a part.
  if (name === undefined && c.block !== 'cell' && hasWord(c.headings.at(-1) ?? '', words.coverage)) return { kind: labelMetric, subject: { scope: 'all' }, value };
  return rowCount(figure, words, value);
}

/**
 * A metrics table's row that names covered units ("| **Lines Covered** | **408/625** |" under "Metric | Value"):
 * the whole project's count, in any column but one of changes.
 */
function rowCount(figure: Figure, words: Words, value: string): Classification | undefined {
  const table = figure.context.table;
  if (figure.context.block !== 'cell' || !table) return undefined;
  const metric = coveredLabelMetric(table.row.replace(/[*_`]/g, ''), words);
  if (!metric || hasWord(table.header, changeWords) || fileName(figure) !== undefined) return undefined;
  return { kind: metric, subject: { scope: 'all' }, value };
}

export default {
  id: 'figure-coverage-count',
  description: 'Covered/total coverage counts: beside a coverage percentage ("74.29% (4,609/6,204 lines)", "src/config.rs: 120/161 (74.53%)"), or under a "Lines Covered" label or column.',
  kinds: ['coverage.lines', 'coverage.branches', 'coverage.functions', 'coverage.statements'],
  classify,
} satisfies FigureClassifier;
