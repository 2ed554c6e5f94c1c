/**
 * The report's own structure, read from its mdast for the consistency
 * verifier: the table around a figure, the list that follows a count, the
 * task boxes of a section. Offsets are source offsets (0-based).
 */
import { toString } from 'mdast-util-to-string';
import type { Heading, List, ListItem, Parent, Root, RootContent, Table } from 'mdast';
import { parseMarkdown } from './markdown.js';

const startOf = (node: { position?: { start: { offset?: number } } }) => node.position?.start.offset ?? -1;
const endOf = (node: { position?: { end: { offset?: number } } }) => node.position?.end.offset ?? -1;
const contains = (node: RootContent | Root, offset: number) => startOf(node) <= offset && offset < endOf(node);

/** The chain of nodes from the root down to the innermost block containing `offset`. */
function pathTo(tree: Root, offset: number): Array<Root | RootContent> {
  const chain: Array<Root | RootContent> = [tree];
  let node: Root | RootContent = tree;
  for (;;) {
    if (!('children' in node)) return chain;
    const child: RootContent | undefined = (node.children as RootContent[]).find((c) => contains(c, offset));
    if (!child || child.type === 'text' || child.type === 'inlineCode') return chain;
    chain.push(child);
    node = child;
  }
}

/** A table read as text: header cells and body rows, with the position of one cell. */
export interface TableView {
  header: string[];
  rows: string[][];
  /** Source line of each body row (1-based). */
  rowLines: number[];
  /** The row and column of the cell asked about; row −1 is the header. */
  row: number;
  column: number;
  /** Source line of the table's first row (1-based). */
  line: number;
}

function readTable(table: Table, row = -1, column = -1): TableView {
  const [head, ...body] = table.children;
  const text = (cells: readonly RootContent[]) => cells.map((cell) => toString(cell).trim());
  return {
    header: text(head?.children ?? []),
    rows: body.map((r) => text(r.children)),
    rowLines: body.map((r) => r.position?.start.line ?? 0),
    row,
    column,
    line: table.position?.start.line ?? 0,
  };
}

/** The table cell at `offset`, with its whole table; `undefined` when the offset is in no table. */
export function tableAt(tree: Root, offset: number): TableView | undefined {
  const chain = pathTo(tree, offset);
  const index = chain.findIndex((n) => n.type === 'table');
  if (index < 0) return undefined;
  const table = chain[index] as Table;
  const row = chain[index + 1];
  const cell = chain[index + 2];
  if (!row || row.type !== 'tableRow' || !cell) return readTable(table);
  return readTable(table, table.children.indexOf(row) - 1, row.children.indexOf(cell as (typeof row.children)[number]));
}

/** Every table of the report, in order. */
export function allTables(tree: Root): TableView[] {
  const out: TableView[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'table') out.push(readTable(node));
    else if ('children' in node) for (const child of node.children as RootContent[]) walk(child);
  };
  walk(tree);
  return out;
}

/**
 * Labels of items that annotate a list's entries rather than being entries:
 * "- **Cause**: …", "- **Status**: all pass in isolation", "- Note: …".
 */
export const annotationLabels = [
  'cause', 'root cause', 'status', 'note', 'notes', 'reason', 'impact', 'fix', 'fixed by', 'solution', 'workaround',
  'resolution', 'action', 'next step', 'next steps', 'result', 'effect', 'why', 'evidence', 'details', 'recommendation',
] as const;
const annotationRe = new RegExp(String.raw`^(?:${annotationLabels.map((l) => l.replace(/ /g, String.raw`\s+`)).join('|')})\s*:`, 'i');

/** Whether a list item (as text) annotates the entries around it. */
export const isAnnotation = (item: string): boolean => annotationRe.test(item);

/**
 * Labels of items that describe what a heading or item names rather than
 * list its parts: "### Enhanced Tests (132 snapshots)" over "- **Location**:
 * …" and "- **Coverage**: …" gives two facts about the 132, not two of them.
 */
