/**
 * A coverage percentage and the line counts written beside it, outside a
 * table: "79% (1,447 statements, 302 missed)", "53.60% coverage, 335/625
 * lines covered", a tool's row "vectro_cli/src/lib.rs: 129/129 ✅ 100.00%"
 * (the fraction before the percentage, only marks between), or a box of
 * labelled lines "Coverage: 15.18%" over "Lines: 34/224". The percentage
 * must read as covered over relevant lines, or relevant less missed. A
 * fraction after the percentage counts lines only when it says so ("lines",
 * "statements", "covered"): "0% (0/3 components)" counts something else.
 */
import type { Claim } from '../../model.js';
import type { Figure } from '../arithmetic.js';
import type { ReportRelation } from './types.js';
import { parseNumber } from '../../figures/numbers.js';
import { readingsFromCounts, distinct, type CoverageCounts } from './coverage-row.js';
import { eachClaim, exactCount, viewsOf } from './shared.js';

/** A count as written: "1,447". */
const countSource = String.raw`\d[\d,]*(?![\d.])`;
/** "335/625 lines covered", "(182 / 259 lines)", "(1990/2119 statements)": a fraction of lines after the percentage, in its clause. */
const fractionAfterRe = new RegExp(String.raw`^[^\d\n;.]{0,30}?(?<![\d.,])(?<covered>${countSource})\s*\/\s*(?<relevant>${countSource})\s+(?:lines?|statements?|stmts)\b`, 'i');
/** "(1,447 statements, 302 missed)": the statements and the missed ones. */
const countsAfterRe = new RegExp(String.raw`^[^\d\n]{0,12}\(\s*(?<relevant>${countSource})\s+(?:lines|statements|stmts)\s*[,;]\s*(?<missed>${countSource})\s+(?:missed|missing|uncovered)\s*\)`, 'i');
/** "lib.rs: 129/129 ✅ ": a fraction right before the percentage, nothing but marks between. */
const fractionBeforeRe = new RegExp(String.raw`(?<![\d.,/])(?<covered>${countSource})\s*\/\s*(?<relevant>${countSource})[^\p{L}\p{N}/]*$`, 'u');
/** "│  Lines:     34/224": the next line gives the lines of a "Coverage:" line. */
const linesLineRe = new RegExp(String.raw`^[^\p{L}\p{N}]*(?:lines|statements)\s*:\s*(?<covered>${countSource})\s*\/\s*(?<relevant>${countSource})[^\p{L}\p{N}]*$`, 'iu');
/** A "Coverage:" label right before the percentage, past marks. */
export const coverageLabelRe = /\bcoverage\s*:[^\p{L}\p{N}]*$/iu;
/** A percentage as written: "15.18%", "100.00 %". */
const percentRe = /(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s*%/g;
/** What is left of the line after a box's percentage: bars and marks only. */
const nothingElseRe = /^[^\p{L}\p{N}]*$/u;

const count = (text: string | undefined): Figure | undefined => {
  if (text === undefined) return undefined;
  const n = parseNumber(text);
  return Number.isInteger(n.value) ? exactCount(n.value) : undefined;
};

/** The text of `line` (bold marks aside) before and after the percentage `claim` states. */
export function aroundPercent(claim: Claim, raw: string): { before: string; after: string } | undefined {
  const line = raw.replace(/\*\*/g, '');
  // A claim starts where its text does ("Coverage:  15.18%"): the percentage is the first one of its value from there.
  const from = raw.slice(0, claim.position.column - 1).replace(/\*\*/g, '').length;
  const percent = [...line.slice(from).matchAll(percentRe)].find((m) => parseNumber(m[1] ?? '').value === claim.value);
  if (percent?.index === undefined) return undefined;
  return { before: line.slice(0, from + percent.index), after: line.slice(from + percent.index + percent[0].length) };
}

/** The counts written beside the percentage of `claim`, and where. */
function countsOf(claim: Claim, lines: readonly string[]): { counts: CoverageCounts; where: string; line: number } | undefined {
  const at = claim.position.line;
  const around = aroundPercent(claim, lines[at - 1] ?? '');
  if (!around) return undefined;
  const { before, after } = around;
  const pair = (g: Record<string, string> | undefined, where: string, l = at) => {
    const covered = count(g?.covered);
    const relevant = count(g?.relevant);
    return covered && relevant && covered.value <= relevant.value ? { counts: { covered, relevant }, where, line: l } : undefined;
  };
  const stated = countsAfterRe.exec(after)?.groups;
  if (stated) {
    const relevant = count(stated.relevant);
    const missed = count(stated.missed);
    if (relevant && missed && missed.value <= relevant.value) return { counts: { relevant, missed }, where: 'its line', line: at };
  }
  return pair(fractionAfterRe.exec(after)?.groups, 'its line')
    ?? pair(fractionBeforeRe.exec(before)?.groups, 'its line')
    ?? (coverageLabelRe.test(before) && nothingElseRe.test(after) ? pair(linesLineRe.exec(lines[at] ?? '')?.groups, `line ${at + 1}`, at + 1) : undefined);
}

export default {
  id: 'coverage-with-counts',
  description: 'A coverage percentage outside a table against the line counts written beside it or on the next line.',
  judge({ claims, source, tree }) {
    const { lines } = viewsOf({ source, tree });
    const judged = new Set<number>();
    return eachClaim(claims, (claim: Claim) => {
      if (!claim.kind.startsWith('coverage.') || claim.unit !== 'percent' || claim.tense !== 'current' || claim.context.table || typeof claim.value !== 'number') return;
      if (judged.has(claim.position.offset)) return;
      // A ratio read on the line ("70.27% (182 / 259 lines)") is the consistency check's own.
      if (claims.some((c) => c.kind === 'ratio' && c.position.line === claim.position.line)) return;
      const found = countsOf(claim, lines);
      if (!found) return;
      const names = { covered: 'covered', relevant: 'lines', missed: 'missed' };
      const readings = distinct(readingsFromCounts(found.counts, names, 'counts on').map((r) => ({ ...r, label: found.where === 'its line' ? 'the counts on its line' : `the counts on ${found.where}` })));
      if (readings.length === 0) return;
      judged.add(claim.position.offset);
      return { readings, suffix: '%', lines: [found.line] };
    });
  },
} satisfies ReportRelation;
