import type { Extractor, ExtractContext } from '../src/figures/extract.js';
import type { TextBlock } from '../src/read/markdown.js';
import type { Subject } from '../src/model.js';
import {
  cellScoreRe, readCellFigure, readFigure, readSum, termsThenTotalRe, totalEqualsTermsRe, totalRowLabelRe, totalThenTermsRe, weightedHeaderRe,
} from '../src/check/relation-forms.js';
import { numberSource } from '../src/figures/numbers.js';
import { rowSubject, subtotalRowRe } from '../src/figures/subjects.js';
import { headingThings } from '../src/figures/list-subject.js';
import { ownLabel } from '../src/figures/context.js';
import { titlePart } from '../src/figures/file-subject.js';
import { groupStart, scan } from '../src/read/scan.js';
import { englishWords, escapeRegExp, findWord, hasWord, remarkColumns, testCountNouns, wordsSource } from '../src/figures/words.js';
import { achievementHeaderWords } from '../src/figures/achievement-column.js';
import { countsTests } from '../src/check/table-files.js';
import { headingCategory, labelPart } from '../src/figures/test-subject.js';
import { listItemsOf } from '../src/figures/list-items.js';
import { totalLabelSource } from '../src/check/total-line.js';
import { breakdownParts, listParts, totalLineFigure } from '../src/check/list-sum.js';

/** "Total effort: 40 hours", "Breakdown (~12 days):" — a total of time introducing its breakdown. */
const timeTotalRe = new RegExp(
  String.raw`\b(?:total|breakdown|effort|estimated?)\b[^:\d]{0,40}[:(]?\s*\**(?<approx>~|≈|about\s+)?(?<num>${numberSource})(?<plus>\+)?\s*(?<unit>hours?|hrs?|days?|weeks?)\b`,
  'gid',
);
const timeFigureRe = /\d+(?:\.\d+)?\+?\s*(?:hours?|hrs?|days?|weeks?)\b/gi;

/**
 * A line of a paragraph whose label says it totals tests, and its count of them: "**Total**: 65 tests", "**Frontend Total
 * Tests:** 58 tests". Groups `label`, `num`, `plus`.
 */
const totalTestsLineRe = new RegExp(
  String.raw`^[^\S\n]*(?:[-*+][^\S\n]+)?${totalLabelSource}[^\S\n]*(?<num>\d[\d,]*)(?<plus>\+)?[^\S\n]+(?:${wordsSource(testCountNouns)})\b(?!\s+(?:files?|suites?)\b)`,
  'gimd',
);

/** Whether `cell` is a cell of a table with exactly one column, after its first, that counts tests ("| File | Tests | Status |"). */
function isTestsTableCell(cell: TextBlock | undefined): boolean {
  return cell?.kind === 'cell' && cell.columns !== undefined && cell.columns.filter((h, c) => c > 0 && countsTests(h)).length === 1;
}

/**
 * The total line right under a table of tests per file or class: the paragraph that follows the table's last cell
 * states, on a line labelled as a total, the count its column adds up to (106:42 "**Frontend Total Tests:** 58 tests",
 * w23 "**Total**: 106 tests", w37). src/check/relations/total-line-under-table.ts holds the count against the column.
 */
function totalLinesUnderTables(blocks: readonly TextBlock[], ctx: ExtractContext): void {
  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph' || block.context.list !== undefined || !isTestsTableCell(blocks[index - 1])) return;
    totalTestsLineRe.lastIndex = 0;
    for (let m = totalTestsLineRe.exec(block.text); m?.groups; m = totalTestsLineRe.exec(block.text)) {
      const numStart = m.indices?.groups?.num?.[0] ?? m.index;
      ctx.claim(block, numStart, m.index + m[0].length, {
        kind: 'total', subject: labelPart(m.groups.label) ?? { scope: 'all' }, value: Number((m.groups.num ?? '').replace(/,/g, '')), unit: 'count',
        qualifier: m.groups.plus ? 'atLeast' : 'exact', precision: 0,
      });
    }
  });
}

/** The subject of a total of `noun`: the things counted (`{"category": "APIs"}`), or the whole project when they are the unit of a measure (tests, lines). */
function thingsCounted(noun: string): Subject {
  return englishWords.testNouns.includes(noun.toLowerCase()) || /^lines?$/i.test(noun) ? { scope: 'all' } : { category: noun };
}

/**
 * The total line right under the list it adds up (src/check/list-sum.ts): "**Total: 96/96 APIs tested (100%)**" under
 * "- Arena: 5/5 APIs ✅", … (505:117), "Total size: ~152 KB of audit documentation" under a numbered list of files and
 * their sizes (101:39). Its subject is the things counted (`{"category": "APIs"}`), or for a size the things its
 * section's heading names ("### Report Files (11 total)"). verifiers/consistency.ts adds the items up against it.
 */
