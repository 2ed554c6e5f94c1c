/**
 * Reading a claim's subject from the words around it: a test category
 * ("integration tests"), a path ("`scripts/backup.sh`"), or the whole project.
 */
import type { ClaimContext, Subject } from './model.js';

/** Category words that name a group of tests. */
export const categoryWords = [
  'unit', 'integration', 'e2e', 'end-to-end', 'security', 'performance', 'api', 'smoke', 'regression',
  'functional', 'acceptance', 'contract', 'load', 'component', 'ui', 'frontend', 'backend', 'bats',
  'property', 'fuzz', 'snapshot', 'benchmark', 'browser', 'system',
] as const;

export const categorySource = categoryWords.map((w) => w.replace('-', '\\-')).join('|');

/** A path-looking token: has a slash or a file extension; optional `:12` or `:12-40` line reference. */
export const pathSource = String.raw`(?:(?:~|\.{1,2})?\/?(?:[\w@.+-]+\/)*[\w@+-][\w@.+-]*\.[A-Za-z][\w]{0,9}|(?:~|\.{1,2})?\/?(?:[\w@.+-]+\/)+[\w@.+-]+\/?)`;

/** Row labels meaning "all of it" in a table. */
const totalRowRe = /^(?:\*\*)?(?:total|totals|all|overall|summary|sum|grand total|all files|project)\b/i;

/** The subject a table row gives a cell, or `undefined` when it gives none. */
export function rowSubject(context: ClaimContext): Subject | undefined {
  const row = context.table?.row.trim();
  if (!row) return undefined;
  if (totalRowRe.test(row)) return { scope: 'all' };
  const path = new RegExp(String.raw`^\`?(?<path>${pathSource})\`?$`).exec(row);
  if (path?.groups?.path) return { path: cleanPath(path.groups.path) };
  return { name: row };
}

/** Remove the decoration around a written path: backticks, quotes, trailing punctuation. */
export function cleanPath(written: string): string {
  return written.replace(/^[`'"(<]+|[`'")>,.;:]+$/g, '');
}
