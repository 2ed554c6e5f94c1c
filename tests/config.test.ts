import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import type { Config, CoverageSource, TestSource } from '../src/config.js';
import { validator } from '../src/schemas.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schema = JSON.parse(readFileSync(path.join(root, 'schemas/config.schema.json'), 'utf8'));

type Node = { title?: string; description?: string; properties?: Record<string, Node>; items?: Node; additionalProperties?: Node | boolean };

/** Every schema node an editor can complete: properties, array items, map values. */
function nodes(node: Node, where: string): Array<[string, Node]> {
  const found: Array<[string, Node]> = [[where, node]];
  for (const [key, child] of Object.entries(node.properties ?? {})) found.push(...nodes(child, `${where}.${key}`));
  if (node.items) found.push(...nodes(node.items, `${where}[]`));
  if (typeof node.additionalProperties === 'object') found.push(...nodes(node.additionalProperties, `${where}.*`));
  return found;
}

// The TypeScript types name exactly the keys the schema allows (a missing key fails to compile).
const configKeys: Record<keyof Config, true> = { reports: true, tests: true, coverage: true, tolerance: true, ignore: true, failOn: true };
const testKeys: Record<keyof TestSource, true> = { run: true, results: true, timeout: true, categories: true };
const coverageKeys: Record<keyof CoverageSource, true> = { run: true, results: true, timeout: true };

describe('schemas/config.schema.json', () => {
  it('gives every key a title and a description, for editors', () => {
    for (const [where, node] of nodes(schema, '(root)')) {
      expect(node.title, `${where}: title`).toMatch(/\S/);
      expect(node.description, `${where}: description`).toMatch(/\S/);
    }
  });

  it('allows exactly the keys the Config types name', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(configKeys).sort());
    expect(Object.keys(schema.properties.tests.items.properties).sort()).toEqual(Object.keys(testKeys).sort());
    expect(Object.keys(schema.properties.coverage.items.properties).sort()).toEqual(Object.keys(coverageKeys).sort());
  });

  it('accepts the configuration DESIGN.md shows, and what init writes', () => {
    const validate = validator('config');
    const design = {
      reports: ['docs/AUDIT.md'],
      tests: [{ run: 'npx vitest run --reporter=junit --outputFile=.claimcheck/junit.xml', results: '.claimcheck/junit.xml', timeout: 600, categories: { security: 'tests/security/**' } }],
      coverage: [{ results: 'coverage/lcov.info' }],
      tolerance: { lines: 1 },
      ignore: ['docs/archive/**'],
      failOn: ['contradicted'],
    };
    expect(validate(design), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...design, failOn: ['contradicted', 'contradicted'] })).toBe(false);
    expect(validate({ ...design, reports: [''] })).toBe(false);
  });

  it('is compiled ahead of time into schemas/config.validate.cjs, which is up to date', async () => {
    const check = await execa('node', [path.join(root, 'scripts/compile-schemas.mjs'), '--check'], { reject: false });
    expect(check.stderr).toBe('');
    expect(check.exitCode).toBe(0);
  });

  it('judges configs as a fresh Ajv compile of the schema does, with the same errors', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    for (const name of ['claim', 'result']) ajv.addSchema(JSON.parse(readFileSync(path.join(root, `schemas/${name}.schema.json`), 'utf8')));
    const fresh = ajv.compile(schema);
    const precompiled = validator('config');
    const configs: unknown[] = [
      {},
      { tests: [{ run: 'npm test', timeout: 'soon' }] },
      { tests: [{ runner: 'x' }], coverage: 'no', failOn: ['never'] },
      { tolerance: { lines: -1 }, reports: [''], ignore: [3] },
      { coverage: [{ results: 'coverage/lcov.info', timeout: 60 }], failOn: ['error', 'unverifiable'] },
    ];
    for (const config of configs) {
      expect(precompiled(config), JSON.stringify(config)).toBe(fresh(config));
      expect(precompiled.errors ?? null, JSON.stringify(config)).toEqual(fresh.errors ?? null);
    }
  });
});
