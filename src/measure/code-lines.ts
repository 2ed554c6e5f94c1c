/**
 * Whether lines `from`–`to` of a file hold the code or the name a report
 * shows beside a line reference ("`auth/tokens.py:40-72` — `refresh_token()`").
 */

export type CodeAtLines =
  | { kind: 'past-end'; lines: number }
  | { kind: 'present' }
  | { kind: 'elsewhere'; line: number }
  | { kind: 'absent'; shown: string }
  | { kind: 'unreadable'; reason: string };

/** Declaration words a report may write before a name: `def refresh`, `function main`. */
const declarationRe = /^(?:async\s+)?(?:def|function|func|fn|class|sub|proc|let|const|var)\s+/;
/** A call or signature shown as a name: `refresh_token()`, `main(args)`. */
const callRe = /^(?<name>[\w.$:]+)\s*\([^()]*\)$/;
/** Abbreviated code cannot be looked for. */
const elidedRe = /\.\.\.|…/;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The texts to look for: the code as shown, whitespace-insensitive, and its bare name. */
export function needlesOf(code: string): string[] {
  const shown = squash(code);
  const bare = shown.replace(declarationRe, '');
  const name = callRe.exec(bare)?.groups?.name;
  return [...new Set([shown, bare, ...(name ? [name] : [])])].filter((n) => n.length >= 2);
}

/**
 * Look for `code` at lines `from`–`to` (1-based, inclusive) of `text`; with no
 * `code`, only whether those lines exist.
 */
export function findCode(text: string, from: number, to: number, code?: string): CodeAtLines {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (from < 1 || to < from) return { kind: 'unreadable', reason: `lines ${from}–${to} are not a line range` };
  if (to > lines.length) return { kind: 'past-end', lines: lines.length };
  if (code === undefined) return { kind: 'present' };
  if (elidedRe.test(code)) return { kind: 'unreadable', reason: `\`${code}\` is abbreviated` };
  const needles = needlesOf(code);
  if (needles.length === 0) return { kind: 'unreadable', reason: `\`${code}\` is too short to look for` };
  const window = squash(lines.slice(from - 1, to).join('\n'));
  if (needles.some((n) => window.includes(n))) return { kind: 'present' };
  // Code that moved: the reference is stale rather than the code missing.
  for (let i = 0; i < lines.length; i++) {
    const around = squash(lines.slice(i, i + 1 + (to - from)).join('\n'));
    if (!needles.some((n) => around.includes(n))) continue;
    // A window of a range's height found it: the line it is on, when one line holds it alone.
    const own = lines.slice(i, i + 1 + (to - from)).findIndex((line) => needles.some((n) => squash(line).includes(n)));
    return { kind: 'elsewhere', line: i + 1 + Math.max(0, own) };
  }
  const shown = window.length > 80 ? `${window.slice(0, 77)}...` : window;
  return { kind: 'absent', shown: shown === '' ? '(blank lines)' : `\`${shown}\`` };
}
