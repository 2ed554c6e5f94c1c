/**
 * Points a score is short of, said in prose, against the scores around it
 * and the list that breaks them down: "**Gaps** (9 points remaining):" in a
 * section headed "What We ACTUALLY Have: 91/100" is 100 − 91, and its list
 * "- **Testing** (-2 points)", "(-1 point)", "(-1 point)", "(-5 points)"
 * adds up to it; "The 4-point difference is:" between the section's 91/100
 * and 95/100 is 95 − 91, and its list "1 point: …", "3 points: …" too.
 * A gap from the scale needs one current score in the section; a difference
 * needs exactly two scores there on one scale. Each reading is judged apart,
 * so a message says which one fails.
 */
import type { Claim } from '../../model.js';
import type { ReportRelation } from './types.js';
import { type ClaimJudgement, eachClaim, exactCount, figureOf, reading, showLines, sumOf, viewsOf } from './shared.js';
import { point, show } from '../arithmetic.js';
import { listsAfter, sectionAt } from '../../read/report-structure.js';
import { betweenWords, gapWordOf, overclaimWords, pointsInEntryRe } from '../../figures/points-gap.js';

/** A score with its scale as the report writes it: "91/100". Groups `score`, `scale`. */
const scoreOfScaleRe = /(?<score>\d+(?:\.\d+)?)\s*\/\s*(?<scale>\d+)/;

interface Score {
  score: number;
  scale: number;
  line: number;
  current: boolean;
  tense: Claim['tense'];
}

function scoreOf(claim: Claim): Score | undefined {
  const groups = scoreOfScaleRe.exec(claim.text)?.groups;
  if (!groups) return undefined;
  return { score: Number(groups.score), scale: Number(groups.scale), line: claim.position.line, current: claim.tense === 'current', tense: claim.tense };
}

export default {
  id: 'points-gap',
  description: 'Points a score is short of its scale or of another score, against the scores of its section and the list that breaks them down.',
  judge({ claims, source, tree }) {
    const { sections } = viewsOf({ source, tree });
    return eachClaim(claims, (claim) => {
      if (claim.source !== 'figure-points-gap' || claim.tense !== 'current') return undefined;
      const gap = gapWordOf(claim.text, source.slice(source.lastIndexOf('\n', claim.position.offset - 1) + 1, claim.position.offset));
      if (!gap) return undefined;
      const out: ClaimJudgement[] = [];
      // "-4 points" of an overclaim is a distance; its sign says which way.
      const stated = { ...figureOf(claim), value: Math.abs(figureOf(claim).value) };
      const section = sectionAt(sections, claim.position.line);
      if (section) {
        const scores = claims.filter((c) => c.kind === 'score' && c.position.line >= section.line && c.position.line <= section.end).map(scoreOf).filter((s): s is Score => s !== undefined);
        const distinct = [...new Map(scores.map((s) => [`${s.score}/${s.scale}`, s])).values()];
        if (betweenWords.includes(gap)) {
          // A difference is between the section's two scores on one scale; an overclaim between its one current
          // score and the one score that current one replaces (a before-score of a change is neither).
          const current = distinct.filter((s) => s.current);
          const replaced = distinct.filter((s) => !s.current && s.tense !== 'before');
          const pair = overclaimWords.includes(gap) && current.length === 1 && replaced.length === 1 ? [current[0] as Score, replaced[0] as Score] : distinct;
          if (pair.length === 2 && pair[0]?.scale === pair[1]?.scale) {
            const [a, b] = pair as [Score, Score];
            const [hi, lo] = a.score >= b.score ? [a, b] : [b, a];
            const lines = [...new Set(scores.filter((s) => pair.some((p) => p.score === s.score && p.scale === s.scale)).map((s) => s.line))];
            out.push({ stated, readings: [reading(`${show(hi.score, 2)} − ${show(lo.score, 2)}`, hi.score - lo.score, point(hi.score - lo.score), `scores at ${showLines(lines)}`)], lines });
          }
        } else {
          const current = distinct.filter((s) => s.current);
          if (current.length === 1) {
            const s = current[0] as Score;
            const lines = scores.filter((x) => x.score === s.score && x.scale === s.scale).map((x) => x.line);
            out.push({ stated, readings: [reading(`${show(s.scale)} − ${show(s.score, 2)}`, s.scale - s.score, point(s.scale - s.score), `score ${show(s.score, 2)}/${show(s.scale)} at ${showLines(lines)}`)], lines });
          }
        }
      }
      // The list the gap introduces, every entry stating its points: they add up to it.
      const list = listsAfter(tree, claim.position.offset);
      if (!list || list.items.length < 2) return out;
      const points = list.items.map((item) => [...item.matchAll(pointsInEntryRe)]);
      if (points.some((m) => m.length !== 1)) return out;
      const parts = points.map((m) => exactCount(Math.abs(Number(m[0]?.groups?.n))));
      const lines = list.entryLines.length === list.items.length ? list.entryLines : [list.line];
      out.push({ stated, readings: [sumOf(parts, `list at ${showLines(lines)}`)], lines });
      return out;
    });
  },
} satisfies ReportRelation;
