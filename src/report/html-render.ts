/**
 * A report's markdown as sanitised hast with spans of its source marked, for
 * the `html` format.
 *
 * The markdown is parsed as extraction parses it (`parseMarkdown`, so source
 * offsets are the ones claims carry), turned into hast by remark-rehype (raw
 * HTML dropped, mdast positions kept) and sanitised by rehype-sanitize with
 * GitHub's schema (no script, no event handler attributes, no `javascript:`
 * URLs, user ids prefixed). Only then are marks added: their attributes are
 * claimcheck's own, never the report's.
 */
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import type { Element, ElementContent, Properties, Root, RootContent, Text } from 'hast';
import type { Yaml } from 'mdast';
import { parseMarkdown } from '../read/markdown.js';

/** A range of the report's source to mark, `[start, end)` in UTF-16 offsets from 0, and the key of what it marks. */
export interface SourceSpan {
  start: number;
  end: number;
  key: string;
}

/**
 * The attributes of one mark: `keys` are the spans it covers (more than one
 * where spans overlap), `opens` those of them whose first mark this is.
 */
export type MarkProperties = (keys: readonly string[], opens: readonly string[]) => Properties;

/** Front matter is shown as the block of text it is, not run into the first paragraph. */
function frontMatter(_state: unknown, node: Yaml): Element {
  const code: Element = { type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: node.value + '\n' }] };
  const pre: Element = { type: 'element', tagName: 'pre', properties: {}, children: [code] };
  if (node.position) code.position = pre.position = node.position;
  return pre;
}

// `clobberPrefix: ''`: rehype-sanitize prefixes every id once (`user-content-`); remark-rehype would prefix footnote ids a second time.
const toHast = unified()
  .use(remarkRehype, { clobberPrefix: '', handlers: { yaml: frontMatter, toml: frontMatter } })
  .use(rehypeSanitize);

/** Render `source` (markdown) to sanitised hast. Positions of text nodes are the source's. */
export function renderMarkdown(source: string): Root {
  const tree = toHast.runSync(parseMarkdown(source)) as Root;
  imagesAsLinks(tree);
  return tree;
}

/**
 * The page loads nothing: an image becomes a link to it, named by its
 * description (or address), so a report cannot make the page fetch a
 * remote or local file by being opened.
 */
function imagesAsLinks(parent: Root | Element): void {
  parent.children.forEach((child, index) => {
    if (child.type !== 'element') return;
    if (child.tagName !== 'img') {
      imagesAsLinks(child);
      return;
    }
    const src = typeof child.properties.src === 'string' ? child.properties.src : '';
    const alt = typeof child.properties.alt === 'string' ? child.properties.alt : '';
    const text: Text = { type: 'text', value: `image: ${alt || src || 'no address'}` };
    const link: Element = src
      ? { type: 'element', tagName: 'a', properties: { href: src, className: ['cc-image'] }, children: [text] }
      : { type: 'element', tagName: 'span', properties: { className: ['cc-image'] }, children: [text] };
    parent.children[index] = link;
  });
}

/** How far the end of a span may lie past the character before it (markup, a link's URL). */
const maxGap = 160;

/**
 * The end of the span that shows `text` from `start` on in `source`: each
 * character of `text` (spaces aside) is found in order, so markup between
 * them (`**`, backticks, escapes) is included. A character not found within
 * `maxGap` (a repaired encoding, say) is passed over. At least one character.
 */
export function spanEnd(source: string, start: number, text: string): number {
  let cursor = start;
  for (const char of text) {
    if (/\s/.test(char)) continue;
    const found = source.indexOf(char, cursor);
    if (found < 0 || found - cursor > maxGap) continue;
    cursor = found + char.length;
  }
  return Math.max(cursor, Math.min(start + 1, source.length));
}

/**
 * The source offset of each UTF-16 unit of `value`, a text rendered from
 * `source.slice(start, end)`; `undefined` where a unit has none (a line
 * break added by the renderer). The value is the slice itself, or lies
 * whole inside it (inline code, a fenced block), or else its characters are
 * found in order (escapes, entities); `afterFirstLine` starts that search
 * past a code fence's opening line.
 */
