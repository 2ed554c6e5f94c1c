import type { Extractor } from '../src/figures/extract.js';
import type { TextBlock } from '../src/read/markdown.js';
import { pathSource } from '../src/figures/subjects.js';
import { codeSpanRe, definitionNameRe, fileReferenceRe, isFileName } from '../src/figures/code-spans.js';
import { contextText, pathGroup, pathOf } from '../src/figures/path-pieces.js';
import { readTense } from '../src/figures/tense.js';
import { englishWords, hasWord } from '../src/figures/words.js';
import { scan } from '../src/read/scan.js';
import { rowOf } from '../src/figures/table-row.js';

const lineRangeSource = String.raw`(?<from>\d{1,7})(?:\s*(?:-|–|—|to)\s*(?<to>\d{1,7}))?`;

/** "`auth/tokens.py:40-72`", "setup.sh:1799-1800", "`web/app.py:251`". */
const pathColonLinesRe = new RegExp(String.raw`(?:\`(?<p>${pathSource}):${lineRangeSource}\`|(?<![\w/.:-])(?<p_bare>${pathSource}):${lineRangeSource.replace(/\?<(\w+)>/g, '?<$1_bare>')}(?![\w:]))`, 'gd');
/** "lines 40-72 of auth/tokens.py", "line 12 in `x.py`". */
const linesOfPathRe = new RegExp(String.raw`\b[Ll]ines?\s+${lineRangeSource}\s+(?:of|in)\s+${pathGroup('p')}`, 'gd');
/** "`auth/tokens.py` lines 40-72", "`x.py` (line 12)", "`x.py`, L40-L72". */
const pathThenLinesRe = new RegExp(String.raw`${pathGroup('p')}\s*(?:\(|,\s*)?(?:[Ll]ines?\s+|L)(?<from>\d{1,7})(?:\s*(?:-|–|—|to)\s*L?(?<to>\d{1,7}))?`, 'gd');

