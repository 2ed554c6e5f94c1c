/**
 * A total line right under the list it adds up: "**Total: 96/96 APIs tested (100%)**" under "- Arena: 5/5 APIs ✅",
 * "- SocketDNS: 7/7 APIs ✅", … (505:117), "Total size: ~152 KB of audit documentation" under "1. ✅ AUDIT_REPORT.md
 * (52 KB)", …, "7. ✅ documentation.csv (309 bytes)" (101:39). The line is led by a label that names a total
 * (total-line.ts); every item of the list states one count of things, or one size; most items count the total's own
 * things (a size in any size unit counts as a size). extractors/total.ts reads the line's figure as a `total` and
 * verifiers/consistency.ts adds the items up against it; both read the line and the items here.
 */
import type { List, ListItem, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { approxPrefixSource, numberSource, parseNumber } from '../figures/numbers.js';
import { durationUnitSource } from '../figures/scanner.js';
import { sizeScales, sizeUnitSource } from '../measure/sizes.js';
import { totalLabelSource } from './total-line.js';

/** One figure of a total line or an item: a count or share of things, or a size. */
export interface ListFigure {
  value: number;
  /** The whole of a share ("96/96"): its denominator. */
  of?: number;
  precision: number;
  approx: boolean;
  /** The word after the figure ("APIs", "KB"). */
  noun: string;
  /** Byte multipliers when the figure is a size (KB: 1000 or 1024). */
  scales?: number[];
  /** `[start, end)` of the figure and its noun in the text read. */
  start: number;
  end: number;
}

/** A count, a share or a size with the word after it: "~152 KB", "96/96 APIs", "(309 bytes)". Groups `approx`, `num`, `of`, `noun`. */
const figureSource = String.raw`(?<approx>(?:${approxPrefixSource})\s*)?(?<num>${numberSource})(?:\s*\/\s*(?<of>${numberSource}))?\s*(?<noun>${sizeUnitSource}|\p{L}[\p{L}-]*)`;
/** A figure standing apart from a name ("v2", "file_2.md"): not after a letter, digit, dot, slash or underscore. */
const figureRe = new RegExp(String.raw`(?<![\p{L}\p{N}._/-])${figureSource}`, 'gdu');
/** The total line: its label, then the figure right after it. */
const totalLineRe = new RegExp(String.raw`^[^\S\n]*${totalLabelSource}[^\S\n]*\**[^\S\n]*(?<figure>(?:${approxPrefixSource})?\s*\d)`, 'iu');
/** Figures that are no count of things: a percentage or a duration (the scanner's units of time, and longer ones). */
const notCountNounRe = new RegExp(String.raw`^(?:%|percent|${durationUnitSource}|days?|weeks?|months?|years?)$`, 'i');
/** A size's unit alone: "KB", "bytes". */
const sizeNounRe = new RegExp(String.raw`^(?:${sizeUnitSource})$`);

function readFigure(m: RegExpExecArray, offset = 0): ListFigure | undefined {
  const g = m.groups ?? {};
  const noun = g.noun ?? '';
  if (notCountNounRe.test(noun)) return undefined;
  const num = parseNumber(g.num ?? '0');
  const size = sizeNounRe.test(noun) ? sizeScales(noun) : undefined;
  // A count of things is whole: "1.2 tools" is no count.
  if (!size && num.precision > 0) return undefined;
  const span = m.indices?.[0] ?? [m.index, m.index + m[0].length];
  return {
    value: num.value, precision: num.precision, approx: g.approx !== undefined, noun,
    ...(g.of !== undefined ? { of: parseNumber(g.of).value } : {}),
    ...(size ? { scales: size.scales } : {}),
    start: offset + span[0], end: offset + span[1],
  };
}

/** The figures of `text` that count things or give a size. */
function figuresOf(text: string): ListFigure[] {
  figureRe.lastIndex = 0;
  const out: ListFigure[] = [];
  for (let m = figureRe.exec(text); m; m = figureRe.exec(text)) {
    const figure = readFigure(m);
    if (figure) out.push(figure);
  }
  return out;
}

/** The figure a total line states right after its label ("Total size: ~152 KB …"), when `line` is one. */
export function totalLineFigure(line: string): ListFigure | undefined {
  const m = totalLineRe.exec(line);
  if (!m) return undefined;
  const start = m[0].length - (m.groups?.figure?.length ?? 0);
  const first = figuresOf(line.slice(start))[0];
  return first && { ...first, start: first.start + start, end: first.end + start };
}

/** The one figure an item states, when it states exactly one count of things or one size; else undefined. */
export function itemFigure(item: string): ListFigure | undefined {
  const figures = figuresOf(item);
  return figures.length === 1 ? figures[0] : undefined;
}

/** A noun as compared: lower case, without a plural s ("APIs" and "API"). */
const stem = (noun: string): string => noun.toLowerCase().replace(/s$/, '');

/**
 * The figures of the items of the list above `total` that are its parts, or undefined when the items are no breakdown
 * of it: fewer than two, an item with no single figure, a size beside a count, a share beside a plain count, or most
 * items counting other things than the total ("7/7 features" among "5/5 APIs" … under "96/96 APIs" is a part).
 */
export function listParts(total: ListFigure, items: readonly string[]): ListFigure[] | undefined {
  if (items.length < 2) return undefined;
  const figures = items.map(itemFigure);
  if (figures.some((f) => f === undefined)) return undefined;
  const found = figures as ListFigure[];
  if (total.scales) return found.every((f) => f.scales) ? found : undefined;
  if (found.some((f) => f.scales) || (total.of === undefined) !== found.every((f) => f.of === undefined)) return undefined;
  return found.filter((f) => stem(f.noun) === stem(total.noun)).length * 2 > found.length ? found : undefined;
}

/** `figure`'s value in units of `scale` bytes, a size read with the same convention (1000 or 1024, by `convention`) as the total's. */
export function inUnitsOf(figure: ListFigure, scale: number, convention: 0 | 1): number {
  const own = figure.scales?.[Math.min(convention, (figure.scales?.length ?? 1) - 1)] ?? 1;
  return (figure.value * own) / scale;
}

/** The list right before the paragraph that starts on `line` (1-based), at any depth of the tree, or undefined. */
function listBefore(node: Root | RootContent, line: number): List | undefined {
  if (!('children' in node)) return undefined;
  const children = node.children as RootContent[];
  for (let i = 1; i < children.length; i++) {
    const child = children[i] as RootContent;
    if (child.type === 'paragraph' && child.position?.start.line === line) return children[i - 1]?.type === 'list' ? (children[i - 1] as List) : undefined;
  }
  for (const child of children) {
    const start = child.position?.start.line ?? 0;
    const end = child.position?.end.line ?? 0;
    if (start <= line && line <= end) return listBefore(child, line);
  }
  return undefined;
}

/**
 * The items of the list right above the total line on `line` (1-based), each item's own text (its first paragraph,
 * without its nested list), with the item's line; undefined when no list stands right above the line's paragraph.
 */
export function itemsAbove(tree: Root, line: number): Array<{ text: string; line: number }> | undefined {
  const list = listBefore(tree, line);
  if (!list) return undefined;
  return (list.children as ListItem[]).map((item) => {
    const first = item.children.find((c) => c.type === 'paragraph');
    return { text: first ? toString(first).trim() : '', line: item.position?.start.line ?? 0 };
  });
}

/** The title of a section that breaks a total down: "🔍 Breakdown by Category", "Test Breakdown". */
const breakdownTitleRe = /\bbreakdown\b/i;

/**
 * The parts of a heading's total (its figure, `total`) in the section right after it, when that section's title says
 * it breaks something down (`nextTitle`) and its sub-section titles (`subTitles`) each state one part; else undefined.
 */
export function breakdownParts(total: ListFigure, nextTitle: string | undefined, subTitles: readonly string[]): ListFigure[] | undefined {
  return nextTitle !== undefined && breakdownTitleRe.test(nextTitle) ? listParts(total, subTitles) : undefined;
}
