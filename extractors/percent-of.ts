import type { Extractor, ExtractContext } from '../src/figures/extract.js';
import type { TextBlock } from '../src/read/markdown.js';
import { percentOfTargetRe, readPercentOf } from '../src/check/relation-forms.js';
import { rowSubject } from '../src/figures/subjects.js';
import { scan } from '../src/read/scan.js';

/**
 * A figure stated as a percentage of its target, with the figure and the
 * target in the same block: "78% (130% of target)" with "target 60%". The
 * claim spans all three so the verifier can read them back.
 */
function extract(blocks: readonly TextBlock[], ctx: ExtractContext): void {
  for (const m of scan(blocks, percentOfTargetRe, (b) => b.kind !== 'code')) {
    const form = readPercentOf(m.block.text, m.start);
    if (!form) continue;
    ctx.claim(
      m.block, form.span[0], form.span[1],
      {
        kind: 'percentOf', subject: rowSubject(m.block.context) ?? { scope: 'all' }, value: form.stated.value, unit: 'percent',
        qualifier: form.stated.qualifier, precision: form.stated.precision, tense: 'current',
      },
    );
  }
}

export default {
  id: 'percent-of',
  description: 'A figure as a percentage of its target: "78% (130% of target 60%)".',
  kinds: ['percentOf'],
  extract,
} satisfies Extractor;
