/**
 * Imports run downward (DESIGN.md, Layout): commands → report →
 * verifiers/extractors → check → figures → read, measure → the contracts.
 * Each source file's imports, static, dynamic and type-only, are read from
 * its text and held against the stage of the file they name.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Stages from the bottom up; a file may import its own stage's files or a lower stage's. */
const stages: ReadonlyArray<readonly string[]> = [
  ['src/model.ts', 'src/schemas.ts', 'src/config.ts', 'src/kinds.ts'],
  ['src/read/', 'src/measure/'],
  ['src/figures/'],
  ['src/check/'],
  ['extractors/', 'verifiers/'],
  ['src/report/'],
  ['src/commands/'],
  ['src/index.ts'],
];
/** Sideways imports between two folders of one stage that the layout allows: the counter of markdown files reads them with the report's parser. */
const sideways: ReadonlyArray<readonly [string, string]> = [['src/measure/', 'src/read/']];

const stageOf = (file: string): number => stages.findIndex((stage) => stage.some((place) => (place.endsWith('/') ? file.startsWith(place) : file === place)));
const folderOf = (file: string): string | undefined => stages.flat().find((place) => place.endsWith('/') && file.startsWith(place));

/** `from './x.js'`, `import('./x.js')`, `export … from './x.js'`: the relative specifiers a file names. */
const specifierRe = /(?:\bfrom\s+|\bimport\s*\(\s*)'(\.{1,2}\/[^']+)'/g;

function sources(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.posix.join(folder, f.split(path.sep).join('/')));
}

/** Every import `from → to` of the project's sources, as paths from the root with `.ts`. */
function imports(): Array<{ from: string; to: string }> {
  const out: Array<{ from: string; to: string }> = [];
  for (const file of [...sources('src'), ...sources('extractors'), ...sources('verifiers')]) {
    for (const match of readFileSync(path.join(root, file), 'utf8').matchAll(specifierRe)) {
      out.push({ from: file, to: path.posix.join(path.posix.dirname(file), match[1] ?? '').replace(/\.js$/, '.ts') });
    }
  }
  return out;
}

describe('layout', () => {
  it('places every source file in a stage', () => {
    const placed = [...sources('src'), ...sources('extractors'), ...sources('verifiers')].filter((f) => stageOf(f) < 0);
    expect(placed).toEqual([]);
  });

  it('reads imports of each form', () => {
    const text = "import a from './a.js';\nimport type { B } from '../b.js';\nexport { c } from './c.js';\nawait import('../d/e.js');\nimport x from 'node:fs';";
    expect([...text.matchAll(specifierRe)].map((m) => m[1])).toEqual(['./a.js', '../b.js', './c.js', '../d/e.js']);
  });

  it('runs every import downward or within a stage folder', () => {
    const found = imports();
    expect(found.length).toBeGreaterThan(500);
    const upward = found.filter(({ from, to }) => {
      const [a, b] = [stageOf(from), stageOf(to)];
      if (b < a) return false;
      if (b > a) return true;
      const [fa, fb] = [folderOf(from), folderOf(to)];
      return fa !== fb && !sideways.some(([x, y]) => x === fa && y === fb);
    });
    expect(upward.map(({ from, to }) => `${from} -> ${to}`)).toEqual([]);
  });
});
