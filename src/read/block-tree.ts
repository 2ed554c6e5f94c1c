/**
 * The tree text blocks are read from, built straight from micromark's events.
 *
 * remark-parse turns micromark's events into mdast with
 * mdast-util-from-markdown, whose compiler is general: it hands every event
 * to a handler with a fresh context object, splices `listItem` events into
 * the event list, copies every point and keeps what no text block reads
 * (URLs, titles, list starts and spread, definitions' destinations). Text
 * blocks read a handful of node types, so this builds only those, with the
 * fields the block reader (markdown.ts) and the section reader (sections.ts)
 * read: the same types, children, `value`s, `alt`s, `depth`s, `lang`s,
 * `checked`s, labels and positions the compiler gives them, following its
 * handlers one by one (a handler names the compiler's it follows where their
 * names differ). Nodes share micromark's points instead of copying them;
 * nothing writes to a position in place (sections.ts replaces them when it
 * shifts a section).
 *
 * Events are dispatched by two tables of small handlers (token type →
 * handler), not by one switch over sixty token types: in one large function,
 * each rarely taken case (a character reference, a footnote) threw V8's
 * optimized code away when a report first reached it (`--trace-deopt`: nine
 * deoptimizations of the switch in two passes over the bench's 100 reports),
 * and recompiling it cost what skipping mdast's compiler saved.
 *
 * tests/block-tree.test.ts compares the text blocks of both trees over every
 * report of the repository's fixtures. An event sequence this does not
 * expect (a list item outside a list) throws `UnexpectedEvents`, and the
 * caller parses with remark instead.
 */
import { parse, postprocess, preprocess } from 'micromark';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import type { Event, Extension, Point, Token, TokenizeContext } from 'micromark-util-types';

/** A node of the tree: the fields of its mdast node that text blocks and sections read. */
interface Node {
  type: string;
  children?: Node[];
  value?: string;
  alt?: string;
  depth?: number;
  lang?: string | null;
  checked?: boolean | null;
  label?: string;
  position?: { start: Point; end: Point };
}

/** A fragment collects the text of a construct whose text is a field (a label, an alt, a code value), not children. */
const fragmentType = 'fragment';

/** Node types whose text keeps its line endings (mdast-util-from-markdown's `canContainEols`, with GFM's `delete`). */
const keepsLineEndings: ReadonlySet<string> = new Set(['emphasis', fragmentType, 'heading', 'paragraph', 'strong', 'delete']);

/** Thrown on events the builder does not expect; the caller then parses with remark. */
export class UnexpectedEvents extends Error {}

/** The eols a fenced code value or front matter starts and ends with, which mdast drops. */
const outerEolRe = /^(\r?\n|\r)|(\r?\n|\r)$/g;
const finalEolRe = /(\r?\n|\r)$/g;
/** An escaped pipe or backslash in inline code in a table; only the pipe loses its backslash. */
const tablePipeEscapeRe = /\\([\\|])/g;
const unescapePipe = (whole: string, char: string) => (char === '|' ? char : whole);

/**
 * Parse `text` with micromark and `extensions` (the text blocks' processor's)
 * into the tree text blocks are read from. Gives, for every node type text
 * blocks read, what remark's parse gives.
 */
export function parseBlockTree(text: string, extensions: readonly Extension[]): Root {
  const events = postprocess(parse({ extensions: [...extensions] }).document().write(preprocess()(text, undefined, true)));
  return buildTree(events) as unknown as Root;
}

/** The state of one tree being built: its open nodes and the compiler's `data` flags. */
class TreeBuilder {
  readonly root: Node = { type: 'root', children: [] };
  readonly stack: Node[] = [this.root];
  /** The text node an open data token adds to (`onenterdata` to `onexitdata`). */
  text: Node | undefined;
  atHardBreak = false;
  slurpLineEnding = false;
  inReference = false;
  inTable = false;
  flowCodeInside = false;
  characterReferenceMarker: string | undefined;

  top(): Node {
    return this.stack[this.stack.length - 1] as Node;
  }

  /** `enter`: a node as the last child of the top, then the top itself. */
  open(node: Node, token: Token): void {
    node.position = { start: token.start, end: token.start };
    (this.top().children as Node[]).push(node);
    this.stack.push(node);
  }

