import classifier from '../../extractors/figure-lines.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(classifier, {
  valid: [
    { markdown: '- `installer/install.py` - Full-featured installer (330 lines)', claims: [
      { kind: 'file.lines', value: 330, unit: 'lines', subject: { path: 'installer/install.py' }, position: { line: 1, column: 53, offset: 52 } },
    ] },
    { markdown: '- `src/app.ts` — the entry point, wires the routes (~120 lines)', claims: [{ kind: 'file.lines', value: 120, qualifier: 'approx', subject: { path: 'src/app.ts' } }] },
    { markdown: '```\nscripts/deploy.sh   deploy script   212 lines\n```', claims: [{ kind: 'file.lines', value: 212, subject: { path: 'scripts/deploy.sh' } }] },
    { markdown: '**BEFORE (v1.2)**:\n\n- `src/big.ts` - everything in one file (2,400 lines)', claims: [{ kind: 'file.lines', value: 2400, tense: 'before' }] },
  ],
  invalid: [
    'Coverage:\n\n- `src/a.ts`: 120 lines',
    'Added 40 lines to the parser.',
    '- `src/` - the sources (4,000 lines)',
    '- `src/a.ts` - 120 lines covered',
    '```ts\nconst x = 12; // `a.ts` 12 lines\n```',
    'See https://example.com/a.md (12 lines)',
  ],
});
