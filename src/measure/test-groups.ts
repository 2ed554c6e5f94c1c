/**
 * "- Schema Structure: 8 tests", "Type safety (3 tests)": the tests of one
 * `describe` group a report names, found by its title among the groups of
 * the test files (src/measure/test-definitions.ts counts them). A title
 * matches across case and spaces, and without a parenthesis it closes with
 * ("Fork Support" names `describe("Fork Support (E04-T010)")`). Only a title
 * one group in the repository bears answers: two groups of it, in one file
 * or two, are two parts no count can tell apart.
 */
import type { GroupTests } from './test-forms.js';

/** A trailing parenthesis of a title: " (E04-T010)", " (Updated)". */
const closingParenRe = /\s*\([^()]*\)\s*$/;

/** A title as names are compared: lower case, single spaces, its closing parenthesis aside. */
export function groupKey(title: string): string {
  return title.replace(closingParenRe, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The one group of the files whose title `name` names, with its file; undefined when none or several do. */
export function findGroup(name: string, files: ReadonlyArray<{ file: string; groups: Readonly<Record<string, GroupTests>> }>): { file: string; title: string; group: GroupTests } | undefined {
  const wanted = groupKey(name);
  if (wanted === '') return undefined;
  const found: Array<{ file: string; title: string; group: GroupTests }> = [];
  for (const { file, groups } of files) {
    for (const [title, group] of Object.entries(groups)) if (groupKey(title) === wanted) found.push({ file, title, group });
  }
  const [only] = found;
  return found.length === 1 && only && !only.group.twice ? only : undefined;
}
