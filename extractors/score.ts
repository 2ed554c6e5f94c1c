import type { Extractor, ExtractContext } from '../src/extract.js';
import type { TextBlock } from '../src/markdown.js';
import { readScore, scoreRe } from '../src/relation-forms.js';
import { rowSubject } from '../src/subjects.js';
import { groupStart, scan } from '../src/scan.js';

/** "Grade: A-", "Rating: B+". */
const letterGradeRe = /(?<label>\b(?:grade|rating))\s*[:=]\s*\**(?<grade>[A-F][+-]?)(?![\w+-])/gid;

/**
 * Scores and grades: "Score: 85/100", "Overall Readiness Score: 78/100",
 * "Grade: A-". A score is a judgement; the consistency verifier checks it
 * only against a breakdown the report itself gives.
 */
function extract(blocks: readonly TextBlock[], ctx: ExtractContext): void {
  for (const m of scan(blocks, scoreRe, (b) => b.kind !== 'code')) {
    const form = readScore(m.match[0]);
    if (!form || form.scale <= 0 || form.score.value > form.scale) continue;
    const subject = form.label ? { name: form.label.replace(/\s+/g, ' ') } : rowSubject(m.block.context) ?? { scope: 'all' as const };
    ctx.claim(
      m.block, m.start, m.end,
      { kind: 'score', subject, value: form.score.value, unit: 'score', qualifier: 'exact', precision: form.score.precision },
      [groupStart(m, 'score'), m.end],
    );
  }
  for (const m of scan(blocks, letterGradeRe, (b) => b.kind !== 'code')) {
    ctx.claim(m.block, m.start, m.end, { kind: 'score', subject: { name: m.groups.label ?? 'grade' }, value: m.groups.grade ?? '', unit: 'none', qualifier: 'exact', precision: 0 }, [groupStart(m, 'grade'), m.end]);
  }
}

export default {
  id: 'score',
  description: 'Scores and grades: "Score: 85/100", "Quality Rating: 98/100", "Grade: A-".',
  kinds: ['score'],
  extract,
} satisfies Extractor;
