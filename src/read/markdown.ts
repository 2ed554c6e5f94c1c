/**
 * Markdown parsing and the text blocks extractors read.
 *
 * Extractors never walk mdast themselves: they read `TextBlock`s, the
 * flattened text of one paragraph, heading, table cell or code line, with the
 * context DESIGN.md asks for (heading path, table header and row, list label)
 * and a map from each character of the text back to the report's source.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent, PhrasingContent, Table, List, ListItem, Code, Parent } from 'mdast';
import type { Data, Processor } from 'unified';
import type { ClaimContext, Position } from '../model.js';
import { parseBySections, readBySections, type SectionSink } from './sections.js';
import { parseBlockTree, UnexpectedEvents } from './block-tree.js';

/**
 * remark-gfm's tree transform for autolink literals (mdast-util-gfm-autolink-literal)
 * walks every text node of the tree with four expressions, about a tenth of a
 * parse, to find the URLs micromark's tokenizer left as text (after a dash
 * or inline code: "—www.x.com"). Extractors read a link's text, which is the
 * same text either way, so the transform is dropped; the links micromark
 * tokenizes are still read as links. Where it found one, it also left the
 * text around the link without positions, so figures after it were placed
 * at the start of their block; without it they keep their place.
 */
type FromMarkdownExtension = Exclude<NonNullable<Data['fromMarkdownExtensions']>[number], unknown[]>;
function withoutAutolinkTransform(this: Processor): void {
  const data = this.data();
  const withoutTransform = (extension: FromMarkdownExtension): FromMarkdownExtension =>
    extension.enter?.literalAutolink ? { ...extension, transforms: [] } : extension;
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).map((extension) =>
    Array.isArray(extension) ? extension.map(withoutTransform) : withoutTransform(extension),
  );
}

const processor = unified().use(remarkParse).use(remarkGfm).use(withoutAutolinkTransform).use(remarkFrontmatter, ['yaml', 'toml']);

/** The names micromark-extension-gfm-autolink-literal gives its three constructs. */
const autolinkLiteralNames: ReadonlySet<string> = new Set(['wwwAutolink', 'protocolAutolink', 'emailAutolink']);
type MicromarkExtension = NonNullable<Data['micromarkExtensions']>[number];
type Construct = Exclude<NonNullable<MicromarkExtension['text']>[string], unknown[] | undefined>;

/**
 * GFM's autolink literals (a bare `https://…`, `www.…` or e-mail address read
 * as a link) without their syntax: the e-mail construct is tried at the start
 * of every word of every paragraph, about a tenth of a parse (`npm run bench`).
 * The text blocks of a literal's link are its text as written, which the
 * literal left as text gives too, so extraction reads the same text without
 * them. Only the text blocks are read this way; `parseMarkdown` keeps them
 * (the HTML report links them).
 */
function withoutAutolinkLiterals(this: Processor): void {
  const data = this.data();
  const withoutLiterals = (extension: MicromarkExtension): MicromarkExtension => {
    const text = extension.text;
    if (!text) return extension;
    // Keys are character codes, or "null" (any character): kept as they are.
    const kept: Record<string, Construct[]> = {};
    for (const [code, constructs] of Object.entries(text)) {
      const list = [constructs ?? []].flat().filter((c) => !autolinkLiteralNames.has(c.name ?? ''));
      if (list.length > 0) kept[code] = list;
    }
    return { ...extension, text: kept };
  };
  data.micromarkExtensions = (data.micromarkExtensions ?? []).map(withoutLiterals);
}

/** The processor text blocks are read with: `processor` without autolink literals. */
const textProcessor = unified().use(remarkParse).use(remarkGfm).use(withoutAutolinkTransform).use(withoutAutolinkLiterals).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
/** Its micromark extensions, which the text blocks' tree is parsed with (block-tree.ts). */
export const textExtensions = textProcessor.data('micromarkExtensions') ?? [];

/**
 * The tree text blocks are read from: built from micromark's events
 * (block-tree.ts), or, on events that builder does not expect, remark's tree.
 */
function parseForBlocks(text: string): Root {
  try {
    return parseBlockTree(text, textExtensions);
  } catch (error) {
    if (error instanceof UnexpectedEvents) return textProcessor.parse(text);
    throw error;
  }
}