function totalLinesUnderLists(blocks: readonly TextBlock[], ctx: ExtractContext): void {
  blocks.forEach((block, index) => {
    const above = blocks[index - 1];
    if (block.kind !== 'paragraph' || block.item === true || above?.item !== true) return;
    const total = totalLineFigure(block.text.slice(0, (block.text + '\n').indexOf('\n')));
    if (!total) return;
    const items: string[] = [];
    for (let i = index - 1; i >= 0; i--) {
      const b = blocks[i] as TextBlock;
      if (b.kind === 'heading' || (b.item !== true && b.context.list === undefined)) break;
      if (b.item === true && b.context.list === above.context.list) items.unshift(b.text);
    }
    if (!listParts(total, items)) return;
    const heading = block.context.headings.at(-1);
    const subject = total.scales ? (heading !== undefined ? titlePart(heading) : undefined) ?? { scope: 'all' as const } : thingsCounted(total.noun);
    ctx.claim(block, total.start, total.end, {
      kind: 'total', subject, value: total.value, unit: total.scales ? 'bytes' : 'count',
      qualifier: total.approx ? 'approx' : 'exact', precision: total.precision,
    });
  });
}

/**
 * A heading stating a total right before the section that breaks it down (src/check/list-sum.ts): "## GRAND TOTAL:
 * **84,095 Lines**" before "## Breakdown by Category" over "### 1. Python Code (49,714 lines - 59.1%)", … (203:9),
 * "### Total Test Coverage: 25 Tests" before "## Test Breakdown" over "### StockAdjustmentTest (13 tests)", … (w32:19).
 * The things counted are the unit of the measure (lines, tests): its subject is the whole project, else those things.
 */
function totalHeadingsOverBreakdowns(blocks: readonly TextBlock[], ctx: ExtractContext): void {
  blocks.forEach((block, index) => {
    if (block.kind !== 'heading') return;
    const total = totalLineFigure(block.text);
    if (!total) return;
    const nextAt = blocks.findIndex((b, at) => at > index && b.kind === 'heading');
    const next = blocks[nextAt];
    if (!next) return;
    const path = [...next.context.headings, next.text];
    const subs = blocks.filter((b, at) => at > nextAt && b.kind === 'heading' && b.context.headings.length === path.length && b.context.headings.every((h, i) => h === path[i]));
    if (!breakdownParts(total, next.text, subs.map((b) => b.text))) return;
    ctx.claim(block, total.start, total.end, {
      kind: 'total', subject: thingsCounted(total.noun), value: total.value, unit: 'count',
      qualifier: total.approx ? 'approx' : 'exact', precision: total.precision,
    });
  });
}

/** An item stating a total of things: "**Tools:** 27 total tools" (018:12). Groups `num`, `noun`. */
const totalThingsRe = /\b(?<num>\d[\d,]*)\s+total\s+(?<noun>\p{L}+)/du;
/** The same with "Total" in its label: "**Total Tests:** 60 tests passing" (w47:12). Groups `num`, `noun`. */
const labelledTotalThingsRe = /^[^:\n]{0,30}\btotal\s+\p{L}+\s*:\s*(?<num>\d[\d,]*)\s+(?<noun>\p{L}+)/diu;

/** Whether `text` counts things of `noun` ("7 tools", "1 tool" for "tools"). */
function countsThings(text: string, noun: string): boolean {
  const stem = escapeRegExp(noun.toLowerCase().replace(/s$/, ''));
  return new RegExp(String.raw`\b\d[\d,]*\s+${stem}s?\b`, 'i').test(text);
}

/**
 * An item stating a total of things over the nested items that break it down, each counting the same things:
 * "- **Tools:** 27 total tools" over "  - **Fully Native:** 7 tools (26%)", "  - **Hybrid:** 19 tools (70%)", … (018:12),
 * "- **Total Tests:** 60 tests passing (100%)" over a count of tests per file (w47:12). Its subject is the things counted
 * (`{"category": "tools"}`), or the whole project when they are tests, the unit of the measure.
 * An item that only counts ("- **Count:** 125 tests") is a total when the breakdown stands in the nested list a sibling
 * item introduces ("- **Areas Covered:**" over "  - Products API (20 tests)", …, 204:56); its subject is then the kind
 * of tests its section names (src/check/relations/total-over-nested-list.ts judges the same structure).
 */
