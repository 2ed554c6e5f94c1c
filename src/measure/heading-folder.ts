/**
 * A bare file name a report gives under a heading that names its folder:
 * "### Bookings Service" then "- routes.py: 69%" is `bookings_service/routes.py`,
 * "### oiduna_auth (95%)" over a table of `config.py`, `__init__.py` is the
 * package `oiduna_auth/`. Where the name alone matches
 * files under several folders, the heading picks the one whose folder it names;
 * nothing is guessed when no heading, or more than one file, answers.
 */

import { compactName } from './compact-name.js';

/** What a heading says around a name: its number, emphasis and code marks, a parenthesis, status marks. */
const headingDecorationRe = /^[^\p{L}\p{N}]*\d+(?:\.\d+)*[.)]?\s+|[*_`]+|\s*\([^()]*\)|[^\p{L}\p{N}\s_./-]+/gu;
/** A name as folders and headings are compared: lower case, without spaces, dashes, underscores and dots. */
const compact = (text: string) => compactName(text, { dropDots: true });
/** Fewer letters than this name no folder for certain ("UI", "DB"). */
const minNameLength = 3;

/** The folder name a heading gives, compacted: "### 1. Bookings Service (Flask) ✅" → "bookingsservice". */
export function headingFolderName(heading: string): string | undefined {
  const name = compact(heading.replace(headingDecorationRe, ' '));
  return name.length >= minNameLength ? name : undefined;
}

/** Whether a folder of `path` (not its file name) is the folder `name` names, or its plural. */
function inFolderNamed(path: string, name: string): boolean {
  const folders = path.split('/').slice(0, -1).map(compact);
  return folders.some((folder) => folder === name || folder === `${name}s` || `${folder}s` === name);
}

/**
 * The one path of `candidates` (the files a bare name matches) whose folder the
 * nearest heading that names any of them names; `headings` outermost first.
 * Undefined when none does, or when that heading's folder holds several.
 */
export function pathUnderHeading(candidates: readonly string[], headings: readonly string[]): string | undefined {
  for (const heading of [...headings].reverse()) {
    const name = headingFolderName(heading);
    if (name === undefined) continue;
    const named = candidates.filter((path) => inFolderNamed(path, name));
    if (named.length === 0) continue;
    return named.length === 1 ? named[0] : undefined;
  }
  return undefined;
}