  /** `exit`: the top ends where `token` ends. */
  close(token: Token): Node {
    const node = this.stack.pop();
    if (!node || this.stack.length === 0) throw new UnexpectedEvents(`${token.type} closes nothing`);
    (node.position as { start: Point; end: Point }).end = token.end;
    return node;
  }

  /** `buffer`: a fragment on the stack, outside the tree. */
  buffer(): void {
    this.stack.push({ type: fragmentType, children: [] });
  }

  /** `resume`: the fragment's text, off the stack. */
  resume(): string {
    return toString(this.stack.pop() as Node);
  }

  /** `onenterdata`: the text node at the end of the top's children, or a new one. */
  enterData(token: Token): void {
    const siblings = this.top().children;
    if (!siblings) throw new UnexpectedEvents(`${token.type} in ${this.top().type}`);
    const tail = siblings[siblings.length - 1];
    if (tail && tail.type === 'text') {
      this.text = tail;
    } else {
      this.text = { type: 'text', value: '', position: { start: token.start, end: token.start } };
      siblings.push(this.text);
    }
  }

  /** `onexitdata`. */
  exitData(token: Token, value: string): void {
    const text = this.text;
    if (!text) throw new UnexpectedEvents(`${token.type} outside data`);
    text.value = (text.value as string) + value;
    (text.position as { start: Point; end: Point }).end = token.end;
    this.text = undefined;
  }
}

/** What the builder does on entering or leaving a token of one type. */
type Handler = (b: TreeBuilder, token: Token, context: TokenizeContext) => void;

/** Handlers by token type, one table for each of the builder's moves. */
function handlers(entries: ReadonlyArray<[readonly string[], Handler]>): ReadonlyMap<string, Handler> {
  const table = new Map<string, Handler>();
  for (const [types, handler] of entries) for (const type of types) table.set(type, handler);
  return table;
}

/** A node opener: the node `make` gives, entered at the token. */
const opens =
  (make: () => Node, buffered = false): Handler =>
  (b, token) => {
    b.open(make(), token);
    if (buffered) b.buffer();
  };

/** Node types by the token that enters them; a token type with no handler opens nothing. */
const onEnter = handlers([
  [['data', 'codeFlowValue', 'codeTextData', 'htmlFlowData', 'htmlTextData', 'autolinkProtocol', 'autolinkEmail', 'characterEscape', 'characterReference'], (b, token) => b.enterData(token)],
  [['paragraph'], opens(() => ({ type: 'paragraph', children: [] }))],
  [['atxHeading', 'setextHeading'], opens(() => ({ type: 'heading', depth: 0, children: [] }))],
  [['blockQuote'], opens(() => ({ type: 'blockquote', children: [] }))],
  [['codeFenced'], opens(() => ({ type: 'code', lang: null, value: '' }))],
  [['codeIndented'], opens(() => ({ type: 'code', lang: null, value: '' }), true)],
  [
    [
      'codeFencedFenceInfo', 'codeFencedFenceMeta', 'label', 'referenceString', 'resourceDestinationString', 'resourceTitleString',
      'definitionDestinationString', 'definitionLabelString', 'definitionTitleString', 'gfmFootnoteCallString', 'gfmFootnoteDefinitionLabelString',
    ],
    (b) => b.buffer(),
  ],
  [['codeText'], opens(() => ({ type: 'inlineCode', value: '' }), true)],
  [['definition'], opens(() => ({ type: 'definition' }))],
  [['emphasis'], opens(() => ({ type: 'emphasis', children: [] }))],
  [['strong'], opens(() => ({ type: 'strong', children: [] }))],
  [['strikethrough'], opens(() => ({ type: 'delete', children: [] }))],
  [['hardBreakEscape', 'hardBreakTrailing'], opens(() => ({ type: 'break' }))],
  [['htmlFlow', 'htmlText'], opens(() => ({ type: 'html', value: '' }), true)],
  [['image'], opens(() => ({ type: 'image', alt: '' }))],
  [['link', 'autolink'], opens(() => ({ type: 'link', children: [] }))],
  [['listOrdered', 'listUnordered'], opens(() => ({ type: 'list', children: [] }))],
  [
    ['listItemPrefix'],
    (b, token) => {
      // The compiler's `prepareList` opens an item at each prefix of its own list.
      if (b.top().type === 'listItem') b.close(token);
      if (b.top().type !== 'list') throw new UnexpectedEvents(`list item in ${b.top().type}`);
      b.open({ type: 'listItem', checked: null, children: [] }, token);
    },
  ],
  [['thematicBreak'], opens(() => ({ type: 'thematicBreak' }))],
  [
    ['table'],
    (b, token) => {
      b.open({ type: 'table', children: [] }, token);
      b.inTable = true;
    },
  ],
  [['tableRow'], opens(() => ({ type: 'tableRow', children: [] }))],
  [['tableHeader', 'tableData'], opens(() => ({ type: 'tableCell', children: [] }))],
  [['gfmFootnoteCall'], opens(() => ({ type: 'footnoteReference' }))],
  [['gfmFootnoteDefinition'], opens(() => ({ type: 'footnoteDefinition', label: '', children: [] }))],
  [['yaml'], opens(() => ({ type: 'yaml', value: '' }), true)],
  [['toml'], opens(() => ({ type: 'toml', value: '' }), true)],
]);

