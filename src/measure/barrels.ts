/**
 * Barrel files: an `index.js` (or .ts, .jsx, .tsx, .mjs, .cjs) that only
 * re-exports its folder's modules. A report that counts a folder's files
 * counts the modules; whether it counts the barrel beside them is its choice,
 * so a folder count has a reading without them (w24:237, "`payments/` (2
 * files)" beside its re-exporting index.js).
 */
import path from 'node:path';

/** The names a barrel has. */
const barrelNameRe = /^index\.(?:[cm]?js|jsx|ts|tsx)$/;
/** Block and line comments, and a directive prologue ('use strict'), which a barrel may carry. */
const commentRe = /\/\*[\s\S]*?\*\/|\/\/[^\n]*|^\s*(['"])use strict\1\s*;?/g;
/** One re-export: `export * from './a'`, `export * as b from './b'`, `export { c, d as e } from './c'`, `export type { F } from './f'`. */
const reexportRe = /\s*export\s+(?:type\s+)?(?:\*(?:\s+as\s+[\w$]+)?|\{[^}]*\})\s*from\s*(['"])[^'"\n]+\1\s*;?/y;

/** Whether `file` is named as a barrel. */
export function barrelName(file: string): boolean {
  return barrelNameRe.test(path.posix.basename(file));
}

/** Whether `text` holds re-exports and nothing else (comments aside). */
export function onlyReexports(text: string): boolean {
  const code = text.replace(commentRe, ' ');
  reexportRe.lastIndex = 0;
  let found = 0;
  while (reexportRe.lastIndex < code.length) {
    const at = reexportRe.lastIndex;
    if (!reexportRe.exec(code)) return code.slice(at).trim() === '' && found > 0;
    found++;
  }
  return found > 0;
}
