/**
 * The context resolver: the words that give a figure its meaning, read from
 * the report's structure the same way for every kind — heading path, a
 * `Label:` (or a list's lead-in line), table header, row label and caption,
 * the parent item, the noun after the figure and the name before it — and
 * the figure's tense from the nearest context that states one.
 */
import type { FigureContext, Tense, TenseReading } from '../model.js';
import type { TextBlock } from '../read/markdown.js';
import { readTense } from './tense.js';
import { pathNearText } from './path-pieces.js';
import { cleanPath, pathOnlyRe, pathSource } from './subjects.js';
import { pathNamed } from './path-names.js';
import { clauseOpeners, englishWords, findWord, startOfWorkWords, wordsSource, type Words } from './words.js';
import { approxPrefixSource, atLeastPrefixSource, atLeastSuffixSource, atMostPrefixSource, atMostSuffixSource } from './numbers.js';
import { rememberByText } from './remember.js';

/**
 * A `Label:` that the text before a figure ends in, up to the figure: from
 * the line start or a separator, a name of at most 60 characters, maybe with
 * a parenthesised qualifier, then `:` or `=` and space. Group `label`.
 */
const labelRe = /(?:^\s*|[|;,]\s*|\s[-–—]\s)(?<label>[^\s:|;,=][^:|;=\n]{0,60}?(?:\s*\([^()\n]{0,40}\))?)\s*[:=](?:\s+|$)(?<gap>[^:\n]{0,40}|[^\s:(]+\s+\([^():\n]{0,60})$/u;
/** Marks that open a line and are no part of a label: list bullets, status emoji, task boxes. */
const leadingMarksRe = /^[\s\-*+>•·]*(?:\[[ xX]\]\s*)?(?:[^\p{L}\p{N}\s`(]+\s*)*/u;
/** A line that ends with a colon: it introduces what follows. */
const introRe = /:\s*$/;
/** A path in backticks anywhere in a cell. */
const tickedPathRe = new RegExp(String.raw`\`(?<path>${pathSource})\``);
/** Words the noun after a figure stops at. */
const nounStops = new Set([
  'in', 'of', 'for', 'and', 'or', 'the', 'a', 'an', 'with', 'from', 'on', 'at', 'to', 'are', 'were', 'is', 'was', 'have', 'has',
  'had', 'across', 'by', 'out', 'vs', 'versus', 'per', 'that', 'which', 'but', 'than', 'be', 'been', 'will', 'would', 'into',
  ...clauseOpeners,
]);
/** The words right after a figure: up to three, before punctuation; a word may carry a plural mark ("test(s)"). */
const nounRe = /^[ \t)\]*_]*(?<words>\p{L}[\p{L}\p{N}-]*(?:\(s\))?(?:[ \t]+\p{L}[\p{L}\p{N}-]*(?:\(s\))?){0,3})/u;
/** "test(s)": a word with its plural mark, read as its plural. */
const pluralMarkRe = /\(s\)$/;

/** Strip the marks around a label and its colon: "✅ **Coverage (global):**" → "Coverage (global)". */
export const cleanLabel: (text: string) => string = rememberByText(stripLabel);

function stripLabel(text: string): string {
  // Underscores inside a word are part of a name (BACKUP_PROCEDURES.md); only emphasis around it goes.
  return text.replace(leadingMarksRe, '').replace(/\*+/g, '').replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '').replace(/\s*[:=]\s*$/, '').replace(/\s+/g, ' ').trim();
}

/** The last line of `text`. */
function lastLine(text: string): string {
  return text.slice(text.lastIndexOf('\n') + 1);
}

/** The `Label:` the text of a line before a figure ends in, or undefined. */
export function ownLabel(before: string): string | undefined {
  const label = labelRe.exec(lastLine(before))?.groups?.label;
  if (label === undefined) return undefined;
  const clean = cleanLabel(label);
  // A URL's scheme or a clock are no labels.
  return clean === '' || /^(?:https?|ftp|file)$/i.test(clean) || /^\d+$/.test(clean) ? undefined : clean;
}

/**
 * A title the figure's parenthesis follows: "Remaining Test Failures (37
 * total)", "Unit Tests (12 tests, 2 skipped)". Group `title`.
 */