export const propertyLabels = [
  'location', 'path', 'file', 'files', 'folder', 'directory', 'coverage', 'description', 'purpose', 'scope', 'type', 'summary',
  'owner', 'size', 'duration', 'focus', 'covers', 'contents', 'command', 'run with', 'framework',
] as const;
const propertyRe = new RegExp(String.raw`^(?:${propertyLabels.map((l) => l.replace(/ /g, String.raw`\s+`)).join('|')})\s*:`, 'i');

/** Whether every item of a list is a labelled fact about what it stands under, so that the list has no entries. */
const describesOnly = (items: readonly string[]): boolean => items.length > 0 && items.every((item) => annotationRe.test(item) || propertyRe.test(item));

/** A list that enumerates what a count counts. */
export interface ListView {
  /** Text of each top-level item. */
  items: string[];
  /** The items that are entries: all but the annotations, unless every item is one. */
  entries: string[];
  /** Source line of the first item (1-based). */
  line: number;
  /** Source line of each entry, as `entries` (1-based). */
  entryLines: number[];
  /** Whether some of the lists lie in sub-sections of the heading that introduced them. */
  nested?: boolean;
  /** Whether every item is a labelled fact ("**Location**: …", "**Status**: …"): the list describes, it enumerates nothing. */
  describes?: boolean;
}

/** The top-level items of `list`, as text, each with its source line (1-based). */
export const itemsOfList = (list: List): Array<{ text: string; line: number }> =>
  (list.children as ListItem[]).map((item) => ({ text: toString(item).trim(), line: item.position?.start.line ?? 0 }));

/** A list view of items given as text and line (1-based), in order: the first item's line is the view's. */
export function viewOfItems(all: ReadonlyArray<{ text: string; line: number }>): ListView {
  const items = all.map((item) => item.text);
  const kept = all.filter((item) => !isAnnotation(item.text));
  const entries = kept.length > 0 ? kept : all;
  const view: ListView = { items, entries: entries.map((e) => e.text), entryLines: entries.map((e) => e.line), line: all[0]?.line ?? 0 };
  return describesOnly(items) ? { ...view, describes: true } : view;
}

function listView(lists: readonly List[]): ListView {
  const view = viewOfItems(lists.flatMap(itemsOfList));
  return { ...view, line: lists[0]?.position?.start.line ?? 0 };
}

/** Text that ends with a colon, or with a label's count ("Files Modified: 3"), maybe inside emphasis: it introduces what follows. */
export const introducesRe = /:[\s*_]*(?:[~≈]?\d[\d,]*\+?[\s*_]*)?$/;

/**
 * The lists a count at `offset` introduces. For a paragraph, the list right
 * after it (for an item's own paragraph, only when it ends with a colon or
 * a label's count);
 * for a heading, every list of its section (up to the next heading of the
 * same or a higher level), each list's top-level items. `undefined` when
 * none follows.
 */
export function listsAfter(tree: Root, offset: number): ListView | undefined {
  const chain = pathTo(tree, offset);
  const block = [...chain].reverse().find((n) => n.type === 'paragraph' || n.type === 'heading');
  if (!block) return undefined;
  const parent = chain[chain.indexOf(block) - 1] as Parent | undefined;
  if (!parent) return undefined;
  const siblings = parent.children as RootContent[];
  const index = siblings.indexOf(block);
  if (block.type === 'paragraph') {
    const next = siblings[index + 1];
    // An item's own sublist details the item ("**Repo Controller Tests (30 failures)**" over its cause and status);
    // it lists the item's entries only when the item introduces it: "Failures:", "**Files Modified**: 3".
    if (parent.type === 'listItem' && !introducesRe.test(toString(block))) return undefined;
    return next?.type === 'list' ? listView([next]) : undefined;
  }
  const depth = (block as Heading).depth;
  const lists: List[] = [];
  let nested = false;
  let inSubsection = false;
  for (const node of siblings.slice(index + 1)) {
    if (node.type === 'heading' && node.depth <= depth) break;
    if (node.type === 'heading') inSubsection = true;
    if (node.type === 'list') {
      lists.push(node);
      nested ||= inSubsection;
    }
  }
  return lists.length > 0 ? { ...listView(lists), ...(nested ? { nested } : {}) } : undefined;
}

