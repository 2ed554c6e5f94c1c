/**
 * Section-wise parsing of large reports.
 *
 * micromark, under remark-parse, grows quadratically with document size: each
 * time a list or block quote closes, its document tokenizer applies an
 * `EditMap` that copies the whole event list of the document so far
 * (micromark/lib/initialize/document.js, `documentContinue` and
 * `writeToChild`). A report with thousands of lists pays for every one of
 * them with a pass over everything before it. Parsing a large report in
 * sections of bounded size keeps the cost linear; the section trees are
 * joined into one with positions shifted back to the whole source, and the
 * result is the tree of a whole parse (tests/sections.test.ts compares them).
 *
 * A section may only start where a whole parse starts a top-level block with
 * nothing open: a line at column 0 after a blank line that is not a list
 * item (which would continue the list before it), outside fenced code and
 * front matter. Blank lines close paragraphs and tables; an unindented line
 * after one closes lists, block quotes and footnote definitions. What a line
 * scan cannot see (a fence opened inside a container, an HTML comment over
 * blank lines) is caught from the section's own parse: a construct still open
 * at the section's end runs into its final blank line, and the section is
 * then joined with the next one. Link and footnote definitions are known
 * document-wide, so when a report has any, each section is parsed again with
 * all of them appended.
 */
import type { Definition, FootnoteDefinition, Nodes, Root, RootContent } from 'mdast';

/**
 * A line at column 0 that may open a section: not blank, not indented, not a
 * list item, and not `---` or `+++`, which at the start of a parse open front
 * matter (and, left unclosed, change how remark-frontmatter reads what follows).
 */
