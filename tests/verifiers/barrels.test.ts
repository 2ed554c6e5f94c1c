/**
 * A folder's file count with and without its barrel (an index file that only
 * re-exports the folder's modules): which texts are barrels, and the verdicts
 * of folder counts on a fixture repository built here.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verify } from '../../src/commands/pipeline.js';
import { barrelName, onlyReexports } from '../../src/measure/barrels.js';
import { fixtureRepos } from '../helpers/fixture-repo.js';

const reexportCases: Array<[string, string, boolean]> = [
  ['named re-exports with a doc comment', "/**\n * Payment calculators\n */\nexport { a } from './a.js';\nexport { b as c } from './b.js';\n", true],
  ['star and namespace re-exports, no semicolons', "export * from './a'\nexport * as b from \"./b\"\n", true],
  ['a re-export over several lines, a type re-export, use strict', "'use strict';\nexport {\n  a,\n  b,\n} from './ab.js';\nexport type { T } from './t';\n", true],
  ['a line comment between', "// the public API\nexport { a } from './a.js'; // a\n", true],
  ['a definition beside the re-exports', "export { a } from './a.js';\nexport const b = 1;\n", false],
  ['an import and a re-export of it', "import { a } from './a.js';\nexport { a };\n", false],
  ['a default export', "export default function main() {}\n", false],
  ['only comments', '// nothing yet\n', false],
  ['empty', '', false],
];

describe('onlyReexports', () => {
  for (const [name, text, want] of reexportCases) it(name, () => expect(onlyReexports(text)).toBe(want));
});

describe('barrelName', () => {
  const names: Array<[string, boolean]> = [['src/pay/index.js', true], ['src/pay/index.tsx', true], ['index.mjs', true], ['src/pay/indexer.js', false], ['src/pay/index.py', false]];
  for (const [file, want] of names) it(file, () => expect(barrelName(file)).toBe(want));
});

const barrel = "/** Payments */\nexport { guest } from './guest.js';\nexport { host } from './host.js';\n";
const files: Record<string, string> = {
  'app/src/logic/payments/guest.js': 'export const guest = () => 1;\n',
  'app/src/logic/payments/host.js': 'export const host = () => 2;\n',
  'app/src/logic/payments/index.js': barrel,
  'app/src/logic/pricing/rent.js': 'export const rent = () => 3;\n',
  'app/src/logic/pricing/total.js': 'export const total = () => 4;\n',
  // An index that defines something is a module like the others.
  'app/src/logic/pricing/index.js': "export { rent } from './rent.js';\nexport const version = 1;\n",
};

const cases: Array<[string, string, string]> = [
  ['- `logic/payments/` (2 files)', 'confirmed', 'claims 2 files in `logic/payments/**`; measured 2 under `app/src/logic/payments/` without `app/src/logic/payments/index.js`, which only re-exports (one valid reading; also 3 under `app/src/logic/payments/`) (files: `logic/payments/**` in `app/src/logic/payments`; .gitignore)'],
  ['- `logic/payments/` (3 files)', 'confirmed', ''],
  ['- `logic/payments/` (4 files)', 'contradicted', ''],
  ['- `logic/pricing/` (3 files)', 'confirmed', ''],
  ['- `logic/pricing/` (2 files)', 'contradicted', ''],
];

describe('folder file counts beside a barrel', () => {
  it('reads the folder with and without an index file that only re-exports', async () => {
    const repo = fixtureRepos('claimcheck-barrels-')(files);
    writeFileSync(path.join(repo, 'REPORT.md'), cases.map(([line]) => line).join('\n\n') + '\n');
    const result = await verify({ reports: [path.join(repo, 'REPORT.md')], repo, cwd: repo, checks: ['files'] });
    const findings = result.reports[0]!.findings;
    cases.forEach(([line, want, message], i) => {
      const got = findings.filter((f) => f.claim.position.line === i * 2 + 1);
      expect(got.map((f) => f.verdict).join(','), `${line}: ${got.map((f) => f.message).join(' | ')}`).toBe(want);
      if (message) expect(got[0]!.message).toBe(message);
    });
  });
});
