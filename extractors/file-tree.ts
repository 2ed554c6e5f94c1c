import type { Extractor } from '../src/figures/extract.js';
import type { TextBlock } from '../src/read/markdown.js';
import { plainTextLanguages } from '../src/read/markdown.js';
import { treeFiles } from '../src/figures/file-tree.js';
import { hasWord, planWords, saysAbsent } from '../src/figures/words.js';

/** The lines of each plain-text code block, in order, as blocks, with the heading over it and the paragraph right before it. */
function fences(blocks: readonly TextBlock[]): Array<{ lines: TextBlock[]; lead: string }> {
  const byFence = new Map<number, { lines: TextBlock[]; lead: string }>();
  blocks.forEach((block, index) => {
    if (block.kind !== 'code' || block.fence === undefined || !plainTextLanguages.has(block.lang ?? '')) return;
    let fence = byFence.get(block.fence);
    if (!fence) {
      const before = blocks[index - 1];
      const heading = block.context.headings.at(-1) ?? '';
      const sameSection = before !== undefined && before.kind === 'paragraph' && before.context.headings.at(-1) === heading;
      fence = { lines: [], lead: `${heading} | ${sameSection ? before.text : ''}` };
      byFence.set(block.fence, fence);
    }
    fence.lines.push(block);
  });
  return [...byFence.values()];
}

export default {
  id: 'file-tree',
  description: 'Files of a tree drawn in a plain code block under a folder ("app/src/test/" over "├── ReaderNavigatorTest.kt"): each is said to exist at the path the tree gives it.',
  kinds: ['file.exists'],
  extract(blocks, ctx) {
    for (const { lines, lead } of fences(blocks)) {
      // A tree under "## Recommended Target Structure" or "Proposed layout:" draws a plan.
      const plan = hasWord(lead, planWords);
      for (const file of treeFiles(lines.map((line) => line.text))) {
        const block = lines[file.line];
        // A remark that says the file is not there (yet): "(planned)", "# TODO", "❌ missing".
        if (!block || saysAbsent(file.rest)) continue;
        const name = file.path.slice(file.path.lastIndexOf('/') + 1);
        const start = block.text.indexOf(name);
        if (start < 0) continue;
        ctx.claim(block, start, start + name.length, {
          kind: 'file.exists', subject: { path: file.path }, value: true, unit: 'none', qualifier: 'exact', precision: 0,
          ...(plan ? { tense: 'target' as const, tenseReason: `a tree under "${lead.replace(/ \| $/, '')}" draws a layout to make` } : {}),
        });
      }
    }
  },
} satisfies Extractor;
