import type { Extractor, ExtractContext } from '../src/figures/extract.js';
import type { TextBlock } from '../src/read/markdown.js';
import { changeForms, changeHeaderRe, readCellDeltas, readChange } from '../src/check/relation-forms.js';
import { rowSubject } from '../src/figures/subjects.js';
import { groupStart, scan } from '../src/read/scan.js';

/**
 * A change stated with its delta: "61 → 88 (+27 points, +44%)", "+10 tests
 * (14 → 24)", "from 15% to 24% (+9% improvement)", and the change cell of a Before/After table. The claim's value
 * is the first delta; the consistency verifier recomputes every delta from
 * the two figures.
 */
function extract(blocks: readonly TextBlock[], ctx: ExtractContext): void {
  for (const re of changeForms) {
    for (const m of scan(blocks, re, (b) => b.kind !== 'code')) {
      const change = readChange(m.match[0]);
      const delta = change?.deltas[0];
      if (!change || !delta) continue;
      const toStart = groupStart(m, 'to_num');
      ctx.claim(
        m.block, m.start, m.end,
        {
          kind: 'change', subject: rowSubject(m.block.context) ?? { scope: 'all' }, value: delta.value,
          unit: delta.unit === 'same' && !change.percent ? 'count' : 'percent', qualifier: 'exact', precision: delta.precision,
        },
        // The tense of a change is the tense of its after-value.
        [toStart, toStart + 1],
      );
    }
  }
  for (const block of blocks) {
    if (block.kind !== 'cell' || !changeHeaderRe.test(block.context.table?.header ?? '')) continue;
    const delta = readCellDeltas(block.text)[0];
    if (!delta) continue;
    const start = block.text.search(/[+−-]/);
    ctx.claim(block, start, block.text.trimEnd().length, {
      kind: 'change', subject: rowSubject(block.context) ?? { scope: 'all' }, value: delta.value,
      unit: delta.unit === 'same' ? 'count' : 'percent', qualifier: 'exact', precision: delta.precision,
    });
  }
}

export default {
  id: 'change',
  description: 'Changes with their deltas: "61 → 88 (+27 points, +44%)", "+10 tests (14 → 24)", a Change column.',
  kinds: ['change'],
  keywords: ['→', '->', '=>', '⇒', '‚üí', 'from', 'change', 'delta', 'improvement', 'diff', 'gain', 'increase', 'δ'],
  extract,
} satisfies Extractor;
