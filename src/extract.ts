/**
 * The extraction step: parse a report, flatten it into text blocks, run every
 * registered extractor over them and return the claims in document order.
 */
import { createHash } from 'node:crypto';
import type { Claim, ClaimKind, Qualifier, Subject, Tense, Unit } from './model.js';
import { LineIndex, readTextBlocks, sourceOffset, type ParseOptions, type TextBlock } from './markdown.js';
import { readTense } from './tense.js';
import { isBucketBound } from './buckets.js';
import { repairMojibake } from './mojibake.js';
import { extractors } from '../extractors/index.js';

/** What an extractor knows about a claim; position, text, tense and id are filled in. */
export interface ClaimDraft {
  kind: ClaimKind;
  subject: Subject;
  value: number | string | boolean;
  unit: Unit;
  qualifier: Qualifier;
  precision: number;
  range?: [number, number];
  /** Set only when the extractor knows better than the shared tense reading. */
  tense?: Tense;
  tenseReason?: string;
}

export interface ExtractContext {
  /**
   * Record a claim found at `[start, end)` of `block.text`. `tenseAt` is the
   * character range whose surrounding words decide the tense (default: the
   * claim's own range).
   */
  claim(block: TextBlock, start: number, end: number, draft: ClaimDraft, tenseAt?: [number, number]): void;
}

/** An extractor: one module in `extractors/`, registered in `extractors/index.ts`. */
export interface Extractor {
  /** Equals the module's file name. */
  id: string;
  description: string;
  kinds: readonly ClaimKind[];
  extract(blocks: readonly TextBlock[], context: ExtractContext): void;
}

/** Words right after a figure that make it an estimate: "500 (estimated)", "~40 est.". */
const estimateAfterRe = /^\s*%?\s*[\w ]{0,12}?\(?\s*(?:estimated|est\.|approx(?:imately|\.)?|roughly)\s*\)?/i;

/** How far past a claim an unclosed parenthesis of its text may close. */
const maxParenthesisReach = 80;

/**
 * The claim as written, `text[start, end)` with spaces collapsed, carried on
 * to the closing parenthesis its span opened: "60% (2/3 components)", not
 * "60% (2/3", so a reader sees the claim whole.
 */
function wholeText(text: string, start: number, end: number): string {
  let open = 0;
  for (const char of text.slice(start, end)) open += char === '(' ? 1 : char === ')' && open > 0 ? -1 : 0;
  let stop = end;
  for (let i = end; open > 0 && i < Math.min(text.length, end + maxParenthesisReach) && text[i] !== '\n'; i++) {
    if (text[i] === '(') open++;
    else if (text[i] === ')') {
      open--;
      if (open === 0) stop = i + 1;
    }
  }
  return text.slice(start, stop).replace(/\s+/g, ' ').trim();
}

function subjectKey(subject: Subject): string {
  const [key, value] = Object.entries(subject)[0] ?? ['scope', 'all'];
  return `${key}:${String(value).toLowerCase()}`;
}

/**
 * Extract the claims of one report. `file` names the report in claim ids;
 * `source` is its text. Returns claims sorted by position, one per kind and
 * place (the first extractor in registry order wins a tie).
 */
export function extractClaims(file: string, source: string, only?: readonly Extractor[]): Claim[] {
  return extractClaimsWith(file, source, only ? { only } : {});
}

/** `extractClaims` with parse options (tests compare section-wise and whole parsing). */
export function extractClaimsWith(file: string, source: string, options: { only?: readonly Extractor[]; parse?: ParseOptions }): Claim[] {
  const only = options.only;
  // micromark drops a leading byte-order mark and counts positions after it: parse without it, and count it back in.
  const bom = source.startsWith('\uFEFF') ? 1 : 0;
  // Extractors read the repaired text; positions are mapped back to the file as it is.
  const repaired = repairMojibake(bom ? source.slice(bom) : source);
  // Read section by section: a large report's whole tree is never held.
  const blocks = readTextBlocks(repaired.text, options.parse);
  const lines = new LineIndex(source);
  const found: Claim[] = [];
  // Claims already found, by kind: a second extractor reading the same figure is dropped.
  const taken = new Map<string, Array<[number, number]>>();

  for (const extractor of only ?? extractors) {
    const context: ExtractContext = {
      claim(block, start, end, draft, tenseAt = [start, end]) {
        // A count with decimals is a section number or a version ("1.2 Unit Tests"), never a count.
        if ((draft.unit === 'count' || draft.unit === 'lines') && typeof draft.value === 'number' && !Number.isInteger(draft.value)) return;
        // "70-99%" labelling a row of modules by coverage level is the edge of a bucket, not a measured figure.
        if (draft.unit === 'percent' && isBucketBound(block, tenseAt[0], tenseAt[1])) return;
        const offset = sourceOffset(block, start);
        const endOffset = sourceOffset(block, Math.max(start, end - 1)) + 1;
        const spans = taken.get(draft.kind) ?? [];
        if (spans.some(([a, b]) => offset < b && a < endOffset)) return;
        spans.push([offset, endOffset]);
        taken.set(draft.kind, spans);
        const reading =
          draft.tense !== undefined
            ? { tense: draft.tense, reason: draft.tenseReason }
            : readTense(block.text, tenseAt[0], tenseAt[1], block.context, block.columns);
        const claim: Claim = {
          id: '',
          kind: draft.kind,
          subject: draft.subject,
          value: draft.value,
          unit: draft.unit,
          qualifier: draft.qualifier === 'exact' && estimateAfterRe.test(block.text.slice(end, end + 30)) ? 'approx' : draft.qualifier,
          precision: draft.precision,
          tense: reading.tense,
          text: wholeText(block.text, start, end),
          position: lines.position(bom + repaired.originalOffset(offset)),
          context: block.context,
          source: extractor.id,
        };
        if (draft.range) claim.range = draft.range;
        if (reading.reason) claim.tenseReason = reading.reason;
        found.push(claim);
      },
    };
    extractor.extract(blocks, context);
  }

  found.sort((a, b) => a.position.offset - b.position.offset || a.kind.localeCompare(b.kind));
  const used = new Map<string, number>();
  for (const claim of found) {
    const base = createHash('sha256')
      .update([file, claim.kind, subjectKey(claim.subject), claim.text.toLowerCase()].join('\0'))
      .digest('hex')
      .slice(0, 12);
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    claim.id = n === 0 ? base : `${base}-${n}`;
  }
  return found;
}
