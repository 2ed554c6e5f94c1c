/**
 * A coverage percentage that is the share of counted items, not of code:
 * "Test Coverage: 100% (96/96 APIs)", "96/96 APIs tested (100%)", "70/78
 * problems have tests (90%)". The count beside it names what is covered
 * (endpoints, problems, requirements); only a count of code units (lines,
 * statements, branches, functions, files) makes it code coverage. Such a
 * figure is the count's share (a ratio the ratio readers take), never a
 * coverage claim a coverage file could confirm.
 */

/** A count written with a slash and its noun: "96/96 APIs", "(70/78 problems". Group `noun`. */
const slashCountNounRe = /(?<![\d.])\d[\d,]*\s*\/\s*\d[\d,]*\s+(?<noun>\p{L}+)/gu;
/** Nouns of a count of code that coverage tools measure. */
const codeUnits: readonly string[] = [
  'line', 'lines', 'statement', 'statements', 'stmts', 'branch', 'branches', 'function', 'functions', 'funcs', 'method', 'methods',
  'file', 'files', 'module', 'modules', 'class', 'classes', 'package', 'packages', 'component', 'components', 'crate', 'crates',
  'region', 'regions', 'covered', 'sloc', 'loc',
];

/** What ends a clause: a line break, a comma, semicolon or cell bar, a sentence's full stop. */
const clauseEndRe = /[\n,;|]|\.\s/g;

/** The clause of `text` around `[start, end)`, 0-based offsets: "3/10 targets met, coverage is 70%" gives "coverage is 70%". */
function clauseAround(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(clauseEndRe)) {
    if (m.index < start) from = m.index + 1;
    else if (m.index >= end) { to = m.index; break; }
  }
  return text.slice(from, to);
}

/** Whether the clause of the figure at `[start, end)` of `text` counts items other than code with a slash: the figure is their share. */
export function sharesOtherItems(text: string, start: number, end: number): boolean {
  for (const m of clauseAround(text, start, end).matchAll(slashCountNounRe)) {
    const noun = m.groups?.noun?.toLowerCase() ?? '';
    if (!codeUnits.includes(noun)) return true;
  }
  return false;
}
