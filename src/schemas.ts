/** The JSON Schemas of `schemas/`, loaded and compiled once. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);

/** The package root: the nearest folder above this module with a package.json (works from src/ and dist/src/). */
export const packageRoot: string = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('claimcheck: cannot find its package.json');
    dir = parent;
  }
  return dir;
})();

export type SchemaName = 'claim' | 'result' | 'config' | 'figures';

let ajv: Ajv | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();

function load(name: SchemaName): object {
  return JSON.parse(readFileSync(path.join(packageRoot, 'schemas', `${name}.schema.json`), 'utf8')) as object;
}

/**
 * The compiled validator of `schemas/<name>.schema.json`. Every run with a
 * config validates it, so that one comes compiled ahead of time
 * (scripts/compile-schemas.mjs); Ajv itself loads only for the others.
 */
export function validator(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate && name === 'config') {
    validate = require(path.join(packageRoot, 'schemas', 'config.validate.cjs')) as ValidateFunction;
    compiled.set(name, validate);
  }
  if (!validate) {
    ajv ??= new (require('ajv') as { Ajv: new (options: object) => Ajv }).Ajv({ allErrors: true, strict: false });
    for (const other of ['claim', 'result', 'config', 'figures'] as const) {
      const schema = load(other) as { $id: string };
      if (!ajv.getSchema(schema.$id)) ajv.addSchema(schema);
    }
    validate = ajv.getSchema((load(name) as { $id: string }).$id) as ValidateFunction;
    compiled.set(name, validate);
  }
  return validate;
}

/** `tests[0].timeout: must be a number` for each ajv error. */
export function describeErrors(errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const where = error.instancePath
      .split('/')
      .slice(1)
      .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part.replace(/~1/g, '/').replace(/~0/g, '~')}`))
      .join('')
      .replace(/^\./, '');
    if (error.keyword === 'additionalProperties') {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      return `${where ? where + '.' : ''}${key}: unknown key`;
    }
    if (error.keyword === 'enum') {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String).join(', ');
      return `${where || '(root)'}: must be one of ${allowed}`;
    }
    return `${where || '(root)'}: ${error.message ?? 'is invalid'}`;
  });
}