const titleParenRe = /^(?<title>[^\s(][^():\n]{1,60}?)\s*\((?<inside>[^()\n]{0,40})$/u;

/** The title before a figure's parenthesis on its line, or undefined. */
export function titleLabel(before: string): string | undefined {
  const title = titleParenRe.exec(lastLine(before).replace(leadingMarksRe, ''))?.groups?.title;
  if (title === undefined) return undefined;
  const clean = cleanLabel(title);
  // A sentence ends where a title would: "We ran the suite (26 passed)" names no part.
  return clean === '' || /[.!?]$/.test(clean) || clean.split(' ').length > 8 ? undefined : clean;
}

/** The indentation of a line. */
const indent = (line: string): number => /^\s*/.exec(line)?.[0].length ?? 0;

/**
 * The lead-in of a line of a plain-text code block: the nearest line above it
 * in the same block that ends with a colon and is less indented (or not a
 * list line when this one is), else the paragraph right before the block.
 */
function codeLead(blocks: readonly TextBlock[], index: number): string | undefined {
  const block = blocks[index];
  if (!block) return undefined;
  const own = indent(block.text);
  const bulleted = /^\s*[-*+•]\s/.test(block.text);
  let first = index;
  // A lead stands within a screen of its lines; a long log is not walked back line by line for each line.
  for (let i = index - 1; i >= Math.max(0, index - 200); i--) {
    const above = blocks[i];
    if (!above || above.kind !== 'code' || above.fence !== block.fence) break;
    first = i;
    const outer = indent(above.text) < own || (bulleted && !/^\s*[-*+•]\s/.test(above.text));
    // A less indented line that ends with a colon, or is a title without figures ("=== Coverage summary ==="), leads the lines under it.
    if (outer && (introRe.test(above.text) || !/\d/.test(above.text))) return cleanLabel(above.text.replace(/[=#*-]{2,}/g, ' '));
  }
  // The paragraph right before the block introduces it ("Module coverage:"); a list item or a sentence with figures does not.
  const before = blocks[first - 1];
  if (before && before.kind === 'paragraph' && before.item !== true && before.context.list === undefined && before.text.length <= 120 && (introRe.test(before.text) || !/\d/.test(before.text))) {
    return cleanLabel(lastLine(before.text));
  }
  return block.context.list !== undefined && introRe.test(block.context.list) ? cleanLabel(lastLine(block.context.list)) : undefined;
}

/** The cells of the row `blocks[index]` sits in. */
function rowCells(blocks: readonly TextBlock[], index: number): TextBlock[] {
  const block = blocks[index];
  const row = block?.context.table?.row;
  const same = (other: TextBlock | undefined): other is TextBlock => other?.kind === 'cell' && other.columns === block?.columns && other.context.table?.row === row;
  let first = index;
  while (same(blocks[first - 1]) && blocks[first - 1]?.text.trim() !== row) first--;
  if (blocks[first]?.text.trim() !== row && same(blocks[first - 1])) first--;
  const cells: TextBlock[] = [];
  for (let i = first; same(blocks[i]) && cells.length < (block?.columns?.length ?? 0); i++) cells.push(blocks[i] as TextBlock);
  return cells;
}

/** The row label of a cell: the first cell, or the cell naming a file when the first does not. */
function rowLabel(blocks: readonly TextBlock[], index: number): string {
  const row = blocks[index]?.context.table?.row ?? '';
  if (pathOnlyRe.test(row.trim()) || /\p{L}/u.test(row) && !/^\W*(?:✅|❌|⚠️)?\W*$/u.test(row)) return cleanLabel(row);
  for (const cell of rowCells(blocks, index)) {
    const path = tickedPathRe.exec(cell.text)?.groups?.path;
    if (path) return cleanPath(path);
  }
  return cleanLabel(row);
}

/** Captions found, by table (its header array is shared by its cells): a table's cells are not walked again for each cell. */
const captions = new WeakMap<readonly string[], { caption: string | undefined }>();

/** The caption of a cell's table: the heading or paragraph right above the table. */
function caption(blocks: readonly TextBlock[], index: number): string | undefined {
  const columns = blocks[index]?.columns;
  if (!columns) return findCaption(blocks, index);
  let found = captions.get(columns);
  if (!found) {
    found = { caption: findCaption(blocks, index) };
    captions.set(columns, found);
  }
  return found.caption;
}

function findCaption(blocks: readonly TextBlock[], index: number): string | undefined {
  const columns = blocks[index]?.columns;
  let i = index;
  while (i > 0 && blocks[i - 1]?.kind === 'cell' && blocks[i - 1]?.columns === columns) i--;
  const above = blocks[i - 1];
  if (!above || above.kind === 'cell' || above.kind === 'code') return undefined;
  return cleanLabel(lastLine(above.text)).slice(0, 120) || undefined;
}

/** A bound the scanner read after a figure ("50% minimum", "3 or more"): part of the figure, not of its noun. */
const boundAfterRe = new RegExp(String.raw`\s*(?:${atLeastSuffixSource}|${atMostSuffixSource})\s*$`, 'i');

/** The noun phrase after a figure, and the unit word written with it. */
function nounAfter(text: string, numEnd: number, end: number): string | undefined {
  const unitWord = text.slice(numEnd, end).replace(/^[\s%+\d.,/–—-]*/, '').replace(boundAfterRe, '').trim();
  const words = nounRe.exec(text.slice(end))?.groups?.words?.split(/\s+/) ?? [];
  const kept: string[] = unitWord !== '' && /\p{L}/u.test(unitWord) ? [unitWord] : [];
  for (const word of words) {
    if (nounStops.has(word.toLowerCase())) break;
    kept.push(word.replace(pluralMarkRe, 's'));
  }
  return kept.length > 0 ? kept.join(' ') : undefined;
}

/** The block kind a figure is read in. */
function blockKind(block: TextBlock): FigureContext['block'] {
  if (block.kind === 'code') return 'code-text';
  if (block.kind === 'cell' || block.kind === 'heading') return block.kind;
  return block.item === true ? 'item' : 'paragraph';
}

/** Where a figure stands in a block: `[start, end)` of the figure, `numStart` of its digits, `numEnd` before its unit. */
export interface FigureSpan {
  start: number;
  end: number;
  numStart: number;
}

/** The qualifier word a figure's own line ends with, which is no part of its label: "Coverage: about 80%", "Tests: over 300". */
const qualifierBeforeRe = new RegExp(String.raw`(?<![A-Za-z])(?:${approxPrefixSource}|${atLeastPrefixSource}|${atMostPrefixSource})\s*$`, 'i');

/**
 * The context of the figure at `span` of `blocks[index]`. Every part but
 * `headings` and `block` is set only when the structure gives it.
 */
export function resolveContext(blocks: readonly TextBlock[], index: number, span: FigureSpan): FigureContext {
  const block = blocks[index] as TextBlock;
  const context: FigureContext = { headings: block.context.headings, block: blockKind(block) };
  // Only the figure's own line is read: a label never spans lines, and a long paragraph is not read again for each figure.
  const before = block.text.slice(block.text.lastIndexOf('\n', span.numStart - 1) + 1, span.numStart).replace(qualifierBeforeRe, '');
  const own = ownLabel(before) ?? titleLabel(before);
  const list = block.context.list;
  let lead: string | undefined;
  if (block.kind === 'code') lead = codeLead(blocks, index);
  else if (list !== undefined && introRe.test(list) && block.context.table === undefined) lead = cleanLabel(lastLine(list));
  else if (list !== undefined && block.context.table === undefined) context.parent = cleanLabel(list).slice(0, 160);
  const label = lead !== undefined && own !== undefined && lead !== own ? `${lead}: ${own}` : own ?? lead;
  if (label) context.label = label;
  if (block.context.table) {
    const table: NonNullable<FigureContext['table']> = { header: cleanLabel(block.context.table.header), row: rowLabel(blocks, index) };
    const above = caption(blocks, index);
    if (above) table.caption = above;
    context.table = table;
  }
  const numEnd = numberEnd(block.text, span);
  const noun = nounAfter(block.text, numEnd, span.end);
  if (noun) context.noun = noun;
  const labelPath = own !== undefined ? pathOnlyRe.exec(own)?.groups?.path : undefined;
  const lineStart = block.text.lastIndexOf('\n', span.start - 1) + 1;
  const name = labelPath ? cleanPath(labelPath) : pathNearText(block.text.slice(lineStart, span.start), span.start - lineStart, span.start - lineStart);
  if (name) context.name = name;
  else if (context.table && pathOnlyRe.test(context.table.row)) context.name = cleanPath(context.table.row);
  else if (context.table) {
    // "| Python installer | 330 lines |" after "`installer/install.py` - Python installer": the row names that file.
    const named = pathNamed(blocks, context.table.row);
    if (named) context.name = named;
  }
  const clause = clauseBefore(before);
  if (clause) context.before = clause;
  const signed = signBeforeRe.exec(block.text.slice(Math.max(0, span.start - 8), span.start))?.groups;
  if (signed?.sign) context.sign = signed.sign.trim() as NonNullable<FigureContext['sign']>;
  else if (signed?.minus) context.sign = '-';
  return context;
}

/** The text of the last clause of `before`, marks stripped, at most 60 characters; undefined when empty. */
function clauseBefore(before: string): string | undefined {
  const clause = (before.split(/[.;!?|](?:\s|$)/).pop() ?? '').replace(/\*+/g, '').replace(/\s+/g, ' ').trim().slice(-60);
  return /\p{L}/u.test(clause) ? clause : undefined;
}

/**
 * A delta's sign or arrow right before a figure ("+129", "(+5%)", "↑ 11.4",
 * "**+25.63%**"), standing apart from what precedes it: not the `+` of a sum
 * ("359 + 264") or of a name ("C++ 17"), not the `-` of a range or a bullet.
 */
const signBeforeRe = /(?:^|[\s(:|[])\**(?:(?<sign>\+|[↑↓]\s?)|(?<minus>[-−]))\**$/u;

/** Where the number of a figure ends, before its unit word; a count in words ("Zero tests", "three failing") is one word. */
function numberEnd(text: string, span: FigureSpan): number {
  const m = /^(?:[\d.,]+(?:\s?%)?(?:\s*(?:\/|(?:out\s+)?of)\s*[\d.,]+)?(?:\s*[-–—]\s*[\d.,]+)?\s?%?\+?|\p{L}+(?=\s))/u.exec(text.slice(span.numStart));
  return span.numStart + (m?.[0].length ?? 0);
}

/** The first word of a label or heading, lower case. */
const firstWord = (text: string): string => (/\p{L}+/u.exec(text)?.[0] ?? '').toLowerCase();
/** The last word of a label, lower case: the head noun of an English label ("Coverage thresholds"). */
const lastWord = (text: string): string => (/\p{L}+(?=\P{L}*$)/u.exec(text)?.[0] ?? '').toLowerCase();
/** Words in a label that set it beside the present: "Before / After", "Baseline vs Current". */
const besideNowRe = /\b(?:after|current|now|today|vs\.?|versus)\b/i;

/** A label naming the state at the start of the work: "Start", "Tests at entry", "Coverage at session start". */
const startOfWorkRe = new RegExp(String.raw`^(?:[\p{L}\s]*\s(?:at|on)\s+(?:the\s+)?)?${wordsSource(startOfWorkWords)}$`, 'iu');

/** The tense a label or heading states by its words, or undefined. */
function tenseOfLabel(label: string, words: Words, heading: boolean): TenseReading | undefined {
  if ((words.before.includes(firstWord(label)) || (!heading && startOfWorkRe.test(label))) && !besideNowRe.test(label)) return { tense: 'before', reason: `under "${label}"` };
  const projected = findWord(label, words.projected.filter((w) => !heading || w !== 'expected'));
  if (projected !== undefined && !besideNowRe.test(label)) return { tense: 'projected', reason: `under "${label}"` };
  // The goal word leads the label ("Target Coverage") or is its head noun, last ("Coverage thresholds:"); not a label that sets it beside the present ("Current vs Target").
  if (!heading && (words.target.includes(firstWord(label)) || (words.target.includes(lastWord(label)) && !besideNowRe.test(label)))) return { tense: 'target', reason: `under "${label}"` };
  return undefined;
}

/**
 * The tense of the figure at `span` of `blocks[index]` read with `context`:
 * the words around it and its table column first (tense.ts), then the
 * nearest label (own, then lead-in) and heading that state a tense.
 */
export function resolveTense(blocks: readonly TextBlock[], index: number, span: FigureSpan, context: FigureContext, words: Words = englishWords): TenseReading {
  const block = blocks[index] as TextBlock;
  const reading = readTense(block.text, span.start, span.end, block.context, block.columns);
  if (reading.tense !== 'current') return reading;
  return contextTense(context, words, block.columns) ?? reading;
}

/**
 * The tense the structure around a figure states, nearest first: its own
 * label, its lead-in, a parent item that names a before-state, its headings.
 * Undefined when none states one.
 */
export function contextTense(context: FigureContext, words: Words = englishWords, columns: readonly string[] = []): TenseReading | undefined {
  const labels = (context.label ?? '').split(': ').reverse();
  for (const label of labels) {
    if (label === '') continue;
    const found = tenseOfLabel(label, words, false);
    if (found) return found;
  }
  if (context.parent) {
    const found = tenseOfLabel(context.parent, words, true);
    if (found?.tense === 'before') return found;
  }
  // A table that names its estimates in a column of their own ("| Code Coverage | Estimated Mutation Score |") leaves its other columns measured.
  const header = context.table?.header;
  const estimatesApart = header !== undefined && findWord(header, words.projected) === undefined && columns.some((c) => c !== header && findWord(c, words.projected) !== undefined);
  for (const heading of [...context.headings].reverse()) {
    const found = tenseOfLabel(heading, words, true);
    if (found?.tense === 'projected' && estimatesApart) continue;
    if (found) return found;
  }
  return undefined;
}

export type { Tense };
