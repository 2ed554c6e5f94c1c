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