const sectionLineRe = /^(?![-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|(?:---|\+\+\+)[ \t]*\r?$)[^ \t\r\n]/;
const blankLineRe = /^[ \t]*\r?$/;
/**
 * A list item with content at column 0: where a long list may be cut between
 * two of its items. Not `-`/`*` alone (a setext underline, an empty item).
 */
const itemLineRe = /^(?<marker>[-*+]|\d{1,9}(?<delimiter>[.)]))[ \t]+[^ \t\r\n]/;
/** A thematic break, which a line of spaced `-` or `*` is before it is a list item. */
const thematicBreakRe = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})\r?$/;
/** A fence at the top level, with at most three spaces of indentation. */
const fenceRe = /^ {0,3}(?<fence>`{3,}|~{3,})(?<info>[^\r]*)/;
/** Front matter fences remark-frontmatter reads (yaml, toml) on the first line. */
const frontMatterRe = /^(?<fence>---|\+\+\+)[ \t]*\r?$/;

/**
 * Offsets of lines where a section may start, at least `minBytes` apart;
 * the first is always 0. Besides the lines after a blank line, a list item
 * at column 0 right after a non-blank line may start one (a cut inside a
 * list, which `parseBySections` checks and joins back); these are offered
 * only `listBytes` apart, so ordinary lists stay in one section.
 */
export function sectionStarts(source: string, minBytes: number, listBytes = Infinity): number[] {
  const starts = [0];
  let lineStart = 0;
  let previousBlank = false;
  let fence: { char: string; length: number } | undefined;
  let frontMatter: string | undefined;
  let first = true;
  while (lineStart < source.length) {
    const newline = source.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? source.length : newline;
    const line = source.slice(lineStart, lineEnd);
    if (first) {
      frontMatter = frontMatterRe.exec(line)?.groups?.fence;
      first = false;
    } else if (frontMatter !== undefined) {
      if (line.replace(/[ \t]*\r?$/, '') === frontMatter) frontMatter = undefined;
    } else if (fence) {
      const close = fenceRe.exec(line)?.groups;
      if (close?.fence && close.fence[0] === fence.char && close.fence.length >= fence.length && close.info?.trim() === '') fence = undefined;
    } else {
      const open = fenceRe.exec(line)?.groups;
      // A backtick fence's info string may not hold a backtick; such a line is a paragraph.
      if (open?.fence && !(open.fence[0] === '`' && open.info?.includes('`'))) {
        fence = { char: open.fence[0] as string, length: open.fence.length };
      } else {
        const span = lineStart - (starts[starts.length - 1] ?? 0);
        if (previousBlank ? span >= minBytes && sectionLineRe.test(line) : span >= listBytes && itemLineRe.test(line) && !thematicBreakRe.test(line)) {
          starts.push(lineStart);
        }
      }
    }
    previousBlank = blankLineRe.test(line);
    lineStart = lineEnd + 1;
  }
  return starts;
}

/**
 * Whether the parse of `text` (one section) leaves a construct open at its
 * end: its last block reaches into the blank line that ends the section,
 * which only an unclosed fence, HTML block or front matter does.
 */
function openAtEnd(tree: Root, text: string): boolean {
  const last = tree.children[tree.children.length - 1];
  const end = last?.position?.end.offset;
  if (end === undefined) return false;
  // Offset just after the last non-blank line: where the closing blank line starts.
  const trimmed = text.replace(/[ \t\r\n]+$/, '');
  const blankStart = text.indexOf('\n', trimmed.length) + 1;
  return blankStart > 0 && end >= blankStart;
}

/** Whether a section starting at `start` cuts a list: the line before it is not blank. */
function cutsList(source: string, start: number): boolean {
  if (start === 0 || start >= source.length) return false;
  const previous = source.slice(source.lastIndexOf('\n', start - 2) + 1, start - 1);
  return !blankLineRe.test(previous);
}

/** The marker of a list item line: the bullet, or the delimiter of an ordered item. */
function itemMarker(line: string): string | undefined {
  const groups = itemLineRe.exec(line)?.groups;
  return groups?.delimiter ?? groups?.marker;
}

/**
 * Whether a whole parse continues the last list of `tree` (parsed from
 * `text`) with the item line `next`: that list is the last block, it reaches
 * the last line of the text (an item, or a lazy line of one, is open there),
 * and `next` has its marker, so the list's own continuation takes it as a new
 * item before anything else can read the line.
 */
function continuesList(tree: Root, text: string, next: string): boolean {
  const last = tree.children[tree.children.length - 1];
  if (last?.type !== 'list') return false;
  const start = last.position?.start.offset ?? 0;
  const end = last.position?.end.offset ?? 0;
  const lastLine = text.lastIndexOf('\n', text.length - 2) + 1;
  const marker = itemMarker(text.slice(start, text.indexOf('\n', start)));
  return end > lastLine && marker !== undefined && marker === itemMarker(next);
}

/** Escape a definition label so it reads back as the same label. */
const escapeLabel = (label: string) => label.replace(/[\\[\]]/g, '\\$&');

/** Call `each` on every node of `tree`, depth first (a plain recursion: a generator costs more on large trees). */
function walk(node: Nodes, each: (node: Nodes) => void): void {
  each(node);
  if ('children' in node) for (const child of node.children) walk(child, each);
}

/** Containers of flow content, where definitions may stand; the rest hold phrasing, which cannot. */
const flowContainers = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition']);

/** The link and footnote definitions of `node`, as lines that define the same labels. */
function definitionsOf(node: Nodes): string {
  if (node.type === 'definition') return `[${escapeLabel((node as Definition).label ?? node.identifier)}]: #\n`;
  let found = node.type === 'footnoteDefinition' ? `[^${escapeLabel((node as FootnoteDefinition).label ?? node.identifier)}]: .\n` : '';
  if (flowContainers.has(node.type) && 'children' in node) for (const child of node.children) found += definitionsOf(child);
  return found;
}

/** Move every position of `node` and its descendants by `offset` characters and `lines` lines. */
function shift(node: Nodes, offset: number, lines: number): void {
  if (offset === 0 && lines === 0) return;
  const move = (p: { line: number; column: number; offset?: number | undefined }) => ({
    line: p.line + lines,
    column: p.column,
    offset: (p.offset ?? 0) + offset,
  });
  walk(node, (each) => {
    const position = each.position;
    if (position) each.position = { start: move(position.start), end: move(position.end) };
  });
}

