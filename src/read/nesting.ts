/**
 * How deeply a markdown text nests lists and block quotes, estimated without
 * parsing it. The markdown parser's time grows with the cube of the nesting
 * depth (a 1,000-level list of 1 MB takes minutes; at 100 levels each line costs some 25 ms), so reports nested beyond
 * `maxNestingDepth` are refused before they are parsed. Real reports nest a
 * handful of levels.
 */

/** Levels of lists and quotes a report may nest. */
export const maxNestingDepth = 32;

/** A code fence opening: three or more backticks or tildes. */
const fenceRe = /^(?<fence>`{3,}|~{3,})/;
/** Leading whitespace, then a quote marker or a list marker followed by a space or the end of the line. */
const containerRe = /(?<space>[ \t]*)(?:(?<quote>>)|(?<bullet>[-*+]|\d{1,9}[.)])(?=[ \t]|$))/y;

/** Columns a run of spaces and tabs takes (tabs stop every 4). */
function width(space: string, from: number): number {
  let column = from;
  for (const ch of space) column = ch === '\t' ? column + 4 - (column % 4) : column + 1;
  return column;
}

/** The deepest nesting of lists and quotes in `text`, and its 1-based line. */
export function nestingDepth(text: string): { depth: number; line: number } {
  // Columns of the list markers currently open, innermost last.
  const open: number[] = [];
  let fence: string | undefined;
  let deepest = { depth: 0, line: 0 };
  let lineNumber = 0;
  for (const line of text.split('\n')) {
    lineNumber++;
    let column = 0;
    let quotes = 0;
    const markers: number[] = [];
    let match: RegExpExecArray | null;
    let end = 0;
    containerRe.lastIndex = 0;
    while ((match = containerRe.exec(line)) !== null) {
      const g = match.groups ?? {};
      const at = width(g.space ?? '', column);
      if (g.quote !== undefined) quotes++;
      else markers.push(at);
      column = at + match[0].length - (g.space?.length ?? 0);
      end = containerRe.lastIndex;
    }
    // A failed sticky match resets `lastIndex`, so the end is kept apart.
    const rest = line.slice(end);
    const body = rest.trimStart();
    if (fence !== undefined) {
      if (body.startsWith(fence)) fence = undefined;
      continue;
    }
    const opening = fenceRe.exec(body)?.groups?.fence;
    if (opening) fence = opening;
    if (markers.length > 0) {
      const first = markers[0] as number;
      while (open.length > 0 && (open[open.length - 1] as number) >= first) open.pop();
      open.push(...markers);
    } else if (body !== '') {
      // Text left of an open item's marker closes that item.
      const indent = width(rest.slice(0, rest.length - body.length), column);
      while (open.length > 0 && (open[open.length - 1] as number) >= indent) open.pop();
    }
    const depth = quotes + open.length;
    if (depth > deepest.depth) deepest = { depth, line: lineNumber };
  }
  return deepest;
}

/**
 * Brackets one paragraph may hold. micromark looks back from every `]` for
 * the `[` it may close, over the paragraph's events, and normalizes the
 * text between them as a possible reference label, so a paragraph of
 * unmatched or nested brackets costs the square of its size (10,000 lines
 * of `[` then of `]`: 20 s for 40 KB). Real paragraphs hold a few dozen.
 */
export const maxParagraphBrackets = 2_000;

/** A line that starts a block of its own: a list item, heading, table row or quote, after any indentation and quote markers. */
const blockStartRe = /^[ \t>]*(?:[-*+]|\d{1,9}[.)]|#{1,6}|\|)(?:[ \t]|$)|^[ \t]*>/;
const blankRe = /^[ \t]*\r?$/;
const bracketRe = /[[\]]/g;

/**
 * The most brackets in one paragraph of `text` (a run of lines between
 * blank lines and block starts, outside fenced code), and the 1-based line
 * where that paragraph starts.
 */
export function paragraphBrackets(text: string): { brackets: number; line: number } {
  let worst = { brackets: 0, line: 0 };
  let current = { brackets: 0, line: 0 };
  let fence: string | undefined;
  let lineNumber = 0;
  for (const line of text.split('\n')) {
    lineNumber++;
    const body = line.replace(/^[ \t>]*/, '');
    if (fence !== undefined) {
      if (body.startsWith(fence)) fence = undefined;
      continue;
    }
    const opening = fenceRe.exec(body)?.groups?.fence;
    if (opening) {
      fence = opening;
      current = { brackets: 0, line: 0 };
      continue;
    }
    if (blankRe.test(line) || blockStartRe.test(line)) current = { brackets: 0, line: lineNumber };
    if (current.line === 0) current.line = lineNumber;
    current.brackets += line.match(bracketRe)?.length ?? 0;
    if (current.brackets > worst.brackets) worst = { ...current };
  }
  return worst;
}
