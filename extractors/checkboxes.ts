import type { Extractor, ExtractContext } from '../src/figures/extract.js';
import type { TextBlock } from '../src/read/markdown.js';
import { checkedOfRe, readCheckedOf } from '../src/check/relation-forms.js';
import { scan } from '../src/read/scan.js';

/**
 * "7 of 9 criteria met" in a report that has a task list: the claim is the
 * number of checked boxes, which the consistency verifier counts.
 */
function extract(blocks: readonly TextBlock[], ctx: ExtractContext): void {
  // Without task boxes there is nothing to count: such a sentence is about something else.
  if (!blocks.some((b) => b.checked !== undefined)) return;
  for (const m of scan(blocks, checkedOfRe, (b) => b.kind !== 'code')) {
    const form = readCheckedOf(m.match[0]);
    if (!form || form.done > form.all) continue;
    ctx.claim(m.block, m.start, m.end, { kind: 'checkboxes', subject: { scope: 'all' }, value: form.done, unit: 'count', qualifier: 'exact', precision: 0 });
  }
}

export default {
  id: 'checkboxes',
  description: 'Checked boxes stated as a count: "7 of 9 criteria met", against the report\'s task list.',
  kinds: ['checkboxes'],
  extract,
} satisfies Extractor;
