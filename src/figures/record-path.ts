/**
 * Lines that name a file by a label: "**File**: `src/EventsViewModelTest.kt`", "**Location**:
 * tests/auth/x_test.go", "**File:** `tests/unit/test_orgs.py` (669 lines)", "- **Files**:" over a list of
 * paths. One reading of the label serves the record a line heads (its `Label: value` lines are about that
 * file), the section a line opens (src/check/section-file.ts) and the sub-sections that give their files
 * (src/check/subsection-files.ts).
 */
import { pathsIn } from './file-subject.js';
import { fileLabelWords, fileListNouns } from './words.js';

/** A line led by a label and its colon, maybe as an item or in a quote: "**File:** `a.py` (669 lines)", "- Files:". Groups `label`, `rest`. */
const labelLeadRe = /^[\s>]*(?:[-*+]\s+)?[*_]*(?<label>\p{L}+)[\s*_]*[:：][\s*_]*(?<rest>.*)$/u;
/** What follows the colon when it is one path and nothing more: "`a/b.kt`", "docs/x.md **". Group `path`. */
const lonePathRe = /^(?<path>`[^`\n]+`|\S+)[\s*_]*$/;
/** The path what follows the colon opens with, whatever comes after it: "`a/b.py` (669 lines)". Group `path`. */
const leadingPathRe = /^(?<path>`[^`\n]+`|[^\s`]+)/;

/** A line's file label and what follows its colon. */
export interface FileLabel {
  /** The label, lower case: "file", "files", "path", "location". */
  label: string;
  /** The text after the colon and its emphasis. */
  rest: string;
}

/** The file label `line` opens with, or undefined when it opens with none (`fileLabelWords`, `fileListNouns`). */
export function fileLabelOf(line: string): FileLabel | undefined {
  const m = labelLeadRe.exec(line);
  const label = m?.groups?.label?.toLowerCase();
  if (label === undefined || !(fileLabelWords.includes(label) || fileListNouns.includes(label))) return undefined;
  return { label, rest: m?.groups?.rest ?? '' };
}

/** The paths after a single file's label (not "Files:") in what `re` takes of the rest. */
function pathsAfterLabel(line: string, re: RegExp): string[] {
  const lead = fileLabelOf(line);
  if (!lead || !fileLabelWords.includes(lead.label)) return [];
  return pathsIn(re.exec(lead.rest)?.groups?.path ?? '');
}

/** The one path a block's file line names, or undefined when no line, or more than one, names a file. */
export function recordPath(blockText: string): string | undefined {
  const named = blockText.split('\n').flatMap((line) => pathsAfterLabel(line, lonePathRe));
  return named.length === 1 ? named[0] : undefined;
}

/** The path a line opening with a file label names ("**File:** `a/b.py` (669 lines)"), or undefined. */
export function labelledPath(line: string): string | undefined {
  const named = pathsAfterLabel(line, leadingPathRe);
  return named.length === 1 ? named[0] : undefined;
}