function offsetsOf(value: string, source: string, start: number, end: number, afterFirstLine: boolean): Array<number | undefined> {
  const slice = source.slice(start, end);
  const offsets: Array<number | undefined> = new Array(value.length).fill(undefined);
  const at = value === '' ? -1 : slice.indexOf(value);
  if (at >= 0) {
    for (let i = 0; i < value.length; i++) offsets[i] = start + at + i;
    return offsets;
  }
  let cursor = afterFirstLine ? slice.indexOf('\n') + 1 : 0;
  let i = 0;
  for (const char of value) {
    const found = slice.indexOf(char, cursor);
    if (found >= 0) {
      for (let k = 0; k < char.length; k++) offsets[i + k] = start + found + k;
      cursor = found + char.length;
    }
    i += char.length;
  }
  return offsets;
}

interface Located {
  node: Text;
  parent: Root | Element;
  start: number;
  end: number;
  code: boolean;
}

/** Every text node with the source range it renders: its own position, or for code its `<code>` element's. */
function locatedTexts(tree: Root): Located[] {
  const out: Located[] = [];
  const walk = (parent: Root | Element) => {
    for (const child of parent.children) {
      if (child.type === 'element') walk(child);
      else if (child.type === 'text') {
        const own = child.position;
        const code = parent.type === 'element' && parent.tagName === 'code' && !own;
        const place = own ?? (code ? parent.position : undefined);
        const start = place?.start.offset;
        const end = place?.end.offset;
        if (start !== undefined && end !== undefined) out.push({ node: child, parent, start, end, code });
      }
    }
  };
  walk(tree);
  return out;
}

/**
 * Wrap the parts of `tree`'s text that render `spans` in `<mark>` elements
 * whose attributes `properties` gives; a text node is split where the set
 * of spans covering it changes. Changes `tree`; returns the keys that got
 * at least one mark (a span inside raw HTML or an image's alt text gets none).
 */
export function markSpans(tree: Root, source: string, spans: readonly SourceSpan[], properties: MarkProperties): Set<string> {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const longest = sorted.reduce((n, s) => Math.max(n, s.end - s.start), 0);
  const placed = new Set<string>();
  for (const { node, parent, start, end, code } of locatedTexts(tree)) {
    const candidates = overlapping(sorted, start, end, longest);
    if (candidates.length === 0) continue;
    const offsets = offsetsOf(node.value, source, start, end, code);
    const keysAt = (i: number): string[] => {
      const offset = offsets[i];
      return offset === undefined ? [] : candidates.filter((s) => s.start <= offset && offset < s.end).map((s) => s.key);
    };
    const pieces: ElementContent[] = [];
    let runStart = 0;
    let runKeys = keysAt(0);
    const flush = (until: number) => {
      const value = node.value.slice(runStart, until);
      if (value === '') return;
      if (runKeys.length === 0) {
        pieces.push({ type: 'text', value });
        return;
      }
      const opens = runKeys.filter((key) => !placed.has(key));
      for (const key of runKeys) placed.add(key);
      pieces.push({ type: 'element', tagName: 'mark', properties: properties(runKeys, opens), children: [{ type: 'text', value }] });
    };
    for (let i = 1; i <= node.value.length; i++) {
      const keys = i < node.value.length ? keysAt(i) : [];
      // A surrogate pair is never split.
      if (i < node.value.length && isLowSurrogate(node.value.charCodeAt(i))) continue;
      if (i === node.value.length || keys.join(' ') !== runKeys.join(' ')) {
        flush(i);
        runStart = i;
        runKeys = keys;
      }
    }
    if (pieces.length === 1 && pieces[0]?.type === 'text') continue;
    const index = (parent.children as RootContent[]).indexOf(node);
    (parent.children as RootContent[]).splice(index, 1, ...pieces);
  }
  return placed;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The spans of `sorted` (by start) that overlap `[start, end)`; `longest` bounds how far back one can begin. */
function overlapping(sorted: readonly SourceSpan[], start: number, end: number, longest: number): SourceSpan[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.start ?? 0) < start - longest) lo = mid + 1;
    else hi = mid;
  }
  const out: SourceSpan[] = [];
  for (let i = lo; i < sorted.length; i++) {
    const span = sorted[i] as SourceSpan;
    if (span.start >= end) break;
    if (span.end > start) out.push(span);
  }
  return out;
}
