/**
 * The file a heading is about when it names that file and nothing more
 * ("#### 1. constants.py", "### `db.py`"): a coverage figure under it with
 * a label of its own ("- **Coverage:** 100%") is that file's, not the
 * project's.
 */
import { cleanPath, pathOnlyRe } from './subjects.js';

/** A heading's list number: "1. ", "2) ". */
const ordinalRe = /^\d+[.)]\s+/;

/** The file `heading` names alone, or undefined. */
export function headingFile(heading: string | undefined): string | undefined {
  const bare = (heading ?? '').replace(/[*`]/g, '').trim().replace(ordinalRe, '');
  const path = pathOnlyRe.exec(bare)?.groups?.path;
  return path !== undefined ? cleanPath(path) : undefined;
}
