import type { Extractor, ExtractContext } from '../src/figures/extract.js';
import type { TextBlock } from '../src/read/markdown.js';
import type { Subject, Tense } from '../src/model.js';
import { cellScoreRe as pairCellRe, readScore, scoreRe, totalRowLabelRe } from '../src/check/relation-forms.js';
import { arrowSource, figureAfterArrow, parseNumber, quantitySource, readQuantity, type Quantity } from '../src/figures/numbers.js';
import { rowSubject } from '../src/figures/subjects.js';
import { isBareScoreLabel, scoreSubject, scoreWords } from '../src/figures/score-subject.js';
import { englishWords, hasWord } from '../src/figures/words.js';
import { groupStart, scan } from '../src/read/scan.js';

/** "Grade: A-", "Rating: B+". */
const letterGradeRe = /(?<label>\b(?:grade|rating))\s*[:=]\s*\**(?<grade>[A-F][+-]?)(?![\w+-])/gid;

/** Words for a judged share: "Platform Readiness: 89%", "Completeness Score: 100%", a "Health" heatmap. */
const judgementSource = String.raw`readiness|health|maturity|score|rating|quality|completeness|confidence`;
/** Status marks and emphasis around a figure: "🟢 **89%**", "⚠️ 70%". */
const marksSource = String.raw`(?:[\s*_]|\p{Extended_Pictographic}|\u{FE0F})*`;
/** "Overall Platform Readiness: 🟢 89%", "Deployment Readiness Score: 100%". */
const percentScoreRe = new RegExp(
  String.raw`(?<label>(?:[A-Za-z][\w-]*[ \t]+){0,3}(?:${judgementSource}))\b\**\s*[:=]${marksSource}${quantitySource}\s*%`,
  'gidu',
);
/** Words after a percentage that name it a judged share of the whole: "53% production readiness", "100% deployment readiness". */
const judgedNounSource = String.raw`readiness|maturity`;
/**
 * A judged share named by the words after it, with the earlier share a "from" gives: "Improved from 27% to 53%
 * production readiness", "Infrastructure Ready: 100% deployment readiness". Groups `from` (the earlier share),
 * the quantity's, and `label` (the words naming the share).
 */
const nounScoreRe = new RegExp(
  String.raw`(?<![\w.,])(?:\bfrom${marksSource}(?<from>\d{1,3}(?:\.\d+)?)\s*%${marksSource}(?:to|${arrowSource})${marksSource})?` +
    String.raw`${quantitySource}\s*%\**[ \t]+(?<label>(?:[A-Za-z][\w-]*[ \t]+){0,2}(?:${judgedNounSource}))\b`,
  'gidu',
);
const judgedNounRe = new RegExp(String.raw`\b(?:${judgedNounSource})\b`, 'i');
/** "(up from 🟡 66%)", "(was 66%)": the earlier score right after. */
const earlierScoreRe = new RegExp(String.raw`^${marksSource}\(\s*(?:up\s+from|down\s+from|was|from)${marksSource}${quantitySource}\s*%`, 'du');
/** A table cell holding only a percentage, maybe with a status mark: "🟡 70%". A signed cell is a change. */
const cellScoreRe = new RegExp(String.raw`^${marksSource}${quantitySource}\s*%${marksSource}$`, 'gdu');
const judgementRe = new RegExp(String.raw`\b(?:${judgementSource})\b`, 'i');
/**
 * The words `percentScoreRe`, `scoreRe` and `letterGradeRe` need, with their
 * flags: a block without one is not searched (the expressions are tried at every word).
 */
const judgementWordRe = new RegExp(judgementSource, 'iu');
const scoreWordRe = /score|rating|grade/i;
/** A heading over a table of judged states; "Code Quality" heads tables of measured figures as often. */
const stateHeadingRe = /\b(?:health|readiness|maturity)\b/i;
/** Rows and columns of measured figures or of other kinds' figures: a cell there is no judged score. */
const measuredRe = /\b(?:coverage|pass|fail\w*|rates?|uptime|availability|latency|errors?|cpu|memory|disk|usage|utili[sz]ation|load|tests?|budget|weight\w*|improvement|change|delta|gain|diff)\b|Δ/i;

/** The one or two words right after a figure, on its line: its noun ("92.47% coverage provides", "89% test pass rate"). */
const measuredNounRe = /^[*_]*[^\S\n]+\p{L}[\p{L}-]*(?:[^\S\n]+\p{L}[\p{L}-]*)?/u;

/** The judged shares of a table under a "Health"/"Readiness" heading or in a "Score"/"Readiness" column: one score per percentage cell. */
function judgedCell(block: TextBlock): boolean {
  const table = block.context.table;
  if (block.kind !== 'cell' || !table || block.text.trim() === table.row.trim()) return false;
  const heading = block.context.headings[block.context.headings.length - 1] ?? '';
  return (judgementRe.test(table.header) || stateHeadingRe.test(heading)) && !measuredRe.test(`${table.header} ${table.row}`);
}

/**
 * Scores and grades: "Score: 85/100", "Overall Readiness Score: 78/100",
 * "Grade: A-". A score is a judgement; the consistency verifier checks it
 * only against a breakdown the report itself gives.
 */