/**
 * Size of the sections large reports are parsed in. Parse time grows
 * quadratically within a section (see sections.ts); smaller sections pay more
 * per-parse overhead. Chosen with `npm run bench`.
 */
export const defaultSectionBytes = 8 * 1024;

export interface ParseOptions {
  /** Parse reports larger than twice this many characters section by section; `Infinity` parses whole. */
  sectionBytes?: number;
}

/**
 * Parse markdown into mdast, with GFM (tables, task lists) and front matter.
 * Large reports are parsed section by section, giving the same tree in linear time.
 */
export function parseMarkdown(source: string, options: ParseOptions = {}): Root {
  const sectionBytes = options.sectionBytes ?? defaultSectionBytes;
  if (source.length <= 2 * sectionBytes) return processor.parse(source);
  return parseBySections(source, (text) => processor.parse(text), sectionBytes);
}

/**
 * Parse markdown as `parseMarkdown` does (but for autolink literals, left
 * as text), giving `sink` the top-level nodes section by section instead of
 * one tree: a large report never holds more than one section's tree (mdast
 * takes about 100 bytes per byte of markdown).
 */
export function readMarkdown(source: string, sink: SectionSink, options: ParseOptions = {}): void {
  readSections(source, sink, options, (text) => textProcessor.parse(text));
}

/** Give `sink` the top-level nodes of `source` parsed with `parse`, whole or section by section. */
function readSections(source: string, sink: SectionSink, options: ParseOptions, parse: (text: string) => Root): void {
  const sectionBytes = options.sectionBytes ?? defaultSectionBytes;
  if (source.length <= 2 * sectionBytes) sink.section(parse(source).children, false);
  else readBySections(source, parse, sectionBytes, sink);
}

/** A run of block text that maps one-to-one onto the source. */
interface Segment {
  textStart: number;
  sourceStart: number;
  length: number;
}

export type BlockKind = 'heading' | 'paragraph' | 'cell' | 'code';

/** An ASCII digit: a block is read with `digits` set by it. */
const digitRe = /\d/;

/**
 * A line of a runner's summary that names the part the lines after it are
 * about: "Package: github.com/x/api", "Module: auth", "Suite: parser". Their
 * "Failures: 0" is that part's, not the project's.
 */
const codeOwnerLineRe = /^\s*(?:package|module|crate|suite|component|service|file)\s*[:=]\s*(?<name>\S.{0,200})$/i;

export interface TextBlock {
  kind: BlockKind;
  /** The block's text: inline code keeps its backticks, emphasis loses its markers. */
  text: string;
  context: ClaimContext;
  /** For a list item with a task box: whether it is checked (its first paragraph only; the context covers nested content). */
  checked?: boolean;
  /** True for the first paragraph of a list item, the text that opens the item. */
  item?: true;
  /** For a table cell: the headers of all columns of its table, in order. */
  columns?: readonly string[];
  /** For a code line: the fence's language, '' when none. */
  lang?: string;
  /** For a code line: source offset of its code block's opening fence, shared by the block's lines. */
  fence?: number;
  /** For a code line: the part a line above it in the same code block names ("Package: api/v1alpha2"). */
  codeOwner?: string;
  /** Source offset of the block's first character. */
  sourceStart: number;
  segments: Segment[];
  /** Whether `text` holds an ASCII digit: most blocks hold none, and expressions that need one skip them (scan.ts). */
  digits?: boolean;
}

/** Maps source offsets to 1-based line and column. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(source: string) {
    for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  /** Position of `offset` (0-based); line and column start at 1. */
  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1, offset };
  }
}

/** The source offset of character `index` of `block.text`. */
export function sourceOffset(block: TextBlock, index: number): number {
  let best: Segment | undefined;
  for (const segment of block.segments) {
    if (segment.textStart > index) break;
    best = segment;
  }
  if (!best) return block.sourceStart;
  return best.sourceStart + Math.min(index - best.textStart, Math.max(best.length - 1, 0));
}

/** Builds one block's text and its segments. */
class BlockText {
  text = '';
  segments: Segment[] = [];
  constructor(private readonly source: string) {}

  /** The source between two offsets. */
  sourceSlice(start: number, end: number): string {
    return this.source.slice(Math.max(0, start), end);
  }