/** A task box of the report. */
export interface TaskBox {
  checked: boolean;
  /** Texts of the enclosing headings, outermost first. */
  headings: string[];
  line: number;
}

/** Every task-list box of the report, in order, with its heading path. */
export function taskBoxes(tree: Root): TaskBox[] {
  const boxes: TaskBox[] = [];
  const headings: Array<{ depth: number; text: string }> = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'heading') {
      while (headings.length > 0 && (headings[headings.length - 1]?.depth ?? 0) >= node.depth) headings.pop();
      headings.push({ depth: node.depth, text: toString(node).trim() });
      return;
    }
    if (node.type === 'listItem' && typeof node.checked === 'boolean') {
      boxes.push({ checked: node.checked, headings: headings.map((h) => h.text), line: node.position?.start.line ?? 0 });
    }
    if ('children' in node) for (const child of node.children as RootContent[]) walk(child);
  };
  walk(tree);
  return boxes;
}

/** A heading and the extent of its section. */
export interface SectionView {
  depth: number;
  text: string;
  /** Line of the heading (1-based). */
  line: number;
  /** Last line of the section: before the next heading of the same or a higher level. */
  end: number;
}

/** Every section of the report, in order (headings at the top level of the document). */
export function sectionsOf(tree: Root): SectionView[] {
  const headings = tree.children.filter((n): n is Heading => n.type === 'heading');
  const last = tree.position?.end.line ?? Infinity;
  return headings.map((h, i) => {
    const next = headings.slice(i + 1).find((o) => o.depth <= h.depth);
    return { depth: h.depth, text: toString(h).trim(), line: h.position?.start.line ?? 0, end: next ? (next.position?.start.line ?? 1) - 1 : last };
  });
}

/** The sections of the last report source asked about: the verifiers ask for each claim of one report in turn. */
let lastSections: { source: string; sections: SectionView[] } | undefined;

/** `sectionsOf` a report's markdown source, parsed once for the last source asked about. */
export function sectionsOfSource(source: string): SectionView[] {
  if (lastSections?.source !== source) lastSections = { source, sections: sectionsOf(parseMarkdown(source)) };
  return lastSections.sections;
}

/** The innermost section holding `line` (1-based), or undefined before the first heading. */
export function sectionAt(sections: readonly SectionView[], line: number): SectionView | undefined {
  return sections.filter((s) => s.line <= line && line <= s.end).at(-1);
}

/** The direct sub-sections of `section`: the highest-level headings inside it. */
export function subsections(all: readonly SectionView[], section: SectionView): SectionView[] {
  const inside = all.filter((s) => s.line > section.line && s.line <= section.end && s.depth > section.depth);
  const depth = Math.min(...inside.map((s) => s.depth));
  return inside.filter((s) => s.depth === depth);
}

/** A top-level list with the line of each top-level item. */
export interface ItemsView {
  line: number;
  items: Array<{ text: string; line: number; annotation: boolean }>;
}

/** The top-level lists whose first line lies in `[from, to]`. */
export function listsBetween(tree: Root, from: number, to: number): ItemsView[] {
  return tree.children
    .filter((n): n is List => n.type === 'list' && (n.position?.start.line ?? 0) >= from && (n.position?.start.line ?? 0) <= to)
    .map((list) => ({
      line: list.position?.start.line ?? 0,
      items: (list.children as ListItem[]).map((item) => {
        const text = toString(item).trim();
        return { text, line: item.position?.start.line ?? 0, annotation: isAnnotation(text) };
      }),
    }));
}
