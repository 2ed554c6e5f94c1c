/** Every unit is registered under its file name and has its own test file. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifiers, extractors } from '../extractors/index.js';
import { verifiers } from '../verifiers/index.js';
import { claimKinds } from '../src/model.js';
import { validator } from '../src/schemas.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const units = (folder: string) => readdirSync(path.join(root, folder)).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, '')).sort();

describe('registries', () => {
  it('lists every extractor under its file name, sorted, each with a table test', () => {
    expect([...extractors, ...classifiers].map((e) => e.id).sort()).toEqual(units('extractors'));
    expect(classifiers.map((c) => c.id)).toEqual(classifiers.map((c) => c.id).sort());
    for (const id of units('extractors')) expect(existsSync(path.join(root, 'tests/extractors', `${id}.test.ts`)), id).toBe(true);
  });
  it('lists every verifier under its file name, sorted, each with a test', () => {
    expect(verifiers.map((v) => v.id)).toEqual(units('verifiers'));
    for (const id of units('verifiers')) expect(existsSync(path.join(root, 'tests/verifiers', `${id}.test.ts`)), id).toBe(true);
  });
  it('no two verifiers measure the same kind', () => {
    const kinds = verifiers.flatMap((v) => v.kinds);
    expect(new Set(kinds).size).toBe(kinds.length);
  });
  it('the claim schema knows exactly the kinds of the model', () => {
    const schema = validator('claim').schema as { properties: { kind: { enum: string[] } } };
    expect(schema.properties.kind.enum).toEqual([...claimKinds]);
  });
});