  /**
   * Append `value`, which the source renders from `[start, end)`. When the
   * value is not a verbatim slice (escapes, entities, backticks), each
   * character is found in order in the slice so positions stay exact.
   */
  add(value: string, start: number | undefined, end: number | undefined): void {
    if (start === undefined || end === undefined) {
      this.text += value;
      return;
    }
    const slice = this.source.slice(start, end);
    if (slice === value) {
      this.push(this.text.length, start, value.length);
      this.text += value;
      return;
    }
    let cursor = 0;
    for (const char of value) {
      const found = slice.indexOf(char, cursor);
      if (found >= 0) {
        this.push(this.text.length, start + found, char.length);
        cursor = found + char.length;
      }
      this.text += char;
    }
  }

  private push(textStart: number, sourceStart: number, length: number): void {
    const last = this.segments[this.segments.length - 1];
    if (last && last.textStart + last.length === textStart && last.sourceStart + last.length === sourceStart) {
      last.length += length;
    } else {
      this.segments.push({ textStart, sourceStart, length });
    }
  }
}

function addPhrasing(out: BlockText, nodes: readonly PhrasingContent[]): void {
  for (const node of nodes) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    switch (node.type) {
      case 'text':
        out.add(node.value, start, end);
        break;
      case 'inlineCode':
        out.add('`' + node.value + '`', start, end);
        break;
      case 'break':
        out.add('\n', undefined, undefined);
        break;
      case 'image':
        out.add(node.alt ?? '', undefined, undefined);
        break;
      case 'html':
        break;
      default:
        // "c_to_plantuml/__init__.py" outside code: the underscores of a name, not emphasis; its text stays as written.
        if ((node.type === 'strong' || node.type === 'emphasis') && start !== undefined && end !== undefined && isUnderscoredName(out, start, end, node.children)) {
          out.add(out.sourceSlice(start, end), start, end);
          break;
        }
        if ('children' in node) addPhrasing(out, node.children as PhrasingContent[]);
    }
  }
}

/** A name's character right before underscores that open it ("c_to_plantuml/__init__"), or a file extension right after them ("__init__.py"). */
const nameBeforeRe = /[\p{L}\p{N}/]$/u;
const extensionAfterRe = /^\.[\p{L}\p{N}]/u;

/** Whether emphasis written with underscores is part of a name in plain text: `__init__` in "pkg/__init__.py", plain text inside. */
function isUnderscoredName(out: BlockText, start: number, end: number, children: readonly PhrasingContent[]): boolean {
  if (out.sourceSlice(start, start + 1) !== '_' || !children.every((c) => c.type === 'text')) return false;
  return nameBeforeRe.test(out.sourceSlice(start - 1, start)) || extensionAfterRe.test(out.sourceSlice(end, end + 2));
}

/**
 * The text of the paragraph that leads a list, a hard line break kept as a
 * line break: "**Before**: Zero tests␠␠⏎**After**:" leads its list with its
 * last line, "After:", not with the words of the line before it.
 */
function leadText(node: RootContent): string {
  if (node.type === 'break') return '\n';
  if ('children' in node) return (node.children as RootContent[]).map(leadText).join('');
  return toString(node);
}

/** Languages whose code blocks are commands or configuration, never result summaries. */
const codeLanguagesToSkip = new Set([
  'sh', 'bash', 'zsh', 'shell', 'console', 'powershell', 'ps1', 'bat', 'cmd', 'fish',
  'yaml', 'yml', 'json', 'jsonc', 'toml', 'ini', 'xml', 'html', 'css', 'sql', 'dockerfile', 'makefile',
  'js', 'javascript', 'ts', 'typescript', 'jsx', 'tsx', 'py', 'python', 'go', 'rust', 'rs', 'java', 'c', 'cpp',
  'c++', 'cs', 'csharp', 'rb', 'ruby', 'php', 'kotlin', 'swift', 'scala', 'hcl', 'terraform', 'diff', 'patch',
  'mermaid', 'graphql', 'proto', 'lua', 'perl', 'r', 'nginx', 'env', 'dotenv',
]);

/** Fence languages that mark a runner's output or plain text: read line by line like a list. */
export const plainTextLanguages: ReadonlySet<string> = new Set(['', 'text', 'txt', 'plain', 'plaintext', 'console', 'output', 'log', 'terminal']);

