import type { Extractor } from '../src/figures/extract.js';
import { quantitySource, readQuantity } from '../src/figures/numbers.js';
import { counterNounSource, counterOfNoun, nounNamesOtherFile } from '../src/measure/counters.js';
import { contextText, onlyPathIn, pathNear } from '../src/figures/path-pieces.js';
import { scan, groupStart } from '../src/read/scan.js';

/**
 * A number followed directly by a noun a counter knows: "18 alert rules",
 * "6-job GitHub Actions workflow", "38 services in docker-compose.yml".
 * No word may sit between them: "6 critical alerts" is a subset no counter measures.
 */
const countedNounRe = new RegExp(String.raw`${quantitySource}(?:-|\s+)(?<noun>${counterNounSource})(?![\w-])`, 'gdi');

export default {
  id: 'item-count',
  description: 'Counts of things in structured files: "18 alert rules", "6 jobs", "8 panels", "38 services in docker-compose.yml".',
  kinds: ['count.items'],
  keywords: ['alert', 'rule', 'group', 'job', 'workflow', 'panel', 'dashboard', 'service', 'manifest', 'resource', 'object', 'script', 'dependencies', 'workspace', 'command', 'target', 'item', 'bullet', 'row'],
  extract(blocks, ctx) {
    for (const m of scan(blocks, countedNounRe, (b) => b.kind !== 'code')) {
      const noun = m.groups.noun ?? '';
      const start = groupStart(m, 'num');
      // "1.2 jobs" or "v2 panels" are no counts; a figure glued to a word is part of that word.
      if (/[\w.]$/.test(m.block.text.slice(0, m.start))) continue;
      // A list item's figure is about the file its lead names: "Created alert rules (`alerts.json`)" then "- 8 alerts".
      const near = pathNear(m.block, start, m.end) ?? onlyPathIn(m.block.context.list);
      // "5 npm scripts in `package.json` and 7 Makefile targets": the Makefile's count, not package.json's.
      const path = near !== undefined && nounNamesOtherFile(noun, near) ? undefined : near;
      const counter = counterOfNoun(noun, contextText(m.block), path !== undefined);
      if (!counter) continue;
      const q = readQuantity(m.groups);
      ctx.claim(m.block, start, m.end, {
        kind: 'count.items', subject: path ? { path } : { category: counter.id }, value: q.value, unit: 'count', qualifier: q.qualifier, precision: 0,
        ...(q.range ? { range: q.range } : {}),
      });
    }
  },
} satisfies Extractor;