/** Code shown right after a reference: " — `refresh_token()`", " (`def refresh`)", ": `timeout = 30`". */
const codeAfterRe = /^\)?\s*(?:[-–—:]\s*|\(\s*|\s)`(?<code>[^`\n]{2,200})`/;
/** Code shown right before a reference: "`refresh_token()` at ", "`main` in ". */
const codeBeforeRe = /`(?<code>[^`\n]{2,200})`\s*(?:at|in|on|\(|[-–—])\s*(?:[Ll]ines?\s*)?$/;
function codeBeside(block: TextBlock, start: number, end: number): string | undefined {
  const after = codeAfterRe.exec(block.text.slice(end))?.groups?.code;
  const before = codeBeforeRe.exec(block.text.slice(Math.max(0, start - 220), start))?.groups?.code;
  const code = after ?? before;
  return code && !fileReferenceRe.test(code.trim()) ? code.trim() : undefined;
}

/** Words that name a feature or a step: "Start Agent", "Validate config" (two to four words, letters and digits). */
const nameWordsRe = /^[A-Za-z][A-Za-z0-9]*(?:[ _-][A-Za-z0-9]+){1,3}$/;
/** Words that label a reference rather than name what it holds: "File 1:", "Location:", "See lines". */
const labelWords: ReadonlySet<string> = new Set(['evidence', 'file', 'files', 'line', 'lines', 'location', 'path', 'ref', 'reference', 'see', 'source', 'where']);
/** Where a sentence ends, so a name in the next one is not taken. */
const sentenceEndRe = /[.!?;](?:\s|$)/g;
/** Separators and small words between a lead name and its reference: "Start Agent: ", "StartAgent at ", "Validate config (". */
const leadTailRe = /(?:\s|[:(\-–—,|*]|\b(?:at|in|on|see|from|lines?|L)\b)+$/i;
/** Emphasis and label markers around a lead name. */
const leadMarkRe = /^[\s*_#>\d.)-]+|[\s*_]+$/g;
/**
 * A report's own identifier of a finding, requirement or step, never code: "H-1 sum2", "SEC-001", "SC-004",
 * "F6", "A1" (the ID column of a triage or audit table beside its `File.cs:40`).
 */
const reportIdRe = /^[A-Z]{1,5}[-_]?\d{1,4}[a-z]?(?:\s+[a-z]+\d+)?$/;
/** One capitalised word of letters only, a severity or a status in its column: "MEDIUM", "HIGH", "RESOLVED". */
const shoutedWordRe = /^[A-Z]{2,}$/;

/** The name a text gives when it is only a name: a code span of one, or a few words. */
function nameIn(text: string): string | undefined {
  const trimmed = text.trim().replace(leadMarkRe, '');
  const span = /^`(?<code>[^`]+)`$/.exec(trimmed)?.groups?.code?.trim();
  if (span !== undefined) return definitionNameRe.test(span) && !isFileName(span) ? span : undefined;
  // A finding's ID or its severity labels the row; the code at the lines is not named so.
  if (reportIdRe.test(trimmed) || shoutedWordRe.test(trimmed)) return undefined;
  if (definitionNameRe.test(trimmed) && /[A-Z_].*|[a-z][A-Z]/.test(trimmed.slice(1)) && !isFileName(trimmed)) return trimmed;
  return nameWordsRe.test(trimmed) && !labelWords.has(trimmed.split(/[ _-]/)[0]?.toLowerCase() ?? '') ? trimmed : undefined;
}

/** The sentence of `text` around `start`–`end`. */
function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(sentenceEndRe)) {
    const at = m.index ?? 0;
    if (at < start) from = at + m[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return { from, to };
}

/** A code span naming a definition in the same sentence as the reference. */
function nameInSentence(block: TextBlock, start: number, end: number): string | undefined {
  const { from, to } = sentenceAround(block.text, start, end);
  for (const m of block.text.slice(from, to).matchAll(codeSpanRe)) {
    const at = from + (m.index ?? 0);
    // The reference's own span is not a name beside it.
    if (at <= start && at + m[0].length >= end) continue;
    const code = m.groups?.code?.trim() ?? '';
    if (definitionNameRe.test(code) && !isFileName(code)) return code;
  }
  return undefined;
}

/**
 * The name that stands beside a reference and says what its lines should
 * hold: code shown right by it, a code span naming a definition in the same
 * sentence, another cell of its table row that is only a name (or the row's
 * label), or the few words an item or cell opens with before it.
 */
function nameBeside(blocks: readonly TextBlock[], index: number, start: number, end: number): string | undefined {
  const block = blocks[index] as TextBlock;
  const shown = codeBeside(block, start, end) ?? nameInSentence(block, start, end);
  if (shown) return shown;
  if (block.kind === 'cell') {
    const others = rowOf(blocks, index).filter((cell) => cell !== block);
    const named = others.map((cell) => nameIn(cell.text)).find((name) => name !== undefined);
    if (named) return named;
  }
  return nameIn(block.text.slice(0, start).replace(leadTailRe, ''));
}

export default {
  id: 'code-at-lines',
  description: 'Code at lines of a file: "`setup.sh:1799-1800`", "lines 40-72 of auth/tokens.py", with the code or the name that stands beside it (same sentence, table row or item).',
  kinds: ['file.snippet'],
  extract(blocks, ctx) {
    const indexOf = new Map(blocks.map((block, index) => [block, index]));
    for (const re of [pathColonLinesRe, linesOfPathRe, pathThenLinesRe]) {
      for (const m of scan(blocks, re, (b) => b.kind !== 'code')) {
        const path = pathOf(m.groups, 'p');
        const from = Number(m.groups.from ?? m.groups.from_bare);
        const to = Number(m.groups.to ?? m.groups.to_bare ?? from);
        // A URL's port ("host.com:8080") is not a line.
        if (!path || !Number.isInteger(from) || to < from || /:\/\/$/.test(m.block.text.slice(Math.max(0, m.start - 3), m.start))) continue;
        const code = nameBeside(blocks, indexOf.get(m.block) ?? 0, m.start, m.end);
        // A reference points at the file as it is: a target or estimate beside it ("Coverage threshold: 90% enforced in `ci.yml:233`") is the other figure's.
        const stated = readTense(m.block.text, m.start, m.end, m.block.context, m.block.columns);
        const present = stated.tense === 'target' || stated.tense === 'projected' || hasWord(contextText(m.block), englishWords.target) || hasWord(contextText(m.block), englishWords.projected);
        ctx.claim(m.block, m.start, m.end, {
          kind: 'file.snippet', subject: { path }, value: code ?? true, unit: 'none', qualifier: 'exact', precision: 0, range: [from, to],
          ...(present ? { tense: 'current' as const, tenseReason: 'a reference to the file as it is' } : {}),
        });
      }
    }
  },
} satisfies Extractor;