/** Whether lines of a fence in `lang` are read only with `allPlainText` (console output, which extractors never read). */
export function onlyAsPlainText(lang: string): boolean {
  return codeLanguagesToSkip.has(lang) && plainTextLanguages.has(lang);
}

/** Options for `textBlocks`. */
export interface BlockOptions {
  /** Include lines of code blocks whose language is not a programming or config language. Default true. */
  codeSummaries?: boolean;
  /** Also include lines of `plainTextLanguages` fences that are otherwise skipped (`console`). Default false. */
  allPlainText?: boolean;
}

/**
 * Flatten `tree` (parsed from `source`) into the text blocks extractors read,
 * in document order.
 */
export function textBlocks(tree: Root, source: string, options: BlockOptions = {}): TextBlock[] {
  const reader = new BlockReader(source, options);
  reader.section(tree.children, false);
  return reader.blocks;
}

/**
 * Parse `source` and flatten it into text blocks, section by section for a
 * large report: each section's tree is dropped once its blocks are read, so
 * what stays is the blocks. Gives `textBlocks(parseMarkdown(source), source)`
 * (but for the text of a bare URL that holds markup: `readMarkdown`).
 */
export function readTextBlocks(source: string, options: ParseOptions & BlockOptions = {}): TextBlock[] {
  const reader = new BlockReader(source, options);
  readSections(source, reader, options, parseForBlocks);
  return reader.blocks;
}

/** `readTextBlocks` from remark's tree (`readMarkdown`), which the events' tree must match (tests/block-tree.test.ts). */
export function readTextBlocksFromMdast(source: string, options: ParseOptions & BlockOptions = {}): TextBlock[] {
  const reader = new BlockReader(source, options);
  readMarkdown(source, reader, options);
  return reader.blocks;
}

/**
 * Reads text blocks from the top-level nodes of a report, given whole or
 * section by section (a `SectionSink`). What a block needs from outside its
 * section is state kept here: the heading path, the node before (a paragraph
 * labels the list after it) and the label of the last top-level list, which
 * the rest of its items in the next section keep.
 */
class BlockReader implements SectionSink {
  blocks: TextBlock[] = [];
  private visitTop!: (node: RootContent, cut: boolean) => void;

  constructor(
    private readonly source: string,
    private readonly options: BlockOptions,
  ) {
    this.restart();
  }

  section(children: RootContent[], cut: boolean): void {
    children.forEach((node, at) => this.visitTop(node, cut && at === 0));
  }

  restart(): void {
    this.blocks = [];
    this.visitTop = blockVisitor(this.source, this.blocks, this.options);
  }
}

/**
 * The visitor of top-level nodes that pushes their text blocks onto `blocks`;
 * `continued` marks a list that continues the top-level list before it.
 */
