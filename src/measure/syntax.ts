/**
 * Parsers for reading source code structurally, loaded only when used:
 * TypeScript's own compiler for JS/TS (large, so required on first use and
 * kept out of the bundle) and Lezer's Python grammar.
 */
import { createRequire } from 'node:module';
import type * as TS from 'typescript';
import { parser as pythonParser } from '@lezer/python';
import type { SyntaxNode, Tree } from '@lezer/common';

let typescriptModule: typeof TS | undefined;

/** TypeScript's compiler API, required on first use. */
export function typescript(): typeof TS {
  typescriptModule ??= createRequire(import.meta.url)('typescript') as typeof TS;
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
  return pythonParser.parse(text);
}

/** The dotted name a Python decorator applies, without its arguments: `@app.command("x")` → `app.command`. */
export function decoratorName(node: SyntaxNode, text: string): string {
  const args = node.getChild('ArgList');
  return text.slice(node.from + 1, args ? args.from : node.to).replace(/\s+/g, '');
}
