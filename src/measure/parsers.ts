/**
 * Parsers for reading source code structurally, loaded only when used (and
 * kept out of the bundle): TypeScript's own compiler for JS/TS and Lezer's
 * Python grammar.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as TS from 'typescript';
import type * as LezerPython from '@lezer/python';
import type { SyntaxNode, Tree } from '@lezer/common';

/** Loads a package on first use: reading a report never pays for a parser it does not need. */
const load = createRequire(import.meta.url);

/**
 * The package `name`, or the copy of it bundled beside this module: the
 * GitHub Action (action/, scripts/bundle-action.mjs) runs with no
 * node_modules, so it carries each parser as one CommonJS file.
 */
function loadPackage(name: string, bundledFile: string): unknown {
  const bundled = fileURLToPath(new URL(`./${bundledFile}`, import.meta.url));
  return load(existsSync(bundled) ? bundled : name);
}

let typescriptModule: typeof TS | undefined;
let pythonModule: typeof LezerPython | undefined;

/** TypeScript's compiler API, required on first use. */
export function typescript(): typeof TS {
  typescriptModule ??= loadPackage('typescript', 'typescript.cjs') as typeof TS;
  return typescriptModule;
}

/** Extensions TypeScript's parser reads, with the script kind of each. */
const scriptKinds: Readonly<Record<string, 'TS' | 'TSX' | 'JS' | 'JSX'>> = { ts: 'TS', mts: 'TS', cts: 'TS', tsx: 'TSX', js: 'JS', mjs: 'JS', cjs: 'JS', jsx: 'JSX' };

/** Whether `file` is JavaScript or TypeScript by its extension. */
export function isScript(file: string): boolean {
  return (file.split('.').pop() ?? '').toLowerCase() in scriptKinds;
}

/** Parse JS/TS `text` of `file` into a syntax tree (no type checking). */
export function parseScript(text: string, file: string): TS.SourceFile {
  const ts = typescript();
  const kind = scriptKinds[(file.split('.').pop() ?? '').toLowerCase()] ?? 'TS';
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind[kind]);
}

/** Parse Python `text` into a Lezer tree. */
export function parsePython(text: string): Tree {
  pythonModule ??= loadPackage('@lezer/python', 'lezer-python.cjs') as typeof LezerPython;
  return pythonModule.parser.parse(text);
}

/** The dotted name a Python decorator applies, without its arguments: `@app.command("x")` → `app.command`. */
export function decoratorName(node: SyntaxNode, text: string): string {
  const args = node.getChild('ArgList');
  return text.slice(node.from + 1, args ? args.from : node.to).replace(/\s+/g, '');
}