function totalItemsOverNestedItems(blocks: readonly TextBlock[], ctx: ExtractContext): void {
  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph' || block.item !== true) return;
    const total = /total/i.test(block.text) ? totalThingsRe.exec(block.text) ?? labelledTotalThingsRe.exec(block.text) : null;
    const m = total ?? labelledCountRe.exec(block.text);
    const noun = m?.groups?.noun;
    if (!m?.groups || noun === undefined) return;
    const nested = total ? listItemsOf(blocks, index) : siblingBreakdown(blocks, index);
    if (nested.length < 2 || !nested.every((b) => countsThings(b.text, noun))) return;
    const numStart = m.indices?.groups?.num?.[0] ?? m.index;
    const isTests = englishWords.testNouns.includes(noun.toLowerCase());
    const subject = !isTests ? { category: noun.toLowerCase() } : total ? { scope: 'all' as const } : headingCategory(block.context.headings) ?? { scope: 'all' as const };
    ctx.claim(block, numStart, m.index + m[0].length, {
      kind: 'total', subject, value: Number((m.groups.num ?? '').replace(/,/g, '')),
      unit: 'count', qualifier: 'exact', precision: 0,
    });
  });
}

/** An item that only counts, after its label: "**Count:** 125 tests". Groups `num`, `noun`. */
const labelledCountRe = /^[^:\d\n]{1,30}:\s*(?<num>\d[\d,]*)\s+(?<noun>\p{L}+)\s*$/du;
/** An item's text that introduces what follows: "**Areas Covered:**". */
const introducesRe = /:\s*$/;

/**
 * The nested items of the one item of `blocks[index]`'s list, after it and before the next heading, that introduces a
 * list ("- **Areas Covered:**" over its nested items); none when no sibling or several do.
 */
function siblingBreakdown(blocks: readonly TextBlock[], index: number): TextBlock[] {
  const list = blocks[index]?.context.list;
  const found: TextBlock[][] = [];
  for (let i = index + 1; i < blocks.length; i++) {
    const block = blocks[i] as TextBlock;
    // A heading or a paragraph outside any list ends the list.
    if (block.kind === 'heading' || (block.kind === 'paragraph' && block.item !== true && block.context.list === undefined)) break;
    if (block.item !== true || block.context.list !== list || !introducesRe.test(block.text)) continue;
    const items = listItemsOf(blocks, i);
    if (items.length > 0) found.push(items);
  }
  return found.length === 1 ? (found[0] as TextBlock[]) : [];
}

/** A figure that is a count: digits not followed by a percent sign. */
const countCellRe = /\d(?![\d,.]*\s*%)/;

/** Whether `cell` is a cell of `total`'s table and column, above it. */
function isCellAbove(cell: TextBlock, total: TextBlock): boolean {
  return cell.kind === 'cell' && cell.columns === total.columns && cell.context.table?.header === total.context.table?.header &&
    cell.sourceStart < total.sourceStart;
}

/**
 * Whether the cells above a Total row's cell may be what it adds up: some
 * hold a count, or none holds a figure (the checker then says the column has
 * nothing to add up). No cells, or only rates, make the row a measure of its own.
 */
function addsUpAbove(above: readonly TextBlock[]): boolean {
  if (above.length === 0) return false;
  return above.some((cell) => countCellRe.test(cell.text)) || above.every((cell) => !/\d/.test(cell.text));
}

/**
 * Totals the report states for parts it also states: a sum in the text
 * ("612 (580 unit + 32 e2e)", "117 + 11 = 128"), the TOTAL row of a table,
 * each cell of a weighted-score column, and a total of hours above the list
 * that breaks it down.
 */
