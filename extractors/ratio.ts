import type { Extractor, ExtractContext } from '../src/figures/extract.js';
import { plainTextLanguages, type TextBlock } from '../src/read/markdown.js';
import { percentThenRatioRe, ratioThenPercentRe, readFigure } from '../src/check/relation-forms.js';
import { parseNumber } from '../src/figures/numbers.js';
import { ratioSubject } from '../src/figures/ratio-subject.js';
import { groupStart, scan } from '../src/read/scan.js';

/**
 * A part of a whole stated beside its percentage. The claim is the
 * percentage; its text holds both figures, which the consistency verifier
 * reads back to recompute it.
 */
function extract(blocks: readonly TextBlock[], ctx: ExtractContext): void {
  for (const re of [ratioThenPercentRe, percentThenRatioRe]) {
    // A plain-text block ("📁 Core Module: 60% (2/3 components tested)") states its shares as prose does.
    for (const m of scan(blocks, re, (b) => b.kind !== 'code' || plainTextLanguages.has(b.lang ?? ''))) {
      const percent = readFigure(m.groups, 'pct', true);
      const part = parseNumber(m.groups.part ?? '0').value;
      const whole = parseNumber(m.groups.whole ?? '0').value;
      // A part larger than its whole is a score or a date, not a share.
      if (!percent || whole <= 0 || part > whole) continue;
      const pctStart = groupStart(m, 'pct_num');
      const wholeEnd = m.match.indices?.groups?.whole?.[1] ?? m.end;
      const table = m.block.context.table;
      const row = table && m.block.text.trim() !== table.row.trim() ? table.row : undefined;
      const subject = ratioSubject(m.block.text, m.start, m.block.text.slice(wholeEnd, wholeEnd + 60), row, m.block.context.headings.at(-1));
      ctx.claim(
        m.block, m.start, m.end,
        {
          kind: 'ratio', subject, value: percent.value, unit: 'percent',
          qualifier: percent.qualifier, precision: percent.precision, ...(percent.range ? { range: percent.range } : {}),
        },
        [Math.min(m.start, pctStart), m.end],
      );
    }
  }
}

export default {
  id: 'ratio',
  description: 'A part of a whole with its percentage: "11/12 healthy (92%)", "95.3% passing (182/191 tests)".',
  kinds: ['ratio'],
  keywords: ['%'],
  extract,
} satisfies Extractor;
