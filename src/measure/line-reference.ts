/**
 * What a line reference (`agents.go:16`, `PLAN.md:40-60`) points at, checked
 * against the name that stands beside it in the report: the definitions of
 * the file as its parser reads them (src/measure/syntax.ts), a markdown
 * file's sections by their headings, or — for code shown beside it that
 * names no definition — the text of the lines (src/code-lines.ts).
 *
 * A line existing says nothing of what it holds: with nothing named beside
 * it, a reference is `unverifiable`, never confirmed.
 */
import { findCode } from './code-lines.js';
import { namesComments } from './comment-words.js';
import { definitionRuns, groupPrefixOf } from './definition-runs.js';
import { definitionAt, languageOf, normalizeName, readSyntax, type Definition, type Syntax } from './syntax.js';

/** The verdict a line reference gets, and why. */
export type LineCheck =
  | { verdict: 'confirmed' | 'contradicted' | 'unverifiable'; message: string; source: string; found?: Definition; empty?: boolean }
  /** Code shown beside it that names no definition: compared as text, as before. */
  | { verdict: 'text'; found: ReturnType<typeof findCode> };

/** Declaration words and call parentheses around a name: `def refresh`, `start_agent(x)`, `Agent.stop()`. */
const declarationRe = /^(?:async\s+)?(?:def|function|func|fn|class)\s+/;
const callRe = /\([^()]*\)$/;
/** A name, possibly qualified: `StartAgent`, `Agent.StopAgent`, `mod::run`, `Foo#bar`. */
const qualifiedNameRe = /^[A-Za-z_$][\w$]*(?:(?:\.|::|#)[A-Za-z_$][\w$]*)*$/;
/** Words rather than code: "Start Agent", "Validate config". */
const wordsRe = /^[A-Za-z][A-Za-z0-9]*(?:[ ][A-Za-z0-9]+)+$/;
/** A line holding only braces, brackets and punctuation that closes or opens a block. */
const braceOnlyRe = /^[{}()[\];,]+$/;
/** Section numbers a heading opens with: "3. ", "2.1 ", "Phase"-less numbering. */
const headingNumberRe = /^\s*(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+/;

/** The definition name `shown` stands for, or `undefined` when it is code rather than a name. */
export function nameOf(shown: string): string | undefined {
  const text = shown.trim();
  if (wordsRe.test(text)) return text;
  const bare = text.replace(declarationRe, '').replace(callRe, '').trim();
  if (!qualifiedNameRe.test(bare)) return undefined;
  return bare.split(/\.|::|#/).pop();
}

/** Whether a definition's span holds the referenced lines: the line, or most of a range. */
function holds(d: Definition, from: number, to: number): boolean {
  const overlap = Math.min(to, d.endLine) - Math.max(from, d.startLine) + 1;
  if (overlap <= 0) return false;
  return overlap * 2 >= to - from + 1 || (d.startLine >= from && d.endLine <= to);
}

/** The words of a name, lowercased: "2. Validate config" → ["2", "validate", "config"]. */
const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Whether a definition is the one `name` names: across case and separators;
 * a heading also when its words, section number aside, open with the name's
 * ("Phase 2" names "3. Phase 2: Rollout", "Deploy" does not name "Deployment").
 */
function isNamed(d: Definition, name: string): boolean {
  if (normalizeName(d.name) === normalizeName(name)) return true;
  if (d.kind !== 'heading') return false;
  const heading = wordsOf(d.name.replace(headingNumberRe, ''));
  const wanted = wordsOf(name);
  return wanted.length > 0 && wanted.every((word, i) => heading[i] === word);
}

const lineWord = (from: number, to: number) => (from === to ? `line ${from}` : `lines ${from}–${to}`);
const at = (d: Definition) => (d.startLine === d.endLine ? `line ${d.startLine}` : `lines ${d.startLine}–${d.endLine}`);
const where = (list: readonly Definition[]) => list.map((d) => `\`${d.name}\` is at line ${d.startLine}`).join(', ');

/** What the referenced lines hold when they hold nothing: `blank`, `only a brace`, `only a comment`; else `undefined`. */
function emptiness(lines: readonly string[], from: number, to: number, syntax: Syntax | undefined): string | undefined {
  const kinds = new Set<string>();
  for (let n = from; n <= to; n++) {
    const text = (lines[n - 1] ?? '').trim();
    if (text === '') kinds.add('blank');
    else if (syntax?.language !== 'markdown' && braceOnlyRe.test(text)) kinds.add('only a brace');
    else if (syntax?.commentLines.has(n)) kinds.add('only a comment');
    else return undefined;
  }
  const [only] = kinds;
  if (kinds.size === 1 && only) return from === to ? `is ${only}` : only === 'blank' ? 'are blank' : `hold ${only.replace('only a ', 'only ')}s`;
  return from === to ? 'is empty' : 'hold no code';
}

/**
 * Check lines `from`–`to` (from 1, inclusive) of `text`, the file shown as
 * `shown`, against `named`: the name or code standing beside the reference,
 * or `undefined` when nothing does.
 */
export async function checkLineReference(text: string, shown: string, from: number, to: number, named: string | undefined): Promise<LineCheck> {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const source = (syntax?: Syntax) => `file: ${shown}${syntax ? `, parsed as ${syntax.language}` : ''}`;
  if (to > lines.length) {
    return { verdict: 'contradicted', message: `${lineWord(from, to)} of \`${shown}\`: the file has ${lines.length} lines`, source: source() };
  }
  if (named === undefined) {
    return { verdict: 'unverifiable', message: `${from === to ? `line ${from} exists` : `lines ${from}–${to} exist`}; nothing names what ${from === to ? 'it' : 'they'} should hold`, source: source() };
  }
  const prefix = groupPrefixOf(named);
  if (prefix !== undefined) return checkGroup(text, lines, shown, from, to, named, prefix);
  const name = nameOf(named);
  const isWords = name !== undefined && wordsRe.test(name);
  const language = languageOf(shown);
  let syntax: Syntax | undefined;
  if (language && name !== undefined) {
    try {
      syntax = await readSyntax(text, language);
    } catch {
      syntax = undefined;
    }
  }
  const matches = name !== undefined && syntax ? syntax.definitions.filter((d) => isNamed(d, name)) : [];
  const empty = emptiness(lines, from, to, syntax);
  // "JSDoc comments: `x.ts:25-59`": comment lines are what the words beside the reference name.
  if (empty && /only (?:a )?comments?$/.test(empty) && namesComments(named)) {
    return { verdict: 'confirmed', message: `${lineWord(from, to)} ${empty}, as "${named}" says`, source: source(syntax) };
  }
  if (empty) {
    const also = matches.length > 0 ? `; ${where(matches)}` : '';
    return { verdict: 'contradicted', message: `${lineWord(from, to)} ${empty}${also}`, source: source(syntax), empty: true, ...(matches[0] ? { found: matches[0] } : {}) };
  }
  if (name !== undefined && syntax && matches.length > 0) {
    const holding = matches.find((d) => holds(d, from, to));
    if (holding) return { verdict: 'confirmed', message: `${lineWord(from, to)} ${from === to ? 'is' : 'are'} in \`${holding.name}\` (${at(holding)})`, source: source(syntax), found: holding };
    const inside = definitionAt(syntax, from);
    const place = inside ? `${from === to ? 'is' : 'start'} in \`${inside.name}\`` : `${from === to ? 'is' : 'are'} outside any definition`;
    return { verdict: 'contradicted', message: `${lineWord(from, to)} ${place}; ${where(matches)}`, source: source(syntax), ...(matches[0] ? { found: matches[0] } : {}) };
  }
  // Words name a feature, not code to look for: without a definition of that name there is nothing to
  // compare, unless the lines hold those very words (`echo two` beside `run.sh:2`): then they show the code.
  if (isWords && findCode(text, from, to, named).kind !== 'present') {
    const inside = syntax ? definitionAt(syntax, from) : undefined;
    const reason = syntax
      ? `nothing in \`${shown}\` is named "${named}"${inside ? `; ${lineWord(from, to)} ${from === to ? 'is' : 'start'} in \`${inside.name}\`` : ''}`
      : language
        ? `the ${language} parser could not read \`${shown}\``
        : `claimcheck reads no definitions from files like \`${shown}\``;
    return { verdict: 'unverifiable', message: reason, source: source(syntax) };
  }
  return { verdict: 'text', found: findCode(text, from, to, named) };
}

/**
 * Lines `from`–`to` of `text` (the file shown as `shown`, split into `lines`) checked against a group of
 * definitions written `prefix*` (`cmd_tailscale_*`, src/measure/definition-runs.ts): confirmed when a run of
 * them holds the lines, contradicted when none does or when the file writes no name of the group at all.
 */
async function checkGroup(text: string, lines: readonly string[], shown: string, from: number, to: number, named: string, prefix: string): Promise<LineCheck> {
  const language = languageOf(shown);
  let syntax: Syntax | undefined;
  if (language && language !== 'markdown') {
    try {
      syntax = await readSyntax(text, language);
    } catch {
      syntax = undefined;
    }
  }
  const source = `file: ${shown}${syntax ? `, parsed as ${syntax.language}` : ''}`;
  if (!syntax) {
    const reason = language && language !== 'markdown' ? `the ${language} parser could not read \`${shown}\`` : `claimcheck reads no definitions from files like \`${shown}\``;
    return { verdict: 'unverifiable', message: reason, source };
  }
  const runs = definitionRuns(syntax, prefix);
  const inside = definitionAt(syntax, from);
  const place = inside ? `${from === to ? 'is' : 'start'} in \`${inside.name}\`` : `${from === to ? 'is' : 'are'} outside any definition`;
  if (runs.length === 0) {
    // A name of the group written somewhere (a call, a string) may be defined another way: say nothing.
    if (text.includes(prefix)) return { verdict: 'unverifiable', message: `no definition in \`${shown}\` is named \`${named}\`, though the file writes \`${prefix}\``, source };
    return { verdict: 'contradicted', message: `nothing in \`${shown}\` is named \`${named}\`; ${lineWord(from, to)} ${place}`, source };
  }
  const empty = emptiness(lines, from, to, syntax);
  const spans = runs.map(at).join(', ');
  if (empty) return { verdict: 'contradicted', message: `${lineWord(from, to)} ${empty}; \`${named}\` ${runs.length === 1 ? 'is at' : 'are at'} ${spans}`, source, empty: true, found: runs[0] as Definition };
  const holding = runs.find((run) => holds(run, from, to));
  if (holding) return { verdict: 'confirmed', message: `${lineWord(from, to)} ${from === to ? 'is' : 'are'} in \`${named}\` (${at(holding)})`, source, found: holding };
  return { verdict: 'contradicted', message: `${lineWord(from, to)} ${place}; \`${named}\` ${runs.length === 1 ? 'is at' : 'are at'} ${spans}`, source, found: runs[0] as Definition };
}
