/**
 * Lines of a source file by kind, as tokei and cloc report them: blank,
 * comment and code lines. A line with any code on it is a code line; a line
 * holding only a comment (or inside a block comment) is a comment line.
 * Strings are not parsed, so a comment marker inside a string on an
 * otherwise blank line can be misread: counts are close, not exact, and
 * the verifier treats a near miss as inconclusive.
 */

export interface LineKinds {
  /** All lines, as `wc -l` counts them plus a last line without a newline. */
  lines: number;
  blank: number;
  comment: number;
  code: number;
}

interface CommentSyntax {
  line: readonly string[];
  block: ReadonlyArray<readonly [string, string]>;
}

const cLike: CommentSyntax = { line: ['//'], block: [['/*', '*/']] };
const hash: CommentSyntax = { line: ['#'], block: [] };
const dashes: CommentSyntax = { line: ['--'], block: [] };
const markup: CommentSyntax = { line: [], block: [['<!--', '-->']] };

/** Comment syntax by file extension (tokei's language table, the common part). */
const syntaxByExtension: Readonly<Record<string, CommentSyntax>> = {
  ...Object.fromEntries(
    ['c', 'h', 'cc', 'cpp', 'cxx', 'hpp', 'hh', 'cs', 'java', 'js', 'mjs', 'cjs', 'jsx', 'ts', 'mts', 'cts', 'tsx', 'go', 'rs', 'kt', 'kts', 'swift', 'scala', 'dart', 'm', 'mm', 'groovy', 'gradle', 'proto', 'css', 'scss', 'less', 'zig', 'v', 'sol'].map((ext) => [ext, cLike]),
  ),
  ...Object.fromEntries(
    ['py', 'pyi', 'sh', 'bash', 'zsh', 'ksh', 'bats', 'rb', 'pl', 'pm', 'r', 'yml', 'yaml', 'toml', 'tf', 'cmake', 'ex', 'exs', 'jl', 'nim', 'ps1', 'mk', 'dockerfile', 'conf', 'ini'].map((ext) => [ext, hash]),
  ),
  ...Object.fromEntries(['sql', 'hs', 'elm', 'ada', 'adb', 'ads'].map((ext) => [ext, dashes])),
  lua: { line: ['--'], block: [['--[[', ']]']] },
  php: { line: ['//', '#'], block: [['/*', '*/']] },
  html: markup,
  htm: markup,
  xml: markup,
  vue: { line: ['//'], block: [['<!--', '-->'], ['/*', '*/']] },
  svelte: { line: ['//'], block: [['<!--', '-->'], ['/*', '*/']] },
  clj: { line: [';'], block: [] },
  lisp: { line: [';'], block: [] },
  el: { line: [';'], block: [] },
  erl: { line: ['%'], block: [] },
  tex: { line: ['%'], block: [] },
  vim: { line: ['"'], block: [] },
  f90: { line: ['!'], block: [] },
};

/** Whether the comment syntax of files ending in `.ext` is known. */
export function knowsComments(ext: string): boolean {
  return ext.toLowerCase() in syntaxByExtension;
}

/** Count the lines of `text` by kind, with the comment syntax of extension `ext` (without the dot). */
export function countLineKinds(text: string, ext: string): LineKinds {
  const syntax = syntaxByExtension[ext.toLowerCase()];
  const rows = text.split('\n');
  if (rows[rows.length - 1] === '') rows.pop();
  const counts: LineKinds = { lines: rows.length, blank: 0, comment: 0, code: 0 };
  let closer: string | undefined;
  for (const row of rows) {
    let rest = row.trim();
    if (rest === '') {
      counts.blank++;
      continue;
    }
    let code = false;
    while (rest !== '') {
      if (closer !== undefined) {
        const end = rest.indexOf(closer);
        if (end < 0) break;
        rest = rest.slice(end + closer.length).trim();
        closer = undefined;
        continue;
      }
      if (!syntax || syntax.line.some((marker) => rest.startsWith(marker))) {
        code ||= !syntax;
        break;
      }
      const opened = syntax.block.find(([open]) => rest.startsWith(open));
      if (opened) {
        closer = opened[1];
        rest = rest.slice(opened[0].length);
        continue;
      }
      // Code on the line; a block comment opened after it and left open still runs on.
      code = true;
      const later = syntax.block
        .map(([open, close]) => ({ at: rest.lastIndexOf(open), close, after: rest.lastIndexOf(open) + open.length }))
        .filter((b) => b.at > 0 && rest.indexOf(b.close, b.after) < 0)
        .sort((a, b) => b.at - a.at)[0];
      if (later) closer = later.close;
      break;
    }
    if (code) counts.code++;
    else counts.comment++;
  }
  return counts;
}