function extract(blocks: readonly TextBlock[], ctx: ExtractContext): void {
  for (const re of [totalThenTermsRe, termsThenTotalRe, totalEqualsTermsRe]) {
    // Each form adds its terms with a `+`: a block without one holds no sum, and the expressions are costly to fail.
    for (const m of scan(blocks, re, (b) => b.kind !== 'code' && b.text.includes('+'))) {
      const form = readSum(m.match[0]);
      if (!form) continue;
      const totalStart = groupStart(m, 'total_num');
      // "**Runbooks**: 10 complete (9 new + 1 existing)": the label names the things added up.
      const label = ownLabel(m.block.text.slice(m.block.text.lastIndexOf('\n', m.start - 1) + 1, m.start));
      const subject = rowSubject(m.block.context) ?? headingThings(label) ?? { scope: 'all' };
      ctx.claim(
        m.block, m.start, m.end,
        { kind: 'total', subject, value: form.total.value, unit: 'count', qualifier: form.total.qualifier, precision: form.total.precision, ...(form.total.range ? { range: form.total.range } : {}) },
        [totalStart, totalStart + 1],
      );
    }
  }
  for (const block of blocks) {
    const table = block.context.table;
    if (block.kind !== 'cell' || !table) continue;
    // "| **Overall Coverage** | 46.36% | 49.06% |" is the whole project's coverage, not a sum of the rows above.
    const isSubtotalRow = subtotalRowRe.test(table.row);
    const isTotalRow = (totalRowLabelRe.test(table.row) || isSubtotalRow) && !hasWord(table.row, englishWords.coverage);
    const isWeighted = weightedHeaderRe.test(table.header);
    // The row's own label is not a figure of it; a remark ("| **96% improvement** |" under "Notes") is no total of its column.
    if ((!isTotalRow && !isWeighted) || block.text.trim() === table.row || findWord(table.header, remarkColumns) !== undefined) continue;
    // A Total row adds up the things its table's heading names ("### Tools Migration Progress").
    // A SUBTOTAL row adds up the part its table's title names ("### 1. Python Code (49,714 lines - 59.1%)").
    const title = block.context.headings.at(-1);
    const subject = (isSubtotalRow && title !== undefined ? titlePart(title) : undefined) ??
      (isTotalRow ? headingThings(block.context.headings.at(-1)) : undefined) ?? rowSubject(block.context) ?? { scope: 'all' };
    const figure = readCellFigure(block.text);
    // Its share of the whole ("**59.1%**") is a share, no sum of the shares above.
    if (isSubtotalRow && figure?.percent) continue;
    if (!figure) {
      // A scorecard's total ("**73/100**"): its points against the column's rows.
      const score = isTotalRow ? cellScoreRe.exec(block.text.replace(/^[^\p{N}*]+|[^\p{N}*]+$/gu, '')) : null;
      const scoreStart = block.text.search(/\d/);
      if (score?.groups && scoreStart >= 0) {
        const value = Number(score.groups.score);
        const decimals = (score.groups.score?.split('.')[1] ?? '').length;
        ctx.claim(block, scoreStart, block.text.trimEnd().replace(/\**$/, '').length, {
          kind: 'total', subject, value, unit: 'score', qualifier: 'exact', precision: decimals,
        });
      }
      continue;
    }
    // A Total row adds up the rows above it that are parts: "| **Total Files** | 234 |" under "| **Total Lines** | 84,095 |" (203:50),
    // "| **Total Tests** | … | 114% |" under "| **Overall Coverage** | … | 98% |" (406:17) is a measure of its own.
    const partsAbove = blocks.filter((b) => isCellAbove(b, block) && !totalRowLabelRe.test(b.context.table?.row ?? ''));
    if (isTotalRow && !isWeighted && partsAbove.length === 0) continue;
    // A percentage under a column of achievement ("| **Total Tests** | … | **114%** |" under "Achievement") is that row's share of its
    // target, no sum or mean of the shares above (a coverage column's Total is their mean, which the relations judge).
    if (isTotalRow && figure.percent && hasWord(table.header, achievementHeaderWords)) continue;
    // "| **Total Tests** | 2559 |" under rows of rates only, or as a table's first row, is a measure of its own, no sum of the rows above.
    if (isTotalRow && !isWeighted && !figure.percent && !addsUpAbove(partsAbove)) continue;
    const start = block.text.search(/[~≈\d]/);
    ctx.claim(block, Math.max(start, 0), block.text.trimEnd().length, {
      kind: 'total', subject, value: figure.value,
      // A total with decimals is a score or an amount, not a count.
      unit: figure.percent ? 'percent' : Number.isInteger(figure.value) ? 'count' : 'score',
      qualifier: figure.qualifier, precision: figure.precision, ...(figure.range ? { range: figure.range } : {}),
    });
  }
  totalLinesUnderTables(blocks, ctx);
  totalItemsOverNestedItems(blocks, ctx);
  totalLinesUnderLists(blocks, ctx);
  totalHeadingsOverBreakdowns(blocks, ctx);
  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph' || block.context.list !== undefined) return;
    const figures = block.text.match(timeFigureRe) ?? [];
    // One time figure only: a paragraph giving several totals does not say which one the list breaks down.
    if (figures.length !== 1) return;
    timeTotalRe.lastIndex = 0;
    const m = timeTotalRe.exec(block.text);
    if (!m?.groups) return;
    const label = block.text.trim();
    const items = blocks.filter((b, at) => at > index && b.context.list === label && b.kind === 'paragraph');
    if (items.length < 2 || !items.every((b) => (b.text.match(timeFigureRe) ?? []).length === 1)) return;
    const q = readFigure({ t_num: m.groups.num, t_approx: m.groups.approx, t_plus: m.groups.plus }, 't', false);
    if (!q) return;
    const numStart = m.indices?.groups?.num?.[0] ?? m.index;
    ctx.claim(block, numStart, m.index + m[0].length, {
      kind: 'total', subject: { scope: 'all' }, value: q.value, unit: 'count', qualifier: q.qualifier, precision: q.precision,
    });
  });
}

export default {
  id: 'total',
  description: 'Totals with their parts: "612 (580 unit + 32 e2e)", a TOTAL row, a total line under a table of tests, an item totalling its nested items, a weighted-score column, hours above their breakdown.',
  kinds: ['total'],
  extract,
} satisfies Extractor;
