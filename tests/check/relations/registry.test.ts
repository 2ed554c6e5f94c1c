/** Every relation module is registered under its file name and has its table of cases. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { relations } from '../../../src/check/relations/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const modules = readdirSync(path.join(root, 'src/check/relations'))
  .filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts', 'shared.ts'].includes(f))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

describe('relation registry', () => {
  it('registers every module under its file name, once', () => {
    expect(relations.map((r) => r.id).sort()).toEqual(modules);
  });
  for (const id of modules) {
    it(`${id} has a table-driven test`, () => {
      expect(existsSync(path.join(root, 'tests/check/relations', `${id}.test.ts`))).toBe(true);
    });
  }
});