function blockVisitor(source: string, blocks: TextBlock[], options: BlockOptions): (node: RootContent, continued: boolean) => void {
  const headings: string[] = [];
  const headingDepths: number[] = [];
  // The box of the innermost task-list item being visited, if any.
  let task: boolean | undefined;
  const codeSummaries = options.codeSummaries ?? true;

  const phrasingBlock = (
    kind: BlockKind,
    children: readonly PhrasingContent[],
    context: ClaimContext,
    start: number,
    extra: Partial<TextBlock> = {},
  ): void => {
    const out = new BlockText(source);
    addPhrasing(out, children);
    if (out.text.trim() === '') return;
    // A copy holds the segments alone; the array pushed into keeps room for more (most blocks have one).
    blocks.push({ kind, text: out.text, context, sourceStart: start, segments: out.segments.slice(), digits: digitRe.test(out.text), ...extra });
  };

  // Blocks under the same headings share one copy of the path; nothing changes it after.
  let headingPath: string[] | undefined;
  // Consecutive blocks outside tables often have the same context (the items of one list): they share it.
  let lastContext: ClaimContext | undefined;
  const contextHere = (extra: Partial<ClaimContext> = {}): ClaimContext => {
    const path = (headingPath ??= [...headings]);
    const last = lastContext;
    if (last && extra.table === undefined && last.table === undefined && last.headings === path && last.list === extra.list && last.checked === task) {
      return last;
    }
    lastContext = { headings: path, ...extra, ...(task === undefined ? {} : { checked: task }) };
    return lastContext;
  };

  const visitTable = (table: Table, list: string | undefined): void => {
    const [head, ...rows] = table.children;
    const header = (head?.children ?? []).map((cell) => toString(cell).trim());
    for (const row of rows) {
      const rowLabel = row.children[0] ? toString(row.children[0]).trim() : '';
      row.children.forEach((cell, column) => {
        const table = { header: header[column] ?? '', row: rowLabel };
        phrasingBlock('cell', cell.children, contextHere(list ? { table, list } : { table }), cell.position?.start.offset ?? 0, { columns: header });
      });
    }
  };

  const visitCode = (code: Code, list: string | undefined): void => {
    const lang = (code.lang ?? '').toLowerCase();
    if (!codeSummaries || (codeLanguagesToSkip.has(lang) && !(options.allPlainText === true && plainTextLanguages.has(lang)))) return;
    const start = code.position?.start.offset;
    if (start === undefined) return;
    // The value starts after the opening fence line; find it in the source.
    const valueStart = source.indexOf(code.value, start);
    if (valueStart < 0) return;
    let lineStart = 0;
    let owner: string | undefined;
    for (const line of code.value.split('\n')) {
      const named = codeOwnerLineRe.exec(line)?.groups?.name?.trim();
      if (line.trim() !== '') {
        blocks.push({
          kind: 'code',
          text: line,
          lang,
          fence: start,
          ...(owner !== undefined && named === undefined ? { codeOwner: owner } : {}),
          context: contextHere(list ? { list } : {}),
          sourceStart: valueStart + lineStart,
          segments: [{ textStart: 0, sourceStart: valueStart + lineStart, length: line.length }],
          digits: digitRe.test(line),
        });
      }
      lineStart += line.length + 1;
      if (named) owner = named;
    }
  };

  const visitChildren = (parent: Parent, list: string | undefined): void => {
    let previous: RootContent | undefined;
    for (const node of parent.children as RootContent[]) {
      visit(node, list, previous);
      previous = node;
    }
  };

  const visitList = (node: List, label: string | undefined): void => {
    for (const item of node.children as ListItem[]) {
      const extra = { item: true as const, ...(typeof item.checked === 'boolean' ? { checked: item.checked } : {}) };
      const outer = task;
      // An item without a box of its own inside a task item belongs to that task.
      if (typeof item.checked === 'boolean') task = item.checked;
      let first = true;
      let itemLabel: string | undefined;
      for (const child of item.children) {
        if (child.type === 'paragraph' && first) {
          phrasingBlock('paragraph', child.children, contextHere(label ? { list: label } : {}), child.position?.start.offset ?? 0, extra);
          itemLabel = toString(child).trim();
        } else {
          visit(child, itemLabel ?? label, undefined);
        }
        first = false;
      }
      task = outer;
    }
  };

  const visit = (node: RootContent, list: string | undefined, previous: RootContent | undefined): void => {
    switch (node.type) {
      case 'heading': {
        while (headingDepths.length > 0 && (headingDepths[headingDepths.length - 1] ?? 0) >= node.depth) {
          headingDepths.pop();
          headings.pop();
          headingPath = undefined;
        }
        phrasingBlock('heading', node.children, contextHere(), node.position?.start.offset ?? 0);
        headingDepths.push(node.depth);
        headings.push(toString(node).trim());
        headingPath = undefined;
        break;
      }
      case 'paragraph':
        phrasingBlock('paragraph', node.children, contextHere(list ? { list } : {}), node.position?.start.offset ?? 0);
        break;
      case 'table':
        visitTable(node, list);
        break;
      case 'code':
        visitCode(node, list);
        break;
      case 'list':
        // The paragraph before a list labels it; its text is only needed then.
        visitList(node, previous?.type === 'paragraph' ? leadText(previous).trim() : list);
        break;
      case 'blockquote':
      case 'footnoteDefinition':
        visitChildren(node, list);
        break;
      default:
        break;
    }
  };

  let previous: RootContent | undefined;
  let listLabel: string | undefined;
  return (node, continued) => {
    if (continued && node.type === 'list' && previous?.type === 'list') {
      visitList(node, listLabel);
    } else if (node.type === 'list') {
      listLabel = previous?.type === 'paragraph' ? leadText(previous).trim() : undefined;
      visitList(node, listLabel);
    } else {
      visit(node, undefined, previous);
    }
    previous = node;
  };
}
