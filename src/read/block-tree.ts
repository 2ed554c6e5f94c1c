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
 * handlers one by one (each case names the handler it follows). Nodes share
 * micromark's points instead of copying them; nothing writes to a position in
 * place (sections.ts replaces them when it shifts a section).
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
import type { Event, Extension, Point, Token } from 'micromark-util-types';

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

function buildTree(events: readonly Event[]): Node {
  const root: Node = { type: 'root', children: [] };
  const stack: Node[] = [root];
  // The text node an open data token adds to (`onenterdata` to `onexitdata`).
  let text: Node | undefined;
  // The compiler's `data` flags.
  let atHardBreak = false;
  let slurpLineEnding = false;
  let inReference = false;
  let inTable = false;
  let flowCodeInside = false;
  let characterReferenceMarker: string | undefined;

  const top = (): Node => stack[stack.length - 1] as Node;
  /** `enter`: a node as the last child of the top, then the top itself. */
  const open = (node: Node, token: Token): void => {
    node.position = { start: token.start, end: token.start };
    (top().children as Node[]).push(node);
    stack.push(node);
  };
  /** `exit`: the top ends where `token` ends. */
  const close = (token: Token): Node => {
    const node = stack.pop();
    if (!node || stack.length === 0) throw new UnexpectedEvents(`${token.type} closes nothing`);
    (node.position as { start: Point; end: Point }).end = token.end;
    return node;
  };
  /** `buffer`: a fragment on the stack, outside the tree. */
  const buffer = (): void => {
    stack.push({ type: fragmentType, children: [] });
  };
  /** `resume`: the fragment's text, off the stack. */
  const resume = (): string => toString(stack.pop() as Node);
  /** `onenterdata`: the text node at the end of the top's children, or a new one. */
  const enterData = (token: Token): void => {
    const siblings = top().children;
    if (!siblings) throw new UnexpectedEvents(`${token.type} in ${top().type}`);
    const tail = siblings[siblings.length - 1];
    if (tail && tail.type === 'text') {
      text = tail;
    } else {
      text = { type: 'text', value: '', position: { start: token.start, end: token.start } };
      siblings.push(text);
    }
  };
  /** `onexitdata`. */
  const exitData = (token: Token, value: string): void => {
    if (!text) throw new UnexpectedEvents(`${token.type} outside data`);
    text.value = (text.value as string) + value;
    (text.position as { start: Point; end: Point }).end = token.end;
    text = undefined;
  };

  for (const [kind, token, context] of events) {
    const type = token.type as string;
    if (kind === 'enter') {
      switch (type) {
        case 'data':
        case 'codeFlowValue':
        case 'codeTextData':
        case 'htmlFlowData':
        case 'htmlTextData':
        case 'autolinkProtocol':
        case 'autolinkEmail':
        case 'characterEscape':
        case 'characterReference':
          enterData(token);
          break;
        case 'paragraph':
          open({ type: 'paragraph', children: [] }, token);
          break;
        case 'atxHeading':
        case 'setextHeading':
          open({ type: 'heading', depth: 0, children: [] }, token);
          break;
        case 'blockQuote':
          open({ type: 'blockquote', children: [] }, token);
          break;
        case 'codeFenced':
          open({ type: 'code', lang: null, value: '' }, token);
          break;
        case 'codeIndented':
          open({ type: 'code', lang: null, value: '' }, token);
          buffer();
          break;
        case 'codeFencedFenceInfo':
        case 'codeFencedFenceMeta':
        case 'label':
        case 'referenceString':
        case 'resourceDestinationString':
        case 'resourceTitleString':
        case 'definitionDestinationString':
        case 'definitionLabelString':
        case 'definitionTitleString':
        case 'gfmFootnoteCallString':
        case 'gfmFootnoteDefinitionLabelString':
          buffer();
          break;
        case 'codeText':
          open({ type: 'inlineCode', value: '' }, token);
          buffer();
          break;
        case 'definition':
          open({ type: 'definition' }, token);
          break;
        case 'emphasis':
          open({ type: 'emphasis', children: [] }, token);
          break;
        case 'strong':
          open({ type: 'strong', children: [] }, token);
          break;
        case 'strikethrough':
          open({ type: 'delete', children: [] }, token);
          break;
        case 'hardBreakEscape':
        case 'hardBreakTrailing':
          open({ type: 'break' }, token);
          break;
        case 'htmlFlow':
        case 'htmlText':
          open({ type: 'html', value: '' }, token);
          buffer();
          break;
        case 'image':
          open({ type: 'image', alt: '' }, token);
          break;
        case 'link':
        case 'autolink':
          open({ type: 'link', children: [] }, token);
          break;
        case 'listOrdered':
        case 'listUnordered':
          open({ type: 'list', children: [] }, token);
          break;
        case 'listItemPrefix': {
          // The compiler's `prepareList` opens an item at each prefix of its own list.
          let node = top();
          if (node.type === 'listItem') node = close(token);
          if (top().type !== 'list') throw new UnexpectedEvents(`list item in ${top().type}`);
          open({ type: 'listItem', checked: null, children: [] }, token);
          break;
        }
        case 'thematicBreak':
          open({ type: 'thematicBreak' }, token);
          break;
        case 'table':
          open({ type: 'table', children: [] }, token);
          inTable = true;
          break;
        case 'tableRow':
          open({ type: 'tableRow', children: [] }, token);
          break;
        case 'tableHeader':
        case 'tableData':
          open({ type: 'tableCell', children: [] }, token);
          break;
        case 'gfmFootnoteCall':
          open({ type: 'footnoteReference' }, token);
          break;
        case 'gfmFootnoteDefinition':
          open({ type: 'footnoteDefinition', label: '', children: [] }, token);
          break;
        case 'yaml':
        case 'toml':
          open({ type, value: '' }, token);
          buffer();
          break;
        default:
          break;
      }
      continue;
    }

    switch (type) {
      case 'data':
      case 'codeFlowValue':
      case 'codeTextData':
      case 'htmlFlowData':
      case 'htmlTextData':
      case 'characterEscapeValue':
        exitData(token, context.sliceSerialize(token));
        break;
      case 'autolinkProtocol':
      case 'autolinkEmail':
        exitData(token, context.sliceSerialize(token));
        break;
      case 'yamlValue':
      case 'tomlValue':
        enterData(token);
        exitData(token, context.sliceSerialize(token));
        break;
      case 'characterReferenceMarkerNumeric':
      case 'characterReferenceMarkerHexadecimal':
        characterReferenceMarker = type;
        break;
      case 'characterReferenceValue': {
        // `onexitcharacterreferencevalue`.
        const data = context.sliceSerialize(token);
        const value =
          characterReferenceMarker !== undefined
            ? decodeNumericCharacterReference(data, characterReferenceMarker === 'characterReferenceMarkerNumeric' ? 10 : 16)
            : decodeNamedCharacterReference(data);
        characterReferenceMarker = undefined;
        if (!text) throw new UnexpectedEvents('character reference outside data');
        text.value = (text.value as string) + value;
        break;
      }
      case 'characterReference':
        if (!text) throw new UnexpectedEvents('character reference outside data');
        (text.position as { start: Point; end: Point }).end = token.end;
        text = undefined;
        break;
      case 'atxHeadingSequence': {
        const node = top();
        if (!node.depth) node.depth = context.sliceSerialize(token).length;
        break;
      }
      case 'setextHeadingText':
        slurpLineEnding = true;
        break;
      case 'setextHeadingLineSequence':
        top().depth = context.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
        break;
      case 'setextHeading':
        slurpLineEnding = false;
        close(token);
        break;
      case 'codeFencedFenceInfo': {
        const lang = resume();
        top().lang = lang;
        break;
      }
      case 'codeFencedFenceMeta':
        resume();
        break;
      case 'codeFencedFence':
        if (!flowCodeInside) {
          buffer();
          flowCodeInside = true;
        }
        break;
      case 'codeFenced': {
        const value = resume();
        top().value = value.replace(outerEolRe, '');
        flowCodeInside = false;
        close(token);
        break;
      }
      case 'codeIndented': {
        const value = resume();
        top().value = value.replace(finalEolRe, '');
        close(token);
        break;
      }
      case 'codeText': {
        let value = resume();
        if (inTable) value = value.replace(tablePipeEscapeRe, unescapePipe);
        top().value = value;
        close(token);
        break;
      }
      case 'htmlFlow':
      case 'htmlText': {
        const value = resume();
        top().value = value;
        close(token);
        break;
      }
      case 'yaml':
      case 'toml': {
        const value = resume();
        top().value = value.replace(outerEolRe, '');
        close(token);
        break;
      }
      case 'definitionLabelString':
      case 'gfmFootnoteDefinitionLabelString': {
        const label = resume();
        top().label = label;
        break;
      }
      case 'definitionDestinationString':
      case 'definitionTitleString':
      case 'resourceDestinationString':
      case 'resourceTitleString':
      case 'gfmFootnoteCallString':
      case 'referenceString':
        resume();
        break;
      case 'lineEnding':
        // `onexitlineending`.
        if (atHardBreak) {
          const siblings = top().children as Node[];
          const tail = siblings[siblings.length - 1] as Node;
          (tail.position as { start: Point; end: Point }).end = token.end;
          atHardBreak = false;
        } else if (!slurpLineEnding && keepsLineEndings.has(top().type)) {
          enterData(token);
          exitData(token, context.sliceSerialize(token));
        }
        break;
      case 'hardBreakEscape':
      case 'hardBreakTrailing':
        atHardBreak = true;
        close(token);
        break;
      case 'label': {
        // `onexitlabel`: a link takes the label's nodes as children, an image its text as alt.
        const fragment = top();
        const value = resume();
        const node = top();
        inReference = true;
        if (node.type === 'link') node.children = fragment.children as Node[];
        else node.alt = value;
        break;
      }
      case 'resource':
        inReference = false;
        break;
      case 'link':
      case 'image': {
        const node = top();
        if (inReference) node.type += 'Reference';
        close(token);
        break;
      }
      case 'taskListCheckValueChecked':
      case 'taskListCheckValueUnchecked': {
        const item = stack[stack.length - 2];
        if (item) item.checked = type === 'taskListCheckValueChecked';
        break;
      }
      case 'paragraph':
        taskParagraph(stack);
        close(token);
        break;
      case 'listOrdered':
      case 'listUnordered':
        if (top().type === 'listItem') close(token);
        if (top().type !== 'list') throw new UnexpectedEvents(`list closes ${top().type}`);
        close(token);
        break;
      case 'table':
        close(token);
        inTable = false;
        break;
      case 'atxHeading':
      case 'autolink':
      case 'blockQuote':
      case 'definition':
      case 'emphasis':
      case 'strong':
      case 'strikethrough':
      case 'thematicBreak':
      case 'tableRow':
      case 'tableHeader':
      case 'tableData':
      case 'gfmFootnoteCall':
      case 'gfmFootnoteDefinition':
        close(token);
        break;
      default:
        break;
    }
  }
  if (stack.length !== 1) throw new UnexpectedEvents(`${top().type} left open`);
  return root;
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
