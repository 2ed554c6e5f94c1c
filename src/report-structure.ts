/**
 * The report's own structure, read from its mdast for the consistency
 * verifier: the table around a figure, the list that follows a count, the
 * task boxes of a section. Offsets are source offsets (0-based).
 */
import { toString } from 'mdast-util-to-string';
import type { Heading, List, ListItem, Parent, Root, RootContent, Table } from 'mdast';

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

/** A list that enumerates what a count counts. */
export interface ListView {
  /** Text of each top-level item. */
  items: string[];
  /** Source line of the first item (1-based). */
  line: number;
}

const listView = (lists: readonly List[]): ListView => ({
  items: lists.flatMap((list) => (list.children as ListItem[]).map((item) => toString(item).trim())),
  line: lists[0]?.position?.start.line ?? 0,
});

/**
 * The lists a count at `offset` introduces. For a paragraph, the list right
 * after it; for a heading, every list of its section (up to the next heading
 * of the same or a higher level), each list's top-level items. `undefined`
 * when none follows.
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
    return next?.type === 'list' ? listView([next]) : undefined;
  }
  const depth = (block as Heading).depth;
  const lists: List[] = [];
  for (const node of siblings.slice(index + 1)) {
    if (node.type === 'heading' && node.depth <= depth) break;
    if (node.type === 'list') lists.push(node);
  }
  return lists.length > 0 ? listView(lists) : undefined;
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
