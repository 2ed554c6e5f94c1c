import type { Extractor } from '../src/figures/extract.js';
import type { Subject } from '../src/model.js';
import { quantitySource, readQuantity } from '../src/figures/numbers.js';
import { contextText } from '../src/figures/path-pieces.js';
import { entryNounSource } from '../src/measure/counters.js';
import { scan } from '../src/read/scan.js';

/** "Backend Dependencies:", "**Frontend deps:**", "Dependencies:" — a label whose figures count a manifest's entries. */
const dependencyLabelRe = /(?:^|[\s*_(])(?:(?<name>[A-Za-z][\w.-]*)\s+)?(?:dependencies|deps)\s*:/gdi;
/** A figure after the label and the word that says which entries: "40 production", "31 dev", "71 declared". */
const entryFigureRe = new RegExp(String.raw`${quantitySource}\s+(?<which>${entryNounSource})\b`, 'gd');


/** Label words that say what kind of dependencies, not whose: no folder of the repository. */
const genericNames = new Set(['npm', 'node', 'python', 'pip', 'poetry', 'rust', 'cargo', 'crate', 'runtime', 'production', 'dev', 'development', 'total', 'all', 'direct', 'declared', 'package', 'project', 'the', 'and', 'key', 'external', 'third-party']);
/** Words near a generic label that name a manifest claimcheck reads. */
const manifestWordsRe = /package\.json|pyproject|requirements|Cargo\.toml/i;

/** The manifests a component's folder may hold. */
const manifestNames = '{package.json,pyproject.toml,Cargo.toml}';

export default {
  id: 'manifest-count',
  description: 'Entries of a component\'s package manifest under a label: "Backend Dependencies: 40 production + 31 dev = 71 declared".',
  kinds: ['count.items'],
  keywords: ['dependencies', 'deps'],
  extract(blocks, ctx) {
    for (const label of scan(blocks, dependencyLabelRe)) {
      const name = label.groups.name;
      let subject: Subject;
      if (name && !genericNames.has(name.toLowerCase())) {
        // "Backend Dependencies": the manifest of the folder named `backend`, wherever it is.
        subject = { path: `**/${name.toLowerCase()}/${manifestNames}` };
      } else if (manifestWordsRe.test(contextText(label.block))) {
        subject = { path: manifestNames };
      } else continue;
      const rest = label.block.text.slice(label.end);
      entryFigureRe.lastIndex = 0;
      for (const m of rest.matchAll(entryFigureRe)) {
        const groups = m.groups ?? {};
        const start = label.end + (m.indices?.groups?.num?.[0] ?? m.index ?? 0);
        const end = label.end + (m.index ?? 0) + m[0].length;
        const q = readQuantity(groups);
        ctx.claim(label.block, start, end, {
          kind: 'count.items', subject,
          value: q.value, unit: 'count', qualifier: q.qualifier, precision: 0, ...(q.range ? { range: q.range } : {}),
        });
      }
    }
  },
} satisfies Extractor;