/** `exit` alone. */
const closes: Handler = (b, token) => {
  b.close(token);
};
/** `onexitdata` with the token's text. */
const exitsData: Handler = (b, token, context) => b.exitData(token, context.sliceSerialize(token));
/** `resume`, the fragment's text dropped. */
const dropsFragment: Handler = (b) => {
  b.resume();
};
/** The fragment's text as the value of the node it closes, with `clean` applied. */
const closesWithValue =
  (clean: (value: string, b: TreeBuilder) => string): Handler =>
  (b, token) => {
    const value = b.resume();
    b.top().value = clean(value, b);
    b.close(token);
  };

/** What leaving a token of each type does; a token type with no handler does nothing. */
const onExit = handlers([
  [['data', 'codeFlowValue', 'codeTextData', 'htmlFlowData', 'htmlTextData', 'characterEscapeValue', 'autolinkProtocol', 'autolinkEmail'], exitsData],
  [
    ['yamlValue', 'tomlValue'],
    (b, token, context) => {
      b.enterData(token);
      b.exitData(token, context.sliceSerialize(token));
    },
  ],
  [
    ['characterReferenceMarkerNumeric', 'characterReferenceMarkerHexadecimal'],
    (b, token) => {
      b.characterReferenceMarker = token.type;
    },
  ],
  [
    ['characterReferenceValue'],
    (b, token, context) => {
      // `onexitcharacterreferencevalue`.
      const data = context.sliceSerialize(token);
      const marker = b.characterReferenceMarker;
      const value = marker !== undefined ? decodeNumericCharacterReference(data, marker === 'characterReferenceMarkerNumeric' ? 10 : 16) : decodeNamedCharacterReference(data);
      b.characterReferenceMarker = undefined;
      if (!b.text) throw new UnexpectedEvents('character reference outside data');
      b.text.value = (b.text.value as string) + value;
    },
  ],
  [
    ['characterReference'],
    (b, token) => {
      if (!b.text) throw new UnexpectedEvents('character reference outside data');
      (b.text.position as { start: Point; end: Point }).end = token.end;
      b.text = undefined;
    },
  ],
  [
    ['atxHeadingSequence'],
    (b, token, context) => {
      const node = b.top();
      if (!node.depth) node.depth = context.sliceSerialize(token).length;
    },
  ],
  [
    ['setextHeadingText'],
    (b) => {
      b.slurpLineEnding = true;
    },
  ],
  [
    ['setextHeadingLineSequence'],
    (b, token, context) => {
      b.top().depth = context.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
    },
  ],
  [
    ['setextHeading'],
    (b, token) => {
      b.slurpLineEnding = false;
      b.close(token);
    },
  ],
  [
    ['codeFencedFenceInfo'],
    (b) => {
      const lang = b.resume();
      b.top().lang = lang;
    },
  ],
  [
    ['codeFencedFence'],
    (b) => {
      if (!b.flowCodeInside) {
        b.buffer();
        b.flowCodeInside = true;
      }
    },
  ],
  [
    ['codeFenced'],
    closesWithValue((value, b) => {
      b.flowCodeInside = false;
      return value.replace(outerEolRe, '');
    }),
  ],
  [['codeIndented'], closesWithValue((value) => value.replace(finalEolRe, ''))],
  [['codeText'], closesWithValue((value, b) => (b.inTable ? value.replace(tablePipeEscapeRe, unescapePipe) : value))],
  [['htmlFlow', 'htmlText'], closesWithValue((value) => value)],
  [['yaml', 'toml'], closesWithValue((value) => value.replace(outerEolRe, ''))],
  [
    ['definitionLabelString', 'gfmFootnoteDefinitionLabelString'],
    (b) => {
      const label = b.resume();
      b.top().label = label;
    },
  ],
  [['codeFencedFenceMeta', 'definitionDestinationString', 'definitionTitleString', 'resourceDestinationString', 'resourceTitleString', 'gfmFootnoteCallString', 'referenceString'], dropsFragment],
  [
    ['lineEnding'],
    (b, token, context) => {
      // `onexitlineending`.
      if (b.atHardBreak) {
        const siblings = b.top().children as Node[];
        const tail = siblings[siblings.length - 1] as Node;
        (tail.position as { start: Point; end: Point }).end = token.end;
        b.atHardBreak = false;
      } else if (!b.slurpLineEnding && keepsLineEndings.has(b.top().type)) {
        b.enterData(token);
        b.exitData(token, context.sliceSerialize(token));
      }
    },
  ],
  [
    ['hardBreakEscape', 'hardBreakTrailing'],
    (b, token) => {
      b.atHardBreak = true;
      b.close(token);
    },
  ],
  [
    ['label'],
    (b) => {
      // `onexitlabel`: a link takes the label's nodes as children, an image its text as alt.
      const fragment = b.top();
      const value = b.resume();
      const node = b.top();
      b.inReference = true;
      if (node.type === 'link') node.children = fragment.children as Node[];
      else node.alt = value;
    },
  ],
  [
    ['resource'],
    (b) => {
      b.inReference = false;
    },
  ],
  [
    ['link', 'image'],
    (b, token) => {
      const node = b.top();
      if (b.inReference) node.type += 'Reference';
      b.close(token);
    },
  ],
  [
    ['taskListCheckValueChecked', 'taskListCheckValueUnchecked'],
    (b, token) => {
      const item = b.stack[b.stack.length - 2];
      if (item) item.checked = (token.type as string) === 'taskListCheckValueChecked';
    },
  ],
  [
    ['paragraph'],
    (b, token) => {
      taskParagraph(b.stack);
      b.close(token);
    },
  ],
  [
    ['listOrdered', 'listUnordered'],
    (b, token) => {
      if (b.top().type === 'listItem') b.close(token);
      if (b.top().type !== 'list') throw new UnexpectedEvents(`list closes ${b.top().type}`);
      b.close(token);
    },
  ],
  [
    ['table'],
    (b, token) => {
      b.close(token);
      b.inTable = false;
    },
  ],
  [['atxHeading', 'autolink', 'blockQuote', 'definition', 'emphasis', 'strong', 'strikethrough', 'thematicBreak', 'tableRow', 'tableHeader', 'tableData', 'gfmFootnoteCall', 'gfmFootnoteDefinition'], closes],
]);