function extract(blocks: readonly TextBlock[], ctx: ExtractContext): void {
  for (const m of scan(blocks, scoreRe, (b) => b.kind !== 'code' && scoreWordRe.test(b.text))) {
    const form = readScore(m.match[0]);
    if (!form || form.scale <= 0 || form.score.value > form.scale) continue;
    // "### Score: 85/100" under "## 1. CI/CD Pipeline Assessment" scores what the section is about.
    const section = form.label && isBareScoreLabel(form.label) ? m.block.context.headings.at(-1) : undefined;
    const subject = (section !== undefined ? scoreSubject(section, englishWords) : undefined) ??
      (form.label ? scoreSubject(form.label, englishWords) : undefined) ?? rowSubject(m.block.context) ?? { scope: 'all' as const };
    ctx.claim(
      m.block, m.start, m.end,
      { kind: 'score', subject, value: form.score.value, unit: 'score', qualifier: 'exact', precision: form.score.precision },
      [groupStart(m, 'score'), m.end],
    );
  }
  const percentScore = (block: TextBlock, start: number, end: number, subject: Subject, q: Quantity, numStart: number, tense?: Tense) => {
    if (q.value > 100) return;
    ctx.claim(
      block, start, end,
      { kind: 'score', subject, value: q.value, unit: 'percent', qualifier: q.qualifier, precision: q.precision, ...(q.range ? { range: q.range } : {}), ...(tense ? { tense } : {}) },
      [numStart, end],
    );
  };
  for (const m of scan(blocks, percentScoreRe, (b) => b.kind !== 'code' && judgementWordRe.test(b.text))) {
    // The noun after the figure names what it measures: "Confidence: 92.47% coverage provides …" is coverage, not a judged score.
    if (measuredRe.test(measuredNounRe.exec(m.block.text.slice(m.end))?.[0] ?? '')) continue;
    // A label of only the score's own words and the whole ("Overall Platform Readiness", "Deployment Readiness") scores the project, as for "N/M".
    const label = (m.groups.label ?? '').replace(/\s+/g, ' ').trim();
    const subject = scoreSubject(label, englishWords) ?? { name: label };
    percentScore(m.block, m.start, m.end, subject, readQuantity(m.groups), groupStart(m, 'num'));
    const rest = m.block.text.slice(m.end);
    const earlier = earlierScoreRe.exec(rest);
    const earlierNum = earlier?.indices?.groups?.num;
    if (earlier?.groups && earlierNum) {
      percentScore(m.block, m.end + earlierNum[0], m.end + earlier[0].length, subject, readQuantity(earlier.groups), m.end + earlierNum[0], 'before');
    }
    const after = figureAfterArrow(m.block.text, m.end, true);
    if (after) percentScore(m.block, after.start, after.end, subject, { value: after.value, qualifier: 'exact', precision: after.precision }, after.start, 'current');
  }
  for (const m of scan(blocks, nounScoreRe, (b) => b.kind !== 'code' && judgedNounRe.test(b.text))) {
    // The words name the share as the score of a whole ("production readiness") or of a part ("SRE readiness").
    const label = (m.groups.label ?? '').replace(/\s+/g, ' ').trim();
    const subject = scoreSubject(label, englishWords) ?? { name: label };
    const numStart = groupStart(m, 'num');
    if (m.groups.from !== undefined) {
      const fromStart = groupStart(m, 'from');
      const earlier = parseNumber(m.groups.from);
      percentScore(m.block, fromStart, m.block.text.indexOf('%', fromStart) + 1, subject, { value: earlier.value, qualifier: 'exact', precision: earlier.precision }, fromStart, 'before');
    }
    percentScore(m.block, numStart, m.block.text.indexOf('%', numStart) + 1, subject, readQuantity(m.groups), numStart);
  }
  for (const m of scan(blocks, cellScoreRe, judgedCell)) {
    const numStart = groupStart(m, 'num');
    percentScore(m.block, numStart, m.block.text.indexOf('%', numStart) + 1, rowSubject(m.block.context) ?? { scope: 'all' }, readQuantity(m.groups), numStart);
  }
  // A scorecard's Total row ("| **TOTAL** | **73/100** | **95/100** | **91/100** |") scores the whole project in each column;
  // the total extractor reads the same cells as the sum of the rows above.
  for (const block of blocks) {
    const table = block.context.table;
    if (block.kind !== 'cell' || !table || !totalRowLabelRe.test(table.row.trim()) || block.text.trim() === table.row.trim()) continue;
    if (!hasWord(`${table.header} | ${block.context.headings.at(-1) ?? ''}`, scoreWords)) continue;
    const form = pairCellRe.exec(block.text.replace(/[^\p{N}*/.\s]+/gu, ' '))?.groups;
    const start = block.text.search(/\d/);
    if (!form?.score || !form.scale || start < 0) continue;
    const score = parseNumber(form.score);
    if (score.value > parseNumber(form.scale).value) continue;
    ctx.claim(block, start, block.text.trimEnd().replace(/\**$/, '').length, { kind: 'score', subject: { scope: 'all' }, value: score.value, unit: 'score', qualifier: 'exact', precision: score.precision });
  }
  for (const m of scan(blocks, letterGradeRe, (b) => b.kind !== 'code' && scoreWordRe.test(b.text))) {
    ctx.claim(m.block, m.start, m.end, { kind: 'score', subject: { name: m.groups.label ?? 'grade' }, value: m.groups.grade ?? '', unit: 'none', qualifier: 'exact', precision: 0 }, [groupStart(m, 'grade'), m.end]);
  }
}

export default {
  id: 'score',
  description: 'Scores and grades: "Score: 85/100", "Quality Rating: 98/100", "Grade: A-", "Platform Readiness: 89%", "from 27% to 53% production readiness", percentages of a "Health" table.',
  kinds: ['score'],
  extract,
} satisfies Extractor;
