/**
 * A change in a row of scores out of their maxima: "| Testing | 14/20 |
 * 19/20 | **18/20** | +4 |" under "| Category | Before | Claimed After |
 * Actual After | Change |". The change is an after-score less the
 * before-score on the same scale. Where the table has several after columns
 * (claimed and actual), each is a reading and the change holds when one
 * does, so only a change no after column gives is contradicted. Scores the
 * consistency verifier cannot read as one figure a cell ("11/15") are read
 * here; rows of plain figures are its own.
 */
import type { ReportRelation } from './types.js';
import { tableAt } from '../../read/report-structure.js';
import { cellScoreRe } from '../relation-forms.js';
import { point, show } from '../arithmetic.js';
import { eachClaim, figureOf, reading } from './shared.js';
import { changeOf } from './change-column-total.js';
import { afterColumnWords, beforeColumnWords, goalColumnWords } from '../../figures/column-words.js';
import { wordsSource } from '../../figures/words.js';

/** Headers of the score before the change, and of one after it; a target is neither. */
const beforeHeaderRe = new RegExp(String.raw`\b${wordsSource(beforeColumnWords)}\b`, 'i');
const afterHeaderRe = new RegExp(String.raw`\b${wordsSource(afterColumnWords)}\b`, 'i');
const targetHeaderRe = new RegExp(String.raw`\b${wordsSource([...goalColumnWords.filter((w) => w !== 'threshold'), 'expected'])}\b`, 'i');

/** "**11/15**" → its score and scale. */
function scoreIn(cell: string): { score: number; scale: number } | undefined {
  const groups = cellScoreRe.exec(cell.replace(/^[^\p{N}*]+|[^\p{N}*]+$/gu, ''))?.groups;
  return groups ? { score: Number(groups.score), scale: Number(groups.scale) } : undefined;
}

export default {
  id: 'score-row-change',
  description: 'A change in a row of scores out of their maxima ("14/20 | 18/20 | +4") against an after-score less the before-score.',
  judge({ claims, tree }) {
    return eachClaim(claims, (claim) => {
      if (claim.kind !== 'change' || claim.tense !== 'current' || !claim.context.table || claim.unit === 'percent') return;
      const view = tableAt(tree, claim.position.offset);
      const row = view && view.row >= 0 ? view.rows[view.row] : undefined;
      if (!view || !row) return;
      const columns = row
        .map((cell, i) => ({ i, header: view.header[i] ?? '', score: scoreIn(cell) }))
        .filter((c) => c.i > 0 && c.i < view.column && c.score && !targetHeaderRe.test(c.header));
      const befores = columns.filter((c) => beforeHeaderRe.test(c.header));
      if (befores.length !== 1) return;
      const before = befores[0] as (typeof columns)[number] & { score: { score: number; scale: number } };
      const afters = columns.filter((c) => c !== before && afterHeaderRe.test(c.header) && c.score?.scale === before.score.scale);
      const own = changeOf(row[view.column] ?? '');
      if (afters.length === 0 || !own) return;
      const readings = afters.map((a) => {
        const value = (a.score?.score ?? 0) - before.score.score;
        return reading(`${show(a.score?.score ?? 0, 2)} − ${show(before.score.score, 2)}`, value, point(value), `column "${a.header}" less column "${before.header}"`);
      });
      return { stated: { ...figureOf(claim), value: own.value }, readings, lines: [claim.position.line] };
    });
  },
} satisfies ReportRelation;