function buildTree(events: readonly Event[]): Node {
  const b = new TreeBuilder();
  // Dispatch by table: most events (whitespace, markers, prefixes) have no handler and cost one lookup.
  for (const [kind, token, context] of events) (kind === 'enter' ? onEnter : onExit).get(token.type)?.(b, token, context);
  if (b.stack.length !== 1) throw new UnexpectedEvents(`${b.top().type} left open`);
  return b.root;
}


/**
 * `exitParagraphWithTaskListItem` (mdast-util-gfm-task-list-item): the first
 * paragraph of a task item loses the space after its box, and starts after it.
 */
function taskParagraph(stack: readonly Node[]): void {
  const parent = stack[stack.length - 2];
  if (!parent || parent.type !== 'listItem' || typeof parent.checked !== 'boolean') return;
  const node = stack[stack.length - 1] as Node;
  const children = node.children as Node[];
  const head = children[0];
  if (!head || head.type !== 'text') return;
  if ((parent.children as Node[]).find((sibling) => sibling.type === 'paragraph') !== node) return;
  head.value = (head.value as string).slice(1);
  if (head.value.length === 0) {
    children.shift();
  } else if (head.position && node.position) {
    const start = head.position.start;
    head.position = { start: { line: start.line, column: start.column + 1, offset: start.offset + 1, _index: start._index, _bufferIndex: start._bufferIndex }, end: head.position.end };
    node.position = { start: { ...head.position.start }, end: node.position.end };
  }
}