const countLines = (text: string) => {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/** Receives the sections of a report in order (see `readBySections`). */
export interface SectionSink {
  /**
   * The top-level nodes of the next section, with positions in the whole
   * source. `cut` when the section starts between two items of a list: its
   * first node, a list, then continues the last list of the section before.
   */
  section(children: RootContent[], cut: boolean): void;
  /** Forget the sections given so far: they are given again, parsed with the report's definitions. */
  restart(): void;
}

/**
 * Parse `source` with `parse` in sections of about `sectionBytes` characters
 * and give each section's nodes to `sink`, in order, holding no more than a
 * section's tree at a time. The sections together are the tree `parse(source)`
 * gives (`parseBySections` joins them).
 */
export function readBySections(source: string, parse: (text: string) => Root, sectionBytes: number, sink: SectionSink): void {
  const starts = sectionStarts(source, sectionBytes, sectionBytes);
  if (starts.length === 1) {
    sink.section(parse(source).children, false);
    return;
  }
  starts.push(source.length);

  // Sections whose parse leaves nothing open; one left open is joined with
  // the next, with a span that at least doubles so a construct open to the
  // end of the report costs a linear number of characters, not a quadratic one.
  // Until the report shows a definition, each section goes to the sink as it
  // is parsed; after one, only its span is kept, for the second pass.
  const spans: Array<{ start: number; end: number }> = [];
  let definitions = '';
  let lines = 0;
  for (let i = 0; i + 1 < starts.length; ) {
    const start = starts[i] as number;
    let j = i + 1;
    let text = source.slice(start, starts[j]);
    let tree = parse(text);
    const fits = () => {
      const end = starts[j] as number;
      if (!cutsList(source, end)) return !openAtEnd(tree, text);
      return continuesList(tree, text, source.slice(end, source.indexOf('\n', end)));
    };
    while (j + 1 < starts.length && !fits()) {
      const wanted = start + 2 * text.length;
      while (j + 1 < starts.length && (starts[j] as number) < wanted) j++;
      text = source.slice(start, starts[j]);
      tree = parse(text);
    }
    definitions += definitionsOf(tree);
    if (definitions === '') {
      for (const child of tree.children) shift(child, start, lines);
      sink.section(tree.children, cutsList(source, start));
    }
    lines += countLines(text);
    spans.push({ start, end: starts[j] as number });
    i = j;
  }
  if (definitions === '') return;

  // References resolve against definitions anywhere in the document, so
  // every section is parsed again with all of them. They go after a
  // section, where they parse as blocks of their own that are dropped,
  // except after the last one, which may end inside an unclosed fence;
  // that one starts at a section line, so they can go before it.
  sink.restart();
  lines = 0;
  spans.forEach((span, index) => {
    const text = source.slice(span.start, span.end);
    const last = index === spans.length - 1;
    const prefix = last ? `${definitions}\n` : '';
    const tree = parse(last ? prefix + text : `${text}\n\n${definitions}`);
    const children = tree.children.filter((child) => {
      const at = child.position?.start.offset ?? 0;
      return at >= prefix.length && at < prefix.length + text.length;
    });
    for (const child of children) shift(child, span.start - prefix.length, lines - countLines(prefix));
    sink.section(children, cutsList(source, span.start));
    lines += countLines(text);
  });
}

/**
 * Parse `source` with `parse` in sections of about `sectionBytes` characters
 * and join the trees. Gives the tree `parse(source)` gives.
 */
export function parseBySections(source: string, parse: (text: string) => Root, sectionBytes: number): Root {
  let children: RootContent[] = [];
  readBySections(source, parse, sectionBytes, {
    section(nodes, cut) {
      nodes.forEach((child, at) => {
        const previous = children[children.length - 1];
        // A section cut inside a list starts with the rest of that list's items.
        if (at === 0 && cut && child.type === 'list' && previous?.type === 'list') {
          previous.children.push(...child.children);
          previous.spread = Boolean(previous.spread || child.spread);
          if (previous.position && child.position) previous.position = { start: previous.position.start, end: child.position.end };
        } else {
          children.push(child);
        }
      });
    },
    restart() {
      children = [];
    },
  });
  const end = { line: countLines(source) + 1, column: source.length - (source.lastIndexOf('\n') + 1) + 1, offset: source.length };
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}
